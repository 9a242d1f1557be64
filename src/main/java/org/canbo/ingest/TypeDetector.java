package org.canbo.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Detects a file's type with the answer of Tika's default detector, cheaply for text: when {@link
 * MagicScreen} proves that no magic pattern can match the file's first 64 KB, the same detectors
 * run with a copy of Tika's type registry that has no magic table, so only what Tika does when
 * nothing matches (its text check, then the file name) decides. Otherwise Tika's detector runs as
 * is. Thread-safe.
 */
final class TypeDetector {
  private static final String MIME_TYPES = "org/apache/tika/mime/tika-mimetypes.xml";
  private static final String CUSTOM_MIME_TYPES = "org/apache/tika/mime/custom-mimetypes.xml";
  /** What Tika's type registry reads of a file ({@link MimeTypes#getMinLength}). */
  private static final int HEADER = 64 * 1024;

  private final Detector full;
  /** The same detectors without the magic table; null when it could not be built. */
  private final Detector withoutMagic;
  private final MagicScreen screen;

  TypeDetector(TikaConfig config) {
    this.full = config.getDetector();
    Detector cheap = null;
    MagicScreen magic = MagicScreen.OFF;
    try {
      List<Document> types = readMimeTypes();
      if (types != null && full instanceof CompositeDetector composite) {
        magic = MagicScreen.of(types);
        cheap = withoutMagic(config, composite, types);
      }
    } catch (Exception e) {
      cheap = null; // a registry we cannot rebuild: Tika's detector for every file
    }
    this.withoutMagic = cheap;
    this.screen = cheap == null ? MagicScreen.OFF : magic;
  }

  /** True when files can skip the magic table (false: every file takes Tika's full detection). */
  boolean screening() {
    return withoutMagic != null && screen.active();
  }

  MediaType detect(Path file) throws IOException {
    return detect(file, null);
  }

  /** As {@link #detect(Path)}; {@code contents} is the whole file when already read, else null. */
  MediaType detect(Path file, byte[] contents) throws IOException {
    boolean skip = false;
    if (screening()) {
      if (contents != null && contents.length <= HEADER) {
        skip = skipsMagic(contents);
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          skip = skipsMagic(in.readNBytes(HEADER));
        }
      }
    }
    if (skip && contents != null) {
      // The detectors left read a prefix of the stream (text check, container signatures that
      // failed the screen's patterns): the bytes in memory are that prefix, without opening the
      // file again.
      return detect(withoutMagic, file, TikaInputStream.get(contents));
    }
    return detect(skip ? withoutMagic : full, file);
  }

  /** Files up to this size are read whole once: the part of them detection reads is all of them. */
  static boolean readsWhole(long size) {
    return size <= HEADER;
  }

  /** True when a file starting with {@code header} (its first 64 KB) can skip the magic table. */
  boolean skipsMagic(byte[] header) {
    return screening() && !screen.mayMatch(header);
  }

  /** Tika's own answer, the magic table always consulted: the reference the fast path must equal. */
  MediaType detectWithTika(Path file) throws IOException {
    return detect(full, file);
  }

  private static MediaType detect(Detector detector, Path file) throws IOException {
    return detect(detector, file, TikaInputStream.get(file));
  }

  /** {@code detector}'s answer for {@code file}'s name and contents, read from {@code contents}. */
  private static MediaType detect(Detector detector, Path file, InputStream contents)
      throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = contents) {
      return detector.detect(in, metadata);
    }
  }

  /**
   * The type files Tika's registry is read from, in its order ({@link MimeTypesFactory#create()}:
   * its own, then any custom-mimetypes.xml on the class path), or null when an external file is
   * named too (a system property this copy does not follow).
   */
  private static List<Document> readMimeTypes() throws Exception {
    ClassLoader loader = MimeTypes.class.getClassLoader();
    if (System.getProperty("tika.custom-mimetypes") != null) {
      return null;
    }
    List<URL> urls = new ArrayList<>();
    urls.add(loader.getResource(MIME_TYPES));
    urls.addAll(Collections.list(loader.getResources(CUSTOM_MIME_TYPES)));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    List<Document> out = new ArrayList<>();
    for (URL url : urls) {
      try (InputStream in = url.openStream()) {
        out.add(factory.newDocumentBuilder().parse(in));
      }
    }
    return out;
  }

  /** {@code composite}'s detectors, its registry of types replaced by one without magic. */
  private static Detector withoutMagic(TikaConfig config, CompositeDetector composite,
      List<Document> types) throws Exception {
    List<InputStream> stripped = new ArrayList<>();
    for (Document type : types) {
      stripped.add(new ByteArrayInputStream(withoutMagic(type)));
    }
    MimeTypes noMagic = MimeTypesFactory.create(stripped.toArray(InputStream[]::new));
    List<Detector> detectors = new ArrayList<>();
    int registries = 0;
    for (Detector d : composite.getDetectors()) {
      if (d == config.getMimeRepository()) {
        registries++;
        detectors.add(noMagic);
      } else {
        detectors.add(d);
      }
    }
    if (registries != 1) {
      return null;
    }
    return new CompositeDetector(config.getMediaTypeRegistry(), detectors);
  }

  /** {@code types} serialised without its {@code <magic>} elements. */
  private static byte[] withoutMagic(Document types) throws Exception {
    Document copy = (Document) types.cloneNode(true);
    NodeList magics = copy.getElementsByTagName("magic");
    for (int i = magics.getLength() - 1; i >= 0; i--) {
      Node magic = magics.item(i);
      magic.getParentNode().removeChild(magic);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance().newTransformer()
        .transform(new DOMSource(copy), new StreamResult(out));
    return out.toByteArray();
  }
}
