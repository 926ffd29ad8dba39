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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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

  /** Lists the files under the given paths in reading order; missing paths go to the sink. */
  public List<Path> files(List<Path> paths, PageSink sink) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !isHidden(p.relativize(f)))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          sink.error(new InputError(p.toString(), "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        sink.error(new InputError(p.toString(), "no such file or directory"));
      }
    }
    return files;
  }

  /** Reads every file under the given paths. */
  public void read(List<Path> paths, PageSink sink) {
    for (Path f : files(paths, sink)) {
      readFile(f, sink);
    }
  }

  /**
   * Reads one file, reporting any failure to the sink. A web archive is read as a stream from
   * the file, whatever its size; any other file is read whole, up to the size limit.
   */
  public void readFile(Path file, PageSink sink) {
    String source = file.toString();
    String fileName = file.getFileName().toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > 0 && isWarc(fileName, () -> Files.newInputStream(file))) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          readWarc(source, channel, () -> Files.newInputStream(file), sink);
        }
        return;
      }
      if (size > maxBytes) {
        sink.error(new InputError(source, "too large: " + size + " bytes, limit " + maxBytes));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      sink.error(new InputError(source, "no such file"));
      return;
    } catch (IOException e) {
      sink.error(new InputError(source, "unreadable: " + e.getMessage()));
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
        plain = gunzip(bytes);
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
  private static boolean isBlank(Opener opener) {
    try (InputStream in = decoded(opener.open())) {
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (!isBlank(buffer, n)) {
          return false;
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

  private static byte[] gunzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      in.transferTo(out);
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

  private static final class TruncatedGzip extends IOException {
    final transient byte[] partial;

    TruncatedGzip(byte[] partial) {
      super("truncated gzip");
      this.partial = partial;
    }
  }
}
