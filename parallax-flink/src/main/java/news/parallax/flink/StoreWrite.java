package news.parallax.flink;

/**
 * One row for the store sink; which fields a kind uses is said beside each kind.
 *
 * @param kind what to write
 * @param id the article (PAGE, ARTICLE), story (STORY, GONE) or failed input (ERROR)
 * @param batch the batch it belongs to
 * @param number PAGE: the article's revision (0: none); ARTICLE: its arrival order; BATCH: pages read
 * @param text ARTICLE: the page's content hash; ERROR: the reason
 * @param data PAGE: the page; ARTICLE: the analysis; STORY: a {@link StoryResult}; BATCH: articles and errors
 */
public record StoreWrite(Kind kind, String id, long batch, long number, String text, byte[] data) {
  /** What a write keeps. */
  public enum Kind { PAGE, ARTICLE, STORY, GONE, BATCH, ERROR }
}
