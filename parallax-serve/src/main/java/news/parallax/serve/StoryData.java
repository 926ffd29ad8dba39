package news.parallax.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Entity;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.StoryView;

/**
 * What the server reads and writes: stories, articles, entities, search, and ingest of pages.
 *
 * <pre>{@code
 * StoryData data = new StoreStoryData(Store.open("parallax-data"));
 * Server server = Server.start(data, ServeSettings.defaults().withPort(0));
 * }</pre>
 */
public interface StoryData extends AutoCloseable {

  /** One page of stories matching the query, with the cursor of the next page (or null). */
  StoryPage stories(StoryQuery query);

  /** The story with the id and its member articles, when there is one. */
  Optional<StoryEntry> story(String id);

  /**
   * The story's {@code parallax/1} record as JSON (what {@code JsonReport.writeStory} writes
   * for {@link #story}), when there is one.
   */
  Optional<String> storyRecord(String id);

  /** The article with the id (its latest revision), its story and its revisions. */
  Optional<ArticleEntry> article(String id);

  /** Entities of all stories whose name or alias contains the text ("" for all), up to limit. */
  List<EntityEntry> entities(String text, int limit);

  /** Articles and stories matching the text, best first, with snippets. */
  List<SearchHit> search(String text, int limit);

  /** Reads, analyzes and stores the pages; says which stories changed. */
  IngestReport ingest(List<Page> pages, List<InputError> readErrors);

  /** Counts for the health endpoint. */
  Health health();

  /** The ids of the stories written (changed or new) since the data had the version, in order. */
  List<String> changedSince(long version);

  /**
   * A number that changes whenever the stored stories or articles change (by this process or
   * another writing the same store); answers cached under one version stay valid while it holds.
   */
  long version();

  @Override
  default void close() {}

  /** The order of the story list. */
  enum Order {
    /** Last article first seen latest first. */
    NEWEST,
    /** Most articles first. */
    LARGEST
  }

  /**
   * Filters of the story list; null or blank filters match everything.
   *
   * @param since only stories last seen at or after this ISO-8601 date or time
   * @param until only stories first seen at or before this ISO-8601 date or time
   * @param language only stories with an article in this language code
   * @param outlet only stories with an article from this outlet
   * @param entity only stories naming this entity (name or any alias)
   * @param text only stories whose title, brief or articles contain this text
   * @param cursor where the previous page ended, as returned in {@link StoryPage#next()}
   * @param limit the page size, 1 to 100
   */
  record StoryQuery(String since, String until, String language, String outlet, String entity,
      String text, Order order, String cursor, int limit) {
    public StoryQuery {
      if (limit < 1 || limit > 100) {
        throw new IllegalArgumentException("limit must be 1 to 100, got " + limit);
      }
      order = order == null ? Order.NEWEST : order;
    }

    /** The first page of every story, newest first. */
    public static StoryQuery all(int limit) {
      return new StoryQuery(null, null, null, null, null, null, Order.NEWEST, null, limit);
    }
  }

  /**
   * One line of the story list: what a reader needs to choose a story.
   *
   * @param language the language of the title (the one most of the members are written in)
   * @param firstSeen the earliest publication (or arrival) time of a member, ISO-8601
   * @param lastSeen the latest publication (or arrival) time of a member, ISO-8601
   */
  record StorySummary(String id, String title, String language, int size, List<String> languages,
      List<String> outlets, String firstSeen, String lastSeen, Map<String, Integer> articlesByLanguage) {
    public StorySummary {
      languages = List.copyOf(languages);
      outlets = List.copyOf(outlets);
      articlesByLanguage = Map.copyOf(articlesByLanguage);
    }
  }

  /** A page of the story list. */
  record StoryPage(List<StorySummary> stories, String next) {
    public StoryPage {
      stories = List.copyOf(stories);
    }
  }

  /**
   * A story with its members, when each joined it, and when a member's text changed.
   *
   * @param articles the members (latest revisions), in the story's order
   * @param joined when each member joined the story, by article id (ISO-8601 instant)
   * @param revised the members' revisions after their first, oldest first
   */
  record StoryEntry(StoryView view, List<AnalyzedArticle> articles, Map<String, String> joined,
      List<Revised> revised) {
    public StoryEntry {
      articles = List.copyOf(articles);
      joined = Map.copyOf(joined);
      revised = List.copyOf(revised);
    }

    /** The member with the id, or null. */
    public AnalyzedArticle article(String id) {
      for (AnalyzedArticle a : articles) {
        if (a.id().equals(id)) {
          return a;
        }
      }
      return null;
    }
  }

  /** An article, the story it belongs to (or null) and its earlier revisions, oldest first. */
  record ArticleEntry(AnalyzedArticle article, String story, List<Revision> revisions) {
    public ArticleEntry {
      revisions = List.copyOf(revisions);
    }
  }

  /** A member's revision after its first (same address, changed text), and when it was seen. */
  record Revised(String article, int revision, String seen) {}

  /** One version of an article's text, numbered from 1, with when it was seen. */
  record Revision(int number, String seen, Article article) {}

  /** An entity and the story it belongs to. */
  record EntityEntry(String story, Entity entity) {}

  /** A search result: an article or a story, with a snippet of the matching text. */
  record SearchHit(String kind, String id, String title, String snippet, String story, String language) {}

  /** What an ingest did. */
  record IngestReport(int pages, List<String> articles, List<String> changedStories,
      List<InputError> errors) {
    public IngestReport {
      articles = List.copyOf(articles);
      changedStories = List.copyOf(changedStories);
      errors = List.copyOf(errors);
    }
  }

  /** How much the store holds. */
  record Health(String status, long articles, long stories) {}
}
