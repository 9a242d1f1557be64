package org.canbo.extract.official;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.RegexNameFinder;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Official;
import org.canbo.model.Span;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.NameSpans;
import org.canbo.nlp.ner.PersonNameModel;
import org.canbo.nlp.ner.PersonPatterns;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.Tokens;
import org.canbo.nlp.ner.WordTokenizer;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;

/**
 * Extracts the officials of one article: named persons with their posts as printed and the place
 * the posts belong to, one per person (mentions merged across tone-mark variants, titles united).
 * Per sentence, OpenNLP name finders propose spans (dictionary finders for posts and bodies, regex
 * finders and the statistical {@link NameFinderME} for person names, merged best first), a small
 * grammar reads the posts and {@link MentionLinker} ties names to posts. Photo credits ("Ảnh: ...")
 * and the byline are never officials.
 *
 * <p>Name finders only run on sentences where a person can be kept ({@link
 * PersonFilter#mayHoldPerson}). The statistical finder learns from what it tagged earlier in the
 * document (OpenNLP's adaptive "previous map" features), so a titled sentence it skips is still
 * shown to it, in order, before the next sentence it runs on; titled sentences after the last one
 * that can hold a person are never shown (nothing later reads what it would learn).
 *
 * <p>Thread-safe: the vocabulary, gazetteer, segmenter and model are shared and read-only; the
 * non-thread-safe {@link NameFinderME} (costly to build: it parses its feature descriptor) is kept
 * per thread and its adaptive data cleared after every document.
 */
public final class OfficialExtractor {
  /** A photo credit runs from "Ảnh:" to the end of its sentence; names there are photographers. */
  private static final Pattern CREDIT = Pattern.compile("(?:^|[\\s(\\-–])(?:Ảnh|Ảnh minh họa|Nguồn)\\s*:");

  private final PostVocabulary vocabulary;
  private final SentenceSplitter splitter;
  private final WordTokenizer words;
  private final PersonNameModel model;
  private final TitleGrammar grammar;
  private final MentionLinker linker = new MentionLinker();
  private final LocalityResolver localities;
  private final ThreadLocal<NameFinderME> finders;
  /** Stateless and thread-safe (their patterns are): built once, not per document. */
  private final RegexNameFinder honorific;
  private final RegexNameFinder family;

  public OfficialExtractor(PostVocabulary vocabulary, Gazetteer gazetteer,
      VietnameseSegmenter segmenter, PersonNameModel model) {
    this.vocabulary = vocabulary;
    this.splitter = new SentenceSplitter(gazetteer::contains);
    this.words = new WordTokenizer(segmenter, gazetteer, vocabulary);
    this.model = model;
    this.grammar = new TitleGrammar(gazetteer, vocabulary);
    this.localities = new LocalityResolver(gazetteer);
    this.finders = ThreadLocal.withInitial(model::newFinder);
    this.honorific = PersonPatterns.afterHonorific(vocabulary);
    this.family = PersonPatterns.familyFirst(vocabulary);
  }

  /** The bundled vocabulary and the model at {@code nerModel}, or the default model when empty. */
  public static OfficialExtractor load(Gazetteer gazetteer, VietnameseSegmenter segmenter,
      Optional<Path> nerModel) {
    return new OfficialExtractor(PostVocabulary.load(), gazetteer, segmenter,
        PersonNameModel.load(nerModel));
  }

  /** The officials of one document in order of first mention; offsets refer to {@code cleanText}. */
  public List<Official> extract(String docId, String cleanText, ArticleMetadata metadata) {
    ArticleMetadata meta = metadata == null ? ArticleMetadata.EMPTY : metadata;
    NameFinderME statistical = finders.get();
    OfficialMerger merger = new OfficialMerger(docId, meta.author());
    DocumentPersons seen = new DocumentPersons();
    List<int[]> unseen = new ArrayList<>(); // titled sentences the statistical finder has not read
    try {
      for (Sentence s : splitter.split(cleanText)) {
        int end = creditStart(cleanText, s);
        if (end <= s.start()) {
          continue;
        }
        Tokens syllables = Tokens.syllables(cleanText, s.start(), end);
        TaggedSentence tagged = TaggedSentence.tag(syllables, vocabulary);
        TitleGrammar.Parse parse = grammar.parse(tagged);
        if (parse.titles().isEmpty()) {
          honorificNames(tagged).forEach(p -> seen.add(named(cleanText, s, syllables, p)));
          continue; // no post, no official: only note who was named, for later anaphors
        }
        Names names = new Names(List.of(), List.of());
        if (PersonFilter.mayHoldPerson(tagged, parse.titles())) {
          for (int[] u : unseen) {
            statistical.find(words.words(cleanText, u[0], u[1]).tokens()); // for its adaptive data
          }
          unseen.clear();
          names = findNames(cleanText, s, end, tagged, parse, statistical);
        } else {
          unseen.add(new int[] {s.start(), end});
        }
        link(cleanText, s, tagged, parse, names, seen, meta).forEach(merger::add);
      }
    } finally {
      statistical.clearAdaptiveData();
    }
    return merger.officials();
  }

