package org.canbo.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the PATH arguments of a run into files with document ids: a directory recursively in
 * sorted order (hidden files and directories skipped), a file as given.
 *
 * <p>Nothing found is dropped silently: a directory that cannot be read is a failure and the walk
 * goes on; a symbolic link out of the directory given (to {@code /etc/passwd}, say), a broken link
 * or a device is skipped, each with its reason. Links are followed out of the directory only when
 * asked ({@code --follow-links}); a link inside it is followed to a file, while a link to a
 * directory inside it is not walked twice.
 */
public final class CorpusWalker {
  /** One file to ingest and its document id (relative path without extension, '/' separated). */
  public record Entry(Path file, String id) {}

  /** A path that is not ingested and why; {@code failed} ones count as failures, others as skipped. */
  public record Problem(Path path, String reason, boolean failed) {}

  /** What a walk found: the files to read, sorted by id, and the paths it had to leave out. */
  public record Walk(List<Entry> entries, List<Problem> problems) {
    public Walk {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
    }
  }

  /** Lists a directory's children; tests substitute one that fails as an unreadable one does. */
  @FunctionalInterface
  interface Lister {
    List<Path> list(Path directory) throws IOException;
  }

  private final boolean followLinks;
  private final Lister lister;

  public CorpusWalker(boolean followLinks) {
    this(followLinks, CorpusWalker::list);
  }

  CorpusWalker(boolean followLinks, Lister lister) {
    this.followLinks = followLinks;
    this.lister = lister;
  }

  /**
   * All entries and problems of all arguments, each argument's entries sorted by id.
   *
   * @throws NoSuchFileException when an argument does not exist (a usage error, not bad input)
   */
  public Walk walk(List<Path> arguments) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path argument : arguments) {
      if (!Files.exists(argument)) {
        throw new NoSuchFileException(argument.toString());
      }
      if (!Files.isDirectory(argument)) {
        // A file named on the command line is read even through a link: the user chose it.
        entries.add(new Entry(argument, stripExtension(argument.getFileName().toString())));
        continue;
      }
      List<Entry> found = new ArrayList<>();
      new Tree(argument, found, problems).walk();
      // Listing order depends on the file system; ids must come out the same everywhere.
      found.sort(Comparator.comparing(Entry::id).thenComparing(e -> e.file().toString()));
      entries.addAll(found);
    }
    return new Walk(entries, problems);
  }

  /** One directory argument being walked. */
  private final class Tree {
    private final Path root;
    private final List<Entry> entries;
    private final List<Problem> problems;
    private final Set<Path> ancestors = new HashSet<>();
    private Path realRoot;

    Tree(Path root, List<Entry> entries, List<Problem> problems) {
      this.root = root;
      this.entries = entries;
      this.problems = problems;
    }

    void walk() {
      try {
        realRoot = root.toRealPath();
      } catch (IOException e) {
        problems.add(new Problem(root, "cannot read directory (" + IoReason.of(e) + ")", true));
        return;
      }
      directory(root, realRoot);
    }

    private void directory(Path dir, Path real) {
      List<Path> children;
      try {
        children = lister.list(dir);
      } catch (IOException | RuntimeException e) {
        problems.add(new Problem(dir, "cannot read directory (" + IoReason.of(e) + ")", true));
        return;
      }
      ancestors.add(real);
      for (Path child : children) {
        if (!child.getFileName().toString().startsWith(".")) {
          child(child, real.resolve(child.getFileName()));
        }
      }
      ancestors.remove(real);
    }

    private void child(Path child, Path real) {
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        problems.add(new Problem(child, "cannot read (" + IoReason.of(e) + ")", true));
        return;
      }
      if (attributes.isSymbolicLink()) {
        link(child);
      } else if (attributes.isDirectory()) {
        directory(child, real);
      } else if (attributes.isRegularFile()) {
        entries.add(new Entry(child, id(root.relativize(child))));
      } else {
        problems.add(new Problem(child, "skipped: not a regular file", false));
      }
    }

    private void link(Path link) {
      Path target;
      try {
        target = link.toRealPath();
      } catch (IOException e) {
        String why = e instanceof NoSuchFileException ? "to " + linkText(link) : IoReason.of(e);
        problems.add(new Problem(link, "skipped: broken symbolic link (" + why + ")", false));
        return;
      }
      boolean inside = target.startsWith(realRoot);
      if (!inside && !followLinks) {
        problems.add(new Problem(link, "skipped: symbolic link to " + target + ", outside " + root
            + " (--follow-links follows it)", false));
        return;
      }
      if (Files.isRegularFile(target)) {
        entries.add(new Entry(link, id(root.relativize(link))));
      } else if (!Files.isDirectory(target)) {
        problems.add(new Problem(link, "skipped: link to something not a regular file", false));
      } else if (followLinks && ancestors.contains(target)) {
        problems.add(new Problem(link, "skipped: symbolic link loop (to " + target + ")", false));
      } else if (followLinks) {
        directory(link, target);
      }
      // Not following, the link leads to a directory inside the root, walked where it is.
    }
  }

  private static String linkText(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "?";
    }
  }

  private static List<Path> list(Path directory) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      stream.forEach(children::add);
    }
    children.sort(Comparator.naturalOrder());
    return children;
  }

  private static String id(Path relative) {
    StringBuilder id = new StringBuilder();
    for (Path part : relative.getParent() == null ? List.<Path>of() : relative.getParent()) {
      id.append(part).append('/');
    }
    return id.append(stripExtension(relative.getFileName().toString())).toString();
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
