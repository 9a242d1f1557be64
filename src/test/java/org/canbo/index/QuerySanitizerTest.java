package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuerySanitizerTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiterString = " => ", emptyValue = "", value = {
      "cán bộ => cán bộ",
      "\"Nghị quyết 67\" NOT Đảng => \"Nghị quyết 67\" NOT Đảng",
      "\"Nghị quyết 67 => Nghị quyết 67",
      "04-NQ/TU => 04\\-NQ\\/TU",
      "Cao Lộc: title:x => Cao Lộc\\: title_any:x",
      "title:\"Nghị quyết 67\" Cao => title_any:\"Nghị quyết 67\" Cao",
      "-source:LSO cán => NOT source_any:LSO cán",
      "Source:a/b* => source_any:a\\/b\\*",
      "title: x => title\\: x",
      "title:\" x => title\\: x",
      "TITLE:luân* => title_any:luân*",
      "chuyeb~ => chuyeb~2",
      "luan~ => luan~1",
      "bộ~ => bộ",
      "cán~9 => cán~1",
      "~ x~~ => \\~ x\\~\\~",
      "a && b || c => a AND b OR c",
      "-luân +chuyển => NOT luân chuyển",
      "AND => ''",
      "a AND => a",
      "OR a AND AND b => a AND b",
      "NOT NOT a => NOT a",
      "(a OR b => ( a OR b )",
      "a) b( => a b",
      "( ) => ''",
      "(AND) a => a",
      "luân* => luân*",
      "a* * => a\\* \\*",
      "\"\" x => x",
      "back\\\\slash => back\\\\\\\\slash",
  })
  void rewritesIntoSyntaxThatAlwaysParses(String in, String out) {
    assertThat(QuerySanitizer.sanitize(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "typos [{0}] -> [{1}]")
  @CsvSource(delimiterString = " => ", value = {
      "luan chuyeb => luan~1 chuyeb~1",
      "cán bộ => cán bộ",
      "\"luan chuyeb\" title:chuyeb => \"luan chuyeb\" title_any:chuyeb",
      "luân* 04-NQ/TU => luân* 04\\-NQ\\/TU",
  })
  void typoModeAllowsOneEditInWordsOfFourLettersOrMore(String in, String out) {
    assertThat(QuerySanitizer.sanitize(in, true)).isEqualTo(out);
  }
}
