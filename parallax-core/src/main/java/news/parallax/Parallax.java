package news.parallax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import news.parallax.brief.BriefWriter;
import news.parallax.cluster.StoryClusterer;
import news.parallax.dedup.DuplicateFinder;
import news.parallax.entity.EntityLinker;
import news.parallax.entity.EntityRecognizer;
import news.parallax.entity.LinkedEntities;
import news.parallax.extract.ExtractionException;
import news.parallax.extract.Extractor;
import news.parallax.fact.ClaimExtractor;
import news.parallax.fact.FactComparer;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.internal.Hashing;
import news.parallax.lang.LanguageIdentifier;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.BriefSentence;
import news.parallax.model.Claim;
import news.parallax.model.Comparison;
import news.parallax.model.DuplicateGroup;
import news.parallax.model.InputError;
import news.parallax.model.Mention;
import news.parallax.model.Page;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import news.parallax.model.Sentence;
import news.parallax.model.Story;
import news.parallax.model.StoryView;
import news.parallax.quote.QuoteExtractor;
import news.parallax.quote.QuoteGrouper;
import news.parallax.text.TextAnalyzer;

/**
 * The front of the library: reads pages, and turns them into articles and stories with the
 * default recipe (one line a stage below).
 *
 * <pre>{@code
 * Analysis run = Parallax.create().analyze(List.of(Path.of("pages")));
 * for (StoryView s : run.stories()) System.out.println(s.title());
 * }</pre>
 */
public final class Parallax {
  /**
   * The most characters kept of one article by default: ten times a long news article (the
   * longest seed page has under 8,000), so only a page that is not one article is cut; 50 MB of
   * one paragraph then costs what 1 MB does.
   */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 200_000;

  private final Inputs inputs;
  private final Extractor extractor;
  private final LanguageIdentifier languages;
  private final TextAnalyzer text;
  private final EntityRecognizer entities;
  private final QuoteExtractor quotes;
  private final ClaimExtractor claims;
  private final Supplier<StoryClusterer> clusterer;
  private final DuplicateFinder duplicates;
  private final EntityLinker linker;
  private final QuoteGrouper quoteGrouper;
  private final FactComparer facts;
  private final BriefWriter brief;
  private final int maxArticleChars;

  private Parallax(Builder b) {
    inputs = b.inputs;
    extractor = b.extractor;
    languages = b.languages;
    text = b.text;
    entities = b.entities;
    quotes = b.quotes;
    claims = b.claims;
    clusterer = b.clusterer;
    duplicates = b.duplicates;
    linker = b.linker;
    quoteGrouper = b.quoteGrouper;
    facts = b.facts;
    brief = b.brief;
    maxArticleChars = b.maxArticleChars;
  }

  /** The default recipe. */
  public static Parallax create() {
    return builder().build();
  }

  /** A builder starting from the default recipe, to replace single stages. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads the pages under the given paths; unreadable inputs go to {@code errors}. */
  public List<Page> read(List<Path> paths, List<InputError> errors) {
    List<Page> pages = new ArrayList<>();
    inputs.read(paths, new PageSink() {
      @Override
      public void page(Page page) {
        pages.add(page);
      }

      @Override
      public void error(InputError error) {
        errors.add(error);
      }
    });
    return pages;
  }

  /** Extracts the article of a page and identifies its language. */
  public Article extract(Page page) throws ExtractionException {
    Article a = extractor.extract(page);
    String lang = languages.identify(a.title() == null ? a.text() : a.title() + "\n" + a.text());
    return a.withLanguage(lang);
  }

  /** Runs the per-article stages on an extracted article. */
  public AnalyzedArticle analyze(Article article) {
    List<Sentence> sentences = text.analyze(article);
    List<Mention> mentions = entities.recognize(article, sentences);
    List<Quote> qs = quotes.extract(article, sentences, mentions);
    List<Claim> cs = claims.extract(article, sentences);
    return new AnalyzedArticle(article, sentences, mentions, qs, cs);
  }

  /** Reads, extracts and analyzes every page under the paths, and groups them into stories. */
  public Analysis analyze(List<Path> paths) {
    return analyze(paths, Progress.NONE);
  }

