package news.parallax.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;
import news.parallax.serve.StoryData.SearchHit;
import news.parallax.serve.StoryData.StoryQuery;

/** The server-rendered pages: story list, story, article reader, search; precompiled jte templates. */
final class WebPages {
  private final StoryData data;
  private final TemplateEngine jte = TemplateEngine.createPrecompiled(null, ContentType.Html,
      WebPages.class.getClassLoader(), "news.parallax.serve");

  /** A search page: the query and its results. */
  record SearchPageView(String query, List<SearchHit> results) {}

  /** An error page. */
  record ErrorView(int status, String title, String detail) {}

  WebPages(StoryData data) {
    this.data = data;
  }

  void routes(RoutesConfig r) {
    r.get("/", ctx -> {
      StoryQuery q = Server.query(ctx);
      Server.html(ctx, render("stories.jte", ListPageView.of(q, data.stories(q))));
    });
    r.get("/stories/{id}", ctx -> Server.html(ctx, story(ctx.pathParam("id"))));
    r.get("/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      Server.html(ctx, render("article.jte", ArticlePageView.of(data.article(id)
          .orElseThrow(() -> Problem.notFound("no article " + id)))));
    });
    r.get("/search", ctx -> {
      String q = ctx.queryParam("q");
      List<SearchHit> hits = q == null || q.isBlank() ? List.of() : data.search(q, 50);
      Server.html(ctx, render("search.jte", new SearchPageView(q == null ? "" : q, hits)));
    });
  }

  /** The story page's HTML. */
  String story(String id) {
    return render("story.jte", StoryPageView.of(data.story(id)
        .orElseThrow(() -> Problem.notFound("no story " + id))));
  }

  String error(int status, String title, String detail) {
    return render("error.jte", new ErrorView(status, title, detail));
  }

  private String render(String template, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    jte.render(template, Map.of("v", model), out);
    return out.toString();
  }
}
