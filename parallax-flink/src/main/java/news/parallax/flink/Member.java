package news.parallax.flink;

/**
 * A clustered article as the clusterer operator keeps it for the per-story stages.
 *
 * @param seq its arrival order (the store's {@code seq})
 * @param analysis its current analysis ({@link Payloads#json})
 */
public record Member(long seq, byte[] analysis) {}
