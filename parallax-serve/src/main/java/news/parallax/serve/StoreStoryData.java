package news.parallax.serve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.parallax.Progress;
import news.parallax.model.Entity;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.store.Store;
import news.parallax.store.StoreReads;

/**
 * The stories of a store (SQLite or PostgreSQL) as the server reads them. The store's one
 * connection is used by one request at a time; list lines are read once per store version.
 *
 * <pre>{@code
 * try (Store store = Store.open("parallax-data")) {
 *   Server.start(new StoreStoryData(store), ServeSettings.defaults());
 * }
 * }</pre>
 */
public final class StoreStoryData implements StoryData {
  /** The most search results a text or entity filter of the story list looks through. */
  static final int FILTER_HITS = 1000;
  private final Store store;
  private final StoreReads reads;
  /**
   * How long a read of the store's version stands (another process's ingest shows within this
   * time; this server's own at once).
   */
  static final long VERSION_MILLIS = 250;
  private volatile long version;
  private volatile long versionRead = System.nanoTime() - VERSION_MILLIS * 2_000_000L;
  private long linesVersion = Long.MIN_VALUE;
  private Map<Order, List<StorySummary>> lines = Map.of();

  public StoreStoryData(Store store) {
    this.store = store;
    this.reads = new StoreReads(store);
  }

  /** Every story's list line, sorted in each order; read again when the store has changed. */
  private List<StorySummary> lines(Order order) {
    long v = reads.version();
    if (v != linesVersion) {
      List<StorySummary> all = new ArrayList<>();
      for (StoreReads.Line l : reads.lines()) {
        all.add(new StorySummary(l.id(), l.title(), l.language(), l.size(), l.languages(), l.outlets(),
            l.first(), l.latest(), l.byLanguage()));
      }
      Map<Order, List<StorySummary>> sorted = new EnumMap<>(Order.class);
      for (Order o : Order.values()) {
        sorted.put(o, all.stream().sorted(StoryLists.order(o)).toList());
      }
      lines = sorted;
      linesVersion = v;
    }
    return lines.get(order);
  }

  @Override
  public StoryPage stories(StoryQuery q) {
    synchronized (store) {
      Set<String> only = null;
      if (StoryLists.present(q.entity())) {
        only = storiesFound(q.entity());
      }
      if (StoryLists.present(q.text())) {
        Set<String> found = storiesFound(q.text());
        if (only != null) {
          found.retainAll(only);
        }
        only = found;
      }
      Set<String> keep = only;
      return StoryLists.page(lines(q.order()), q, s -> keep == null || keep.contains(s.id()));
    }
  }

  /** The stories the store's search finds for the text, directly or through an article. */
  private Set<String> storiesFound(String text) {
    Set<String> stories = new LinkedHashSet<>();
    List<String> articles = new ArrayList<>();
    for (news.parallax.store.SearchHit h : store.search(text, FILTER_HITS)) {
      if (h.kind().equals("story")) {
        stories.add(h.id());
      } else {
        articles.add(h.id());
      }
    }
    stories.addAll(reads.storiesOf(articles).values());
    return stories;
  }

  @Override
  public Optional<StoryEntry> story(String id) {
    synchronized (store) {
      return reads.story(id).map(s -> new StoryEntry(s.view(), s.articles(), s.joined(),
          s.revised().stream().map(r -> new Revised(r.article(), r.revision(), r.received())).toList()));
    }
  }

  @Override
  public Optional<String> storyRecord(String id) {
    synchronized (store) {
      return reads.storyRecord(id);
    }
  }

  @Override
  public Optional<ArticleEntry> article(String id) {
    synchronized (store) {
      return reads.article(id).map(a -> new ArticleEntry(a.article(), a.story(),
          a.revisions().stream().map(r -> new Revision(r.revision(), r.received(), r.article())).toList()));
    }
  }

  @Override
  public List<EntityEntry> entities(String text, int limit) {
    synchronized (store) {
      List<String> stories = new ArrayList<>();
      if (StoryLists.present(text)) {
        stories.addAll(storiesFound(text));
      } else {
        lines(Order.NEWEST).stream().limit(limit).forEach(s -> stories.add(s.id()));
      }
      String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
      List<EntityEntry> out = new ArrayList<>();
      for (String id : stories) {
        Optional<StoreReads.StoryRead> s = reads.story(id);
        if (s.isEmpty()) {
          continue;
        }
        for (Entity e : s.get().view().entities()) {
          if (out.size() < limit && (t.isEmpty() || names(e, t))) {
            out.add(new EntityEntry(id, e));
          }
        }
      }
      return out;
    }
  }

  private static boolean names(Entity e, String lower) {
    if (e.name().toLowerCase(Locale.ROOT).contains(lower)) {
      return true;
    }
    return e.aliases().values().stream().flatMap(List::stream)
        .anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(lower));
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    synchronized (store) {
      List<news.parallax.store.SearchHit> hits = store.search(text, limit);
      List<String> articles = hits.stream().filter(h -> h.kind().equals("article"))
          .map(news.parallax.store.SearchHit::id).toList();
      Map<String, String> storyOf = reads.storiesOf(articles);
      List<SearchHit> out = new ArrayList<>();
      for (news.parallax.store.SearchHit h : hits) {
        boolean story = h.kind().equals("story");
        out.add(new SearchHit(h.kind(), h.id(), h.title(), h.snippet(),
            story ? h.id() : storyOf.get(h.id()), null));
      }
      return out;
    }
  }

  @Override
  public IngestReport ingest(List<Page> pages, List<InputError> readErrors) {
    synchronized (store) {
      long before = reads.version();
      news.parallax.store.IngestReport r;
      try {
        r = store.ingest(pages, Progress.NONE);
      } finally {
        versionRead = System.nanoTime() - VERSION_MILLIS * 2_000_000L;
      }
      List<InputError> errors = new ArrayList<>(readErrors);
      errors.addAll(r.errors());
      return new IngestReport(pages.size(), reads.articlesOf(pages), reads.changedSince(before), errors);
    }
  }

  @Override
  public Health health() {
    synchronized (store) {
      return new Health("ok", store.count("articles"), store.count("stories"));
    }
  }

  @Override
  public List<String> changedSince(long version) {
    synchronized (store) {
      return reads.changedSince(version);
    }
  }

  /**
   * The store's version as last read, read again when older than {@link #VERSION_MILLIS} or
   * after an ingest by this server: requests do not each query the store (and queue on its one
   * connection) to learn that nothing changed.
   */
  @Override
  public long version() {
    if (System.nanoTime() - versionRead < VERSION_MILLIS * 1_000_000L) {
      return version;
    }
    synchronized (store) {
      version = reads.version();
      versionRead = System.nanoTime();
      return version;
    }
  }

  @Override
  public void close() {
    synchronized (store) {
      store.close();
    }
  }
}