  /** As {@link #analyze(List)}, reporting progress. */
  public Analysis analyze(List<Path> paths, Progress progress) {
    List<InputError> errors = new ArrayList<>();
    List<Page> pages = read(paths, errors);
    return analyzePages(pages, errors, progress);
  }

  /** Extracts and analyzes the pages (in parallel, results in input order), then the stories. */
  public Analysis analyzePages(List<Page> pages, List<InputError> priorErrors, Progress progress) {
    List<InputError> errors = new ArrayList<>(priorErrors);
    List<AnalyzedArticle> articles = new ArrayList<>(analyzeAll(pages, errors, progress));
    articles.sort(CORPUS_ORDER); // the same pages in any order or under any names: the same run
    return new Analysis(articles, stories(articles, progress), errors);
  }

  /**
   * The clean articles of the pages, in input order: extracted in parallel, then cleared of the
   * chrome their sites repeat across pages, with ids made unique within the run. Pages that
   * yield no article go to {@code errors}, in input order.
   */
  public List<Article> extractAll(List<Page> pages, List<InputError> errors) {
    record Extracted(Article article, InputError error) {}
    List<Extracted> extracted = pages.parallelStream().map(p -> {
      try {
        Article a = extract(p);
        Article cut = a.cut(maxArticleChars);
        return new Extracted(cut, cut == a ? null : new InputError(p.source(), "cut: the article's text is "
            + a.text().length() + " characters, over the limit of " + maxArticleChars
            + "; the first " + cut.text().length() + " are kept (--max-article-chars)"));
      } catch (ExtractionException e) {
        return new Extracted(null, new InputError(p.source(), e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        return new Extracted(null, new InputError(p.source(), internalError(e)));
      }
    }).toList();
    for (Extracted x : extracted) {
      if (x.error() != null) {
        errors.add(x.error());
      }
    }
    List<Article> clean = Extractor.withoutSiteChrome(
        extracted.stream().map(Extracted::article).filter(Objects::nonNull).toList());
    List<Article> out = new ArrayList<>(clean.size());
    Set<String> ids = new HashSet<>();
    for (Article a : clean) {
      if (!ids.add(a.id())) {
        a = a.withId(Hashing.id(a.id() + "\u0000" + a.source()));
        ids.add(a.id());
      }
      out.add(a);
    }
    return out;
  }

  /** {@link #extractAll} and the per-article stages, in parallel, results in input order. */
  public List<AnalyzedArticle> analyzeAll(List<Page> pages, List<InputError> errors, Progress progress) {
    List<Article> articles = extractAll(pages, errors);
    progress.start("articles", articles.size());
    record Outcome(AnalyzedArticle article, InputError error) {}
    List<Outcome> outcomes = articles.parallelStream().map(a -> {
      try {
        return new Outcome(analyze(a), null);
      } catch (RuntimeException | StackOverflowError e) {
        return new Outcome(null, new InputError(a.source(), internalError(e)));
      } finally {
        progress.step();
      }
    }).toList();
    List<AnalyzedArticle> out = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        errors.add(o.error());
      } else {
        out.add(o.article());
      }
    }
    return out;
  }

  /**
   * The order of a run's articles: by publication time (undated last), then id; an id is made
   * from the article's address or text, so the order does not depend on the input's.
   */
  static final java.util.Comparator<AnalyzedArticle> CORPUS_ORDER = java.util.Comparator
      .comparing((AnalyzedArticle a) -> a.article().published() == null ? "\uFFFF" : a.article().published())
      .thenComparing(AnalyzedArticle::id);

  /** A failure no stage expected, said so that a person can report it. */
  private static String internalError(Throwable e) {
    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    return "internal error while analysing this page (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + (at == null ? "" : " at " + at.getClassName() + "." + at.getMethodName())
        + "); the rest of the run is unaffected; please report it with the page";
  }

  /** Groups analyzed articles into stories and builds each story's view. */
  public List<StoryView> stories(List<AnalyzedArticle> articles, Progress progress) {
    StoryClusterer c = clusterer.get();
    articles.forEach(c::add);
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Story> stories = c.stories();
    progress.start("stories", stories.size());
    return stories.parallelStream().map(s -> {
      List<AnalyzedArticle> members = s.articles().stream().map(byId::get).toList();
      StoryView v = view(s, members);
      progress.step();
      return v;
    }).toList();
  }

