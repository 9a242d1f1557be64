package org.canbo.server;

import java.util.Arrays;
import java.util.List;
import org.canbo.model.Document;
import org.canbo.model.DocumentRef;
import org.canbo.model.Figure;
import org.canbo.model.Official;
import org.canbo.model.OrganisationMention;
import org.canbo.model.PlaceMention;

/**
 * An article as {@code /api/articles/{id}} returns it: citation metadata (with the locality's
 * province and the article's address when known), the clean text (raw:
 * render it as text) with the offsets of its page starts, and every annotation with its half-open
 * UTF-16 offsets into that text. {@code ocr} is true when the text was read from a scan by OCR
 * (check its figures against the scan), {@code legacy_encoding} names the font encoding ("tcvn3",
 * "vni") it was converted from. For a page from a web archive, {@code fetched} says when it was
 * fetched; {@code cluster} is its cluster of syndicated copies (the earliest copy's id) and
 * {@code duplicates} how many articles the cluster has.
 */
record ArticleView(
    String id,
    String title,
    String date,
    String source,
    String author,
    String locality,
    String province,
    String url,
    String language,
    String text,
    List<Integer> pageStarts,
    List<Figure> figures,
    List<Official> officials,
    List<DocumentRef> documents,
    List<PlaceMention> places,
    List<OrganisationMention> organisations,
    boolean ocr,
    @com.fasterxml.jackson.annotation.JsonProperty("legacy_encoding") String legacyEncoding,
    String fetched,
    String cluster,
    int duplicates) {

  static ArticleView of(Document d) {
    var m = d.metadata();
    var a = d.annotations();
    return new ArticleView(d.id(), m.title(), m.date(), m.source(), m.author(), m.locality(),
        m.province(), m.url(), a.language(), d.text(),
        Arrays.stream(d.pages().starts()).boxed().toList(), a.figures(), a.officials(),
        a.documents(), a.places(), a.organisations(),
        d.source() != null && d.source().ocr(), d.source() == null ? null : d.source().legacyEncoding(),
        d.source() == null ? null : d.source().fetched(), d.copies().cluster(),
        d.copies().duplicates());
  }
}
