package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canbo.model.DocumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seed articles against their gold, and every field of their references. */
class SeedDocumentRefsTest {
  private static final Path CORPUS = Path.of("corpus");
  private static final Path GOLD = Path.of("src/test/resources/gold");

  private static List<DocumentRef> refs(String doc) {
    return DocumentTestSupport.extract(CORPUS.resolve(doc + ".txt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_7ea46ac1337f9b94", "001_8ddd9710a79e22ff", "002_fbd45eba101a796a",
      "003_e149c863b3391813", "004_690c6362d5cbac14"})
  void everySeedMatchesItsGold(String doc) throws IOException {
    DocumentRefScorer scorer = new DocumentRefScorer();
    List<DocumentRef> gold = scorer.readGoldFile(doc, GOLD.resolve(doc + ".gold.jsonl"));
    DocumentRefScore s = scorer.score(Map.of(doc, gold), Map.of(doc, refs(doc)));
    assertThat(s.f1()).as(s.summary()).isEqualTo(1.0);
  }

  @Test
  void seed000CitesNoNamedDocument() {
    // "các quy định, hướng dẫn của Trung ương", "ban hành nghị quyết về công tác luân chuyển",
    // "Quy chế quản lý tổ chức, cán bộ" in a list: all generic.
    assertThat(refs("000_7ea46ac1337f9b94")).isEmpty();
  }

  @Test
  void seed001MergesHeadlineAndFullCitation() {
    assertThat(refs("001_8ddd9710a79e22ff"))
        .extracting(DocumentRef::docType, DocumentRef::number, DocumentRef::date, DocumentRef::issuer,
            DocumentRef::key, DocumentRef::text)
        .containsExactly(tuple("Nghị quyết", "67", "2013-09-11", "Ban Chấp hành Đảng bộ tỉnh", "NQ-67-TU",
            "Nghị quyết số 67, ngày 11/9/2013 của Ban Chấp hành Đảng bộ tỉnh"));
  }

  @Test
  void seed002PlenumWrittenTw() {
    assertThat(refs("002_fbd45eba101a796a"))
        .extracting(DocumentRef::number, DocumentRef::issuer, DocumentRef::term, DocumentRef::plenum,
            DocumentRef::key)
        .containsExactly(tuple(null, "Trung ương", "khóa VIII", "Trung ương 3", "NQ-TW3-VIII"));
  }

  @Test
  void seed003SymbolWithEthTitleAndTerm() {
    assertThat(refs("003_e149c863b3391813"))
        .extracting(DocumentRef::docType, DocumentRef::number, DocumentRef::date, DocumentRef::issuer,
            DocumentRef::term, DocumentRef::plenum, DocumentRef::key)
        .containsExactly(
            tuple("Nghị quyết", null, null, "Trung ương", "khóa XII", "Trung ương 4", "NQ-TW4-XII"),
            tuple("Quy định", null, null, "Ban Thường vụ Tỉnh ủy", null, null, "QD-TU"),
            tuple("Quy định", "02 - QÐ/HU", "2018-04-16", "Huyện ủy", null, null, "QD-02-HU"),
            tuple("Quy chế", null, null, "Ban Chấp hành, Ban Thường vụ Tỉnh ủy khóa XIII", "khóa XIII", null,
                "QC-TU-XIII"));
  }

  @Test
  void seed004MergesShortFormsOfTheResolution() {
    assertThat(refs("004_690c6362d5cbac14"))
        .extracting(DocumentRef::docType, DocumentRef::number, DocumentRef::date, DocumentRef::issuer,
            DocumentRef::key)
        .containsExactly(
            tuple("Nghị quyết", "04-NQ/TU", null, "Ban Chấp hành Đảng bộ thành phố Hà Nội", "NQ-04-TU"),
            tuple("Quy định", "07-QĐ/TU", "2021-11-17", null, "QD-07-TU"),
            tuple("Quy định", "05-QĐ/TU", null, null, "QD-05-TU"),
            tuple("Kế hoạch", "63", null, "Huyện ủy", "KH-63-HU"));
  }
}