  /** Runs the per-story stages on one story's members. */
  public StoryView view(Story story, List<AnalyzedArticle> members) {
    LinkedEntities linked = linker.link(members);
    List<QuoteGroup> groups = quoteGrouper.group(members, linked);
    List<Comparison> comparisons = facts.compare(members);
    List<DuplicateGroup> dups = duplicates.find(members);
    List<BriefSentence> sentences = brief.write(members, groups, comparisons);
    Set<String> langs = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (AnalyzedArticle a : members) {
      langs.add(a.language());
      if (a.article().outlet() != null) {
        outlets.add(a.article().outlet());
      }
    }
    String title = members.stream().map(a -> a.article().title()).filter(Objects::nonNull)
        .findFirst().orElse("");
    return new StoryView(story, title, List.copyOf(langs), List.copyOf(outlets), linked.entities(),
        groups, comparisons, dups, sentences);
  }

  /** Replaces stages of the default recipe. */
  public static final class Builder {
    private Inputs inputs = Inputs.standard();
    private Extractor extractor = Extractor.standard();
    private LanguageIdentifier languages = LanguageIdentifier.standard();
    private TextAnalyzer text = TextAnalyzer.standard();
    private EntityRecognizer entities = EntityRecognizer.standard();
    private QuoteExtractor quotes = QuoteExtractor.standard();
    private ClaimExtractor claims = ClaimExtractor.standard();
    private Supplier<StoryClusterer> clusterer = StoryClusterer::standard;
    private DuplicateFinder duplicates = DuplicateFinder.standard();
    private EntityLinker linker = EntityLinker.standard();
    private QuoteGrouper quoteGrouper = QuoteGrouper.standard();
    private FactComparer facts = FactComparer.standard();
    private BriefWriter brief = BriefWriter.standard();
    private int maxArticleChars = DEFAULT_MAX_ARTICLE_CHARS;

    private Builder() {}

    /**
     * The most characters of text kept of one article; a longer one is cut, with a warning in
     * the errors, rather than stalling the run.
     */
    public Builder maxArticleChars(int v) {
      if (v <= 0) {
        throw new IllegalArgumentException("maxArticleChars must be positive, was " + v);
      }
      maxArticleChars = v;
      return this;
    }

    public Builder inputs(Inputs v) {
      inputs = Objects.requireNonNull(v, "inputs");
      return this;
    }

    public Builder extractor(Extractor v) {
      extractor = Objects.requireNonNull(v, "extractor");
      return this;
    }

    public Builder languages(LanguageIdentifier v) {
      languages = Objects.requireNonNull(v, "languages");
      return this;
    }

    public Builder text(TextAnalyzer v) {
      text = Objects.requireNonNull(v, "text");
      return this;
    }

    public Builder entities(EntityRecognizer v) {
      entities = Objects.requireNonNull(v, "entities");
      return this;
    }

    public Builder quotes(QuoteExtractor v) {
      quotes = Objects.requireNonNull(v, "quotes");
      return this;
    }

    public Builder claims(ClaimExtractor v) {
      claims = Objects.requireNonNull(v, "claims");
      return this;
    }

    /** The clusterer is stateful, so a supplier gives each run a fresh one. */
    public Builder clusterer(Supplier<StoryClusterer> v) {
      clusterer = Objects.requireNonNull(v, "clusterer");
      return this;
    }

    public Builder duplicates(DuplicateFinder v) {
      duplicates = Objects.requireNonNull(v, "duplicates");
      return this;
    }

    public Builder linker(EntityLinker v) {
      linker = Objects.requireNonNull(v, "linker");
      return this;
    }

    public Builder quoteGrouper(QuoteGrouper v) {
      quoteGrouper = Objects.requireNonNull(v, "quoteGrouper");
      return this;
    }

    public Builder facts(FactComparer v) {
      facts = Objects.requireNonNull(v, "facts");
      return this;
    }

    public Builder brief(BriefWriter v) {
      brief = Objects.requireNonNull(v, "brief");
      return this;
    }

    public Parallax build() {
      return new Parallax(this);
    }
  }
}
