package news.parallax.app;

import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.store.IngestReport;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax ingest}: pages into a store, stories updated. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Add pages to a store: files, URLs, feeds, sitemaps (fetched politely, every "
        + "response kept in a WARC in the data directory); new articles join stories, a page whose "
        + "text changed becomes a new revision, a page already held changes nothing.")
final class IngestCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Mixin
  StoreOptions store;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Store.DEFAULT_BATCH,
      description = "Pages a transaction holds (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() {
    if (batch < 1) {
      Terminal.ERR.println("parallax: --batch " + batch + ": must be at least 1");
      return Main.USAGE;
    }
    Parallax parallax = Parallax.create();
    try (Store s = store.open(parallax.recipe())) {
      if (s == null) {
        return Main.STORE_FAILED;
      }
      IngestReport r = s.ingest(sink -> input.read(sink, StoreBatches.warcDirectory(s),
          StoreBatches.memory(s)), batch, Terminal.progress());
      Terminal.ERR.printf("parallax: %d pages read, %d already held; %d new articles, %d new"
          + " revisions; %d stories written to %s%n", r.pages(), r.unchanged(), r.articles(),
          r.revisions(), r.storiesChanged(), s.location());
      Terminal.report(r.errors());
      return r.errors().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
    } catch (StoreException e) {
      Terminal.ERR.println("parallax: " + e.getMessage());
      return Main.STORE_FAILED;
    }
  }
}
