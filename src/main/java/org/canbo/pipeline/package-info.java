/**
 * Composes stages and drives a batch: files → parse → clean → metadata → stages → sink.
 *
 * <p>Example: {@code Pipeline.of(List.of(sentences, words, figures)).apply(document)} returns the
 * document with the sentence and word layers and its figures; {@code Pipeline.of(List.of(words,
 * sentences))} fails when built: "stage WordStage requires layer 'sentences' which no earlier
 * stage provides".
 */
package org.canbo.pipeline;
