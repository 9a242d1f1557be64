package org.canbo.nlp.segment;

/**
 * Finds proper names: runs of two or more capitalised syllables ("Nguyễn Văn Thắng", "Quảng
 * Yên", "Điện Biên Đông") become one word unless the lexicon says otherwise.
 *
 * <p>The lexicon says otherwise when a name prefix starts the run ("Tỉnh Quảng Ninh", "Ông Hồ
 * Văn Vịnh"), when a common word only starts the run because it starts the sentence ("Hiện
 * Quảng Ninh có"), or when a lexicon word crosses the end of the run ("Ban Chấp hành": the run
 * "Ban Chấp" is cut before "Chấp hành").
 */
final class NameRules {
  /** A sentence-initial word this frequent in the unigram counts is a common word, not a name. */
  private static final int COMMON_COUNT = 20;
  private final Lexicon lexicon;

  NameRules(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Marks names among syllable tokens {@code [a, b)}: {@code nameEnd[s - a] = e} for each. */
  void mark(TokenBuffer tokens, int a, int b, int[] nameEnd) {
    int i = a;
    while (i < b) {
      if (!tokens.has(i, TokenBuffer.TITLE)) {
        i++;
        continue;
      }
      int e = i + 1;
      while (e < b && tokens.has(e, TokenBuffer.TITLE)) {
        e++;
      }
      int s = trimStart(tokens, i, e);
      int cut = crossing(tokens, s, e, b);
      if (cut - s >= 2) {
        nameEnd[s - a] = cut;
      }
      i = e;
    }
  }

  private int trimStart(TokenBuffer tokens, int s, int e) {
    while (s < e && lexicon.syllableHas(tokens.syllable[s], Lexicon.NAME_PREFIX)) {
      s++;
    }
    if (e - s >= 3 && tokens.has(s, TokenBuffer.SENTENCE_START) && isCommonStart(tokens, s)) {
      s++;
    }
    return s;
  }

  private boolean isCommonStart(TokenBuffer tokens, int s) {
    int syl = tokens.syllable[s];
    int node = lexicon.single(syl);
    return node != Lexicon.NONE
        && (lexicon.flags(node) & Lexicon.WORD) != 0
        && lexicon.unigram(node) >= COMMON_COUNT
        && !lexicon.syllableHas(syl, Lexicon.FAMILY_NAME)
        && !lexicon.isWord(lexicon.child(node, tokens.syllable[s + 1]), true);
  }

  /** The end of the run once no lowercase-attested word crosses it. */
  private int crossing(TokenBuffer tokens, int s, int e, int b) {
    for (int p = s; p < e; p++) {
      int node = Lexicon.ROOT;
      for (int q = p; q < b; q++) {
        int syllable = tokens.syllable[q];
        node = q == p ? lexicon.single(syllable) : lexicon.child(node, syllable);
        if (node == Lexicon.NONE) {
          break;
        }
        if (q >= e && q > p && (lexicon.flags(node) & Lexicon.WORD) != 0) {
          return p;
        }
      }
    }
    return e;
  }
}
