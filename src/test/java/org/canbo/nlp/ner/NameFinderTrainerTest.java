package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training a tiny model, as OpenNLP's NameFinderMETest does, and its save/load round trip. */
class NameFinderTrainerTest {
  private static final String DATA = """
      Đồng_chí <START:person> Hồ_Văn_Vịnh <END> , Bí_thư Thị_ủy Quảng_Yên , cho_biết .
      Bà <START:person> Nông_Thị_Hương <END> , Phó_Trưởng_Ban Tổ_chức Huyện_uỷ cho_biết .
      Ông <START:person> Đàm_Vân_Hải <END> , Bí_thư Đảng_ủy xã Bình_Trung cho_biết .
      Phó_Chủ_tịch UBND tỉnh <START:person> Dương_Tất_Thắng <END> đề_nghị .
      Đồng_chí <START:person> Nguyễn_Văn_Thắng <END> , Chủ_tịch UBND thị_xã .
      Thị_xã đã luân_chuyển 10 cán_bộ .

      Ông <START:person> Lê_Minh_Hưng <END> phát_biểu tại buổi lễ .
      Đồng_chí <START:person> Trần_Đức_Thắng <END> kiểm_tra xã Hiệp_Hòa .
      Huyện_ủy Cao_Lộc đã chú_trọng xây_dựng đội_ngũ cán_bộ .
      """;

  @Test
  void trainsSavesLoadsAndFindsNames(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("tiny.train");
    Files.writeString(data, DATA.repeat(3), StandardCharsets.UTF_8);
    Path model = dir.resolve("tiny.bin");
    new NameFinderTrainer(70, 1).train(data, model);
    assertThat(model).isNotEmptyFile();

    TokenNameFinder finder = PersonNameModel.load(Optional.of(model)).newFinder();
    Span[] names = finder.find(new String[] {"Đồng_chí", "Vũ_Quốc_Anh", ",", "Bí_thư", "Huyện_ủy"});
    finder.clearAdaptiveData();
    assertThat(names).containsExactly(new Span(1, 2, "person"));
    assertThat(finder.find(new String[] {"Thị_xã", "đã", "luân_chuyển", "10", "cán_bộ", "."}))
        .isEmpty();
  }

  @Test
  void missingDataOrModelIsAClearError(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NameFinderTrainer.defaults().train(dir.resolve("none.train"), dir.resolve("m.bin")));
    assertThat(e).hasMessageContaining("none.train");
    e = assertThrows(IllegalArgumentException.class,
        () -> PersonNameModel.load(Optional.of(dir.resolve("none.bin"))));
    assertThat(e).hasMessageContaining("none.bin");
  }

  @Test
  void theDefaultModelFindsAnOfficialsName() {
    TokenNameFinder finder = PersonNameModel.load(Optional.empty()).newFinder();
    Span[] names = finder.find(
        new String[] {"Đồng_chí", "Hồ_Văn_Vịnh", ",", "Bí_thư", "Thị_ủy", "Quảng_Yên"});
    assertThat(names).containsExactly(new Span(1, 2, "person"));
  }
}
