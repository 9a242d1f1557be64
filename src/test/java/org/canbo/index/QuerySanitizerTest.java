package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuerySanitizerTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiterString = " => ", emptyValue = "", value = {
      "cán bộ => run_any:\"cán bộ\"",
      "\"Nghị quyết 67\" NOT Đảng => \"Nghị quyết 67\" NOT run_any:\"Đảng\"",
      "\"Nghị quyết 67 => run_any:\"Nghị quyết 67\"",
      "04-NQ/TU => run_any:\"04-NQ/TU\"",
      "Cao Lộc: title:x => run_any:\"Cao Lộc:\" title_any:x",
      "title:\"Nghị quyết 67\" Cao => title_any:\"Nghị quyết 67\" run_any:\"Cao\"",
      "-source:LSO cán => NOT source_any:LSO run_any:\"cán\"",
      "Source:a/b* => source_any:a\\/b\\*",
      "title: x => run_any:\"title: x\"",
      "title:\" x => run_any:\"title: x\"",
      "TITLE:luân* => title_any:luân*",
      "chuyeb~ => chuyeb~2",
      "luan~ => luan~1",
      "bộ~ => bộ",
      "cán~9 => cán~1",
      "~ x~~ => run_any:\"~ x~~\"",
      "a && b || c => run_any:\"a\" AND run_any:\"b\" OR run_any:\"c\"",
      "-luân +chuyển => NOT run_any:\"luân\" run_any:\"chuyển\"",
      "-luân chuyển cán => NOT run_any:\"luân\" run_any:\"chuyển cán\"",
      "luân chuyển* cán bộ => run_any:\"luân\" chuyển* run_any:\"cán bộ\"",
      "AND => ''",
      "a AND => run_any:\"a\"",
      "OR a AND AND b => run_any:\"a\" AND run_any:\"b\"",
      "NOT NOT a => NOT run_any:\"a\"",
      "(a OR b => ( run_any:\"a\" OR run_any:\"b\" )",
      "a) b( => run_any:\"a b\"",
      "( ) => ''",
      "(AND) a => run_any:\"a\"",
      "luân* => luân*",
      "a* * => run_any:\"a* *\"",
      "\"\" x => run_any:\"x\"",
      "back\\\\slash => run_any:\"back\\\\\\\\slash\"",
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
