package news.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import news.parallax.model.InputError;

/**
 * Reads files and directories into pages: web archives through a streaming WARC reader, other
 * files through the {@link PageReader}s.
 *
 * <p>Directories are walked recursively in lexicographic path order, skipping hidden files, so
 * the same tree always gives the same pages in the same order. Any file may be gzip-compressed
 * (by content, whatever its name). Empty, binary, oversized and unreadable files, and truncated
 * gzip streams, are reported to the sink with the reason and the run goes on.
 *
 * <p>The size limit ({@link #DEFAULT_MAX_BYTES} unless {@linkplain #withMaxBytes changed})
 * applies to a whole file, after decompression, except for web archives ({@code .warc},
 * {@code .arc}, gzipped or not, or any file starting with {@code WARC/}): those are streamed
 * record by record from the file, of any size, and the limit applies to each record's payload,
 * so memory is bounded by the largest page, not by the archive.
 *
 * <pre>{@code
 * Inputs.standard().read(List.of(Path.of("pages")), sink);
 * }</pre>
 */
public final class Inputs {
  /** Largest file read, after decompression, or largest WARC record payload. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private final WarcFileReader warc = new WarcFileReader();
  private final List<PageReader> readers;
  private final long maxBytes;

  private Inputs(List<PageReader> readers, long maxBytes) {
    this.readers = List.copyOf(readers);
    this.maxBytes = maxBytes;
  }

  /**
   * The standard readers: WARC (streamed), then JSON lines, RSS/Atom feeds, HTML and plain-text
   * dumps.
   */
  public static Inputs standard() {
    return new Inputs(List.of(new JsonLinesReader(), new FeedReader(),
        new HtmlReader(), new TextReader()), DEFAULT_MAX_BYTES);
  }

  /** A copy with another size limit. */
  public Inputs withMaxBytes(long max) {
    if (max <= 0) {
      throw new IllegalArgumentException("max bytes must be positive, was " + max);
    }
    return new Inputs(readers, max);
  }

  /**
   * Lists the files under the given paths in reading order; missing paths, and directories that
   * cannot be listed (with the reason: "permission denied"), go to the sink and the walk goes on.
   */
  public List<Path> files(List<Path> paths, PageSink sink) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        try {
          Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.equals(p) || !isHidden(p.relativize(dir)) ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
              if (regular && !isHidden(p.relativize(file))) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(p.relativize(file))) {
                sink.error(new InputError(file.toString(), (Files.isDirectory(file) ? "cannot list directory: "
                    : "unreadable: ") + reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                sink.error(new InputError(dir.toString(), "cannot list directory: " + reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
        } catch (IOException | RuntimeException e) {
          sink.error(new InputError(p.toString(), "cannot list directory: " + reason(e)));
        }
        found.sort(null);
        files.addAll(found);
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        sink.error(new InputError(p.toString(), "no such file or directory"));
      }
    }
    return files;
  }

  /** Reads every file under the given paths; a file that fails in any way is reported and skipped. */
  public void read(List<Path> paths, PageSink sink) {
    for (Path f : files(paths, sink)) {
      try {
        readFile(f, sink);
      } catch (RuntimeException | OutOfMemoryError e) {
        sink.error(new InputError(f.toString(), "unreadable: " + reason(e)));
      }
    }
  }

  /**
   * Why reading failed, in words a person can act on: "permission denied", "no such file",
   * "a symbolic link loop", else the exception's own message.
   */
  static String reason(Throwable e) {
    Throwable t = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (t instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof NoSuchFileException) {
      return "no such file";
    }
    if (t instanceof java.nio.file.FileSystemLoopException) {
      return "a symbolic link loop";
    }
    if (t instanceof OutOfMemoryError) {
      return "not enough memory to read it (raise the heap with -Xmx, or split the file)";
    }
    String m = t.getMessage();
    if (m != null && m.contains("Permission denied")) {
      return "permission denied";
    }
    if (m != null && m.contains("Is a directory")) {
      return "a directory, not a file";
    }
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  /**
   * Reads one file, reporting any failure to the sink. A web archive is read as a stream from
   * the file, whatever its size; any other file is read whole, up to the size limit.
   */
  public void readFile(Path file, PageSink sink) {
    String source = file.toString();
    Path namePart = file.getFileName();
    String fileName = namePart == null ? source : namePart.toString();
    byte[] bytes;
    try {
      // devices and pipes ("/dev/zero", "<(cmd)") have no size and can be read only once: they
      // are read once, up to the limit, like any file
      boolean regular = Files.isRegularFile(file);
      long size = regular ? Files.size(file) : 0;
      if (regular && size > 0 && isWarc(fileName, () -> Files.newInputStream(file))) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          readWarc(source, channel, () -> Files.newInputStream(file), sink);
        }
        return;
      }
      if (size > maxBytes) {
        sink.error(new InputError(source, "too large: " + size + " bytes, limit " + maxBytes));
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        sink.error(new InputError(source, "too large: more than " + maxBytes + " bytes, limit " + maxBytes));
        return;
      }
    } catch (IOException e) {
      sink.error(new InputError(source, "unreadable: " + reason(e)));
      return;
    }
    read(source, fileName, bytes, sink);
  }

