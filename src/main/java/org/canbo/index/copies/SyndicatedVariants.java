package org.canbo.index.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the copies an aggregator or another paper publishes of one article, for tests and the
 * grouping bench: lines re-wrapped, a new title with the paper's tag, one paragraph dropped, site
 * chrome added around it, and all of these at once. Deterministic.
 */
public final class SyndicatedVariants {
  private static final String HEADER = "Trang chủ | Thời sự | Chính trị | Xây dựng Đảng | Video\n"
      + "Thứ Hai, 15/07/2024 | Đăng nhập | Đăng ký nhận tin";
  private static final String FOOTER = "Chia sẻ bài viết: Facebook Zalo Twitter In bài viết\n"
      + "Tin liên quan: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15; Tổng kết công tác năm\n"
      + "Bản quyền © 2024 Báo Điện tử Tin Tổng Hợp. Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi "
      + "phát hành lại thông tin từ website này.";

  private SyndicatedVariants() {}

  /** Copies of {@code text} (first non-blank line the title) by kind: rewrapped, retitled, ... */
  public static Map<String, String> of(String text) {
    List<String> paragraphs = paragraphs(text);
    return Map.of(
        "rewrapped", rewrapped(paragraphs),
        "retitled", String.join("\n", retitled(paragraphs)),
        "dropped", String.join("\n", dropped(paragraphs)),
        "boilerplate", HEADER + "\n" + String.join("\n", paragraphs) + "\n" + FOOTER,
        "all", HEADER + "\n" + String.join("\n", dropped(retitled(paragraphs))) + "\n" + FOOTER);
  }

  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** Hard line breaks every ~60 characters, as a plain-text mailing or a PDF copy has them. */
  private static String rewrapped(List<String> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) {
      int width = 0;
      for (String word : p.split(" ")) {
        if (width > 0 && width + word.length() > 60) {
          out.append('\n');
          width = 0;
        } else if (width > 0) {
          out.append(' ');
          width++;
        }
        out.append(word);
        width += word.length();
      }
      out.append("\n\n");
    }
    return out.toString().strip();
  }

  /** The paper's own headline: a tag in front and a shorter tail. */
  private static List<String> retitled(List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs);
    String title = out.get(0);
    String[] words = title.split(" ");
    int keep = Math.max(3, words.length - 2);
    out.set(0, "(Tin tổng hợp) " + String.join(" ", List.of(words).subList(0, Math.min(keep,
        words.length))) + " - Tin mới nhất");
    out.add(1, "Nguồn: theo báo điện tử tỉnh");
    return out;
  }

  /** The longest paragraph after the title dropped (an editor trimming the piece). */
  private static List<String> dropped(List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs);
    int longest = 1;
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).length() > out.get(longest).length()) {
        longest = i;
      }
    }
    if (out.size() > 2) {
      out.remove(longest);
    }
    return out;
  }
}
