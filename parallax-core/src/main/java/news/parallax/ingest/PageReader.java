package news.parallax.ingest;

import java.io.IOException;

/**
 * Turns one kind of input file into pages. Implementations are found by {@link Inputs} in a
 * fixed order; the first that {@linkplain #accepts accepts} a file reads it.
 */
public interface PageReader {

  /** A short name for messages ("warc", "html"). */
  String name();

  /** Whether this reader handles the file, judged by its name and first bytes. */
  boolean accepts(InputFile file);

  /**
   * Reads the file, handing each page (and each bad record) to the sink.
   *
   * @throws IOException when the file as a whole cannot be read; the message says why
   */
  void read(InputFile file, PageSink sink) throws IOException;
}