  /** Reads bytes that came from {@code source}, judging the format by {@code fileName}. */
  public void read(String source, String fileName, byte[] bytes, PageSink sink) {
    Opener opener = () -> new ByteArrayInputStream(bytes);
    if (bytes.length > 0 && isWarc(fileName, opener)) {
      readWarc(source, Channels.newChannel(new ByteArrayInputStream(bytes)), opener, sink);
      return;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (isGzip(bytes)) {
      byte[] plain;
      try {
        plain = gunzip(bytes, maxBytes);
      } catch (TooLarge t) {
        sink.error(new InputError(source, "too large: more than " + maxBytes + " bytes after decompression (a "
            + bytes.length + "-byte gzip), limit " + maxBytes));
        return;
      } catch (TruncatedGzip t) {
        sink.error(new InputError(source, "truncated gzip: the stream ends early (after "
            + t.partial.length + " bytes of content)"));
        return;
      } catch (IOException e) {
        sink.error(new InputError(source, "corrupt gzip: " + e.getMessage()));
        return;
      }
      if (name.endsWith(".gz")) {
        name = name.substring(0, name.length() - 3);
      } else if (name.endsWith(".tgz")) {
        sink.error(new InputError(source, "tar archives are not read; unpack it first"));
        return;
      }
      readContent(source, name, plain, sink);
    } else {
      if (name.endsWith(".gz")) {
        name = name.substring(0, name.length() - 3); // named .gz but stored plain: read as is
      }
      readContent(source, name, bytes, sink);
    }
  }

  /** Reads decompressed bytes by the reader that accepts them. */
  private void readContent(String source, String name, byte[] bytes, PageSink sink) {
    if (bytes.length == 0 || isBlank(bytes)) {
      sink.error(new InputError(source, "empty file"));
      return;
    }
    if (bytes.length > maxBytes) {
      sink.error(new InputError(source, "too large: " + bytes.length + " bytes, limit " + maxBytes));
      return;
    }
    InputFile input = new InputFile(source, name, bytes);
    for (PageReader reader : readers) {
      if (reader.accepts(input)) {
        String binary = binaryReason(bytes);
        if (binary != null) {
          sink.error(new InputError(source, binary));
          return;
        }
        try {
          reader.read(input, sink);
        } catch (IOException | RuntimeException e) {
          sink.error(new InputError(source, "unreadable as " + reader.name() + ": "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
        return;
      }
    }
    sink.error(new InputError(source, "no reader accepts this file"));
  }

  /**
   * Whether a file is a web archive: named {@code .warc} or {@code .arc} (gzipped or not), or
   * starting with {@code WARC/}, plain or after a gzip header.
   */
  private static boolean isWarc(String fileName, Opener opener) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    byte[] head;
    try (InputStream in = decoded(opener.open())) {
      head = in.readNBytes(5);
    } catch (IOException e) {
      head = new byte[0]; // a damaged file: judged by its name, read whole otherwise
    }
    return WarcFileReader.accepts(name, head);
  }

  /** Streams a web archive, reporting a file without records as a whole-file read would. */
  private void readWarc(String source, ReadableByteChannel channel, Opener opener,
      PageSink sink) {
    if (isBlank(opener)) {
      sink.error(new InputError(source, "empty file"));
      return;
    }
    try {
      warc.read(source, channel, maxBytes, sink);
    } catch (IOException | RuntimeException e) {
      sink.error(new InputError(source, "unreadable as warc: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }
  }

  /**
   * Whether the decompressed content holds only whitespace, read as a stream up to its first
   * other byte; a damaged file counts as not blank, so that its reader reports the damage.
   */
  private boolean isBlank(Opener opener) {
    try (InputStream in = decoded(opener.open())) {
      byte[] buffer = new byte[8192];
      long read = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (!isBlank(buffer, n) || (read += n) > maxBytes) {
          return false; // past the limit the reader reports the size
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The stream, un-gzipped when it starts with a gzip header (all members, in order). */
  private static InputStream decoded(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1F && b == 0x8B ? new GZIPInputStream(in) : in;
  }

  /** Opens a fresh stream over a file's raw bytes. */
  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
  }

  private static boolean isBlank(byte[] b) {
    return isBlank(b, b.length);
  }

  private static boolean isBlank(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      byte x = b[i];
      if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Why the bytes are not text, or null when they look like text: NUL bytes (outside UTF-16),
   * or more than 10% control characters in the first 8 KB.
   */
  static String binaryReason(byte[] b) {
    int n = Math.min(b.length, 8192);
    if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      return null;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "binary content (NUL bytes), not a page";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    return control * 10 > n ? "binary content (control characters), not a page" : null;
  }

  /** The decompressed bytes, counted as they stream: past {@code max}, reading stops. */
  private static byte[] gunzip(byte[] bytes, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, bytes.length * 4L));
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] buffer = new byte[65536];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (out.size() + (long) n > max) {
          throw new TooLarge();
        }
        out.write(buffer, 0, n);
      }
    } catch (EOFException e) {
      throw new TruncatedGzip(out.toByteArray());
    } catch (ZipException e) {
      if (out.size() > 0 && String.valueOf(e.getMessage()).contains("Unexpected end")) {
        throw new TruncatedGzip(out.toByteArray());
      }
      throw e;
    }
    return out.toByteArray();
  }

  /** Decompressed content past the size limit. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("too large");
    }
  }

  private static final class TruncatedGzip extends IOException {
    final transient byte[] partial;

    TruncatedGzip(byte[] partial) {
      super("truncated gzip");
      this.partial = partial;
    }
  }
}
