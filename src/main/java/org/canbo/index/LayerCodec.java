package org.canbo.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.canbo.model.Span;

/**
 * Stores annotation layers compactly as JSON, one {@code [start,end,"type"]} triple per span
 * ({@code {"word":[[0,6,"word"],...]}}), because a word layer has thousands of spans and field
 * names would triple its size.
 */
final class LayerCodec {
  private final ObjectMapper mapper = new ObjectMapper();

  String encode(Map<String, List<Span>> layers) {
    ObjectNode root = mapper.createObjectNode();
    for (Map.Entry<String, List<Span>> layer : layers.entrySet()) {
      ArrayNode spans = root.putArray(layer.getKey());
      for (Span s : layer.getValue()) {
        spans.addArray().add(s.start()).add(s.end()).add(s.type());
      }
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode layers " + layers.keySet(), e);
    }
  }

  Map<String, List<Span>> decode(String json) {
    Map<String, List<Span>> layers = new TreeMap<>();
    if (json == null || json.isEmpty()) {
      return layers;
    }
    try {
      JsonNode root = mapper.readTree(json);
      for (Map.Entry<String, JsonNode> layer : root.properties()) {
        List<Span> spans = new ArrayList<>(layer.getValue().size());
        for (JsonNode s : layer.getValue()) {
          spans.add(new Span(s.get(0).asInt(), s.get(1).asInt(), s.get(2).asText()));
        }
        layers.put(layer.getKey(), spans);
      }
      return layers;
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalStateException("stored layers are not valid: " + e.getMessage(), e);
    }
  }
}
