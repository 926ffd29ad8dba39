package news.parallax.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;
import news.parallax.report.Untrusted;
import news.parallax.serve.StoryData.SearchHit;
import news.parallax.serve.StoryData.StoryQuery;

/** The server-rendered pages: story list, story, article reader, search; precompiled jte templates. */
final class WebPages {
  private final StoryData data;
  private final ResponseCache cache;
  private final TemplateEngine jte = TemplateEngine.createPrecompiled(null, ContentType.Html,
      WebPages.class.getClassLoader(), "news.parallax.serve");

  /** A search page: the query and its results. */
  record SearchPageView(String query, List<SearchHit> results) {}

  /** An error page. */
  record ErrorView(int status, String title, String detail) {}

  WebPages(StoryData data, ResponseCache cache) {
    this.data = data;
    this.cache = cache;
  }

  void routes(RoutesConfig r) {
    Server.Reads html = new Server.Reads(r, data, cache, "text/html; charset=utf-8");
    html.get("/", ctx -> {
      StoryQuery q = Server.query(ctx);
      return bytes(render("stories.jte", ListPageView.of(q, data.stories(q))));
    });
    html.get("/stories/{id}", ctx -> bytes(story(ctx.pathParam("id"))));
    html.get("/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      return bytes(render("article.jte", ArticlePageView.of(data.article(id)
          .orElseThrow(() -> Problem.notFound("no article " + id)))));
    });
    html.get("/search", ctx -> {
      String q = ctx.queryParam("q");
      List<SearchHit> hits = q == null || q.isBlank() ? List.of() : data.search(q, 50);
      return bytes(render("search.jte", new SearchPageView(q == null ? "" : q, hits)));
    });
  }

  private static byte[] bytes(String page) {
    return page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The story page's HTML. */
  String story(String id) {
    return render("story.jte", StoryPageView.of(data.story(id)
        .orElseThrow(() -> Problem.notFound("no story " + id))));
  }

  String error(int status, String title, String detail) {
    return render("error.jte", new ErrorView(status, title, detail));
  }

  /**
   * The page, HTML-escaped by the templates, without bidirectional controls: page text could
   * otherwise reverse what follows it on screen (outlets, citations).
   */
  private String render(String template, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    jte.render(template, Map.of("v", model), out);
    return Untrusted.plain(out.toString());
  }
}
