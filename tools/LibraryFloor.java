import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * What the libraries alone cost, with no canbo code: Tika's AutoDetectParser taking the text out
 * of each file, and Lucene indexing that text in the four body fields canbo's index has (syllables
 * stored, folded, words, syllable pairs: three with positions and offsets), with StandardAnalyzer,
 * on two threads like ingest. Rounds in one JVM: the first is what a fresh `bench` run meets.
 * Run: java -cp "target/canbo.jar:target/lib/*" tools/LibraryFloor.java DIR tika|lucene|both [ROUNDS]
 * where DIR holds the articles, e.g. the corpus `./canbo bench --workdir W` replicates (W/corpus).
 */
public class LibraryFloor {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    String mode = args[1];
    boolean tika = !mode.equals("lucene");
    boolean lucene = !mode.equals("tika");
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    AutoDetectParser parser = new AutoDetectParser();
    for (int round = 0; round < rounds; round++) {
      Path dir = Files.createTempDirectory("library-floor");
      IndexWriter writer = new IndexWriter(FSDirectory.open(dir),
          new IndexWriterConfig(new StandardAnalyzer()));
      ExecutorService threads = Executors.newFixedThreadPool(2);
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (Path file : files) {
        done.add(threads.submit(() -> {
          String text;
          if (tika) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            try (var in = Files.newInputStream(file)) {
              parser.parse(in, handler, new Metadata(), new ParseContext());
            }
            text = handler.toString();
          } else {
            text = Files.readString(file);
          }
          if (lucene) {
            writer.addDocument(bodyFields(file.toString(), text));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      writer.commit();
      writer.close();
      double seconds = (System.nanoTime() - start) / 1e9;
      threads.shutdown();
      System.out.printf("%s, round %d: %d files in %.2f s = %.0f docs/s%n",
          mode, round + 1, files.size(), seconds, files.size() / seconds);
    }
  }

  private static Document bodyFields(String id, String text) {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new Field("body", text, type(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)));
    doc.add(new Field("body_folded", text, type(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)));
    doc.add(new Field("body_words", text, type(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)));
    doc.add(new Field("body_pairs", text, type(false, IndexOptions.DOCS_AND_FREQS)));
    return doc;
  }

  private static FieldType type(boolean stored, IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }
}
