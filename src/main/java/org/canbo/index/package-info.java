/**
 * Lucene index and search over processed documents: analyzers, schema, a {@code DocumentSink}
 * that makes documents durable atomically, and a searcher that returns escaped snippets.
 *
 * <p>Example: a document whose text contains "Thành uỷ Hà Nội" is found by the queries
 * {@code Thành ủy}, {@code thanh uy} and {@code "Thành uỷ Hà Nội"}; its snippet reads
 * {@code <mark>Thành uỷ</mark> Hà Nội ...} with everything else HTML-escaped.
 */
package org.canbo.index;
