package news.parallax.serve;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.parallax.Analysis;
import news.parallax.Parallax;
import news.parallax.Progress;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.BriefSentence;
import news.parallax.model.Entity;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.StoryView;

/**
 * Stories held in memory: every ingest reanalyzes all pages received so far with one recipe, so
 * the stories equal those of one {@code analyze} of the same pages. For a handful of pages (a
 * demo, the tests); a store keeps them across runs and at scale.
 */
public final class MemoryStoryData implements StoryData {
  private final Parallax parallax;
  private final Clock clock;
  /** The latest page of each key (URL hint, else source), in order of first arrival. */
  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final Map<String, List<Revision>> revisions = new HashMap<>();
  private final Map<String, String> firstSeen = new HashMap<>();
  private final List<InputError> errors = new ArrayList<>();
  private volatile long version;
  private volatile Snapshot snapshot = new Snapshot(
      new Analysis(List.of(), List.of(), List.of()), Map.of(), Map.of(), List.of());

  private record Snapshot(Analysis run, Map<String, AnalyzedArticle> articles,
      Map<String, StoryView> stories, List<StorySummary> summaries) {
    String storyOf(String articleId) {
      for (StoryView s : run.stories()) {
        if (s.story().articles().contains(articleId)) {
          return s.id();
        }
      }
      return null;
    }
  }

  private MemoryStoryData(Parallax parallax, Clock clock) {
    this.parallax = parallax;
    this.clock = clock;
  }

  /** An empty set of stories analyzed with the recipe. */
  public static MemoryStoryData empty(Parallax parallax, Clock clock) {
    return new MemoryStoryData(parallax, clock);
  }

  @Override
  public synchronized IngestReport ingest(List<Page> received, List<InputError> readErrors) {
    for (Page p : received) {
      String key = p.hints().url() != null ? p.hints().url() : p.source();
      pages.remove(key);
      pages.put(key, p);
    }
    List<InputError> runErrors = new ArrayList<>(readErrors);
    Analysis run = parallax.analyzePages(List.copyOf(pages.values()), List.of(), Progress.NONE);
    String now = clock.instant().toString();
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    for (AnalyzedArticle a : run.articles()) {
      byId.put(a.id(), a);
      List<Revision> rs = revisions.computeIfAbsent(a.id(), k -> new ArrayList<>());
      if (rs.isEmpty() || !rs.get(rs.size() - 1).article().equals(a.article())) {
        rs.add(new Revision(rs.size() + 1, now, a.article()));
      }
      firstSeen.putIfAbsent(a.id(), now);
    }
    Map<String, StoryView> before = snapshot.stories();
    Map<String, StoryView> stories = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    for (StoryView s : run.stories()) {
      stories.put(s.id(), s);
      if (!s.equals(before.get(s.id()))) {
        changed.add(s.id());
      }
    }
    java.util.Set<String> sources = new java.util.HashSet<>();
    received.forEach(p -> sources.add(p.source()));
    for (InputError e : run.errors()) {
      if (sources.contains(e.source())) {
        runErrors.add(e);
      }
    }
    errors.addAll(runErrors);
    List<StorySummary> summaries = run.stories().stream().map(s -> summary(s, byId)).toList();
    snapshot = new Snapshot(run, byId, stories, summaries);
    version++;
    List<String> ingested = run.articles().stream()
        .filter(a -> sources.contains(a.article().source())).map(AnalyzedArticle::id).toList();
    return new IngestReport(received.size(), ingested, changed, runErrors);
  }

  private StorySummary summary(StoryView s, Map<String, AnalyzedArticle> byId) {
    String first = null;
    String last = null;
    Map<String, Integer> byLanguage = new TreeMap<>();
    for (String id : s.story().articles()) {
      AnalyzedArticle a = byId.get(id);
      String t = a.article().published() != null ? a.article().published() : firstSeen.get(id);
      first = first == null || t.compareTo(first) < 0 ? t : first;
      last = last == null || t.compareTo(last) > 0 ? t : last;
      byLanguage.merge(a.language(), 1, Integer::sum);
    }
    String lang = byId.get(s.story().articles().get(0)).language();
    return new StorySummary(s.id(), s.title(), lang, s.story().articles().size(), s.languages(),
        s.outlets(), first, last, byLanguage);
  }

  @Override
  public StoryPage stories(StoryQuery q) {
    Snapshot snap = snapshot;
    Comparator<StorySummary> order = Comparator.comparing((StorySummary s) -> sortKey(s, q.order()))
        .reversed().thenComparing(StorySummary::id);
    List<StorySummary> matching = snap.summaries().stream()
        .filter(s -> matches(snap, s, q)).sorted(order).toList();
    int from = 0;
    if (q.cursor() != null && !q.cursor().isBlank()) {
      String[] c = decodeCursor(q.cursor());
      while (from < matching.size() && !after(matching.get(from), q.order(), c)) {
        from++;
      }
    }
    int to = Math.min(matching.size(), from + q.limit());
    String next = to < matching.size() ? encodeCursor(matching.get(to - 1), q.order()) : null;
    return new StoryPage(matching.subList(from, to), next);
  }

