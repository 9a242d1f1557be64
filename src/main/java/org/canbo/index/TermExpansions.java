package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The terms of a field that a {@link TermPattern} matches ("thanh_uy" → thành_ủy, thành_uỷ),
 * remembered for the reader they were read from: one search looks each pattern up several times
 * (grouping the query into words, the title and body fields, the ranking, the highlighting, the
 * retries), and a user paging or faceting repeats the query. A new reader (a commit) starts
 * afresh. The compiled automaton of a pattern, the same for every reader and field, is kept apart.
 * Thread-safe; {@link #UNCACHED} looks every pattern up anew.
 */
final class TermExpansions {
  /** Patterns remembered per reader and compiled automata kept, least recently used dropped. */
  static final int MAX_ENTRIES = 4096;
  static final TermExpansions UNCACHED = new TermExpansions(0);

  private final int capacity;
  private final Object lock = new Object();
  private IndexReader.CacheKey reader; // guarded by lock
  private Map<Key, List<BytesRef>> terms; // guarded by lock
  private final Map<TermPattern, CompiledAutomaton> automata; // guarded by lock

  private record Key(String field, TermPattern pattern) {}

  TermExpansions() {
    this(MAX_ENTRIES);
  }

  private TermExpansions(int capacity) {
    this.capacity = capacity;
    this.terms = lru(capacity);
    this.automata = lru(capacity);
  }

  /**
   * The terms of {@code field} in {@code reader} that {@code pattern} matches, in term order, as
   * an unmodifiable list (empty when none or the field is absent).
   */
  List<BytesRef> expand(IndexReader reader, String field, TermPattern pattern) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    IndexReader.CacheKey key = capacity == 0 || helper == null ? null : helper.getKey();
    Key k = new Key(field, pattern);
    if (key != null) {
      synchronized (lock) {
        if (key != this.reader) {
          this.reader = key;
          this.terms = lru(capacity);
        }
        List<BytesRef> known = terms.get(k);
        if (known != null) {
          return known;
        }
      }
    }
    List<BytesRef> found = read(MultiTerms.getTerms(reader, field), automaton(pattern));
    if (key != null) {
      synchronized (lock) {
        if (key == this.reader) {
          terms.put(k, found);
        }
      }
    }
    return found;
  }

  private CompiledAutomaton automaton(TermPattern pattern) {
    synchronized (lock) {
      CompiledAutomaton known = automata.get(pattern);
      if (known != null) {
        return known;
      }
    }
    CompiledAutomaton compiled = new CompiledAutomaton(pattern.automaton());
    if (capacity > 0) {
      synchronized (lock) {
        automata.put(pattern, compiled);
      }
    }
    return compiled;
  }

  private static List<BytesRef> read(Terms terms, CompiledAutomaton automaton) throws IOException {
    if (terms == null) {
      return List.of();
    }
    List<BytesRef> out = new ArrayList<>();
    TermsEnum it = automaton.getTermsEnum(terms);
    for (BytesRef t = it.next(); t != null; t = it.next()) {
      out.add(BytesRef.deepCopyOf(t));
    }
    return List.copyOf(out);
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
