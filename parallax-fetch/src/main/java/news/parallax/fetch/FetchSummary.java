package news.parallax.fetch;

/**
 * What a fetch run did.
 *
 * @param pages responses handed on as pages
 * @param unchanged URLs the server said had not changed since the last fetch
 * @param failed URLs that gave no page (network, HTTP status, size, content type, robots.txt)
 */
public record FetchSummary(int pages, int unchanged, int failed) {}
