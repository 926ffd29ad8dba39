package news.parallax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.extract.ExtractionException;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.Story;
import news.parallax.model.StoryView;

/**
 * The front of the library: reads pages and hands them to the {@link Recipe}, which turns them
 * into articles and stories in one batch held in memory.
 *
 * <pre>{@code
 * Analysis run = Parallax.create().analyze(List.of(Path.of("pages")));
 * for (StoryView s : run.stories()) System.out.println(s.title());
 * }</pre>
 */
public final class Parallax {
  private final Inputs inputs;
  private final Recipe recipe;

  private Parallax(Inputs inputs, Recipe recipe) {
    this.inputs = inputs;
    this.recipe = recipe;
  }

  /** The default recipe. */
  public static Parallax create() {
    return with(Recipe.standard());
  }

  /** The given recipe, reading inputs the standard way. */
  public static Parallax with(Recipe recipe) {
    return new Parallax(Inputs.standard(), recipe);
  }

  /** The given inputs and recipe. */
  public static Parallax with(Inputs inputs, Recipe recipe) {
    return new Parallax(inputs, recipe);
  }

  /** The recipe this front hands to. */
  public Recipe recipe() {
    return recipe;
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
    return recipe.extract(page);
  }

  /** Runs the per-article stages on an extracted article. */
  public AnalyzedArticle analyze(Article article) {
    return recipe.analyze(article);
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

  /** Runs the recipe on the pages as one batch over a fresh corpus held in memory. */
  public Analysis analyzePages(List<Page> pages, List<InputError> priorErrors, Progress progress) {
    Recipe.Batch b = recipe.run(pages, recipe.corpus(), progress);
    List<InputError> errors = new ArrayList<>(priorErrors);
    errors.addAll(b.errors());
    return new Analysis(b.articles(), b.stories(), errors);
  }

  /**
   * The clean articles of the pages, in input order: extracted in parallel, then cleared of the
   * chrome their sites repeat across pages, with ids made unique within the run. Pages that
   * yield no article go to {@code errors}, in input order.
   */
  public List<Article> extractAll(List<Page> pages, List<InputError> errors) {
    return recipe.corpus().admit(recipe.extractEach(pages, errors));
  }

  /** {@link #extractAll} and the per-article stages, in parallel, results in input order. */
  public List<AnalyzedArticle> analyzeAll(List<Page> pages, List<InputError> errors, Progress progress) {
    return recipe.analyzeEach(extractAll(pages, errors), errors, progress);
  }

  /** Groups analyzed articles into stories and builds each story's view. */
  public List<StoryView> stories(List<AnalyzedArticle> articles, Progress progress) {
    return recipe.cluster(articles, recipe.corpus(), List.of(), progress).stories();
  }

  /** Runs the per-story stages on one story's members. */
  public StoryView view(Story story, List<AnalyzedArticle> members) {
    return recipe.view(story, members);
  }
}
