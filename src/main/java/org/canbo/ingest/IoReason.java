package org.canbo.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * The operating system's reason for an I/O failure ("permission denied", "no space left on
 * device"), without the path Java repeats in the message: reports name the path themselves.
 */
public final class IoReason {
  private IoReason() {}

  public static String of(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (c instanceof FileSystemException fse && fse.getReason() != null
          && !fse.getReason().isBlank()) {
        return lowerFirst(fse.getReason());
      }
    }
    Throwable root = Failures.rootCause(e);
    String message = root.getMessage();
    // A plain IOException carries the reason as its message ("No space left on device").
    if (root.getClass() == java.io.IOException.class && message != null && !message.isBlank()) {
      return lowerFirst(message.strip().lines().findFirst().orElse(message));
    }
    return Failures.oneLine(root);
  }

  private static String lowerFirst(String s) {
    boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
    return acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
