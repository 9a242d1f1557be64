package org.canbo.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.canbo.nlp.lang.LanguageIdentifier;

/**
 * A digest of the resources the pipeline loads (vocabularies, gazetteer, lexicon, models), so that
 * the version stamped on documents changes by itself when one of them does and the next ingest
 * reads the files again: no manual version bump to forget. Every non-class file under {@code
 * org/canbo/} counts, found in the jar or classes directory the code runs from, except the web
 * page's files and the person-name model (trained at build from {@code person-ner.train}, which
 * counts); the language model a dependency ships counts by name.
 */
public final class ResourceDigest {
  private static final String ROOT = "org/canbo/";
  /** One resource of each module that ships resources: the app's, and canbo-analysis' lexicon. */
  private static final List<String> ANCHORS =
      List.of(ROOT + "nlp/ner/units.tsv", ROOT + "nlp/segment/extra-lexicon.txt");
  /** Resources of dependencies the pipeline loads, by class-loader name. */
  private static final List<String> EXTERNAL = List.of(
      LanguageIdentifier.MODEL_RESOURCE.substring(1), "models/tokenization/bigram/unigram.xml");
  /** Files the build derives from counted ones. */
  private static final List<String> DERIVED = List.of("/person-ner.bin", "/lexicon.bin");
  /** Hex digits kept: 48 bits tell versions apart. */
  private static final int LENGTH = 12;

  /** Reads a named resource. */
  @FunctionalInterface
  interface Opener {
    InputStream open(String name) throws IOException;
  }

  private ResourceDigest() {}

  /** The digest of the resources bundled with this build. */
  public static String bundled() {
    ClassLoader loader = ResourceDigest.class.getClassLoader();
    try {
      Set<String> found = new TreeSet<>();
      for (String anchor : ANCHORS) {
        URL url = loader.getResource(anchor);
        if (url == null) {
          throw new IllegalStateException("resource missing from the classpath: " + anchor);
        }
        found.addAll(ours(url, anchor));
      }
      List<String> names = new ArrayList<>(found);
      for (String name : EXTERNAL) {
        names.add(name + "@" + shippedBy(loader, name));
      }
      return of(names, name -> name.contains("@") ? InputStream.nullInputStream()
          : loader.getResourceAsStream(name));
    } catch (IOException | URISyntaxException e) {
      throw new UncheckedIOException("cannot read the pipeline's resources",
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** The digest of the resources under {@code classes}, a classes directory (for tests and tools). */
  static String ofDirectory(Path classes) throws IOException {
    return of(listed(classes), name -> Files.newInputStream(classes.resolve(name)));
  }

  /** The digest of the named resources, in the order given: each name and its bytes. */
  static String of(List<String> names, Opener opener) throws IOException {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[1 << 16];
    for (String name : names) {
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      try (InputStream in = opener.open(name)) {
        if (in == null) {
          throw new IOException("resource missing from the classpath: " + name);
        }
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          sha.update(buffer, 0, n);
        }
      }
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, LENGTH);
  }

  /** The file name of the jar that ships a dependency's resource ("opennlp-models-langdetect-1.3.0.jar"). */
  private static String shippedBy(ClassLoader loader, String name) {
    URL url = loader.getResource(name);
    if (url == null) {
      throw new IllegalStateException("resource missing from the classpath: " + name);
    }
    String path = url.getPath();
    int bang = path.indexOf("!/");
    String jar = bang < 0 ? path : path.substring(0, bang);
    return jar.substring(jar.lastIndexOf('/') + 1);
  }

  /** Our resource names from the jar or the classes directory {@code anchor} (named so) lies in. */
  private static List<String> ours(URL anchor, String name) throws IOException, URISyntaxException {
    if ("jar".equals(anchor.getProtocol())) {
      String file = anchor.getPath().substring("file:".length(), anchor.getPath().indexOf("!/"));
      try (JarFile jar = new JarFile(Path.of(new java.net.URI("file:" + file)).toFile())) {
        return jar.stream().map(JarEntry::getName).filter(ResourceDigest::counts).sorted().toList();
      }
    }
    Path classes = Path.of(anchor.toURI());
    for (int i = 0; i < name.split("/").length; i++) {
      classes = classes.getParent();
    }
    return listed(classes);
  }

  private static List<String> listed(Path classes) throws IOException {
    Path root = classes.resolve(ROOT);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .map(p -> classes.relativize(p).toString().replace('\\', '/'))
          .filter(ResourceDigest::counts).sorted().toList();
    }
  }

  /** A file the pipeline may load: not code, not the web page, not one derived from counted files. */
  private static boolean counts(String name) {
    return name.startsWith(ROOT) && !name.endsWith("/") && !name.endsWith(".class")
        && !name.startsWith(ROOT + "server/") && DERIVED.stream().noneMatch(name::endsWith);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
