import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;

/**
 * CPU per stored-document load of the fields a search hit reads, indexes alternated round by round
 * in one JVM. Run: java -cp "target/canbo.jar:target/lib/*" tools/StoredLoad.java ROUNDS INDEX...
 */
public class StoredLoad {
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Set<String> fields = Set.of("id", "title", "body", "date", "source", "locality");
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    int n = args.length - 1;
    DirectoryReader[] readers = new DirectoryReader[n];
    for (int i = 0; i < n; i++) readers[i] = DirectoryReader.open(FSDirectory.open(Path.of(args[i + 1])));
    Random random = new Random(42);
    int[] docs = new int[2000];
    for (int i = 0; i < docs.length; i++) docs[i] = random.nextInt(readers[0].maxDoc());
    double[][] perRound = new double[n][rounds];
    long sink = 0;
    for (int r = -5; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        long start = bean.getCurrentThreadCpuTime();
        StoredFields s = readers[i].storedFields();
        for (int d : docs) sink += s.document(d, fields).get("body").length();
        if (r >= 0) perRound[i][r] = (bean.getCurrentThreadCpuTime() - start) / 1e3 / docs.length;
      }
    }
    for (int i = 0; i < n; i++) {
      Arrays.sort(perRound[i]);
      System.out.printf("%-40s median %.1f us  p10 %.1f us per document (%d rounds x %d random docs)%n",
          args[i + 1], perRound[i][rounds / 2], perRound[i][rounds / 10], rounds, docs.length);
    }
    System.out.println(sink % 7);
  }
}
