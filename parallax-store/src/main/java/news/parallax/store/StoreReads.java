package news.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Page;
import news.parallax.model.StoryView;

/**
 * The reads a web server needs beyond the store's commands: list lines with counts by
 * language, one story's view with its members' analyses and when each joined, one article with
 * its story and every revision, and a version that changes with every ingest. Not thread-safe,
 * as the store is not: callers hold the store's lock.
 *
 * <pre>{@code
 * StoreReads reads = new StoreReads(store);
 * Optional<StoreReads.StoryRead> s = reads.story(id);
 * }</pre>
 */
public final class StoreReads {
  private final Store store;

  public StoreReads(Store store) {
    this.store = store;
  }

  /**
   * A story as a list shows it.
   *
   * @param language the language of its title: the one most of its members are written in (ties
   *     to the language of the earlier member), as the recipe chooses the title
   * @param first the earliest publication (else arrival) time of a member
   * @param latest the latest publication (else arrival) time of a member
   * @param updated when an ingest last changed it
   * @param byLanguage how many members each language has
   */
  public record Line(String id, String title, String language, int size, String first,
      String latest, String updated, List<String> languages, List<String> outlets,
      Map<String, Integer> byLanguage) {}

  /**
   * A story's view, its members' current analyses in story order, when each joined, and the
   * later revisions of its members (oldest first).
   */
  public record StoryRead(StoryView view, List<AnalyzedArticle> articles, Map<String, String> joined,
      List<Revised> revised) {}

  /** A revision after the first of an article, and when it was received. */
  public record Revised(String article, int revision, String received) {}

  /** An article's current analysis, its story (or null), and every revision, oldest first. */
  public record ArticleRead(AnalyzedArticle article, String story, List<RevisionRead> revisions) {}

  /** One revision's article as received then. */
  public record RevisionRead(int revision, String received, Article article) {}

