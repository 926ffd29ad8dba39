package news.parallax.store;

/**
 * One revision of an article: a page at the same address whose text changed is a new revision,
 * and every one is kept.
 *
 * @param articleId the article
 * @param revision 1 for the first text received
 * @param received when it was ingested
 * @param record the article's {@code parallax/1} record (JSON) at that revision
 */
public record Revision(String articleId, int revision, String received, String record) {}
