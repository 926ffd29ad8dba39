package news.parallax.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.Progress;
import news.parallax.fetch.FetchMemory;
import news.parallax.fetch.Validators;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.store.IngestReport;
import news.parallax.store.Store;

/**
 * Hands pages to a store in batches of a fixed number of pages, in the order they come, each
 * batch one transaction with the inputs that failed while it was read; also the store's memory
 * of fetches, and where its fetched responses are archived.
 */
final class StoreBatches implements PageSink {
  private final Store store;
  private final int size;
  private final Progress progress;
  private final List<Page> pages = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private IngestReport total = IngestReport.NONE;
  private IngestReport round = IngestReport.NONE;

  StoreBatches(Store store, int size, Progress progress) {
    this.store = store;
    this.size = size;
    this.progress = progress;
  }

  @Override
  public synchronized void page(Page page) {
    pages.add(page);
    if (pages.size() >= size) {
      flush();
    }
  }

  @Override
  public synchronized void error(InputError error) {
    errors.add(error);
  }

  /** Ingests what is pending and returns the total so far. */
  synchronized IngestReport flush() {
    if (!pages.isEmpty() || !errors.isEmpty()) {
      IngestReport r = store.ingest(new ArrayList<>(pages), new ArrayList<>(errors), progress);
      total = total.plus(r);
      round = round.plus(r);
      pages.clear();
      errors.clear();
    }
    return total;
  }

  /** Ingests what is pending and returns what was ingested since the last call. */
  synchronized IngestReport flushRound() {
    flush();
    IngestReport r = round;
    round = IngestReport.NONE;
    return r;
  }

  /** Where fetched responses go: {@code warc/} in the data directory, or in ./parallax-data for a server. */
  static Path warcDirectory(Store store) {
    Path data = store.dataDirectory();
    return (data != null ? data : Path.of(Store.DEFAULT_LOCATION)).resolve("warc");
  }

  /** The store's memory of validators, for conditional requests across runs. */
  static FetchMemory memory(Store store) {
    return new FetchMemory() {
      @Override
      public Validators validators(String url) {
        String[] v = store.fetchValidators(url);
        return new Validators(v[0], v[1]);
      }

      @Override
      public void remember(String url, Validators v) {
        store.rememberFetch(url, v.etag(), v.lastModified());
      }
    };
  }
}
