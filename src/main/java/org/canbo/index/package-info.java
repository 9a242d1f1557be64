/**
 * Lucene index and search over processed documents: analyzers, schema, a {@code DocumentSink}
 * that makes documents durable atomically, and {@link org.canbo.index.CorpusSearcher}: ranked or
 * date-sorted hits with escaped snippets and facets, similar articles, concordance lines and
 * counts over time.
 *
 * <p>Example: a document whose text contains "Thành uỷ Hà Nội" is found by the queries
 * {@code Thành ủy}, {@code thanh uy} and {@code "Thành uỷ Hà Nội"}; its snippet reads
 * {@code <mark>Thành uỷ</mark> Hà Nội ...} with everything else HTML-escaped; its concordance
 * line for {@code thanh uy} has {@code match = "Thành uỷ"} at the offsets of those characters.
 */
package org.canbo.index;
