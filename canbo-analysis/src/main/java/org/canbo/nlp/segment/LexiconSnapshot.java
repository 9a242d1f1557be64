package org.canbo.nlp.segment;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * A built {@link Lexicon} as one binary image: the arrays it already holds, dumped as they are,
 * behind a header that lets a reader reject a wrong, stale or damaged file.
 *
 * <p>Why: parsing ~300k XML entries with a cold JIT takes about a second per JVM, while reading
 * these arrays back is a few bulk copies. The image is derived from the Maven artifact on every
 * build ({@link LexiconSnapshotWriter}) and never committed; {@link LexiconSource} falls back to
 * the XML whenever it is absent or rejected.
 *
 * <p>Layout, big-endian: magic, {@link #VERSION}, the {@link SnapshotFingerprint} of the inputs it
 * was built from, payload length, CRC-32 of the payload, then the payload that
 * {@link Lexicon#writeTo} writes (arrays as a length followed by their elements).
 */
final class LexiconSnapshot {
  /** Where the build puts the image, next to our classes. */
  static final String RESOURCE = "org/canbo/nlp/segment/lexicon.bin";
  /** Raise on any change to what {@link Lexicon#writeTo} writes. */
  static final int VERSION = 1;
  private static final int MAGIC = 0x43424C58; // "CBLX"
  private static final int HEADER = 4 + 4 + 8 + 4 + 4;

  private LexiconSnapshot() {}

  /** Thrown when an image cannot be used; the message says why, for the log line. */
  static final class Rejected extends Exception {
    Rejected(String why) {
      super(why);
    }
  }

  /** The image of {@code lexicon}, stamped with the fingerprint of the inputs it came from. */
  static byte[] encode(Lexicon lexicon, long fingerprint) throws IOException {
    ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 24);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(payload, 1 << 16))) {
      lexicon.writeTo(out);
    }
    byte[] body = payload.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(body);
    return ByteBuffer.allocate(HEADER + body.length)
        .putInt(MAGIC).putInt(VERSION).putLong(fingerprint)
        .putInt(body.length).putInt((int) crc.getValue())
        .put(body)
        .array();
  }

  /** The lexicon in {@code image}, if it is whole, of this version, and built from these inputs. */
  static Lexicon decode(byte[] image, long fingerprint) throws Rejected {
    if (image.length < HEADER) {
      throw new Rejected("truncated header (" + image.length + " bytes)");
    }
    ByteBuffer in = ByteBuffer.wrap(image);
    if (in.getInt() != MAGIC) {
      throw new Rejected("not a lexicon snapshot");
    }
    int version = in.getInt();
    if (version != VERSION) {
      throw new Rejected("format version " + version + ", this code reads " + VERSION);
    }
    if (in.getLong() != fingerprint) {
      throw new Rejected("stale: built from other resources or loader code");
    }
    int length = in.getInt();
    if (length != image.length - HEADER) {
      throw new Rejected("payload of " + (image.length - HEADER) + " bytes, header says " + length);
    }
    int expected = in.getInt();
    CRC32 crc = new CRC32();
    crc.update(image, HEADER, length);
    if ((int) crc.getValue() != expected) {
      throw new Rejected("checksum mismatch");
    }
    try {
      Lexicon lexicon = Lexicon.readFrom(in);
      check(!in.hasRemaining(), in.remaining() + " bytes left over");
      return lexicon;
    } catch (IllegalArgumentException | BufferUnderflowException | NegativeArraySizeException e) {
      // Only a writer/reader mismatch under an unchanged VERSION can get here, given the CRC.
      throw new Rejected("malformed payload: " + e.getMessage());
    }
  }

  /** Fails the read with {@code why} unless {@code ok}. */
  static void check(boolean ok, String why) {
    if (!ok) {
      throw new IllegalArgumentException(why);
    }
  }

  // ---- arrays: an int length, then the first n elements ----

  static void writeBytes(DataOutputStream out, byte[] a, int n) throws IOException {
    out.writeInt(n);
    out.write(a, 0, n);
  }

  static void writeChars(DataOutputStream out, char[] a, int n) throws IOException {
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeChar(a[i]);
    }
  }

  static void writeInts(DataOutputStream out, int[] a, int n) throws IOException {
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeInt(a[i]);
    }
  }

  static void writeLongs(DataOutputStream out, long[] a, int n) throws IOException {
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeLong(a[i]);
    }
  }

  // Reads go through typed views: one bulk copy per array, no per-element loop in a cold JVM.

  static byte[] readBytes(ByteBuffer in) {
    byte[] a = new byte[length(in, Byte.BYTES)];
    in.get(a);
    return a;
  }

  static char[] readChars(ByteBuffer in) {
    char[] a = new char[length(in, Character.BYTES)];
    in.asCharBuffer().get(a);
    in.position(in.position() + a.length * Character.BYTES);
    return a;
  }

  static int[] readInts(ByteBuffer in) {
    int[] a = new int[length(in, Integer.BYTES)];
    in.asIntBuffer().get(a);
    in.position(in.position() + a.length * Integer.BYTES);
    return a;
  }

  static long[] readLongs(ByteBuffer in) {
    long[] a = new long[length(in, Long.BYTES)];
    in.asLongBuffer().get(a);
    in.position(in.position() + a.length * Long.BYTES);
    return a;
  }

  /** The next array length, checked against what is left so a bad one cannot allocate wildly. */
  private static int length(ByteBuffer in, int width) {
    int n = in.getInt();
    check(n >= 0 && (long) n * width <= in.remaining(), "array length " + n);
    return n;
  }
}
