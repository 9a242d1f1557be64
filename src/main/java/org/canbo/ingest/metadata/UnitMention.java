package org.canbo.ingest.metadata;

import java.util.List;
import org.canbo.nlp.ner.AdminUnit;

/**
 * One place name found in the text, with the units it may denote (several when a name is shared)
 * and whether a type or committee word introduced it ("huyện Cao Lộc", "Thành ủy Hà Nội").
 */
public record UnitMention(List<AdminUnit> candidates, int line, boolean typed) {
  public UnitMention {
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("mention at line " + line + " has no candidate unit");
    }
  }
}
