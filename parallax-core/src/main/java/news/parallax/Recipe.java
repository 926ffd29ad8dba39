package news.parallax;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import news.parallax.brief.BriefWriter;
import news.parallax.cluster.ClusterSettings;
import news.parallax.cluster.StoryChanges;
import news.parallax.cluster.StoryClusterer;
import news.parallax.dedup.DuplicateFinder;
import news.parallax.entity.EntityLinker;
import news.parallax.entity.EntityRecognizer;
import news.parallax.entity.LinkedEntities;
import news.parallax.extract.ExtractionException;
import news.parallax.extract.Extractor;
import news.parallax.fact.ClaimExtractor;
import news.parallax.fact.FactComparer;
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
 * The one place that decides the flow: which stage runs on what, in which order. Three kinds
 * of stage: per-article stages are pure functions of one page ({@link #extract},
 * {@link #analyze(Article)}); corpus stages keep state across articles in a {@link Corpus}
 * (site learning, ids, the story clusterer); per-story stages ({@link #view}) run on one
 * story's members, only for the stories a batch changed. {@link Parallax#analyze} runs one
 * batch over an in-memory corpus; a store runs batch after batch over a corpus on disk.
 *
 * <pre>{@code
 * Recipe recipe = Recipe.standard();
 * Corpus corpus = recipe.corpus();
 * Recipe.Batch b = recipe.run(pages, corpus, Progress.NONE);
 * b.stories().forEach(s -> System.out.println(s.title()));
 * }</pre>
 */
public final class Recipe {
  /**
   * The most characters kept of one article by default: ten times a long news article (the
   * longest seed page has under 8,000), so only a page that is not one article is cut; 50 MB of
   * one paragraph then costs what 1 MB does.
   */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 200_000;

  /**
   * The order of a batch's articles: by publication time (undated last), then id; an id is made
   * from the article's address or text, so the order does not depend on the input's.
   */
  public static final Comparator<AnalyzedArticle> CORPUS_ORDER = Comparator
      .comparing((AnalyzedArticle a) -> a.article().published() == null ? "\uFFFF" : a.article().published())
      .thenComparing(AnalyzedArticle::id);

  private final Extractor extractor;
  private final LanguageIdentifier languages;
  private final TextAnalyzer text;
  private final EntityRecognizer entities;
  private final QuoteExtractor quotes;
  private final ClaimExtractor claims;
  private final Supplier<StoryClusterer> clusterer;
  private final ClusterSettings clusterSettings;
  private final DuplicateFinder duplicates;
  private final EntityLinker linker;
  private final QuoteGrouper quoteGrouper;
  private final FactComparer facts;
  private final BriefWriter brief;
  private final int maxArticleChars;

  private Recipe(Builder b) {
    extractor = b.extractor;
    languages = b.languages;
    text = b.text;
    entities = b.entities;
    quotes = b.quotes;
    claims = b.claims;
    clusterer = b.clusterer;
    clusterSettings = b.clusterSettings;
    duplicates = b.duplicates;
    linker = b.linker;
    quoteGrouper = b.quoteGrouper;
    facts = b.facts;
    brief = b.brief;
    maxArticleChars = b.maxArticleChars;
  }

  /** The default recipe. */
  public static Recipe standard() {
    return builder().build();
  }

  /** A builder starting from the default recipe, to replace single stages. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What one batch produced: its analyzed articles ({@linkplain #run corpus order}), the views
   * of the stories it changed (largest first), the ids of stories it dissolved, and the inputs
   * that failed.
   */
  public record Batch(List<AnalyzedArticle> articles, List<StoryView> stories, List<String> gone,
      List<InputError> errors) {
    public Batch {
      articles = List.copyOf(articles);
      stories = List.copyOf(stories);
      gone = List.copyOf(gone);
      errors = List.copyOf(errors);
    }
  }

  /**
   * Runs a batch of pages through every stage, updating the corpus. The analyzed articles reach
   * the corpus by publication time, then id, so the same pages in any order or under any names
   * give the same stories.
   */
  public Batch run(List<Page> pages, Corpus corpus, Progress progress) {
    List<InputError> errors = new ArrayList<>();
    List<Article> extracted = extractEach(pages, errors);
    List<Article> admitted = corpus.admit(extracted);
    List<AnalyzedArticle> analyzed = new ArrayList<>(analyzeEach(admitted, errors, progress));
    analyzed.sort(CORPUS_ORDER);
    return cluster(analyzed, corpus, errors, progress);
  }

  /**
   * Runs already analyzed articles through the corpus and per-story stages (for articles
   * analyzed elsewhere, as a bench or a scale-out job does). A story's members are taken in
   * corpus order, so its title and the order of what it lists do not depend on the order in
   * which its articles arrived, in one batch or in many. A story whose per-story stages fail is
   * kept with its members only, and the failure goes to the errors.
   */
  public Batch cluster(List<AnalyzedArticle> analyzed, Corpus corpus, List<InputError> errors,
      Progress progress) {
    analyzed.forEach(corpus::add);
    StoryChanges changes = corpus.read();
    progress.start("stories", changes.changed().size());
    record Viewed(StoryView view, InputError error) {}
    List<Viewed> viewed = changes.changed().parallelStream().map(s -> {
      List<AnalyzedArticle> members = s.articles().stream().map(corpus::member).sorted(CORPUS_ORDER).toList();
      Story story = new Story(s.id(), members.stream().map(AnalyzedArticle::id).toList());
      try {
        return new Viewed(view(story, members), null);
      } catch (RuntimeException | StackOverflowError e) {
        return new Viewed(membersOnly(story, members), new InputError("story " + s.id(),
            internalError("building this story", e) + "; its articles are kept, without entities,"
                + " quotes, comparisons or brief"));
      } finally {
        progress.step();
      }
    }).toList();
    List<StoryView> views = new ArrayList<>(viewed.size());
    List<InputError> all = new ArrayList<>(errors);
    for (Viewed v : viewed) {
      views.add(v.view());
      if (v.error() != null) {
        all.add(v.error());
      }
    }
    views.sort(Comparator.comparing((StoryView v) -> -v.story().articles().size())
        .thenComparing(v -> corpus.member(v.story().articles().get(0)), CORPUS_ORDER));
    return new Batch(analyzed, views, changes.gone(), all);
  }

  /** A fresh corpus kept in memory. */
  public Corpus corpus() {
    return new MemoryCorpus(clusterer.get());
  }

  /** A fresh story clusterer of this recipe. */
  public StoryClusterer clusterer() {
    return clusterer.get();
  }

  /** A clusterer of this recipe in the state {@link StoryClusterer#save} wrote. */
  public StoryClusterer clusterer(InputStream state) throws IOException {
    return StoryClusterer.restore(
        clusterSettings == null ? StoryClusterer.standardSettings() : clusterSettings, state);
  }

  // ---- per-article stages

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

  /**
   * {@link #extract} on every page in parallel, in input order; failures go to errors, and so
   * does a warning for each article cut to the recipe's most characters.
   */
  public List<Article> extractEach(List<Page> pages, List<InputError> errors) {
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
    List<Article> out = new ArrayList<>(extracted.size());
    for (Extracted x : extracted) {
      if (x.error() != null) {
        errors.add(x.error());
      }
      if (x.article() != null) {
        out.add(x.article());
      }
    }
    return out;
  }

  /** {@link #analyze(Article)} on every article in parallel, in input order. */
  public List<AnalyzedArticle> analyzeEach(List<Article> articles, List<InputError> errors,
      Progress progress) {
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

  /** A failure no stage expected, said so that a person can report it. */
  private static String internalError(Throwable e) {
    return internalError("analysing this page", e) + "; the rest of the run is unaffected; please report it"
        + " with the page";
  }

  private static String internalError(String doing, Throwable e) {
    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    return "internal error while " + doing + " (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + (at == null ? "" : " at " + at.getClassName() + "." + at.getMethodName()) + ")";
  }

  // ---- per-story stages

  /** Runs the per-story stages on one story's members. */
  public StoryView view(Story story, List<AnalyzedArticle> members) {
    LinkedEntities linked = linker.link(members);
    List<QuoteGroup> groups = quoteGrouper.group(members, linked);
    List<Comparison> comparisons = facts.compare(members);
    List<DuplicateGroup> dups = duplicates.find(members);
    List<BriefSentence> sentences = brief.write(members, groups, comparisons);
    StoryView bare = membersOnly(story, members);
    return new StoryView(story, bare.title(), bare.languages(), bare.outlets(), linked.entities(),
        groups, comparisons, dups, sentences);
  }

  /** The story's title, languages and outlets from its members, and nothing the per-story stages find. */
  private static StoryView membersOnly(Story story, List<AnalyzedArticle> members) {
    Set<String> langs = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (AnalyzedArticle a : members) {
      langs.add(a.language());
      // an outlet, else the agency of the dateline; a title stands in for no outlet here
      String outlet = a.article().outlet() != null ? a.article().outlet() : a.article().agency();
      if (outlet != null) {
        outlets.add(outlet);
      }
    }
    String title = storyTitle(members);
    return new StoryView(story, title, List.copyOf(langs), List.copyOf(outlets), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  /**
   * A story's title: the first title, in the members' order, of an article in the language most
   * of the members are written in (ties go to the language that comes first), so a story
   * carried mostly in English is listed under an English headline; any title when none of
   * those articles has one.
   */
  static String storyTitle(List<AnalyzedArticle> members) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    members.forEach(a -> counts.merge(a.language(), 1, Integer::sum));
    String main = null;
    for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
      if (main == null || e.getValue() > counts.get(main)) {
        main = e.getKey();
      }
    }
    String language = main;
    return members.stream().filter(a -> a.language().equals(language))
        .map(a -> a.article().title()).filter(Objects::nonNull).findFirst()
        .orElseGet(() -> members.stream().map(a -> a.article().title()).filter(Objects::nonNull)
            .findFirst().orElse(""));
  }

  /** Replaces stages of the default recipe. */
  public static final class Builder {
    private Extractor extractor = Extractor.standard();
    private LanguageIdentifier languages = LanguageIdentifier.standard();
    private TextAnalyzer text = TextAnalyzer.standard();
    private EntityRecognizer entities = EntityRecognizer.standard();
    private QuoteExtractor quotes = QuoteExtractor.standard();
    private ClaimExtractor claims = ClaimExtractor.standard();
    private Supplier<StoryClusterer> clusterer = StoryClusterer::standard;
    private ClusterSettings clusterSettings = null;
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

    /** Concept-vector clustering with these settings (a saved state is restored with them too). */
    public Builder clusterSettings(ClusterSettings v) {
      clusterSettings = Objects.requireNonNull(v, "clusterSettings");
      clusterer = () -> StoryClusterer.with(v);
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

    public Recipe build() {
      return new Recipe(this);
    }
  }
}
