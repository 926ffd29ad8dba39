package news.parallax.store;

import java.util.List;
import news.parallax.model.InputError;

/**
 * What an ingest did.
 *
 * @param pages pages read
 * @param unchanged pages the store already held (content hash), skipped
 * @param articles new articles
 * @param revisions new revisions of articles already held
 * @param storiesChanged stories written (new or changed)
 * @param errors inputs that failed, also kept in the store
 */
public record IngestReport(int pages, int unchanged, int articles, int revisions,
    int storiesChanged, List<InputError> errors) {
  public IngestReport {
    errors = List.copyOf(errors);
  }

  /** The sum of two reports. */
  public IngestReport plus(IngestReport o) {
    List<InputError> all = new java.util.ArrayList<>(errors);
    all.addAll(o.errors);
    return new IngestReport(pages + o.pages, unchanged + o.unchanged, articles + o.articles,
        revisions + o.revisions, storiesChanged + o.storiesChanged, all);
  }

  /** Nothing done. */
  public static final IngestReport NONE = new IngestReport(0, 0, 0, 0, 0, List.of());
}
