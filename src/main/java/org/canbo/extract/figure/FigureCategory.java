package org.canbo.extract.figure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canbo.text.Diacritics;

/**
 * The figure categories of the annotation schema (a figure's {@code category} holds the code), each
 * with the Vietnamese label the research page shows and the other names a researcher may type for
 * it: {@code byName("luân chuyển")}, {@code byName("luan chuyen")} and {@code byName("rotation")}
 * are all {@link #ROTATION}.
 */
public enum FigureCategory {
  ROTATION("Luân chuyển"),
  TRANSFER("Điều động"),
  POSITION_CHANGE("Chuyển đổi vị trí công tác", "chuyển đổi vị trí", "thay đổi vị trí"),
  APPOINTMENT("Bổ nhiệm", "bổ nhiệm lại"),
  NOMINATION("Giới thiệu ứng cử, bầu cử", "giới thiệu ứng cử", "ứng cử", "bầu cử"),
  TRAINING("Đào tạo, bồi dưỡng", "đào tạo", "bồi dưỡng"),
  DISCIPLINE("Kỷ luật", "kỉ luật"),
  PLANNING("Quy hoạch"),
  EVALUATION("Đánh giá, xếp loại", "đánh giá", "xếp loại"),
  NONLOCAL_LEADER("Lãnh đạo không là người địa phương", "không là người địa phương",
      "không phải người địa phương"),
  QUALIFICATION("Trình độ, đạt chuẩn", "trình độ", "đạt chuẩn"),
  RECRUITMENT("Tuyển dụng", "thi tuyển"),
  STAFFING("Biên chế", "tinh giản biên chế"),
  PARTY_MEMBERSHIP("Đảng viên", "kết nạp đảng viên"),
  OTHER("Khác");

  private final String label;
  private final List<String> aliases;

  FigureCategory(String label, String... aliases) {
    this.label = label;
    this.aliases = List.of(aliases);
  }

  /** The schema's code: "rotation", "nonlocal_leader". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Vietnamese label: "Luân chuyển". */
  public String label() {
    return label;
  }

  /** Code, label and aliases: every name {@link #byName} accepts for this category. */
  public List<String> names() {
    List<String> names = new ArrayList<>(List.of(code(), label));
    names.addAll(aliases);
    return names;
  }

  /**
   * The category with this code, label or alias, ignoring case, diacritics (people type "luan
   * chuyen"), tone-mark style and spacing; empty for anything else.
   */
  public static Optional<FigureCategory> byName(String name) {
    String key = fold(name);
    return Stream.of(values()).filter(c -> c.names().stream().map(FigureCategory::fold)
        .anyMatch(key::equals)).findFirst();
  }

  /** "rotation (luân chuyển), transfer (điều động), ...", for error messages. */
  public static String describeAll() {
    return Stream.of(values()).map(c -> c.code() + " (" + c.label.toLowerCase(Locale.ROOT) + ")")
        .collect(Collectors.joining(", "));
  }

  /** Lower case without diacritics or "đ", single spaces: the form names are compared in. */
  static String fold(String name) {
    String nfc = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
    return Diacritics.fold(nfc).toLowerCase(Locale.ROOT).replace('_', ' ').strip()
        .replaceAll("\\s+", " ");
  }
}
