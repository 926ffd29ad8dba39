package news.parallax.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import news.parallax.model.Article;

/**
 * What pages seen before held, for site learning ({@link Extractor#withoutSiteChrome}): for a
 * site and a paragraph key ({@link SiteParagraphs}), the pages that had it. A store answers from
 * disk; {@link #learned()} keeps it in memory.
 */
public interface SiteMemory {
  /** Nothing seen before. */
  SiteMemory NONE = (site, keys) -> Map.of();

  /** For each of the keys of the site seen before, the fingerprints of the pages holding it. */
  Map<String, Set<String>> pages(String site, Collection<String> keys);

  /** An empty memory kept in this process, which learns the articles it is shown. */
  static Learned learned() {
    return new Learned();
  }

  /** A memory kept in this process. */
  final class Learned implements SiteMemory {
    private final Map<String, Map<String, Set<String>>> bySite = new HashMap<>();

    private Learned() {}

    /** Remembers the paragraphs of an article as extracted (before site learning). */
    public void learn(Article article) {
      SiteParagraphs p = SiteParagraphs.of(article);
      if (p == null) {
        return;
      }
      Map<String, Set<String>> byKey = bySite.computeIfAbsent(p.site(), k -> new HashMap<>());
      for (String key : p.keys()) {
        byKey.computeIfAbsent(key, k -> new HashSet<>()).add(p.page());
      }
    }

    @Override
    public Map<String, Set<String>> pages(String site, Collection<String> keys) {
      Map<String, Set<String>> byKey = bySite.getOrDefault(site, Map.of());
      Map<String, Set<String>> out = new HashMap<>();
      for (String k : keys) {
        Set<String> pages = byKey.get(k);
        if (pages != null) {
          out.put(k, pages);
        }
      }
      return out;
    }
  }
}
