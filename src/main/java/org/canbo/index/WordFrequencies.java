package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the segmented words of the matching articles from the postings of the word field
 * ({@code body_words}, the words the segmenter wrote while indexing): one pass over the terms,
 * each term's postings leapfrogged with the matching articles, so nothing is re-segmented and
 * memory holds only the top words of each group.
 */
final class WordFrequencies {
  /** Ties broken alphabetically, so lists are reproducible. */
  static final Comparator<Entry> MOST_FREQUENT =
      Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::word);

  record Entry(String word, long count, long docs) {}

  private final HitSearch hitSearch;

  WordFrequencies(HitSearch hitSearch) {
    this.hitSearch = hitSearch;
  }

  FreqResult count(DirectoryReader reader, FreqRequest request) throws IOException {
    SearchRequest search = request.search();
    Deadline deadline = hitSearch.deadline();
    IndexSearcher searcher = hitSearch.searcher(reader);
    HitSearch.Matched matched = hitSearch.matchAll(searcher, reader, search, false);
    FixedBitSet docs = DocBits.of(matched.hits(), reader.maxDoc());
    DocGroups groups = DocGroups.of(request.by(), docs, hitSearch.facetState(reader));
    int g = groups.size();
    List<PriorityQueue<Entry>> top = new ArrayList<>(g);
    for (int i = 0; i < g; i++) {
      top.add(new PriorityQueue<>(MOST_FREQUENT.reversed()));
    }
    long[] tokens = new long[g];
    long[] count = new long[g];
    long[] df = new long[g];
    long total = 0;
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.BODY_WORDS);
    TermsEnum it = terms == null ? TermsEnum.EMPTY : terms.iterator();
    PostingsEnum postings = null;
    int seen = 0;
    for (BytesRef t = it.next(); t != null; t = it.next()) {
      if (++seen % 1024 == 0) {
        deadline.check(HitSearch.label(search));
      }
      String word = t.utf8ToString();
      if (!Words.isWord(word)) {
        continue;
      }
      postings = it.postings(postings, PostingsEnum.FREQS);
      Arrays.fill(count, 0);
      Arrays.fill(df, 0);
      for (int d = DocBits.next(postings, docs, postings.nextDoc());
          d != DocIdSetIterator.NO_MORE_DOCS; d = DocBits.next(postings, docs, postings.nextDoc())) {
        int f = postings.freq();
        total += f;
        for (int group : groups.of(d)) {
          count[group] += f;
          df[group]++;
        }
      }
      for (int i = 0; i < g; i++) {
        if (count[i] > 0) {
          tokens[i] += count[i];
          offer(top.get(i), new Entry(word, count[i], df[i]), request.limit());
        }
      }
    }
    List<FreqGroup> out = new ArrayList<>(g);
    for (int i = 0; i < g; i++) {
      out.add(group(groups.label(i), groups.articles(i), tokens[i], top.get(i)));
    }
    out.sort(order(request.by()));
    if (out.isEmpty() && request.by() == FreqGrouping.ALL) {
      out.add(new FreqGroup(DocGroups.ALL, 0, 0, List.of()));
    }
    return new FreqResult(HitSearch.label(search), matched.parsed().matching().describe(),
        docs.cardinality(), total, out);
  }

  private static void offer(PriorityQueue<Entry> top, Entry e, int limit) {
    if (top.size() < limit) {
      top.add(e);
    } else if (MOST_FREQUENT.compare(e, top.peek()) < 0) {
      top.poll();
      top.add(e);
    }
  }

  private static FreqGroup group(String label, long articles, long tokens, PriorityQueue<Entry> top) {
    List<Entry> sorted = new ArrayList<>(top);
    sorted.sort(MOST_FREQUENT);
    List<WordCount> words = sorted.stream()
        .map(e -> new WordCount(e.word(), e.count(), e.docs(), per10k(e.count(), tokens)))
        .toList();
    return new FreqGroup(label, articles, tokens, words);
  }

  /** Occurrences per 10,000 words, rounded to 2 decimals. */
  static double per10k(long count, long tokens) {
    return tokens == 0 ? 0 : Math.round(count * 1_000_000.0 / tokens) / 100.0;
  }

  /** Years in order; sources and provinces by articles; unknown last. */
  private static Comparator<FreqGroup> order(FreqGrouping by) {
    Comparator<FreqGroup> unknownLast =
        Comparator.comparing(gr -> gr.group().equals(DocGroups.UNKNOWN));
    return by == FreqGrouping.YEAR
        ? unknownLast.thenComparing(FreqGroup::group)
        : unknownLast.thenComparing(Comparator.comparingLong(FreqGroup::articles).reversed())
            .thenComparing(FreqGroup::group);
  }
}
