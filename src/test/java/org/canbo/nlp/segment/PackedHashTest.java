package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed copy answers every lookup as the table it was made from does. */
class PackedHashTest {
  @Test
  void answersLikeItsSourceForPresentAndAbsentKeys() {
    // Shaped like the trie: node ids up to 60,000 above syllable ids up to 14,000.
    Random random = new Random(14);
    LongIntHash table = new LongIntHash(1 << 10);
    for (int i = 0; i < 50_000; i++) {
      table.put(key(random.nextInt(60_000), random.nextInt(14_000)), random.nextInt(70_000));
    }
    PackedHash packed = PackedHash.of(table);
    assertThat(packed).isNotNull();
    int[] found = {0};
    table.forEach((key, value) -> {
      assertThat(packed.get((int) (key >>> 32), (int) key, -1)).as("key %x", key).isEqualTo(value);
      found[0]++;
    });
    assertThat(found[0]).isEqualTo(table.size());
    for (int i = 0; i < 200_000; i++) {
      int hi = random.nextInt(70_000);
      int lo = random.nextInt(16_000);
      assertThat(packed.get(hi, lo, -7)).isEqualTo(table.get(key(hi, lo), -7));
    }
    assertThat(packed.get(-1, 5, -7)).isEqualTo(-7);
    assertThat(packed.get(5, -1, -7)).isEqualTo(-7);
  }

  @Test
  void keepsZeroKeysAndValues() {
    LongIntHash table = new LongIntHash(16);
    table.put(key(0, 0), 0);
    table.put(key(0, 1), 3);
    PackedHash packed = PackedHash.of(table);
    assertThat(packed.get(0, 0, -1)).isZero();
    assertThat(packed.get(0, 1, -1)).isEqualTo(3);
    assertThat(packed.get(1, 0, -1)).isEqualTo(-1);
  }

  @Test
  void declinesTablesWhoseIdsAndValuesNeedMoreThan63Bits() {
    LongIntHash table = new LongIntHash(16);
    table.put(key(Integer.MAX_VALUE, Integer.MAX_VALUE), Integer.MAX_VALUE);
    assertThat(PackedHash.of(table)).isNull();
    LongIntHash negative = new LongIntHash(16);
    negative.put(key(1, 1), -1);
    assertThat(PackedHash.of(negative)).isNull();
  }

  private static long key(int hi, int lo) {
    return ((long) hi << 32) | lo;
  }
}
