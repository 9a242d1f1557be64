package org.canbo.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article as the pipeline sees it: a stable id, where it came from, its clean text (NFC,
 * boilerplate removed; every offset refers to it), metadata, page map, ingest status and annotation
 * layers (key → sorted spans), typed annotations (figures, ...) and its place among syndicated
 * copies ({@link Copies}, set by the index), and the layers stages derive for later stages
 * ({@link LayerKey}: sentences, words; not stored). Immutable: stages return a new document.
 */
public record Document(
    String id,
    SourceFile source,
    String text,
    ArticleMetadata metadata,
    PageMap pages,
    IngestStatus status,
    Map<String, List<Span>> layers,
    Annotations annotations,
    Copies copies,
    Map<LayerKey<?>, Object> derived) {

  public Document {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("document id is empty");
    }
    if (text == null) {
      throw new IllegalArgumentException("document " + id + " has null text");
    }
    metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
    pages = pages == null ? PageMap.SINGLE : pages;
    status = status == null ? IngestStatus.OK : status;
    TreeMap<String, List<Span>> copy = new TreeMap<>();
    if (layers != null) {
      for (Map.Entry<String, List<Span>> e : layers.entrySet()) {
        copy.put(e.getKey(), checkedLayer(id, e.getKey(), e.getValue(), text.length()));
      }
    }
    layers = Collections.unmodifiableMap(copy);
    annotations = annotations == null ? Annotations.NONE : annotations;
    copies = copies == null ? Copies.NONE : copies;
    derived = derived == null ? Map.of() : Map.copyOf(derived);
    for (Figure f : annotations.figures()) {
      if (f.end() > text.length()) {
        throw new IllegalArgumentException(
            "figure \"" + f.text() + "\" of " + id + " ends beyond text length " + text.length());
      }
    }
  }

  /** A document without derived layers (as read, or as stored in the index). */
  public Document(
      String id,
      SourceFile source,
      String text,
      ArticleMetadata metadata,
      PageMap pages,
      IngestStatus status,
      Map<String, List<Span>> layers,
      Annotations annotations,
      Copies copies) {
    this(id, source, text, metadata, pages, status, layers, annotations, copies, Map.of());
  }

  /** A document not grouped with its copies (the index groups them). */
  public Document(
      String id,
      SourceFile source,
      String text,
      ArticleMetadata metadata,
      PageMap pages,
      IngestStatus status,
      Map<String, List<Span>> layers,
      Annotations annotations) {
    this(id, source, text, metadata, pages, status, layers, annotations, Copies.NONE);
  }

  /** A document without typed annotations. */
  public Document(
      String id,
      SourceFile source,
      String text,
      ArticleMetadata metadata,
      PageMap pages,
      IngestStatus status,
      Map<String, List<Span>> layers) {
    this(id, source, text, metadata, pages, status, layers, Annotations.NONE);
  }

  /** A document with only text and metadata; no layers. */
  public static Document of(String id, SourceFile source, String text, ArticleMetadata metadata) {
    return new Document(id, source, text, metadata, PageMap.SINGLE, IngestStatus.OK, Map.of());
  }

  /** The spans of one layer, empty when absent. */
  public List<Span> layer(String key) {
    return layers.getOrDefault(key, List.of());
  }

  public boolean hasLayer(String key) {
    return layers.containsKey(key);
  }

  /** A copy with the layer added or replaced; spans are sorted and checked against the text. */
  public Document withLayer(String key, List<Span> spans) {
    Map<String, List<Span>> next = new TreeMap<>(layers);
    next.put(key, spans);
    return new Document(id, source, text, metadata, pages, status, next, annotations, copies, derived);
  }

  /**
   * The value a stage stored under {@code key} (sentences, words, ...); the pipeline's check makes
   * a missing layer a wiring bug, reported with the layer's name.
   */
  public <T> T layer(LayerKey<T> key) {
    Object value = derived.get(key);
    if (value == null) {
      throw new IllegalStateException("document " + id + " has no layer '" + key.name()
          + "': no earlier stage provided it");
    }
    return key.cast(value);
  }

  public boolean hasLayer(LayerKey<?> key) {
    return derived.containsKey(key);
  }

  /**
   * A copy with {@code value} stored under {@code key}: a layer derived for the later stages, kept
   * in memory only (the index stores the span layers and the annotations).
   */
  public <T> Document withLayer(LayerKey<T> key, T value) {
    Map<LayerKey<?>, Object> next = new java.util.HashMap<>(derived);
    next.put(key, key.cast(value));
    return new Document(id, source, text, metadata, pages, status, layers, annotations, copies, next);
  }

  public Document withMetadata(ArticleMetadata newMetadata) {
    return new Document(id, source, text, newMetadata, pages, status, layers, annotations, copies, derived);
  }

  public Document withCopies(Copies newCopies) {
    return new Document(id, source, text, metadata, pages, status, layers, annotations, newCopies, derived);
  }

  public Document withAnnotations(Annotations newAnnotations) {
    return new Document(id, source, text, metadata, pages, status, layers, newAnnotations, copies, derived);
  }

  private static List<Span> checkedLayer(String id, String key, List<Span> spans, int length) {
    List<Span> sorted = new ArrayList<>(spans);
    Collections.sort(sorted);
    for (Span s : sorted) {
      if (s.end() > length) {
        throw new IllegalArgumentException(
            "layer " + key + " of " + id + ": span " + s + " beyond text length " + length);
      }
    }
    return List.copyOf(sorted);
  }
}
