package org.canbo.extract.official;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Official;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.PersonNameModel;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.TokenDictionary;
import org.canbo.nlp.ner.Tokens;
import org.canbo.nlp.ner.WordTokenizer;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.text.CanonicalText;

/**
 * Extracts the officials of one article: named persons with their posts as printed and the place
 * the posts belong to, one per person (mentions merged across tone-mark variants, titles united),
 * each with a confidence ({@link OfficialConfidence}). Per sentence, dictionaries tag posts and
 * bodies, a small grammar reads the posts, {@link PersonNames} proposes person names (rules and the
 * statistical {@link opennlp.tools.namefind.NameFinderME}), {@link MentionLinker} ties names to posts
 * and anaphors ("ông từng giữ ...") are resolved to the person named before. Photo credits ("Ảnh:
 * ...") and the byline are never officials.
 *
 * <p>Name finders only run on sentences where a person can be kept ({@link
 * PersonFilter#mayHoldPerson}). Thread-safe: the vocabulary, gazetteer, segmenter and model are
 * shared and read-only; per-document state lives in local objects.
 */
public final class OfficialExtractor {
  /** A photo credit runs from "Ảnh:" to the end of its sentence; names there are photographers. */
  private static final Pattern CREDIT = Pattern.compile("(?:^|[\\s(\\-–])(?:Ảnh|Ảnh minh họa|Nguồn)\\s*:");

  private final PostVocabulary vocabulary;
  private final SentenceSplitter splitter;
  private final VietnameseSegmenter segmenter;
  private final TitleGrammar grammar;
  private final MentionLinker linker = new MentionLinker();
  private final LocalityResolver localities;
  private final PersonNames names;

  public OfficialExtractor(PostVocabulary vocabulary, Gazetteer gazetteer,
      VietnameseSegmenter segmenter, PersonNameModel model) {
    this.vocabulary = vocabulary;
    this.splitter = new SentenceSplitter(gazetteer::contains);
    this.segmenter = segmenter;
    this.grammar = new TitleGrammar(gazetteer, vocabulary);
    this.localities = new LocalityResolver(gazetteer);
    this.names = new PersonNames(vocabulary, gazetteer,
        new WordTokenizer(segmenter, gazetteer, vocabulary), model);
  }

  /** The bundled vocabulary and the model at {@code nerModel}, or the default model when empty. */
  public static OfficialExtractor load(Gazetteer gazetteer, VietnameseSegmenter segmenter,
      Optional<Path> nerModel) {
    return new OfficialExtractor(PostVocabulary.load(gazetteer.vocabulary()), gazetteer, segmenter,
        PersonNameModel.load(nerModel));
  }

  /**
   * The officials of one document in order of first mention; offsets refer to {@code cleanText}.
   * Splits and segments the text itself: for callers outside the pipeline.
   */
  public List<Official> extract(String docId, String cleanText, ArticleMetadata metadata) {
    List<Sentence> sentences = splitter.split(cleanText);
    return extract(docId, cleanText, metadata, sentences,
        new SentenceWords(segmenter, cleanText, sentences), CanonicalText.of(cleanText));
  }

  /**
   * The officials of one document from its sentence, word and canonical layers (as the pipeline's
   * stages made them), in order of first mention.
   */
  public List<Official> extract(String docId, String cleanText, ArticleMetadata metadata,
      List<Sentence> sentences, SentenceWords words, CanonicalText canonical) {
    ArticleMetadata meta = metadata == null ? ArticleMetadata.EMPTY : metadata;
    OfficialMerger merger = new OfficialMerger(docId, meta.author());
    Optional<AdminUnit> article = localities.unitOf(meta.locality()); // once, not per post
    DocumentPersons seen = new DocumentPersons();
    try (PersonNames.InDocument finder = names.open(cleanText, canonical, words)) {
      for (Sentence s : sentences) {
        int end = creditStart(cleanText, s);
        if (end <= s.start()) {
          continue;
        }
        String written = canonical.canonical(cleanText, s.start(), end);
        if (!vocabulary.mayHoldPostOrHonorific(written)) {
          continue; // as below, told before tokenising: most sentences hold no post
        }
        Tokens syllables = Tokens.canonicalSyllables(written, s.start());
        String[] lower = TokenDictionary.lowerCase(syllables.tokens());
        if (!TaggedSentence.mayHavePostOrHonorific(syllables, lower, vocabulary)) {
          continue; // as below when no post: no official, no one named for later anaphors
        }
        TaggedSentence tagged = TaggedSentence.tag(syllables, lower, vocabulary);
        TitleGrammar.Parse parse = grammar.parse(tagged);
        if (parse.titles().isEmpty()) {
          if (tagged.hasKind(PostVocabulary.Kind.HONORIFIC)) { // who is named, for later anaphors
            seen.addLater(() -> names.afterHonorifics(tagged).stream()
                .map(p -> named(cleanText, s, tagged, p)).toList());
          }
          continue; // no post, no official
        }
        PersonNames.Names found = PersonNames.Names.NONE;
        if (PersonFilter.mayHoldPerson(tagged, parse.titles())) {
          found = finder.find(s, end, tagged, parse);
        } else {
          finder.skip(s, end);
        }
        link(cleanText, s, tagged, parse, found, seen, article).forEach(merger::add);
      }
    }
    return merger.officials();
  }