  /** The named persons of a sentence and those only the statistical finder proposed. */
  private record Names(List<PersonSpan> persons, List<PersonSpan> statisticalOnly) {}

  private Names findNames(String text, Sentence s, int end, TaggedSentence tagged,
      TitleGrammar.Parse parse, NameFinderME statistical) {
    Tokens syllables = tagged.tokens;
    List<Span> grammarNames = new ArrayList<>();
    parse.persons().forEach(p -> grammarNames.add(syllables.charSpan(p[0], p[1], "person")));
    List<Span> rules = NameSpans.merge(List.of(
        grammarNames,
        syllables.charSpans(honorific.find(syllables.tokens())),
        syllables.charSpans(family.find(syllables.tokens()))));
    List<Span> all = NameSpans.merge(List.of(rules,
        PersonNameModel.find(statistical, words.words(text, s.start(), end))));
    List<PersonSpan> persons = PersonFilter.persons(tagged, all, parse.titles());
    List<PersonSpan> byModel = persons.stream().filter(p -> rules.stream().noneMatch(r ->
        r.start() < syllables.end(p.end() - 1) && syllables.start(p.start()) < r.end())).toList();
    return new Names(persons, byModel);
  }

  /** The mentions the sentence's links make, anaphors resolved to the persons named before. */
  private List<OfficialMerger.Mention> link(String text, Sentence s, TaggedSentence tagged,
      TitleGrammar.Parse parse, Names names, DocumentPersons seen, ArticleMetadata meta) {
    List<PersonSpan> persons = new ArrayList<>(names.persons());
    persons.addAll(Anaphors.find(tagged, names.persons()));
    persons.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Map<PersonSpan, MentionLinker.Link> links = new HashMap<>();
    linker.link(tagged, parse.titles(), persons).forEach(l -> links.put(l.person(), l));
    List<OfficialMerger.Mention> out = new ArrayList<>();
    for (PersonSpan p : persons) {
      Optional<DocumentPersons.Named> who = p.anaphor()
          ? seen.resolve(Anaphors.givenName(tagged, p))
          : Optional.of(named(text, s, tagged.tokens, p));
      if (!p.anaphor()) {
        seen.add(who.get());
      }
      MentionLinker.Link link = links.get(p);
      if (link != null && who.isPresent()) {
        out.add(mention(text, tagged, link, who.get(), evidence(tagged, p, link, names), meta));
      }
    }
    return out;
  }

  private MentionEvidence evidence(TaggedSentence t, PersonSpan p, MentionLinker.Link link,
      Names names) {
    boolean honorific = t.kindAt(p.start() - 1) == PostVocabulary.Kind.HONORIFIC;
    return new MentionEvidence(link.tie(), honorific || p.anaphor(),
        !p.anaphor() && PersonFilter.opensWithFamilyName(t, p, vocabulary),
        names.statisticalOnly().contains(p), p.anaphor());
  }

  /** Names after honorifics in a sentence without posts, for the anaphors of later ones. */
  private List<PersonSpan> honorificNames(TaggedSentence tagged) {
    if (!tagged.hasKind(PostVocabulary.Kind.HONORIFIC)) {
      return List.of();
    }
    Tokens t = tagged.tokens;
    return PersonFilter.persons(tagged, t.charSpans(honorific.find(t.tokens())), List.of());
  }

  private static DocumentPersons.Named named(String text, Sentence s, Tokens t, PersonSpan p) {
    int start = t.start(p.start());
    int end = t.end(p.end() - 1);
    return new DocumentPersons.Named(text.substring(start, end), s.index(), start, end);
  }

  private OfficialMerger.Mention mention(String text, TaggedSentence tagged, MentionLinker.Link link,
      DocumentPersons.Named who, MentionEvidence evidence, ArticleMetadata meta) {
    Tokens t = tagged.tokens;
    List<String> titles = new ArrayList<>();
    LocalityResolver.Locality locality = null;
    for (TitlePhrase title : link.titles()) {
      titles.add(text.substring(t.start(title.start()), t.end(title.end() - 1)));
      if (locality == null) {
        locality = localities.resolve(title, meta.locality()).orElse(null);
      }
    }
    return new OfficialMerger.Mention(who.name(), titles, locality, who.sentence(), who.start(),
        who.end(), evidence);
  }

  private static int creditStart(String text, Sentence s) {
    Matcher m = CREDIT.matcher(text).region(s.start(), s.end());
    return m.find() ? m.start() : s.end();
  }
}
