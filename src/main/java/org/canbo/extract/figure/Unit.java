package org.canbo.extract.figure;

/**
 * The noun a number counts as written after it ("lượt" included): {@code [start, end)} in the
 * clean text, its lower-cased text and class; {@code listed} when the vocabulary names it, false
 * when it is a word from the segmenter classed by its form.
 */
record Unit(int start, int end, String text, UnitClass type, boolean listed) {}
