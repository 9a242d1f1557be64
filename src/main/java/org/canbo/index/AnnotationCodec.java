package org.canbo.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;
import org.canbo.model.Annotations;

/**
 * An article's annotations as doc-value bytes: their JSON (UTF-8), compressed with Lucene's LZ4,
 * after its length. 9 KB of JSON take 2.3 KB; Deflater would take 1.8 KB but inflating is several
 * times slower than LZ4, and every export and article view decodes them. Thread-safe.
 */
final class AnnotationCodec {
  private static final ObjectMapper JSON = org.canbo.dataset.SafeJson.plain();
  /** LZ4's hash table (a 64K-entry array) is reused: allocating it cost more than compressing. */
  private static final ThreadLocal<LZ4.FastCompressionHashTable> TABLE =
      ThreadLocal.withInitial(LZ4.FastCompressionHashTable::new);

  private AnnotationCodec() {}

  static BytesRef encode(Annotations annotations) {
    try {
      byte[] json = JSON.writeValueAsBytes(annotations);
      ByteBuffersDataOutput out = new ByteBuffersDataOutput(json.length / 2 + 16);
      out.writeVInt(json.length);
      LZ4.FastCompressionHashTable table = TABLE.get();
      LZ4.compress(json, 0, json.length, out, table);
      return new BytesRef(out.toArrayCopy());
    } catch (IOException e) {
      throw new UncheckedIOException("serialising annotations to memory does no I/O", e);
    }
  }

  static Annotations decode(BytesRef bytes) {
    try {
      ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
      byte[] json = new byte[in.readVInt()];
      LZ4.decompress(in, json.length, json, 0);
      return JSON.readValue(json, Annotations.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("annotation doc values unreadable: " + e.getMessage(), e);
    }
  }
}
