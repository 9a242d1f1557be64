/**
 * Named-entity dictionaries and name finders.
 *
 * <p>Example: {@code Gazetteer.load().find("huyện", "Điện Biên Đông")} → the district unit
 * {@code 095 huyện Điện Biên Đông}, whose {@code provinceOf} is {@code tỉnh Điện Biên}.
 */
package org.canbo.nlp.ner;
