package org.canbo.nlp.segment;

import java.util.Arrays;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamReader;

/**
 * Collects the states and transitions of vnTokenizer's {@code dfaLexicon.xml} and spells out the
 * words the automaton accepts.
 */
final class DfaReader {
  private static final int FINAL = 2;
  private byte[] stateType = new byte[1 << 16];
  private int[] src = new int[1 << 17];
  private int[] dst = new int[1 << 17];
  private char[] label = new char[1 << 17];
  private int transitions;
  private int maxState;

  void element(XMLStreamReader r) {
    String name = r.getLocalName();
    if (name.equals("s")) {
      int id = Integer.parseInt(r.getAttributeValue(null, "id"));
      ensureState(id);
      stateType[id] = (byte) Integer.parseInt(r.getAttributeValue(null, "type"));
    } else if (name.equals("t")) {
      String inp = r.getAttributeValue(null, "inp");
      if (inp == null || inp.length() != 1) {
        return; // every transition of the shipped automaton reads one char
      }
      if (transitions == src.length) {
        src = Arrays.copyOf(src, transitions * 2);
        dst = Arrays.copyOf(dst, transitions * 2);
        label = Arrays.copyOf(label, transitions * 2);
      }
      src[transitions] = Integer.parseInt(r.getAttributeValue(null, "src"));
      dst[transitions] = Integer.parseInt(r.getAttributeValue(null, "tar"));
      label[transitions] = inp.charAt(0);
      ensureState(Math.max(src[transitions], dst[transitions]));
      transitions++;
    }
  }

  /** Depth-first over the acyclic automaton from state 0, passing each accepted word. */
  void forEachWord(Consumer<String> sink) {
    int states = maxState + 1;
    int[] first = new int[states + 1];
    for (int t = 0; t < transitions; t++) {
      first[src[t] + 1]++;
    }
    for (int s = 0; s < states; s++) {
      first[s + 1] += first[s];
    }
    int[] order = new int[transitions];
    int[] fill = Arrays.copyOf(first, states);
    for (int t = 0; t < transitions; t++) {
      order[fill[src[t]]++] = t;
    }
    char[] word = new char[256];
    int[] stackState = new int[256];
    int[] stackNext = new int[256];
    int depth = 0;
    stackState[0] = 0;
    stackNext[0] = first[0];
    while (depth >= 0) {
      int s = stackState[depth];
      if (stackNext[depth] < first[s + 1] && depth + 1 < word.length) {
        int t = order[stackNext[depth]++];
        word[depth] = label[t];
        depth++;
        stackState[depth] = dst[t];
        stackNext[depth] = first[dst[t]];
        if (stateType[dst[t]] == FINAL) {
          sink.accept(new String(word, 0, depth));
        }
      } else {
        depth--;
      }
    }
  }

  private void ensureState(int id) {
    maxState = Math.max(maxState, id);
    if (id >= stateType.length) {
      stateType = Arrays.copyOf(stateType, Math.max(id + 1, stateType.length * 2));
    }
  }
}
