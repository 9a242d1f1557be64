package org.canbo.extract.figure;

/** A vocabulary phrase found in the normalised text at {@code [start, end)}, with its value. */
public record Cue(int start, int end, String value) {}
