package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import org.canbo.model.Span;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.NameSpans;
import org.canbo.nlp.ner.PersonNameModel;
import org.canbo.nlp.ner.PersonPatterns;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.Tokens;
import org.canbo.nlp.ner.WordTokenizer;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.text.CanonicalText;

/**
 * The person-name finders of the officials extractor: the grammar's split names, rule finders
 * (after honorifics, family-name first) and the statistical {@link NameFinderME}, merged best first,
 * then filtered by {@link PersonFilter}; each name kept says which finders proposed it.
 *
 * <p>The statistical finder learns from what it tagged earlier in the document (OpenNLP's adaptive
 * "previous map" features), so a titled sentence it skips is still shown to it, in order, before the
 * next sentence it runs on. Thread-safe: the rule finders, tokenizer and model are shared and
 * read-only; the non-thread-safe finder (costly to build) is kept per thread, one
 * document at a time, its adaptive data cleared when the document is closed.
 */
final class PersonNames {
  /** The names of one sentence and which finders proposed each. */
  record Names(List<PersonSpan> persons, Map<PersonSpan, MentionEvidence.Finders> finders) {
    static final Names NONE = new Names(List.of(), Map.of());
  }

  private final Gazetteer gazetteer;
  private final WordTokenizer words;
  private final ThreadLocal<TokenNameFinder> finders;
  /** Stateless and thread-safe: built once, not per document. */
  private final TokenNameFinder honorific;
  private final TokenNameFinder family;

  PersonNames(PostVocabulary vocabulary, Gazetteer gazetteer, WordTokenizer words,
      PersonNameModel model) {
    this.gazetteer = gazetteer;
    this.words = words;
    this.finders = ThreadLocal.withInitial(model::newFinder);
    this.honorific = PersonPatterns.afterHonorific(vocabulary);
    this.family = PersonPatterns.familyFirst(vocabulary);
  }

  /** The finders for one document on this thread; close it when the document is done. */
  InDocument open(String text, CanonicalText canonical, SentenceWords layer) {
    return new InDocument(text, canonical, layer, finders.get());
  }

  /** Names after honorifics only, without posts: who a sentence without posts names. */
  List<PersonSpan> afterHonorifics(TaggedSentence t) {
    Tokens tokens = t.tokens;
    return PersonFilter.persons(t, tokens.charSpans(honorific.find(tokens.tokens())), List.of(),
        gazetteer);
  }

  /** The finders' state over one document. */
  final class InDocument implements AutoCloseable {
    private final String text;
    private final CanonicalText canonical;
    private final SentenceWords layer;
    private final TokenNameFinder statistical;
    private final List<Sentence> unseen = new ArrayList<>(); // sentences the finder has not read
    private final List<Integer> unseenEnds = new ArrayList<>();

    private InDocument(String text, CanonicalText canonical, SentenceWords layer,
        TokenNameFinder statistical) {
      this.text = text;
      this.canonical = canonical;
      this.layer = layer;
      this.statistical = statistical;
    }

    /** A titled sentence, read up to {@code end}, where no name can be kept. */
    void skip(Sentence s, int end) {
      unseen.add(s);
      unseenEnds.add(end);
    }

    /** The names of sentence {@code s} up to {@code end}, with its tags and posts. */
    Names find(Sentence s, int end, TaggedSentence t, TitleGrammar.Parse parse) {
      for (int i = 0; i < unseen.size(); i++) {
        statistical.find(tokens(unseen.get(i), unseenEnds.get(i)).tokens()); // adaptive data
      }
      unseen.clear();
      unseenEnds.clear();
      Tokens syllables = t.tokens;
      List<Span> grammarNames = new ArrayList<>();
      parse.persons().forEach(p -> grammarNames.add(syllables.charSpan(p[0], p[1], "person")));
      List<Span> rules = NameSpans.merge(List.of(grammarNames,
          syllables.charSpans(honorific.find(syllables.tokens())),
          syllables.charSpans(family.find(syllables.tokens()))));
      List<Span> model = PersonNameModel.find(statistical, tokens(s, end));
      List<PersonSpan> persons = PersonFilter.persons(t, NameSpans.merge(List.of(rules, model)),
          parse.titles(), gazetteer);
      Map<PersonSpan, MentionEvidence.Finders> by = new HashMap<>();
      for (PersonSpan p : persons) {
        int from = syllables.start(p.start());
        int to = syllables.end(p.end() - 1);
        boolean byRules = rules.stream().anyMatch(r -> r.start() < to && from < r.end());
        boolean byModel = model.stream().anyMatch(m -> m.start() == from && m.end() == to);
        by.put(p, !byRules ? MentionEvidence.Finders.MODEL
            : byModel ? MentionEvidence.Finders.RULES_AND_MODEL : MentionEvidence.Finders.RULES);
      }
      return new Names(persons, Map.copyOf(by));
    }

    /** The word tokens of {@code s} up to {@code end}: the word layer's, unless a credit cuts it. */
    private Tokens tokens(Sentence s, int end) {
      return end == s.end() ? words.words(text, canonical, layer.of(s.index()))
          : words.words(text, canonical, s.start(), end);
    }

    @Override
    public void close() {
      statistical.clearAdaptiveData();
    }
  }
}
