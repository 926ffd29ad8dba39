package news.parallax.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import news.parallax.store.Export;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax export}: a store's articles, quotes, claims or stories as JSON lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a store's articles, quotes, claims or stories as JSON lines or CSV "
        + "(UTF-8 with a header row, for spreadsheets and pandas) to stdout.")
final class ExportCommand implements Callable<Integer> {
  enum Format { jsonl, csv }

  enum What { articles, quotes, claims, stories }

  @Mixin
  StoreOptions store;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--what", required = true,
      description = "${COMPLETION-CANDIDATES}.")
  What what;

  @Override
  public Integer call() throws IOException {
    try (Store s = store.open(null)) {
      if (s == null) {
        return Main.STORE_FAILED;
      }
      OutputStream o = new BufferedOutputStream(System.out);
      Export.write(s, Export.What.valueOf(what.name().toUpperCase(java.util.Locale.ROOT)),
          Export.Format.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)), o);
      o.flush();
      return Main.OK;
    } catch (StoreException e) {
      Terminal.ERR.println("parallax: " + e.getMessage());
      return Main.STORE_FAILED;
    }
  }
}
