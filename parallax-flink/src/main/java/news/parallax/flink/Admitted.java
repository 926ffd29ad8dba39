package news.parallax.flink;

/**
 * An article that joins the corpus (new or a revision), or the end of a batch, in the order
 * the clusterer must see them.
 *
 * @param aseq the place in the order the clusterer reads, from 0
 * @param batch the batch it belongs to, from 1
 * @param article the article cleaned of site chrome ({@link Payloads#json}); null at a batch end
 * @param revision 1 for a new article, more for a new text of one held
 * @param pageHash the content hash of the page it came from
 * @param pages at a batch end: the pages the batch read
 * @param errors at a batch end: the inputs that failed in it so far
 */
public record Admitted(long aseq, long batch, byte[] article, int revision, String pageHash,
    int pages, int errors) {
  boolean isEnd() {
    return article == null;
  }
}
