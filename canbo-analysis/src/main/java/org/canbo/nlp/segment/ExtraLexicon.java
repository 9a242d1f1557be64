package org.canbo.nlp.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads our hand-written lexicon additions: lines {@code word <form>}, {@code prefix <syllable>}
 * and {@code family <syllable>}; {@code #} starts a comment.
 */
final class ExtraLexicon {
  private final Lexicon lexicon;

  ExtraLexicon(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void read(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          add(entry, number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(String entry, int line) {
    int space = entry.indexOf(' ');
    if (space < 0) {
      throw new IllegalStateException(LexiconLoader.EXTRA + ":" + line + ": no form in " + entry);
    }
    String kind = entry.substring(0, space);
    String form = entry.substring(space + 1);
    switch (kind) {
      case "word" -> lexicon.addFlag(lexicon.addPath(LexiconLoader.syllables(form)), Lexicon.WORD);
      case "prefix" -> lexicon.flagSyllable(LexiconLoader.fold(form), Lexicon.NAME_PREFIX);
      case "family" -> lexicon.flagSyllable(LexiconLoader.fold(form), Lexicon.FAMILY_NAME);
      default -> throw new IllegalStateException(
          LexiconLoader.EXTRA + ":" + line + ": unknown kind '" + kind + "' (word, prefix, family)");
    }
  }
}
