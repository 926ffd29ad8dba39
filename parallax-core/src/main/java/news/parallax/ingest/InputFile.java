package news.parallax.ingest;

/**
 * A file's bytes as a reader sees them: already un-gzipped, with the name the reader should
 * judge by (a {@code .gz} suffix removed).
 *
 * @param source the input path as the user gave it
 * @param name the file name without a compression suffix, lower-cased
 * @param bytes the (decompressed) content
 */
public record InputFile(String source, String name, byte[] bytes) {

  /** Whether the name ends with one of the given suffixes. */
  public boolean nameEndsWith(String... suffixes) {
    for (String s : suffixes) {
      if (name.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** The first {@code n} bytes decoded as Latin-1, for sniffing. */
  public String head(int n) {
    return new String(bytes, 0, Math.min(n, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
