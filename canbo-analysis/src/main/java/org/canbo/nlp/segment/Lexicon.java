package org.canbo.nlp.segment;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The segmenter's compact model: syllable ids, a word trie over syllable ids, unigram and bigram
 * counts, and per-syllable flags (name prefixes, family names, common words).
 *
 * <p>Filled by {@link LexiconLoader} (or read back whole from a {@link LexiconSnapshot}) and never
 * changed afterwards, so one instance is shared by every thread. A trie node id doubles as the
 * word id for the n-gram tables.
 */
final class Lexicon {
  static final int ROOT = 0;
  static final int NONE = -1;
  /** Node flag: a word usable in any letter case. */
  static final byte WORD = 1;
  /** Node flag: a word attested only capitalised (a proper noun), usable only when capitalised. */
  static final byte PROPER = 2;
  /** Syllable flag: a word that introduces a name ("ông", "tỉnh"), never part of it. */
  static final byte NAME_PREFIX = 1;
  /** Syllable flag: a family name, so a capitalised run that starts with it is a person. */
  static final byte FAMILY_NAME = 2;

  final SyllableTable syllables;
  private final LongIntHash children;
  private byte[] nodeFlags = new byte[1 << 16];
  private int[] unigram = new int[1 << 16];
  private int nodes = 1;
  private final LongIntHash bigrams;
  private byte[] syllableFlags = new byte[0];
  private long unigramTotal;
  /** The one-syllable word of each syllable id, once {@link #index} ran. */
  private int[] singles;
  /** Packed copies of {@link #children} and {@link #bigrams} once {@link #index} ran, or null. */
  private PackedHash packedChildren;
  private PackedHash packedBigrams;

  /** An empty lexicon for {@link LexiconLoader} to fill. */
  Lexicon() {
    syllables = new SyllableTable();
    children = new LongIntHash(1 << 17);
    bigrams = new LongIntHash(1 << 18);
  }

  private Lexicon(SyllableTable syllables, LongIntHash children, LongIntHash bigrams) {
    this.syllables = syllables;
    this.children = children;
    this.bigrams = bigrams;
  }

  /** Writes every table, node arrays trimmed to the nodes in use, for {@link LexiconSnapshot}. */
  void writeTo(DataOutputStream out) throws IOException {
    syllables.writeTo(out);
    children.writeTo(out);
    bigrams.writeTo(out);
    out.writeInt(nodes);
    LexiconSnapshot.writeBytes(out, nodeFlags, nodes);
    LexiconSnapshot.writeInts(out, unigram, nodes);
    LexiconSnapshot.writeBytes(out, syllableFlags, syllableFlags.length);
    out.writeLong(unigramTotal);
  }

  /** Reads what {@link #writeTo} wrote; throws {@link IllegalArgumentException} on a bad shape. */
  static Lexicon readFrom(ByteBuffer in) {
    Lexicon lexicon = new Lexicon(SyllableTable.readFrom(in), LongIntHash.readFrom(in),
        LongIntHash.readFrom(in));
    lexicon.nodes = in.getInt();
    lexicon.nodeFlags = LexiconSnapshot.readBytes(in);
    lexicon.unigram = LexiconSnapshot.readInts(in);
    lexicon.syllableFlags = LexiconSnapshot.readBytes(in);
    lexicon.unigramTotal = in.getLong();
    LexiconSnapshot.check(lexicon.nodes >= 1 && lexicon.nodeFlags.length == lexicon.nodes
        && lexicon.unigram.length == lexicon.nodes, "node count " + lexicon.nodes);
    return lexicon;
  }

  /** The child of {@code node} along syllable {@code syllable}, or {@link #NONE}. */
  int child(int node, int syllable) {
    if (syllable < 0) {
      return NONE;
    }
    PackedHash packed = packedChildren;
    return packed != null ? packed.get(node, syllable, NONE)
        : children.get(((long) node << 32) | syllable, NONE);
  }

  /** The word node for a single syllable (one-syllable word), or {@link #NONE}. */
  int single(int syllable) {
    int[] s = singles;
    return s == null || syllable < 0 ? child(ROOT, syllable) : s[syllable];
  }

  /**
   * Prepares the lookups of the segmenter once the lexicon is complete: {@link #single} as a
   * table by syllable id (it is asked for every syllable of every article, and a table read is
   * cheaper than a hash probe), the trie and the bigrams as {@link PackedHash}es.
   */
  void index() {
    int[] s = new int[syllables.size()];
    for (int syllable = 0; syllable < s.length; syllable++) {
      s[syllable] = child(ROOT, syllable);
    }
    singles = s;
    packedChildren = PackedHash.of(children);
    packedBigrams = PackedHash.of(bigrams);
  }

  /**
   * True when {@code node} ends a usable word: a common word, or a proper noun seen at least
   * twice (single sightings in the counts include slips like "Hiện Quảng Ninh") when capitalised.
   */
  boolean isWord(int node, boolean capitalised) {
    if (node < 0) {
      return false;
    }
    byte f = nodeFlags[node];
    return (f & WORD) != 0 || ((f & PROPER) != 0 && capitalised && unigram[node] >= 2);
  }

  byte flags(int node) {
    return nodeFlags[node];
  }

  int unigram(int node) {
    return node < 0 ? 0 : unigram[node];
  }

  int bigram(int left, int right) {
    if (left < 0 || right < 0) {
      return 0;
    }
    PackedHash packed = packedBigrams;
    return packed != null ? packed.get(left, right, 0) : bigrams.get(((long) left << 32) | right, 0);
  }

  long unigramTotal() {
    return unigramTotal;
  }

  boolean syllableHas(int syllable, byte flag) {
    return syllable >= 0 && syllable < syllableFlags.length && (syllableFlags[syllable] & flag) != 0;
  }

  int nodeCount() {
    return nodes;
  }

  int bigramCount() {
    return bigrams.size();
  }

  // ---- building, used by LexiconLoader only, before the instance is shared ----

  /** Adds the path of folded syllables and returns its end node. */
  int addPath(String[] folded) {
    int node = ROOT;
    for (String s : folded) {
      int syl = syllables.intern(s);
      int next = child(node, syl);
      if (next == NONE) {
        next = newNode();
        children.put(((long) node << 32) | syl, next);
      }
      node = next;
    }
    return node;
  }

  void addFlag(int node, byte flag) {
    nodeFlags[node] |= flag;
  }

  void addUnigram(int node, int count) {
    unigram[node] += count;
    unigramTotal += count;
  }

  void addBigram(int left, int right, int count) {
    long key = ((long) left << 32) | right;
    bigrams.put(key, bigrams.get(key, 0) + count);
  }

  void flagSyllable(String folded, byte flag) {
    int syl = syllables.intern(folded);
    if (syl >= syllableFlags.length) {
      syllableFlags = Arrays.copyOf(syllableFlags, Math.max(syl + 1, syllableFlags.length * 2));
    }
    syllableFlags[syl] |= flag;
  }

  private int newNode() {
    if (nodes == nodeFlags.length) {
      nodeFlags = Arrays.copyOf(nodeFlags, nodes * 2);
      unigram = Arrays.copyOf(unigram, nodes * 2);
    }
    return nodes++;
  }
}
