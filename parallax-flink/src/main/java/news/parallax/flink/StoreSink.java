package news.parallax.flink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.InputError;
import news.parallax.store.Store;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes the job's rows into a store (PostgreSQL, or SQLite for a local run) with idempotent
 * upserts, one transaction per flush; Flink flushes before every checkpoint barrier, so what a
 * checkpoint covers is committed, and what a restarted job writes again changes nothing.
 */
final class StoreSink implements Sink<StoreWrite> {
  /** Rows a transaction holds at most between checkpoints. */
  static final int MAX_PENDING = 500;

  private final String db;

  StoreSink(String db) {
    this.db = db;
  }

  @Override
  public SinkWriter<StoreWrite> createWriter(WriterInitContext context) {
    return new Writer(Store.open(db));
  }

  private static final class Writer implements SinkWriter<StoreWrite> {
    private final Store store;
    private final List<StoreWrite> pending = new ArrayList<>();

    Writer(Store store) {
      this.store = store;
    }

    @Override
    public void write(StoreWrite w, Context context) {
      pending.add(w);
      if (pending.size() >= MAX_PENDING) {
        flush(false);
      }
    }

    @Override
    public void flush(boolean endOfInput) {
      if (pending.isEmpty()) {
        return;
      }
      long t = System.nanoTime();
      for (StoreWrite w : pending) {
        put(w);
      }
      store.commitPuts();
      pending.clear();
      StageClock.since(StageClock.Stage.STORE, t);
    }

    private void put(StoreWrite w) {
      switch (w.kind()) {
        case PAGE -> store.putPage(Payloads.page(w.data()), w.batch(), w.id(),
            w.number() == 0 ? null : (int) w.number());
        case ARTICLE -> store.putArticle(Payloads.json(w.data(), AnalyzedArticle.class), w.number(),
            w.batch(), w.text());
        case STORY -> {
          StoryResult r = Payloads.json(w.data(), StoryResult.class);
          Map<String, AnalyzedArticle> byId = new HashMap<>();
          r.members().forEach(a -> byId.put(a.id(), a));
          store.putStory(r.view(), byId::get, r.seqs());
        }
        case GONE -> store.dropStory(w.id());
        case BATCH -> {
          int[] counts = Payloads.json(w.data(), int[].class);
          store.putBatch(w.batch(), (int) w.number(), counts[0], counts[1]);
        }
        case ERROR -> store.putError(w.batch(), new InputError(w.id(), w.text()));
        default -> throw new IllegalStateException("unknown write " + w.kind());
      }
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