  /** The mentions the sentence's links make, anaphors resolved to the persons named before. */
  private List<OfficialMerger.Mention> link(String text, Sentence s, TaggedSentence tagged,
      TitleGrammar.Parse parse, PersonNames.Names found, DocumentPersons seen,
      Optional<AdminUnit> article) {
    List<PersonSpan> persons = new ArrayList<>(found.persons());
    persons.addAll(Anaphors.find(tagged, found.persons()));
    if (persons.isEmpty()) {
      return List.of();
    }
    persons.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Map<PersonSpan, MentionLinker.Link> links = new HashMap<>();
    linker.link(tagged, parse.titles(), persons).forEach(l -> links.put(l.person(), l));
    List<OfficialMerger.Mention> out = new ArrayList<>();
    for (PersonSpan p : persons) {
      Optional<DocumentPersons.Named> who = p.anaphor()
          ? seen.resolve(Anaphors.pronoun(tagged, p), Anaphors.givenName(tagged, p))
          : Optional.of(named(text, s, tagged, p));
      if (!p.anaphor()) {
        seen.add(who.get());
      }
      MentionLinker.Link link = links.get(p);
      if (link != null && who.isPresent()) {
        out.add(mention(text, tagged, link, who.get(), evidence(tagged, p, link, found),
            article));
      }
    }
    return out;
  }

  private MentionEvidence evidence(TaggedSentence t, PersonSpan p, MentionLinker.Link link,
      PersonNames.Names found) {
    boolean cutShort = isCutShort(t, link.titles());
    if (p.anaphor()) {
      return new MentionEvidence(link.tie(), true, false, 3, MentionEvidence.Finders.RULES, true,
          cutShort);
    }
    return new MentionEvidence(link.tie(), t.kindAt(p.start() - 1) == PostVocabulary.Kind.HONORIFIC,
        PersonFilter.opensWithFamilyName(t, p, vocabulary), p.end() - p.start(),
        found.finders().get(p), false, cutShort);
  }

  /** Bare posts only, the last followed by a lower-case word: the body was not understood. */
  private static boolean isCutShort(TaggedSentence t, List<TitlePhrase> titles) {
    boolean bare = titles.stream().allMatch(x -> x.bodyType() == null && x.placeName() == null);
    int after = titles.get(titles.size() - 1).end();
    return bare && after < t.size() && t.kindAt(after) == null
        && Character.isLowerCase(t.token(after).charAt(0));
  }

  private static DocumentPersons.Named named(String text, Sentence s, TaggedSentence t,
      PersonSpan p) {
    int start = t.tokens.start(p.start());
    int end = t.tokens.end(p.end() - 1);
    return new DocumentPersons.Named(text.substring(start, end), s.index(), start, end);
  }

  private OfficialMerger.Mention mention(String text, TaggedSentence tagged, MentionLinker.Link link,
      DocumentPersons.Named who, MentionEvidence evidence, Optional<AdminUnit> article) {
    Tokens t = tagged.tokens;
    List<String> titles = new ArrayList<>();
    LocalityResolver.Locality locality = null;
    for (TitlePhrase title : link.titles()) {
      titles.add(text.substring(t.start(title.start()), t.end(title.end() - 1)));
      if (locality == null) {
        locality = localities.resolve(title, article).orElse(null);
      }
    }
    return new OfficialMerger.Mention(who.name(), titles, locality, who.sentence(), who.start(),
        who.end(), evidence);
  }

  private static int creditStart(String text, Sentence s) {
    int colon = text.indexOf(':', s.start());
    if (colon < 0 || colon >= s.end()) {
      return s.end(); // every credit has its colon
    }
    Matcher m = CREDIT.matcher(text).region(s.start(), s.end());
    return m.find() ? m.start() : s.end();
  }
}
