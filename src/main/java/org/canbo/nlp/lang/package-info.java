/**
 * Language identification of whole articles with OpenNLP's pre-trained detector.
 *
 * <p>Example: a Vietnamese report → {@code LanguageGuess("vie", true, ...)}; an English paragraph of
 * a few sentences → {@code LanguageGuess("eng", false, ...)}.
 */
package org.canbo.nlp.lang;
