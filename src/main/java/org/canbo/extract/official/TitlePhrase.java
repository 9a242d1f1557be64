package org.canbo.extract.official;

/**
 * A post as printed, over syllable tokens {@code [start, end)} of a sentence ("Phó Bí thư Thường
 * trực Thành ủy", "Chủ tịch UBND TX Quảng Yên"), with the place it names, if any: the type word as
 * written (may be null) and the place name; {@code bodyType} is the last body or bare type word
 * ("Huyện ủy", "tỉnh"), which tells the level of a post whose place is not named.
 */
record TitlePhrase(int start, int end, String placeType, String placeName, String bodyType) {}
