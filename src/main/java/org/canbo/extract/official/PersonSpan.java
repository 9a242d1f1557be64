package org.canbo.extract.official;

/**
 * A person in one sentence, over syllable tokens {@code [start, end)}: a name ("Nguyễn Văn Hùng"),
 * or an anaphor that refers back to a person named earlier: an honorific alone ("ông từng giữ
 * ...") or with a given name only ("ông Hùng là ...").
 */
record PersonSpan(int start, int end, boolean anaphor) {
  PersonSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad person tokens [" + start + ", " + end + ")");
    }
  }

  /** A named person. */
  static PersonSpan name(int start, int end) {
    return new PersonSpan(start, end, false);
  }
}
