package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.TestTexts;
import org.canbo.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The stored layers are the bytes the earlier tree-of-nodes encoding wrote (indexes written before
 * keep reading the same, and re-ingesting gives the same stored documents), and decode back.
 */
class LayerCodecTest {
  private final LayerCodec codec = new LayerCodec();

  @Test
  void seedLayersEncodeAsTheNodeTreeDidAndDecodeBack() throws Exception {
    for (String text : TestTexts.seeds()) {
      Map<String, List<Span>> layers = new TreeMap<>();
      layers.put("word", spans(text, "\\p{L}+", "word"));
      layers.put("number", spans(text, "\\d+([.,]\\d+)*", "count"));
      layers.put("sentence", spans(text, "[^.\\n]+[.\\n]", "sentence"));
      assertThat(layers.get("word")).hasSizeGreaterThan(100);
      String encoded = codec.encode(layers);
      assertThat(encoded).isEqualTo(treeEncoding(layers));
      assertThat(codec.decode(encoded)).isEqualTo(layers);
    }
  }

  @Test
  void oddTypesAndEmptyLayersEncodeAsTheNodeTreeDid() throws Exception {
    Map<String, List<Span>> layers = new TreeMap<>();
    layers.put("", List.of());
    layers.put("chức vụ \"Bí thư\"", List.of(new Span(0, 0, "a\\b\"c"), new Span(3, 9, "tab\tnl\n")));
    layers.put("sep", List.of(new Span(1, 2, "line\u2028para\u2029"), new Span(2, 2_000_000_000, "Đảng")));
    assertThat(codec.encode(layers)).isEqualTo(treeEncoding(layers));
    assertThat(codec.decode(codec.encode(layers))).isEqualTo(layers);
    assertThat(codec.encode(Map.of())).isEqualTo("{}").isEqualTo(treeEncoding(Map.of()));
  }

  @Test
  void startsAreThoseOfTheNamedLayerOnly() {
    Map<String, List<Span>> layers = new TreeMap<>();
    layers.put("a", List.of(new Span(5, 9, "x"), new Span(1, 2, "nested \"[1,2]\"")));
    layers.put("sentences", List.of(new Span(0, 4, "sentence"), new Span(5, 12, "sentence"),
        new Span(12, 40, "câu")));
    layers.put("z", List.of(new Span(7, 8, "y")));
    String json = codec.encode(layers);
    assertThat(codec.starts(json, "sentences")).containsExactly(0, 5, 12);
    assertThat(codec.starts(json, "a")).containsExactly(5, 1);
    assertThat(codec.starts(json, "missing")).isNull();
    assertThat(codec.starts(codec.encode(Map.of("sentences", List.of())), "sentences")).isEmpty();
    assertThat(codec.starts(null, "sentences")).isNull();
    assertThat(codec.starts("{\"sentences\":[[0,", "sentences")).isNull();
    assertThat(codec.starts("[1,2]", "sentences")).isNull();
  }

  private static List<Span> spans(String text, String regex, String type) {
    List<Span> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end(), type));
    }
    return out;
  }

  /** The encoding before it streamed: an ObjectNode of arrays, written by a default mapper. */
  private static String treeEncoding(Map<String, List<Span>> layers) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    for (Map.Entry<String, List<Span>> layer : layers.entrySet()) {
      ArrayNode spans = root.putArray(layer.getKey());
      for (Span s : layer.getValue()) {
        spans.addArray().add(s.start()).add(s.end()).add(s.type());
      }
    }
    return mapper.writeValueAsString(root);
  }
}