  private static String sortKey(StorySummary s, Order order) {
    return order == Order.LARGEST ? String.format(Locale.ROOT, "%010d", s.size())
        : s.lastSeen() == null ? "" : s.lastSeen();
  }

  private static boolean after(StorySummary s, Order order, String[] cursor) {
    int c = sortKey(s, order).compareTo(cursor[0]);
    return c < 0 || c == 0 && s.id().compareTo(cursor[1]) > 0;
  }

  static String encodeCursor(StorySummary s, Order order) {
    String raw = sortKey(s, order) + "\n" + s.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static String[] decodeCursor(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", 2);
      if (parts.length == 2) {
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException("cursor '" + cursor + "' is not one this server returned");
  }

  private static boolean matches(Snapshot snap, StorySummary s, StoryQuery q) {
    if (present(q.since()) && (s.lastSeen() == null || s.lastSeen().compareTo(q.since()) < 0)) {
      return false;
    }
    if (present(q.until()) && (s.firstSeen() == null || s.firstSeen().compareTo(q.until()) > 0)) {
      return false;
    }
    if (present(q.language()) && !s.languages().contains(q.language())) {
      return false;
    }
    if (present(q.outlet()) && s.outlets().stream().noneMatch(o -> o.equalsIgnoreCase(q.outlet()))) {
      return false;
    }
    StoryView v = snap.stories().get(s.id());
    if (present(q.entity()) && v.entities().stream().noneMatch(e -> names(e, q.entity()))) {
      return false;
    }
    return !present(q.text()) || storyContains(snap, v, q.text());
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static boolean names(Entity e, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (e.name().toLowerCase(Locale.ROOT).contains(t)) {
      return true;
    }
    return e.aliases().values().stream().flatMap(List::stream)
        .anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(t));
  }

  private static boolean storyContains(Snapshot snap, StoryView v, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (v.title().toLowerCase(Locale.ROOT).contains(t)) {
      return true;
    }
    for (BriefSentence b : v.brief()) {
      if (b.text().toLowerCase(Locale.ROOT).contains(t)) {
        return true;
      }
    }
    return v.story().articles().stream().map(snap.articles()::get)
        .anyMatch(a -> a.article().text().toLowerCase(Locale.ROOT).contains(t));
  }

  @Override
  public Optional<StoryEntry> story(String id) {
    Snapshot snap = snapshot;
    StoryView v = snap.stories().get(id);
    if (v == null) {
      return Optional.empty();
    }
    List<AnalyzedArticle> members = v.story().articles().stream().map(snap.articles()::get).toList();
    Map<String, String> joined = new HashMap<>();
    synchronized (this) {
      for (String a : v.story().articles()) {
        joined.put(a, firstSeen.get(a));
      }
    }
    return Optional.of(new StoryEntry(v, members, joined));
  }

  @Override
  public Optional<ArticleEntry> article(String id) {
    Snapshot snap = snapshot;
    AnalyzedArticle a = snap.articles().get(id);
    if (a == null) {
      return Optional.empty();
    }
    List<Revision> rs;
    synchronized (this) {
      rs = List.copyOf(revisions.getOrDefault(id, List.of()));
    }
    return Optional.of(new ArticleEntry(a, snap.storyOf(id), rs));
  }

  @Override
  public List<EntityEntry> entities(String text, int limit) {
    List<EntityEntry> out = new ArrayList<>();
    for (StoryView s : snapshot.run().stories()) {
      for (Entity e : s.entities()) {
        if (out.size() < limit && (text == null || text.isBlank() || names(e, text))) {
          out.add(new EntityEntry(s.id(), e));
        }
      }
    }
    return out;
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    Snapshot snap = snapshot;
    List<SearchHit> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String t = text.toLowerCase(Locale.ROOT);
    for (StoryView s : snap.run().stories()) {
      if (out.size() < limit && s.title().toLowerCase(Locale.ROOT).contains(t)) {
        out.add(new SearchHit("story", s.id(), s.title(), s.title(), s.id(), null));
      }
    }
    for (AnalyzedArticle a : snap.run().articles()) {
      String body = a.article().text();
      int at = body.toLowerCase(Locale.ROOT).indexOf(t);
      if (out.size() < limit && at >= 0) {
        int from = Math.max(0, at - 60);
        int to = Math.min(body.length(), at + t.length() + 60);
        out.add(new SearchHit("article", a.id(), a.article().title(),
            (from > 0 ? "…" : "") + body.substring(from, to) + (to < body.length() ? "…" : ""),
            snap.storyOf(a.id()), a.language()));
      }
    }
    return out;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public Health health() {
    Snapshot snap = snapshot;
    return new Health("ok", snap.articles().size(), snap.stories().size());
  }
}
