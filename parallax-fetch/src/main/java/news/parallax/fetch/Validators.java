package news.parallax.fetch;

/**
 * What a server said about a page last time, sent back so it can answer "not modified".
 *
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  /** Whether there is anything to send. */
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
