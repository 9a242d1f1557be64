package org.canbo.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
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
  /** One for the index, its Solr twin and the highlighter (the mapper is thread-safe). */
  static final LayerCodec SHARED = new LayerCodec();

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Writes the layers straight to the generator: the bytes a tree of nodes gave ({@code
   * LayerCodecTest} compares them), without building thousands of nodes per article first.
   */
  String encode(Map<String, List<Span>> layers) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, List<Span>> layer : layers.entrySet()) {
        json.writeFieldName(layer.getKey());
        json.writeStartArray();
        for (Span s : layer.getValue()) {
          json.writeStartArray();
          json.writeNumber(s.start());
          json.writeNumber(s.end());
          json.writeString(s.type());
          json.writeEndArray();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode layers " + layers.keySet(), e);
    }
    return out.toString();
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

  /**
   * The start offsets of one layer's spans, read by streaming the stored JSON (a search hit needs
   * its sentences, not a tree of every layer); null when the layer is absent or the JSON invalid.
   */
  int[] starts(String json, String layer) {
    if (json == null || json.isEmpty()) {
      return null;
    }
    try (JsonParser in = mapper.getFactory().createParser(json)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        boolean wanted = layer.equals(in.currentName());
        if (in.nextToken() != JsonToken.START_ARRAY) {
          return null;
        }
        if (!wanted) {
          in.skipChildren();
          continue;
        }
        int[] starts = new int[64];
        int n = 0;
        while (in.nextToken() == JsonToken.START_ARRAY) {
          if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            return null;
          }
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = in.getIntValue();
          while (in.nextToken() != JsonToken.END_ARRAY) {
            in.skipChildren();
          }
        }
        return Arrays.copyOf(starts, n);
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