  /** The number of the last ingest batch: it changes whenever the store's content does. */
  public long version() {
    return read(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT COALESCE(MAX(no), 0) FROM batches");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  /** The ids of the stories that batches after {@code version} wrote (changed or new), in order. */
  public List<String> changedSince(long version) {
    return read(db -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement s = db.prepareStatement("SELECT s.id FROM stories s JOIN batches b ON"
          + " b.started = s.updated WHERE b.no > ? ORDER BY s.id")) {
        s.setLong(1, version);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(r.getString(1));
          }
        }
      }
      return out;
    });
  }

  /** Every story's list line, largest first, then by earliest member. */
  public List<Line> lines() {
    return read(db -> {
      Map<String, Map<String, Integer>> byLanguage = new HashMap<>();
      Map<String, String> titleLanguage = new HashMap<>();
      Map<String, int[]> best = new HashMap<>(); // per story: members, earliest position
      Map<String, String> first = new HashMap<>();
      try (PreparedStatement s = db.prepareStatement("SELECT m.story_id, a.language, COUNT(*),"
          + " MIN(m.position), MIN(COALESCE(a.published, m.joined)) FROM story_members m JOIN articles a"
          + " ON a.id = m.article_id GROUP BY m.story_id, a.language");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          int members = r.getInt(3);
          int position = r.getInt(4);
          byLanguage.computeIfAbsent(id, k -> new TreeMap<>()).put(r.getString(2), members);
          int[] b = best.get(id);
          if (b == null || members > b[0] || (members == b[0] && position < b[1])) {
            best.put(id, new int[] {members, position});
            titleLanguage.put(id, r.getString(2));
          }
          String t = r.getString(5);
          if (t != null && (first.get(id) == null || t.compareTo(first.get(id)) < 0)) {
            first.put(id, t);
          }
        }
      }
      List<Line> out = new ArrayList<>();
      for (StorySummary s : store.stories(StoryQuery.ALL)) {
        out.add(new Line(s.id(), s.title(), titleLanguage.getOrDefault(s.id(), "und"), s.size(),
            first.getOrDefault(s.id(), s.latest()), s.latest(), s.updated(), s.languages(),
            s.outlets(), byLanguage.getOrDefault(s.id(), Map.of())));
      }
      return out;
    });
  }

  /** A story's {@code parallax/1} record as stored (one line of JSON), when the store holds it. */
  public Optional<String> storyRecord(String id) {
    return read(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT record FROM stories WHERE id = ?")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /** One story, when the store holds it. */
  public Optional<StoryRead> story(String id) {
    return read(db -> {
      StoryView view;
      try (PreparedStatement s = db.prepareStatement("SELECT view FROM stories WHERE id = ?")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          view = Codec.unpack(r.getBytes(1), StoryView.class);
        }
      }
      Map<String, String> joined = new LinkedHashMap<>();
      try (PreparedStatement s = db.prepareStatement("SELECT article_id, joined FROM story_members"
          + " WHERE story_id = ?")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            joined.put(r.getString(1), r.getString(2));
          }
        }
      }
      Map<String, AnalyzedArticle> byId = Store.analyses(db, view.story().articles());
      List<AnalyzedArticle> members = new ArrayList<>();
      for (String a : view.story().articles()) {
        if (byId.containsKey(a)) {
          members.add(byId.get(a));
        }
      }
      return Optional.of(new StoryRead(view, members, joined, revised(db, view.story().articles())));
    });
  }

  /** The revisions after the first of the articles, oldest first. */
  private static List<Revised> revised(Connection db, List<String> articleIds) throws SQLException {
    List<Revised> out = new ArrayList<>();
    for (List<String> chunk : Store.chunks(articleIds)) {
      try (PreparedStatement s = db.prepareStatement("SELECT article_id, revision, received FROM"
          + " revisions WHERE revision > 1 AND article_id IN (" + Store.marks(chunk.size()) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(new Revised(r.getString(1), r.getInt(2), r.getString(3)));
          }
        }
      }
    }
    out.sort(Comparator.comparing(Revised::received).thenComparing(Revised::article)
        .thenComparingInt(Revised::revision));
    return out;
  }

  /** One article, when the store holds it. */
  public Optional<ArticleRead> article(String id) {
    return read(db -> {
      AnalyzedArticle current = Store.analyses(db, List.of(id)).get(id);
      if (current == null) {
        return Optional.empty();
      }
      String story = null;
      try (PreparedStatement s = db.prepareStatement("SELECT story_id FROM story_members WHERE"
          + " article_id = ?")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          story = r.next() ? r.getString(1) : null;
        }
      }
      List<RevisionRead> revisions = new ArrayList<>();
      try (PreparedStatement s = db.prepareStatement("SELECT revision, received, analysis FROM"
          + " revisions WHERE article_id = ? ORDER BY revision")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            revisions.add(new RevisionRead(r.getInt(1), r.getString(2),
                Codec.unpack(r.getBytes(3), AnalyzedArticle.class).article()));
          }
        }
      }
      return Optional.of(new ArticleRead(current, story, revisions));
    });
  }

  /** The story of each article that has one. */
  public Map<String, String> storiesOf(List<String> articleIds) {
    return read(db -> {
      Map<String, String> out = new HashMap<>();
      for (List<String> chunk : Store.chunks(articleIds)) {
        try (PreparedStatement s = db.prepareStatement("SELECT article_id, story_id FROM"
            + " story_members WHERE article_id IN (" + Store.marks(chunk.size()) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            s.setString(i + 1, chunk.get(i));
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.put(r.getString(1), r.getString(2));
            }
          }
        }
      }
      return out;
    });
  }

  /** The ids of the articles the pages gave (pages the store holds; in page order, once each). */
  public List<String> articlesOf(List<Page> pages) {
    return read(db -> {
      List<String> out = new ArrayList<>();
      for (Page p : pages) {
        try (PreparedStatement s = db.prepareStatement("SELECT article_id FROM pages WHERE hash = ?")) {
          s.setString(1, Store.contentHash(p));
          try (ResultSet r = s.executeQuery()) {
            if (r.next() && r.getString(1) != null && !out.contains(r.getString(1))) {
              out.add(r.getString(1));
            }
          }
        }
      }
      return out;
    });
  }

  private interface Read<T> {
    T apply(Connection db) throws SQLException;
  }

  private <T> T read(Read<T> read) {
    Connection db = store.connection();
    try {
      T out = read.apply(db);
      db.rollback();
      return out;
    } catch (SQLException e) {
      throw new StoreException("read " + store.location() + ": " + e.getMessage(), e);
    }
  }
}
