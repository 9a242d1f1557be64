package org.canbo.index.copies;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.util.BytesRef;

/**
 * Signature terms as doc-value bytes: each term is the base64 of a 16-byte hash ({@link
 * CopySignature#terms}), kept as those 16 bytes, one after another (4 KB for 256 terms, against
 * 5.9 KB of text). Decoding gives back the same strings.
 */
final class SignatureCodec {
  /** Bytes of one term's hash (MinHashFilter's 128 bits). */
  static final int HASH_BYTES = 16;
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private SignatureCodec() {}

  /** The hashes of {@code terms}, in their iteration order. */
  static BytesRef encode(Set<String> terms) {
    byte[] out = new byte[terms.size() * HASH_BYTES];
    int at = 0;
    for (String term : terms) {
      System.arraycopy(hash(term), 0, out, at, HASH_BYTES);
      at += HASH_BYTES;
    }
    return new BytesRef(out);
  }

  private static byte[] hash(String term) {
    try {
      byte[] hash = DECODER.decode(term);
      if (hash.length == HASH_BYTES && BASE64.encodeToString(hash).equals(term)) {
        return hash;
      }
    } catch (IllegalArgumentException e) {
      // not base64 at all: refused below, naming the term
    }
    throw new IllegalArgumentException("not a signature term: " + term);
  }

  /** The terms {@link #encode} was given. */
  static Set<String> decode(BytesRef bytes) {
    if (bytes.length % HASH_BYTES != 0) {
      throw new IllegalStateException("signature values of " + bytes.length + " bytes, not a "
          + "multiple of " + HASH_BYTES);
    }
    Set<String> terms = new HashSet<>(bytes.length / HASH_BYTES * 2);
    byte[] hash = new byte[HASH_BYTES];
    for (int at = bytes.offset; at < bytes.offset + bytes.length; at += HASH_BYTES) {
      System.arraycopy(bytes.bytes, at, hash, 0, HASH_BYTES);
      terms.add(BASE64.encodeToString(hash));
    }
    return terms;
  }
}
