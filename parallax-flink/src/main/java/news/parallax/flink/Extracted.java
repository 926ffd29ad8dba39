package news.parallax.flink;

/**
 * A page after the per-article extraction stage, or the reason it gave no article.
 *
 * @param seq the page's place in input order
 * @param page the page ({@link Payloads#page}), null for an input that failed to read
 * @param article the extracted article ({@link Payloads#json}), null when extraction failed
 * @param source the input that failed, when article is null
 * @param reason why, when article is null
 */
public record Extracted(long seq, byte[] page, byte[] article, String source, String reason) {}
