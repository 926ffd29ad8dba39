package news.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.Corpus;
import news.parallax.cluster.StoryChanges;
import news.parallax.cluster.StoryClusterer;
import news.parallax.extract.Extractor;
import news.parallax.extract.SiteMemory;
import news.parallax.extract.SiteParagraphs;
import news.parallax.internal.Hashing;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Story;

/**
 * The corpus stages over a store: site learning asks the store what earlier pages held; an
 * article whose id the store holds is unchanged (same text, left out) or a new revision
 * (analyzed again, its stories' views rebuilt, but not clustered again); the clusterer's state
 * is held in memory between batches and saved in the store. Reads only: the store writes what
 * a batch produced in one transaction after it.
 */
final class StoreCorpus implements Corpus {
  private final Connection db;
  StoryClusterer clusterer;
  /** This batch: which articles join (new or revised), and the analyzed ones. */
  Admission admission = new Admission(this::current);
  final Map<String, AnalyzedArticle> members = new HashMap<>();
  /** This batch: the site paragraphs of every extracted article, to remember. */
  final List<SiteParagraphs> sites = new ArrayList<>();

  StoreCorpus(Connection db, StoryClusterer clusterer) {
    this.db = db;
    this.clusterer = clusterer;
  }

  void begin() {
    admission = new Admission(this::current);
    members.clear();
    sites.clear();
  }

  @Override
  public List<Article> admit(List<Article> extracted) {
    for (Article a : extracted) {
      SiteParagraphs p = SiteParagraphs.of(a);
      if (p != null) {
        sites.add(p);
      }
    }
    return admission.admit(Extractor.withoutSiteChrome(extracted, this::sitePages));
  }

  /** Admits articles analyzed elsewhere, all as new. */
  void admitAnalyzed(List<AnalyzedArticle> articles) {
    for (AnalyzedArticle a : articles) {
      admission.admitNew(a.article());
    }
  }

  @Override
  public void add(AnalyzedArticle article) {
    members.put(article.id(), article);
    Admission.Admitted x = admission.admitted().get(article.id());
    if (x == null || x.isNew()) {
      clusterer.add(article);
    }
  }

  @Override
  public StoryChanges read() {
    StoryChanges changes = clusterer.changes();
    clusterer.forgetClosed();
    List<Story> changed = new ArrayList<>(changes.changed());
    Set<String> ids = new HashSet<>();
    changed.forEach(s -> ids.add(s.id()));
    ids.addAll(changes.gone());
    List<String> revised = new ArrayList<>();
    for (Admission.Admitted x : admission.admitted().values()) {
      if (!x.isNew() && members.containsKey(x.article().id())) {
        revised.add(x.article().id());
      }
    }
    try {
      for (String storyId : storiesOf(revised)) {
        if (ids.add(storyId)) {
          changed.add(new Story(storyId, storyMembers(storyId)));
        }
      }
      Set<String> missing = new LinkedHashSet<>();
      for (Story s : changed) {
        for (String id : s.articles()) {
          if (!members.containsKey(id)) {
            missing.add(id);
          }
        }
      }
      members.putAll(Store.analyses(db, missing));
    } catch (SQLException e) {
      throw new StoreException("cannot read the stories of revised articles: " + e.getMessage(), e);
    }
    return new StoryChanges(changed, changes.gone());
  }

  @Override
  public AnalyzedArticle member(String id) {
    return members.get(id);
  }

  private Map<String, Set<String>> sitePages(String site, Collection<String> keys) {
    Map<String, String> byHash = new HashMap<>();
    for (String k : keys) {
      byHash.put(Hashing.id(k), k);
    }
    Map<String, Set<String>> out = new HashMap<>();
    try {
      for (List<String> chunk : Store.chunks(new ArrayList<>(byHash.keySet()))) {
        try (PreparedStatement s = db.prepareStatement("SELECT key_hash, page FROM site_paragraphs"
            + " WHERE site = ? AND key_hash IN (" + Store.marks(chunk.size()) + ")")) {
          s.setString(1, site);
          for (int i = 0; i < chunk.size(); i++) {
            s.setString(i + 2, chunk.get(i));
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.computeIfAbsent(byHash.get(r.getString(1)), k -> new HashSet<>()).add(r.getString(2));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read site paragraphs: " + e.getMessage(), e);
    }
    return out;
  }

  /** The current revision and its text hash of a stored article, or null. */
  private Admission.Held current(String id) {
    try (PreparedStatement s = db.prepareStatement("SELECT a.revision, r.text_hash FROM articles a"
        + " JOIN revisions r ON r.article_id = a.id AND r.revision = a.revision WHERE a.id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new Admission.Held(r.getInt(1), r.getString(2)) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
    }
  }

  private List<String> storiesOf(List<String> articleIds) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> chunk : Store.chunks(articleIds)) {
      try (PreparedStatement s = db.prepareStatement("SELECT DISTINCT story_id FROM story_members"
          + " WHERE article_id IN (" + Store.marks(chunk.size()) + ") ORDER BY story_id")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(r.getString(1));
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  List<String> storyMembers(String storyId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(
        "SELECT article_id FROM story_members WHERE story_id = ? ORDER BY position")) {
      s.setString(1, storyId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }
}
