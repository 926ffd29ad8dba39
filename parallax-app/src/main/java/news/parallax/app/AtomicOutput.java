package news.parallax.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written whole or not at all: the report goes to a temporary file in the same
 * directory, renamed over the file when complete, so that a run killed while writing leaves the
 * previous report intact and no partial one.
 *
 * <pre>{@code
 * AtomicOutput target = new AtomicOutput(path);
 * try (OutputStream o = target.stream()) { ... }
 * target.commit();
 * }</pre>
 */
final class AtomicOutput {
  private final Path file;
  private Path temp;

  AtomicOutput(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** Why the file cannot be written, checked before a run starts, or null when it can. */
  static String problem(Path file) {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return "no such directory: " + dir;
    }
    if (!Files.isWritable(dir)) {
      return "cannot write to " + dir + ": permission denied";
    }
    if (Files.isDirectory(abs)) {
      return "a directory, not a file";
    }
    return null;
  }

  /** A stream to the temporary file. */
  OutputStream stream() throws IOException {
    temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".part");
    return Files.newOutputStream(temp);
  }

  /** Renames the complete temporary file over the output file. */
  void commit() throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the temporary file of a run that failed. */
  void abandon() {
    try {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // nothing more to do: the output file itself was not touched
    }
  }
}
