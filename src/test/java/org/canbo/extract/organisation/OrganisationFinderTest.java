package org.canbo.extract.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.canbo.model.OrganisationMention;
import org.canbo.nlp.ner.Gazetteer;
import org.junit.jupiter.api.Test;

/** Bodies as written, with boards joined, localities attached and abbreviations expanded. */
class OrganisationFinderTest {
  private static final OrganisationFinder FINDER = new OrganisationFinder(Gazetteer.load());

  private static List<OrganisationMention> find(String text) {
    List<OrganisationMention> found = FINDER.find("t", text);
    found.forEach(o -> assertThat(text.substring(o.start(), o.end())).isEqualTo(o.text()));
    return found;
  }

  @Test
  void abbreviationsExpandedWithLocality() {
    assertThat(find("Phó Bí thư Huyện ủy, Chủ tịch UBND TX Quảng Yên; HĐND TP. Hà Nội"))
        .extracting(OrganisationMention::text, OrganisationMention::name, OrganisationMention::kind,
            OrganisationMention::locality)
        .containsExactly(
            tuple("Huyện ủy", "Huyện ủy", "party_committee", null),
            tuple("UBND TX Quảng Yên", "Ủy ban nhân dân thị xã Quảng Yên", "state", "thị xã Quảng Yên"),
            tuple("HĐND TP. Hà Nội", "Hội đồng nhân dân thành phố Hà Nội", "state", "thành phố Hà Nội"));
  }

  @Test
  void boardsJoinTheirBody() {
    assertThat(find("Ban Thường vụ Huyện ủy Cao Lộc và BTV Tỉnh ủy; Ban Tổ chức Thành uỷ; UBKT Huyện ủy"))
        .extracting(OrganisationMention::name, OrganisationMention::kind, OrganisationMention::locality)
        .containsExactly(
            tuple("Ban Thường vụ Huyện ủy Cao Lộc", "party_committee", "huyện Cao Lộc"),
            tuple("Ban Thường vụ Tỉnh ủy", "party_committee", null),
            tuple("Ban Tổ chức Thành ủy", "party_board", null),
            tuple("Ủy ban Kiểm tra Huyện ủy", "party_board", null));
  }

  @Test
  void centralBodiesFrontAndDepartments() {
    assertThat(find("Bộ Chính trị, Ban Bí thư, BCH TW; Ủy ban MTTQ tỉnh; Sở NN&PTNT; Phòng Nội vụ huyện"))
        .extracting(OrganisationMention::name)
        .containsExactly("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương",
            "Ủy ban Mặt trận Tổ quốc tỉnh", "Sở Nông nghiệp và Phát triển nông thôn", "Phòng Nội vụ huyện");
  }

  @Test
  void dutiesVerbsAndLowerCaseAreNotBodies() {
    assertThat(find("Phó Bí thư Thường trực Huyện ủy")).extracting(OrganisationMention::text)
        .containsExactly("Huyện ủy");
    assertThat(find("thanh tra, kiểm tra; ban tổ chức hội nghị; các đảng bộ; Thường trực trả lời")).isEmpty();
    assertThat(find("Thanh tra tỉnh và Thường trực HĐND huyện")).extracting(OrganisationMention::name)
        .containsExactly("Thanh tra tỉnh", "Thường trực Hội đồng nhân dân huyện");
  }

  @Test
  void partyCommitteeOfACity() {
    assertThat(find("Ban Chấp hành Đảng bộ thành phố Hà Nội")).extracting(OrganisationMention::name,
            OrganisationMention::locality)
        .containsExactly(tuple("Ban Chấp hành Đảng bộ thành phố Hà Nội", "thành phố Hà Nội"));
  }
}
