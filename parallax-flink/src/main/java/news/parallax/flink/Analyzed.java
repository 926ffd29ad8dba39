package news.parallax.flink;

/**
 * An analyzed article (or its failure, or a batch end) on its way to the clusterer.
 *
 * @param aseq the place in the order the clusterer reads
 * @param batch the batch it belongs to
 * @param analysis the analysis ({@link Payloads#json}); null at a batch end or on failure
 * @param revision 1 for a new article, more for a revision
 * @param pageHash the content hash of its page
 * @param end whether this marks the end of a batch
 * @param pages at a batch end: the pages the batch read
 * @param errors at a batch end: the inputs that failed before analysis
 * @param source on failure: the article's source
 * @param reason on failure: why
 */
public record Analyzed(long aseq, long batch, byte[] analysis, int revision, String pageHash,
    boolean end, int pages, int errors, String source, String reason) {}
