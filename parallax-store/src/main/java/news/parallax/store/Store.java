package news.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import news.parallax.Analysis;
import news.parallax.Progress;
import news.parallax.Recipe;
import news.parallax.extract.SiteParagraphs;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.internal.Hashing;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.BriefSentence;
import news.parallax.model.Entity;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.StoryView;
import news.parallax.report.JsonReport;
import org.flywaydb.core.Flyway;

/**
 * A store that remembers: pages as received, articles with every revision and its analysis,
 * stories with their members and current view, the clusterer's state, errors, and a full-text
 * index. Ingesting runs the {@link Recipe} batch by batch over the stored corpus, each batch in
 * one transaction, so a process killed at any moment loses nothing it committed and the next
 * one continues where it stopped. SQLite in a data directory, or a PostgreSQL server.
 *
 * <pre>{@code
 * try (Store store = Store.open("parallax-data", Recipe.standard())) {
 *   store.ingest(List.of(Path.of("pages")), 200, Progress.NONE);
 *   store.stories(StoryQuery.ALL).forEach(s -> System.out.println(s.title()));
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
  /** The data directory used when none is given. */
  public static final String DEFAULT_LOCATION = "parallax-data";
  /** Pages a batch of {@link #ingest(List, int, Progress)} holds unless told otherwise. */
  public static final int DEFAULT_BATCH = 200;
  /**
   * The clusterer's state is saved after this many clustered articles (and on close), so that
   * a process that dies replays at most this many articles on the next open.
   */
  static final int CHECKPOINT_ARTICLES = 10_000;
  private static final String CLUSTERER = "clusterer";

  private final Engine engine;
  private final Connection db;
  private final Recipe recipe;
  private final StoreCorpus corpus;
  private long batchNo;
  private long nextSeq;
  private int sinceCheckpoint;
  private int replayed;
  /** Set when a batch failed to commit: the clusterer in memory is then ahead of the store. */
  private boolean broken;

  private Store(Engine engine, Connection db, Recipe recipe) throws SQLException, IOException {
    this.engine = engine;
    this.db = db;
    this.recipe = recipe;
    this.batchNo = longValue("SELECT COALESCE(MAX(no), 0) FROM batches");
    this.nextSeq = longValue("SELECT COALESCE(MAX(seq), 0) FROM articles") + 1;
    this.corpus = new StoreCorpus(db, null);
  }

  /** Restores the clusterer on the first ingest: readers never need it. */
  private void ensureClusterer() {
    if (corpus.clusterer != null) {
      return;
    }
    if (recipe == null) {
      throw new StoreException("the store " + engine.label() + " was opened to read only");
    }
    try {
      corpus.clusterer = restoreClusterer();
    } catch (SQLException | IOException | RuntimeException e) {
      throw failure("restore the clusterer of", e);
    }
  }

  /** Opens the store at {@code location} to read: ingesting needs a recipe. */
  public static Store open(String location) {
    return open(location, null);
  }

  /**
   * Opens (creating or migrating as needed) the store at {@code location}: a directory for
   * SQLite, or {@code postgresql://user:password@host:port/db}; {@code recipe} runs the
   * ingests (null to read only).
   */
  public static Store open(String location, Recipe recipe) {
    Engine engine;
    try {
      engine = Engine.of(location);
    } catch (IllegalArgumentException e) {
      throw new StoreException(e.getMessage(), e);
    }
    Connection db = null;
    try {
      db = engine.connect();
      migrate(engine, db);
      db.setAutoCommit(false);
      return new Store(engine, db, recipe);
    } catch (SQLException | IOException | RuntimeException e) {
      if (db != null) {
        try {
          db.close();
        } catch (SQLException ignored) {
          // the first failure is the one to report
        }
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store " + engine.label() + ": " + e.getMessage(), e);
    }
  }

  private static void migrate(Engine engine, Connection db) {
    Flyway.configure()
        .dataSource(engine.jdbcUrl(), engine.user(), engine.password())
        .locations(engine.migrations())
        .load()
        .migrate();
  }

  /** A store location as given, with any password hidden. */
  public static String redacted(String location) {
    return Engine.redact(location);
  }

  /** Where the store is, with any password hidden. */
  public String location() {
    return engine.label();
  }

  /** How many articles the last open replayed into the clusterer after its saved state. */
  public int replayed() {
    return replayed;
  }

  // ---- ingest

  /**
   * Reads every page under the paths (every input kind {@code analyze} reads) and ingests them
   * in batches of {@code batchSize} pages in input order, each batch one transaction. The same
   * inputs give the same batches, so an ingest stopped part way and run again finishes as an
   * uninterrupted one would.
   */
  public IngestReport ingest(List<Path> paths, int batchSize, Progress progress) {
    return ingest(sink -> Inputs.standard().read(paths, sink), batchSize, progress);
  }

  /**
   * Ingests every page a source gives (files, fetched pages, standard input) in batches of
   * {@code batchSize} pages in the order given, each batch one transaction; the errors the
   * source reports are kept with the batch they fall in.
   */
  public IngestReport ingest(Consumer<PageSink> source, int batchSize, Progress progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + ": must be at least 1");
    }
    List<Page> pending = new ArrayList<>(batchSize);
    List<InputError> inputErrors = new ArrayList<>();
    IngestReport[] total = {IngestReport.NONE};
    source.accept(new PageSink() {
      @Override
      public void page(Page page) {
        pending.add(page);
        if (pending.size() == batchSize) {
          total[0] = total[0].plus(ingestBatch(pending, inputErrors, progress));
          pending.clear();
          inputErrors.clear();
        }
      }

      @Override
      public void error(InputError error) {
        inputErrors.add(error);
      }
    });
    if (!pending.isEmpty() || !inputErrors.isEmpty()) {
      total[0] = total[0].plus(ingestBatch(pending, inputErrors, progress));
    }
    return total[0];
  }

  /** Ingests the pages in batches of {@code batchSize}, in order, each one transaction. */
  public IngestReport ingestPages(List<Page> pages, int batchSize, Progress progress) {
    IngestReport total = IngestReport.NONE;
    for (int i = 0; i < pages.size(); i += batchSize) {
      total = total.plus(ingestBatch(pages.subList(i, Math.min(pages.size(), i + batchSize)),
          List.of(), progress));
    }
    return total;
  }

  /**
   * Makes the store ready to ingest now rather than at the first batch: restores the
   * clusterer's saved state and replays the batches committed after it.
   */
  public void resume() {
    ensureClusterer();
  }

  /** Ingests the pages as one batch (one transaction). */
  public IngestReport ingest(List<Page> pages, Progress progress) {
    return ingestBatch(pages, List.of(), progress);
  }

  /**
   * Ingests the pages as one batch (one transaction), with the inputs that failed while they
   * were read (kept in the store's errors with the batch).
   */
  public IngestReport ingest(List<Page> pages, List<InputError> inputErrors, Progress progress) {
    return ingestBatch(pages, inputErrors, progress);
  }

  // ---- fetching: what each server said about a URL last time, for conditional requests

  /** The ETag and Last-Modified a server last gave for {@code url} (either may be null). */
  public synchronized String[] fetchValidators(String url) {
    try (PreparedStatement s = prepare("SELECT etag, last_modified FROM fetch_validators WHERE url = ?", url);
         ResultSet r = s.executeQuery()) {
      String[] out = r.next() ? new String[] {r.getString(1), r.getString(2)} : new String[2];
      db.rollback();
      return out;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Records the ETag and Last-Modified a server gave for {@code url}, in its own transaction. */
  public synchronized void rememberFetch(String url, String etag, String lastModified) {
    try {
      update("DELETE FROM fetch_validators WHERE url = ?", url);
      update("INSERT INTO fetch_validators (url, etag, last_modified, checked) VALUES (?, ?, ?, ?)",
          url, etag, lastModified, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
      db.commit();
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /** The data directory of an SQLite store, or null for a server. */
  public java.nio.file.Path dataDirectory() {
    return engine.kind() == Engine.Kind.SQLITE ? java.nio.file.Path.of(engine.label()) : null;
  }

  private IngestReport ingestBatch(List<Page> pages, List<InputError> inputErrors, Progress progress) {
    if (broken) {
      throw new StoreException("the store " + engine.label() + " failed to write a batch; open it"
          + " again to continue");
    }
    Map<String, Page> fresh = new LinkedHashMap<>();
    try {
      Map<String, Page> byHash = new LinkedHashMap<>();
      for (Page p : pages) {
        byHash.putIfAbsent(contentHash(p), p);
      }
      Set<String> held = existing("SELECT hash FROM pages WHERE hash IN", byHash.keySet());
      byHash.forEach((h, p) -> {
        if (!held.contains(h)) {
          fresh.put(h, p);
        }
      });
      db.rollback();
    } catch (SQLException e) {
      throw failure("read", e);
    }
    int unchanged = pages.size() - fresh.size();
    if (fresh.isEmpty() && inputErrors.isEmpty()) {
      return new IngestReport(pages.size(), unchanged, 0, 0, 0, List.of());
    }
    ensureClusterer();
    corpus.begin();
    Recipe.Batch b = recipe.run(new ArrayList<>(fresh.values()), corpus, progress);
    List<InputError> errors = new ArrayList<>(inputErrors);
    errors.addAll(b.errors());
    return commit(b, fresh, pages.size(), unchanged, errors);
  }

  /**
   * Ingests articles analyzed elsewhere (a bench, a scale-out job) as one batch: the corpus
   * and per-story stages run, and the articles are kept without a page.
   */
  public IngestReport ingestAnalyzed(List<AnalyzedArticle> articles, Progress progress) {
    if (broken) {
      throw new StoreException("the store " + engine.label() + " failed to write a batch");
    }
    ensureClusterer();
    corpus.begin();
    corpus.admitAnalyzed(articles);
    Recipe.Batch b = recipe.cluster(articles, corpus, List.of(), progress);
    return commit(b, Map.of(), 0, 0, List.of());
  }

  private IngestReport commit(Recipe.Batch b, Map<String, Page> pages, int read, int unchanged,
      List<InputError> errors) {
    String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    long no = batchNo + 1;
    int newArticles = 0;
    int revisions = 0;
    try {
      Map<String, Long> seqs = new HashMap<>();
      Map<String, String> pageOf = new HashMap<>();
      Map<String, String> hashOfSource = new HashMap<>();
      pages.forEach((h, p) -> hashOfSource.put(p.source(), h));
      for (AnalyzedArticle a : b.articles()) {
        Admission.Admitted x = corpus.admission.admitted().get(a.id());
        String pageHash = hashOfSource.getOrDefault(a.article().source(), "");
        pageOf.put(a.article().source(), a.id());
        long seq;
        if (x.isNew()) {
          seq = nextSeq + newArticles;
          newArticles++;
        } else {
          revisions++;
          seq = longValue("SELECT seq FROM articles WHERE id = ?", a.id());
        }
        seqs.put(a.id(), seq);
        writeArticle(a, x, seq, no, pageHash, now);
      }
      for (Map.Entry<String, Page> e : pages.entrySet()) {
        Page p = e.getValue();
        String article = pageOf.getOrDefault(p.source(), corpus.admission.unchanged().get(p.source()));
        Integer revision = article == null || !corpus.admission.admitted().containsKey(article) ? null
            : corpus.admission.admitted().get(article).revision();
        writePage(e.getKey(), p, no, article, revision);
      }
      try (PreparedStatement st = db.prepareStatement(engine.kind() == Engine.Kind.SQLITE
          ? "INSERT OR IGNORE INTO site_paragraphs (site, key_hash, page) VALUES (?, ?, ?)"
          : "INSERT INTO site_paragraphs (site, key_hash, page) VALUES (?, ?, ?)"
              + " ON CONFLICT DO NOTHING")) {
        for (SiteParagraphs sp : corpus.sites) {
          for (String key : sp.keys()) {
            st.setString(1, sp.site());
            st.setString(2, Hashing.id(key));
            st.setString(3, sp.page());
            st.addBatch();
          }
        }
        st.executeBatch();
      }
      for (String gone : b.gone()) {
        deleteStory(gone);
      }
      nextSeq += newArticles;
      for (StoryView v : b.stories()) {
        writeStory(v, corpus::member, seqs, now);
      }
      for (InputError e : errors) {
        update("INSERT INTO errors (batch, source, reason, at) VALUES (?, ?, ?, ?)", no, e.source(),
            e.reason(), now);
      }
      update("INSERT INTO batches (no, started, pages, articles, errors) VALUES (?, ?, ?, ?, ?)",
          no, now, read, b.articles().size(), errors.size());
      sinceCheckpoint += newArticles;
      if (sinceCheckpoint >= CHECKPOINT_ARTICLES) {
        saveClusterer(no);
      }
      db.commit();
      batchNo = no;
    } catch (SQLException | IOException | RuntimeException e) {
      broken = true;
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // reported below
      }
      throw failure("write", e);
    }
    return new IngestReport(read, unchanged, newArticles, revisions, b.stories().size(), errors);
  }

  private String articleRecord(AnalyzedArticle a) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.writeArticleLine(a.article(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void writeArticle(AnalyzedArticle a, Admission.Admitted x, long seq, long batch,
      String pageHash, String now) throws SQLException, IOException {
    if (x.isNew()) {
      update("INSERT INTO articles (id, seq, url, outlet, title, published, language, revision,"
          + " batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), seq, a.article().url(),
          a.article().outlet(), a.article().title(), a.article().published(), a.language(),
          x.revision(), batch);
    } else {
      update("UPDATE articles SET url = ?, outlet = ?, title = ?, published = ?, language = ?,"
          + " revision = ? WHERE id = ?", a.article().url(), a.article().outlet(),
          a.article().title(), a.article().published(), a.language(), x.revision(), a.id());
    }
    update("INSERT INTO revisions (article_id, revision, page_hash, text_hash, received, record,"
        + " analysis) VALUES (?, ?, ?, ?, ?, ?, ?)", a.id(), x.revision(), pageHash,
        x.textHash(), now, articleRecord(a), Codec.pack(a));
    index("article", a.id(), seq, a.article().title() + "\n" + a.article().text());
  }

  private void writePage(String hash, Page p, long batch, String article, Integer revision)
      throws SQLException {
    update("INSERT INTO pages (hash, source, url, fetched, format, body, batch, article_id,"
        + " revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", hash, p.source(), p.hints().url(),
        p.hints().fetched(), p.format().name(), p.body(), batch, article, revision);
  }

  private void writeStory(StoryView v, Function<String, AnalyzedArticle> member,
      Map<String, Long> seqs, String now) throws SQLException, IOException {
    Map<String, String> joined = new HashMap<>();
    try (PreparedStatement s = db.prepareStatement(
        "SELECT article_id, joined FROM story_members WHERE story_id = ?")) {
      s.setString(1, v.id());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          joined.put(r.getString(1), r.getString(2));
        }
      }
    }
    deleteStory(v.id());
    List<String> members = v.story().articles();
    String latest = "";
    for (String id : members) {
      AnalyzedArticle a = member.apply(id);
      String t = a.article().published() != null ? a.article().published() : now;
      if (t.compareTo(latest) > 0) {
        latest = t;
      }
    }
    String first = members.get(0);
    Long firstSeq = seqs.get(first);
    if (firstSeq == null) {
      firstSeq = longValue("SELECT seq FROM articles WHERE id = ?", first);
    }
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    JsonReport.writeStoryLine(v, member, record);
    update("INSERT INTO stories (id, size, first_seq, latest, updated, title, languages, outlets,"
        + " record, view) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", v.id(), members.size(), firstSeq,
        latest, now, v.title(), String.join(" ", v.languages()), String.join("\n", v.outlets()),
        record.toString(StandardCharsets.UTF_8), Codec.pack(v));
    int position = 0;
    for (String id : members) {
      update("INSERT INTO story_members (story_id, article_id, position, joined) VALUES (?, ?, ?, ?)",
          v.id(), id, position++, joined.getOrDefault(id, now));
    }
    StringBuilder text = new StringBuilder(v.title());
    for (BriefSentence s : v.brief()) {
      text.append('\n').append(s.text());
    }
    index("story", v.id(), storyRow(v.id()), text.toString());
    indexNames(v, seqs);
  }

  /**
   * Indexes, for each member, every spelling of the entities the story found in it, so that a
   * search for one spelling ("Zelenskyy") finds the articles that use another ("Zelensky",
   * "泽连斯基").
   */
  private void indexNames(StoryView v, Map<String, Long> seqs) throws SQLException {
    Map<String, StringBuilder> names = new LinkedHashMap<>();
    for (Entity e : v.entities()) {
      StringBuilder all = new StringBuilder(e.name());
      e.aliases().values().forEach(list -> list.forEach(n -> all.append('\n').append(n)));
      for (String id : e.articles()) {
        names.computeIfAbsent(id, k -> new StringBuilder()).append(all).append('\n');
      }
    }
    for (String id : v.story().articles()) {
      Long seq = seqs.get(id);
      if (seq == null) {
        seq = longValue("SELECT seq FROM articles WHERE id = ?", id);
      }
      StringBuilder n = names.get(id);
      if (n == null) {
        unindex("names", id, NAMES_ROW + seq);
      } else {
        index("names", id, NAMES_ROW + seq, n.toString());
      }
    }
  }

  /** Full-text rows of an article's entity names: its seq plus this. */
  private static final long NAMES_ROW = 1L << 40;

  private void deleteStory(String id) throws SQLException {
    update("DELETE FROM stories WHERE id = ?", id);
    update("DELETE FROM story_members WHERE story_id = ?", id);
    unindex("story", id, storyRow(id));
  }

  /** The full-text row of a story: negative, so that it never meets an article's seq. */
  private static long storyRow(String id) {
    return -1 - (Hashing.fnv64(id) & Long.MAX_VALUE);
  }

  private void index(String kind, String ref, long row, String text) throws SQLException {
    unindex(kind, ref, row);
    String terms = SearchTerms.joined(text);
    if (engine.kind() == Engine.Kind.SQLITE) {
      update("INSERT INTO search (rowid, terms, kind, ref) VALUES (?, ?, ?, ?)", row, terms, kind, ref);
    } else {
      update("INSERT INTO search (kind, ref, terms) VALUES (?, ?, to_tsvector('simple', ?))", kind,
          ref, terms);
    }
  }

  private void unindex(String kind, String ref, long row) throws SQLException {
    if (engine.kind() == Engine.Kind.SQLITE) {
      update("DELETE FROM search WHERE rowid = ?", row);
    } else {
      update("DELETE FROM search WHERE kind = ? AND ref = ?", kind, ref);
    }
  }

  // ---- results computed elsewhere (a scale-out job): every write is idempotent, so that
  // writing again what a job replays after a restart changes nothing

  /**
   * Keeps a page as received, unless its content hash is held; part of the open write, which
   * {@link #commitPuts} commits.
   */
  public void putPage(Page p, long batch, String articleId, Integer revision) {
    try {
      String hash = contentHash(p);
      if (strings("SELECT hash FROM pages WHERE hash = ?", hash).isEmpty()) {
        writePage(hash, p, batch, articleId, revision);
      }
    } catch (SQLException e) {
      throw putFailure(e);
    }
  }

  /**
   * Keeps an analyzed article: new when its id is not held (with the given arrival order and
   * batch), a new revision when the held text differs, nothing when it is the same.
   *
   * @return whether anything was written
   */
  public boolean putArticle(AnalyzedArticle a, long seq, long batch, String pageHash) {
    try {
      String hash = Admission.textHash(a.article());
      List<String> held = strings("SELECT r.text_hash FROM articles a JOIN revisions r ON"
          + " r.article_id = a.id AND r.revision = a.revision WHERE a.id = ?", a.id());
      if (!held.isEmpty() && held.get(0).equals(hash)) {
        return false;
      }
      int revision = held.isEmpty() ? 1
          : (int) longValue("SELECT revision FROM articles WHERE id = ?", a.id()) + 1;
      long at = held.isEmpty() ? seq : longValue("SELECT seq FROM articles WHERE id = ?", a.id());
      writeArticle(a, new Admission.Admitted(a.article(), revision, hash), at, batch,
          pageHash == null ? "" : pageHash, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
      return true;
    } catch (SQLException | IOException e) {
      throw putFailure(e);
    }
  }

  /**
   * Keeps a story's current view in place of the one held, its members keeping the time each
   * joined; {@code member} finds each member's analysis, {@code seqs} their arrival order.
   */
  public void putStory(StoryView v, Function<String, AnalyzedArticle> member, Map<String, Long> seqs) {
    try {
      writeStory(v, member, seqs, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    } catch (SQLException | IOException e) {
      throw putFailure(e);
    }
  }

  /** Removes a story the clusterer dissolved (nothing when it is not held). */
  public void dropStory(String id) {
    try {
      deleteStory(id);
    } catch (SQLException e) {
      throw putFailure(e);
    }
  }

  /** Records a batch the clusterer read after, unless it is recorded. */
  public void putBatch(long no, int pages, int articles, int errors) {
    try {
      if (strings("SELECT no FROM batches WHERE no = ?", no).isEmpty()) {
        update("INSERT INTO batches (no, started, pages, articles, errors) VALUES (?, ?, ?, ?, ?)",
            no, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), pages, articles, errors);
      }
    } catch (SQLException e) {
      throw putFailure(e);
    }
  }

  /** Records an input that failed in a batch, unless the same failure is recorded. */
  public void putError(long batch, InputError error) {
    try {
      if (strings("SELECT source FROM errors WHERE batch = ? AND source = ? AND reason = ?", batch,
          error.source(), error.reason()).isEmpty()) {
        update("INSERT INTO errors (batch, source, reason, at) VALUES (?, ?, ?, ?)", batch,
            error.source(), error.reason(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
      }
    } catch (SQLException e) {
      throw putFailure(e);
    }
  }

  /** Commits the writes made since the last commit, as one transaction. */
  public void commitPuts() {
    try {
      db.commit();
    } catch (SQLException e) {
      throw putFailure(e);
    }
  }

  private StoreException putFailure(Exception e) {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the first failure is the one to report
    }
    return failure("write", e);
  }

  // ---- the clusterer's state

  private news.parallax.cluster.StoryClusterer restoreClusterer() throws SQLException, IOException {
    news.parallax.cluster.StoryClusterer c;
    long from = 0;
    try (PreparedStatement s = db.prepareStatement(
        "SELECT batch, data FROM corpus_state WHERE name = ?")) {
      s.setString(1, CLUSTERER);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          from = r.getLong(1);
          c = recipe.clusterer(new ByteArrayInputStream(r.getBytes(2)));
        } else {
          c = recipe.clusterer();
        }
      }
    }
    List<Long> batches = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement("SELECT no FROM batches WHERE no > ? ORDER BY no")) {
      s.setLong(1, from);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          batches.add(r.getLong(1));
        }
      }
    }
    for (long no : batches) {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement s = db.prepareStatement(
          "SELECT id FROM articles WHERE batch = ? ORDER BY seq")) {
        s.setLong(1, no);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getString(1));
          }
        }
      }
      Map<String, AnalyzedArticle> first = analyses(db, ids, true);
      for (String id : ids) {
        c.add(first.get(id));
      }
      c.changes();
      c.forgetClosed();
      replayed += ids.size();
    }
    sinceCheckpoint = replayed;
    db.rollback();
    return c;
  }

  private void saveClusterer(long batch) throws SQLException, IOException {
    ByteArrayOutputStream state = new ByteArrayOutputStream(1 << 20);
    corpus.clusterer.save(state);
    update("DELETE FROM corpus_state WHERE name = ?", CLUSTERER);
    update("INSERT INTO corpus_state (name, batch, data) VALUES (?, ?, ?)", CLUSTERER, batch,
        state.toByteArray());
    sinceCheckpoint = 0;
  }

  /** Saves the clusterer's state now (close does it when articles were added since). */
  public void checkpoint() {
    ensureClusterer();
    try {
      saveClusterer(batchNo);
      db.commit();
    } catch (SQLException | IOException e) {
      throw failure("save the clusterer's state of", e);
    }
  }

  // ---- reading

  /**
   * The stories the query selects, largest first, then by their first member (publication time,
   * undated last, then id), as {@code analyze} orders them.
   */
  public List<StorySummary> stories(StoryQuery q) {
    List<StorySummary> out = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT id, title, size, latest, updated, languages,"
        + " outlets FROM stories WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.since() != null) {
      sql.append(" AND latest >= ?");
      args.add(q.since());
    }
    if (q.language() != null) {
      sql.append(" AND (' ' || languages || ' ') LIKE ?");
      args.add("% " + q.language() + " %");
    }
    if (q.outlet() != null) {
      sql.append(" AND ('\n' || outlets || '\n') LIKE ?");
      args.add("%\n" + q.outlet() + "\n%");
    }
    String first = "(SELECT %s FROM articles a WHERE a.seq = stories.first_seq)";
    sql.append(" ORDER BY size DESC, ").append(first.formatted("a.published IS NULL")).append(", ")
        .append(first.formatted("a.published")).append(", ").append(first.formatted("a.id"));
    if (q.limit() > 0) {
      sql.append(" LIMIT ").append(q.limit());
    }
    try (PreparedStatement s = prepare(sql.toString(), args.toArray())) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new StorySummary(r.getString(1), r.getString(2), r.getInt(3), r.getString(4),
              r.getString(5), split(r.getString(6), " "), split(r.getString(7), "\n")));
        }
      }
      db.rollback();
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return out;
  }

  private static List<String> split(String s, String sep) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split(sep, -1));
  }

  /** The {@code parallax/1} record (JSON) of a story, if the store holds it. */
  public Optional<String> storyRecord(String id) {
    try {
      List<String> r = strings("SELECT record FROM stories WHERE id = ?", id);
      db.rollback();
      return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The member ids of a story, in the order the clusterer gives them. */
  public List<String> storyArticles(String id) {
    try {
      List<String> r = corpus.storyMembers(id);
      db.rollback();
      return r;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Every revision of an article, oldest first. */
  public List<Revision> revisions(String articleId) {
    List<Revision> out = new ArrayList<>();
    try (PreparedStatement s = prepare("SELECT revision, received, record FROM revisions WHERE"
        + " article_id = ? ORDER BY revision", articleId)) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new Revision(articleId, r.getInt(1), r.getString(2), r.getString(3)));
        }
      }
      db.rollback();
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return out;
  }

  /** The errors of every ingest, oldest first. */
  public List<InputError> errors() {
    List<InputError> out = new ArrayList<>();
    try (PreparedStatement s = prepare("SELECT source, reason FROM errors ORDER BY id")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new InputError(r.getString(1), r.getString(2)));
        }
      }
      db.rollback();
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return out;
  }

  /**
   * The selected stories as a run: their views, their members' current analyses (arrival
   * order) and the store's errors, for the reports {@code analyze} writes.
   */
  public Analysis analysis(StoryQuery q) {
    List<StorySummary> selected = stories(q);
    try {
      List<StoryView> views = new ArrayList<>();
      Set<String> members = new HashSet<>();
      for (StorySummary s : selected) {
        try (PreparedStatement st = prepare("SELECT view FROM stories WHERE id = ?", s.id());
            ResultSet r = st.executeQuery()) {
          if (r.next()) {
            StoryView v = Codec.unpack(r.getBytes(1), StoryView.class);
            views.add(v);
            members.addAll(v.story().articles());
          }
        }
      }
      List<String> ordered = orderedArticles(q.equals(StoryQuery.ALL) ? null : members);
      Map<String, AnalyzedArticle> byId = analyses(db, ordered);
      List<AnalyzedArticle> articles = new ArrayList<>();
      for (String id : ordered) {
        articles.add(byId.get(id));
      }
      db.rollback();
      return new Analysis(articles, views, errors());
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * The ids of the given articles (all when null) by publication time (undated last), then id:
   * the order {@code analyze} gives the same pages, whatever order they arrived in.
   */
  List<String> orderedArticles(Set<String> only) throws SQLException {
    // package-private: exports read articles in this order
    Map<String, String> published = new HashMap<>();
    if (only == null) {
      try (PreparedStatement s = prepare("SELECT id, published FROM articles");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          published.put(r.getString(1), r.getString(2));
        }
      }
    } else {
      for (List<String> chunk : chunks(new ArrayList<>(only))) {
        try (PreparedStatement s = prepare("SELECT id, published FROM articles WHERE id IN ("
            + marks(chunk.size()) + ")", chunk.toArray()); ResultSet r = s.executeQuery()) {
          while (r.next()) {
            published.put(r.getString(1), r.getString(2));
          }
        }
      }
    }
    List<String> all = new ArrayList<>(published.keySet());
    all.sort(java.util.Comparator.comparing((String id) -> published.get(id) == null ? "\uFFFF" : published.get(id))
        .thenComparing(id -> id));
    return all;
  }

  /**
   * Writes the selected stories as a {@code parallax/1} document: the records kept for them, the
   * current records of their members in arrival order, and the store's errors; for the same
   * pages the bytes equal those {@code analyze --format json} writes.
   */
  public void writeJson(StoryQuery q, java.io.OutputStream out) throws IOException {
    List<StorySummary> selected = stories(q);
    try (com.fasterxml.jackson.core.JsonGenerator g = Codec.JSON.getFactory().createGenerator(out,
        com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
      g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(news.parallax.report.Untrusted.JSON_ESCAPES); // as analyze writes them
      List<JsonNode> stories = new ArrayList<>();
      Set<String> members = new HashSet<>();
      for (StorySummary s : selected) {
        JsonNode n = Codec.JSON.readTree(storyRecord(s.id()).orElseThrow());
        stories.add(n);
        n.get("articles").forEach(a -> members.add(a.asText()));
      }
      g.writeStartObject();
      g.writeStringField("schema", JsonReport.SCHEMA);
      g.writeArrayFieldStart("articles");
      List<String> ordered = orderedArticles(q.equals(StoryQuery.ALL) ? null : members);
      for (List<String> chunk : chunks(ordered)) {
        Map<String, String> records = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT r.article_id, r.record FROM articles a JOIN"
            + " revisions r ON r.article_id = a.id AND r.revision = a.revision WHERE a.id IN ("
            + marks(chunk.size()) + ")", chunk.toArray()); ResultSet r = s.executeQuery()) {
          while (r.next()) {
            records.put(r.getString(1), r.getString(2));
          }
        }
        for (String id : chunk) {
          g.writeTree(Codec.JSON.readTree(records.get(id)));
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("stories");
      for (JsonNode n : stories) {
        g.writeTree(n);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (InputError e : errors()) {
        g.writeStartObject();
        g.writeStringField("source", e.source());
        g.writeStringField("reason", e.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      db.rollback();
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Articles and stories matching every word of the query, best first, with snippets. */
  public List<SearchHit> search(String query, int limit) {
    List<String> terms = SearchTerms.of(query);
    List<SearchHit> out = new ArrayList<>();
    if (terms.isEmpty()) {
      return out;
    }
    try {
      PreparedStatement s;
      if (engine.kind() == Engine.Kind.SQLITE) {
        StringBuilder match = new StringBuilder();
        for (String t : terms) {
          match.append(match.length() == 0 ? "" : " ").append('"').append(t.replace("\"", "\"\""))
              .append('"');
        }
        s = prepare("SELECT kind, ref FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?",
            match.toString(), 2 * limit);
      } else {
        String joined = String.join(" ", terms);
        s = prepare("SELECT kind, ref FROM search WHERE terms @@ plainto_tsquery('simple', ?)"
            + " ORDER BY ts_rank(terms, plainto_tsquery('simple', ?)) DESC, kind, ref LIMIT ?",
            joined, joined, 2 * limit);
      }
      // an article found by its text and by its entities' names is one result
      Map<String, String[]> found = new LinkedHashMap<>();
      try (s; ResultSet r = s.executeQuery()) {
        while (r.next() && found.size() < limit) {
          String kind = r.getString(1).equals("names") ? "article" : r.getString(1);
          found.putIfAbsent(kind + " " + r.getString(2), new String[] {kind, r.getString(2)});
        }
      }
      List<String[]> refs = new ArrayList<>(found.values());
      int rank = 0;
      for (String[] ref : refs) {
        String title;
        String text;
        if (ref[0].equals("article")) {
          List<String> rec = strings("SELECT r.record FROM articles a JOIN revisions r ON"
              + " r.article_id = a.id AND r.revision = a.revision WHERE a.id = ?", ref[1]);
          JsonNode n = Codec.JSON.readTree(rec.get(0));
          title = n.path("title").asText("");
          text = n.path("text").asText("");
        } else {
          JsonNode n = Codec.JSON.readTree(storyRecord(ref[1]).orElseThrow());
          title = n.path("title").asText("");
          StringBuilder b = new StringBuilder();
          n.path("brief").forEach(x -> b.append(x.path("text").asText()).append(' '));
          text = b.toString();
        }
        out.add(new SearchHit(ref[0], ref[1], title, Snippets.around(title + "\n" + text, terms),
            ++rank));
      }
      db.rollback();
    } catch (SQLException | IOException e) {
      throw failure("search", e);
    }
    return out;
  }

  /** A plain count of a table's rows (the unit the benches measure reads against). */
  public long count(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("table " + table);
    }
    try {
      long n = longValue("SELECT COUNT(*) FROM " + table);
      db.rollback();
      return n;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The JDBC connection, for exports and checks within this package. */
  Connection connection() {
    return db;
  }

  @Override
  public void close() {
    try {
      if (sinceCheckpoint > 0 && !broken && corpus.clusterer != null) {
        checkpoint();
      }
      db.rollback();
      db.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  // ---- helpers

  /** The current analyses of the articles, by id. */
  static Map<String, AnalyzedArticle> analyses(Connection db, Collection<String> ids)
      throws SQLException {
    return analyses(db, ids, false);
  }

  /** The analyses of the articles, current or (with {@code first}) as first received. */
  static Map<String, AnalyzedArticle> analyses(Connection db, Collection<String> ids,
      boolean first) throws SQLException {
    Map<String, AnalyzedArticle> out = new HashMap<>();
    for (List<String> chunk : chunks(new ArrayList<>(ids))) {
      try (PreparedStatement s = db.prepareStatement("SELECT a.id, r.analysis FROM articles a JOIN"
          + " revisions r ON r.article_id = a.id AND r.revision = "
          + (first ? "1" : "a.revision") + " WHERE a.id IN (" + marks(chunk.size()) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.put(r.getString(1), Codec.unpack(r.getBytes(2), AnalyzedArticle.class));
          }
        }
      }
    }
    return out;
  }

  static final int CHUNK = 500;

  static List<List<String>> chunks(List<String> xs) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < xs.size(); i += CHUNK) {
      out.add(xs.subList(i, Math.min(xs.size(), i + CHUNK)));
    }
    return out;
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private Set<String> existing(String sqlIn, Collection<String> keys) throws SQLException {
    Set<String> out = new HashSet<>();
    for (List<String> chunk : chunks(new ArrayList<>(keys))) {
      try (PreparedStatement s = prepare(sqlIn + " (" + marks(chunk.size()) + ")", chunk.toArray());
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  /** The content hash by which a page received twice is recognized: SHA-256 of format and bytes. */
  public static String contentHash(Page p) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(p.format().name().getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(p.body());
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement s = db.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof byte[] bytes) {
        s.setBytes(i + 1, bytes);
      } else {
        s.setObject(i + 1, a);
      }
    }
    return s;
  }

  private void update(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(sql, args)) {
      s.executeUpdate();
    }
  }

  private long longValue(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(sql, args); ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new SQLException("no row for " + sql);
      }
      return r.getLong(1);
    }
  }

  private List<String> strings(String sql, Object... args) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s = prepare(sql, args); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException("cannot " + what + " the store " + engine.label() + ": "
        + e.getMessage(), e);
  }
}
