package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.canbo.text.Diacritics;

/**
 * Finds the collocates of a query from the postings of the word field: the node's occurrences
 * are found as the concordance finds them (character offsets), placed on word positions through
 * the offsets of the words that overlap them, and every word within the window either side is
 * counted; word frequencies come from the articles passing the request's filters (the reference
 * corpus). Nothing is re-segmented; memory holds the node positions and the candidate rows.
 */
final class CollocateFinder {
  private final HitSearch hitSearch;

  CollocateFinder(HitSearch hitSearch) {
    this.hitSearch = hitSearch;
  }

  CollocateResult find(DirectoryReader reader, CollocateRequest request) throws IOException {
    SearchRequest search = request.search();
    KwicFinder.requireQuery(search);
    Deadline deadline = hitSearch.deadline();
    String label = HitSearch.label(search);
    IndexSearcher searcher = hitSearch.searcher(reader);
    HitSearch.Matched matched = hitSearch.matchAll(searcher, reader, search, true);
    FacetsCollector reference = searcher.search(
        hitSearch.filtered(new MatchAllDocsQuery(), search, reader), new FacetsCollectorManager());
    FixedBitSet refDocs = DocBits.of(reference, reader.maxDoc());
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.BODY_WORDS);
    QueryTerms node = QueryTerms.of(searcher, matched.parsed().query());
    Nodes nodes;
    if (node.singleWords() && terms != null) {
      // Words of the word field, one position each: their postings are the nodes.
      nodes = Nodes.ofWords(reader, terms, node.words(), DocBits.of(matched.hits(),
          reader.maxDoc()));
    } else {
      nodes = Nodes.find(reader, searcher, matched, deadline, label);
      if (terms != null) {
        nodes.placeOnWords(terms, node.parts(), deadline, label);
      }
    }
    int w = request.window();
    List<long[]> counts = new ArrayList<>();
    List<String> words = new ArrayList<>();
    long tokens = 0;
    long windowTokens = 0;
    TermsEnum it = terms == null ? TermsEnum.EMPTY : terms.iterator();
    PostingsEnum postings = null;
    int seen = 0;
    for (BytesRef t = it.next(); t != null; t = it.next()) {
      if (++seen % 1024 == 0) {
        deadline.check(label);
      }
      String word = t.utf8ToString();
      if (!Words.isWord(word)) {
        continue;
      }
      postings = it.postings(postings, PostingsEnum.POSITIONS);
      long frequency = 0;
      long near = 0;
      for (int d = DocBits.next(postings, refDocs, postings.nextDoc());
          d != DocIdSetIterator.NO_MORE_DOCS;
          d = DocBits.next(postings, refDocs, postings.nextDoc())) {
        int f = postings.freq();
        frequency += f;
        if (nodes.has(d)) {
          for (int i = 0; i < f; i++) {
            if (nodes.inWindow(d, postings.nextPosition(), w)) {
              near++;
            }
          }
        }
      }
      tokens += frequency;
      windowTokens += near;
      if (near >= request.minCount()) {
        words.add(word);
        counts.add(new long[] {near, frequency});
      }
    }
    List<Collocate> rows = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      long a = counts.get(i)[0];
      long c = counts.get(i)[1];
      if (a > Association.expected(windowTokens, c, tokens)) {
        rows.add(new Collocate(words.get(i), a, c,
            Association.round(Association.logLikelihood(a, windowTokens, c, tokens)),
            Association.round(Association.mutualInformation(a, windowTokens, c, tokens))));
      }
    }
    rows.sort(Comparator.comparingDouble(Collocate::score).reversed()
        .thenComparing(Collocate::word));
    return new CollocateResult(label, matched.parsed().matching().describe(), w,
        CollocateResult.MEASURE, nodes.count(),
        rows.subList(0, Math.min(rows.size(), request.limit())));
  }

  /**
   * The terms of a node query: the folded parts of all of them (a word of the word field can
   * overlap a node only if one of its parts is one of them, so only those words are read to
   * place the nodes), and whether they are all single words of the word field (no phrase, no
   * syllable), whose postings give the node positions directly.
   */
  private record QueryTerms(Set<String> parts, Set<BytesRef> words, boolean singleWords) {
    static QueryTerms of(IndexSearcher searcher, Query query) throws IOException {
      Set<String> parts = new HashSet<>();
      Set<BytesRef> words = new HashSet<>();
      boolean[] single = {true};
      searcher.rewrite(query).visit(new QueryVisitor() {
        @Override
        public void consumeTerms(Query q, Term... terms) {
          for (Term t : terms) {
            String f = t.field();
            if (f.equals(IndexSchema.BODY) || f.equals(IndexSchema.BODY_FOLDED)
                || f.equals(IndexSchema.BODY_WORDS)) {
              parts.addAll(CollocateFinder.parts(t.text()));
              single[0] &= f.equals(IndexSchema.BODY_WORDS)
                  && (q instanceof TermQuery || q instanceof SynonymQuery);
              words.add(BytesRef.deepCopyOf(t.bytes()));
            }
          }
        }

        @Override
        public void consumeTermsMatching(Query q, String field,
            java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
          single[0] = false;
        }
      });
      return new QueryTerms(parts, words, single[0] && !words.isEmpty());
    }
  }

  /** A term's folded parts: split at {@code _} and other non-letters ("04-nq/tu" → 04, nq, tu). */
  static List<String> parts(String term) {
    return Arrays.stream(Diacritics.fold(term).split("[^\\p{L}\\p{N}]+"))
        .filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The node occurrences of the matching articles: character spans, then word positions; per
   * article, the first and the last positions each sorted, to count windows by binary search.
   */
  private static final class Nodes {
    private final int[] slot;
    private final int[] begin;
    private final int[] startOffset;
    private final int[] endOffset;
    private final int[] first;
    private final int[] last;
    private long count;

    private Nodes(int[] slot, int[] begin, int[] startOffset, int[] endOffset) {
      this.slot = slot;
      this.begin = begin;
      this.startOffset = startOffset;
      this.endOffset = endOffset;
      this.first = new int[startOffset.length];
      this.last = new int[startOffset.length];
      Arrays.fill(first, Integer.MAX_VALUE);
      Arrays.fill(last, -1);
    }

    static Nodes find(DirectoryReader reader, IndexSearcher searcher, HitSearch.Matched matched,
        Deadline deadline, String label) throws IOException {
      MatchOffsets offsets = new MatchOffsets(searcher, matched.parsed().query());
      FixedBitSet docs = DocBits.of(matched.hits(), reader.maxDoc());
      int[] slot = new int[reader.maxDoc()];
      Arrays.fill(slot, -1);
      int[] begin = new int[docs.cardinality() + 1];
      IntList starts = new IntList();
      IntList ends = new IntList();
      int n = 0;
      for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = doc + 1 >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(doc + 1)) {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        slot[doc] = n;
        begin[n++] = starts.size();
        for (MatchOffsets.Span s : offsets.in(leaf, doc - leaf.docBase)) {
          starts.add(s.start());
          ends.add(s.end());
        }
        deadline.check(label);
      }
      begin[n] = starts.size();
      return new Nodes(slot, begin, starts.toArray(), ends.toArray());
    }

    /** Nodes at the positions of {@code words} in the body word field of {@code docs}. */
    static Nodes ofWords(DirectoryReader reader, Terms terms, Set<BytesRef> words, FixedBitSet docs)
        throws IOException {
      LongList all = new LongList();
      TermsEnum it = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef word : words) {
        if (!it.seekExact(word)) {
          continue;
        }
        postings = it.postings(postings, PostingsEnum.POSITIONS);
        for (int d = DocBits.next(postings, docs, postings.nextDoc());
            d != DocIdSetIterator.NO_MORE_DOCS; d = DocBits.next(postings, docs, postings.nextDoc())) {
          for (int i = 0; i < postings.freq(); i++) {
            all.add(((long) d << 32) | postings.nextPosition());
          }
        }
      }
      long[] sorted = all.toArray();
      Arrays.sort(sorted);
      int[] slot = new int[reader.maxDoc()];
      Arrays.fill(slot, -1);
      IntList begin = new IntList();
      int[] positions = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        int doc = (int) (sorted[i] >>> 32);
        if (slot[doc] < 0) {
          slot[doc] = begin.size();
          begin.add(i);
        }
        positions[i] = (int) sorted[i];
      }
      begin.add(sorted.length);
      Nodes nodes = new Nodes(slot, begin.toArray(), positions, positions);
      System.arraycopy(positions, 0, nodes.first, 0, positions.length);
      System.arraycopy(positions, 0, nodes.last, 0, positions.length);
      nodes.count = positions.length;
      return nodes;
    }

    boolean has(int doc) {
      return slot[doc] >= 0;
    }

    long count() {
      return count;
    }

    /** Word positions of every node from the words overlapping it; then sorted per article. */
    void placeOnWords(Terms terms, Set<String> parts, Deadline deadline, String label)
        throws IOException {
      TermsEnum it = terms.iterator();
      PostingsEnum postings = null;
      int seen = 0;
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        if (++seen % 1024 == 0) {
          deadline.check(label);
        }
        if (parts(t.utf8ToString()).stream().noneMatch(parts::contains)) {
          continue;
        }
        postings = it.postings(postings, PostingsEnum.OFFSETS);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (d >= slot.length || slot[d] < 0) {
            continue;
          }
          int from = begin[slot[d]];
          int to = begin[slot[d] + 1];
          for (int i = 0; i < postings.freq(); i++) {
            int pos = postings.nextPosition();
            int s = postings.startOffset();
            int e = postings.endOffset();
            for (int k = from; k < to; k++) {
              if (s < endOffset[k] && e > startOffset[k]) {
                first[k] = Math.min(first[k], pos);
                last[k] = Math.max(last[k], pos);
              }
            }
          }
        }
      }
      for (int k = 0; k < first.length; k++) {
        if (last[k] >= 0) {
          count++;
        } else {
          last[k] = Integer.MIN_VALUE; // never within a window
        }
      }
      for (int n = 0; n + 1 < begin.length; n++) {
        Arrays.sort(first, begin[n], begin[n + 1]);
        Arrays.sort(last, begin[n], begin[n + 1]);
      }
    }

    /**
     * True when {@code pos} is in the window of some node of {@code doc} (up to {@code w} positions
     * before its first word or after its last; a node's own words are not in its window):
     * a word is counted once however many nodes are near it, so it never counts more often
     * than it occurs. Unplaced nodes sort to the end of {@code first} (MAX) and the start of
     * {@code last} (MIN).
     */
    boolean inWindow(int doc, int pos, int w) {
      int from = begin[slot[doc]];
      int to = begin[slot[doc] + 1];
      return between(first, from, to, pos + 1, pos + w) > 0
          || between(last, from, to, pos - w, pos - 1) > 0;
    }

    /** Entries of sorted {@code a[from, to)} in [lo, hi]. */
    private static int between(int[] a, int from, int to, int lo, int hi) {
      return lowerBound(a, from, to, hi + 1) - lowerBound(a, from, to, lo);
    }

    private static int lowerBound(int[] a, int from, int to, int key) {
      int lo = from;
      int hi = to;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** A growable long array. */
  private static final class LongList {
    private long[] a = new long[256];
    private int n;

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] a = new int[256];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
