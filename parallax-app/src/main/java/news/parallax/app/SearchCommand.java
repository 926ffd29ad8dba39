package news.parallax.app;

import java.util.List;
import java.util.concurrent.Callable;
import news.parallax.store.SearchHit;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax search}: articles and stories of a store that hold every word of a query. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Find the articles and stories of a store holding every word of the query "
        + "(Chinese words too), best first, with the text around the first word found.")
final class SearchCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "The words to find.")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "At most N results (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    try (Store s = store.open(null)) {
      if (s == null) {
        return Main.STORE_FAILED;
      }
      List<SearchHit> hits = s.search(String.join(" ", words), limit);
      for (SearchHit h : hits) {
        System.out.printf("%d. %s %s  %s%n   %s%n", h.rank(), h.kind(), h.id(), h.title(),
            h.snippet());
      }
      if (hits.isEmpty()) {
        Terminal.ERR.println("parallax: nothing found");
      }
      return Main.OK;
    } catch (StoreException e) {
      Terminal.ERR.println("parallax: " + e.getMessage());
      return Main.STORE_FAILED;
    }
  }
}
