package org.canbo.index;

import org.apache.lucene.util.BytesRef;

/**
 * Which terms of the word field are words for frequency lists and collocates: made of letters
 * only, syllables joined by {@code _} ("cán_bộ", "đảng"). Numbers, codes ("04-nq/tu") and
 * symbols are left out of the lists (they still take a position in the text).
 */
final class Words {
  private Words() {}

  static boolean isWord(String term) {
    boolean letter = false;
    for (int i = 0; i < term.length(); ) {
      int c = term.codePointAt(i);
      if (Character.isLetter(c)) {
        letter = true;
      } else if (c != '_' && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
      i += Character.charCount(c);
    }
    return letter;
  }

  static boolean isWord(BytesRef term) {
    return isWord(term.utf8ToString());
  }
}
