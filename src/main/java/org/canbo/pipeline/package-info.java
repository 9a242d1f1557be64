/**
 * Composes stages and drives a batch: files → parse → clean → metadata → stages → sink.
 *
 * <p>Example: {@code Pipeline.of(List.of(segmenter, figures)).apply(document)} returns the document
 * with the "word" and "figure" layers added.
 */
package org.canbo.pipeline;
