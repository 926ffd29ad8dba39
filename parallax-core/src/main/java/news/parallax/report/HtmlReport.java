package news.parallax.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import news.parallax.Analysis;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.BriefSentence;
import news.parallax.model.Comparison;
import news.parallax.model.Entity;
import news.parallax.model.InputError;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import news.parallax.model.StoryView;
import org.jsoup.nodes.Entities;

/** Writes a run as one self-contained HTML page (inline style, no scripts, no external files). */
public final class HtmlReport {
  private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;"
      + "margin:2rem auto;padding:0 1rem;color:#222}h2{border-top:1px solid #ccc;padding-top:1rem}"
      + ".meta{color:#666}.differ{color:#a00}.cite{color:#06c;font-size:.85em}"
      + "details{margin:.5rem 0}pre{white-space:pre-wrap}";

  private HtmlReport() {}

  public static void write(Analysis run, Writer out) throws IOException {
    Citations cites = new Citations(run);
    out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Parallax brief</title>"
        + "<style>" + STYLE + "</style></head><body>\n<h1>Parallax brief</h1>\n");
    out.write("<p class=\"meta\">" + Citations.count(run.articles().size(), "article", "articles") + ", "
        + Citations.count(run.stories().size(), "story", "stories") + "</p>\n");
    for (StoryView s : run.stories()) {
      out.write("<section id=\"" + s.id() + "\"><h2>" + esc(s.title()) + "</h2>\n");
      out.write("<p class=\"meta\">" + esc(String.join(", ", s.outlets())) + " · "
          + esc(String.join(", ", s.languages())) + "</p>\n<ul>");
      for (BriefSentence b : s.brief()) {
        out.write("<li>" + esc(b.text()) + " <span class=\"cite\">" + esc(cites.cite(b.articles()))
            + "</span></li>");
      }
      out.write("</ul>\n");
      List<Comparison> differ = s.comparisons().stream()
          .filter(c -> c.verdict() != Comparison.Verdict.AGREE).toList();
      if (!differ.isEmpty()) {
        out.write("<h3>Where the sources differ</h3><ul>");
        for (Comparison c : differ) {
          out.write("<li><b>" + esc(c.label()) + "</b> <span class=\"" + c.verdict().label() + "\">("
              + c.verdict().label() + ")</span><ul>");
          for (Comparison.Cited cl : Citations.distinctClaims(c)) {
            out.write("<li>" + esc(cl.claim().text()) + " (" + esc(cl.claim().normalized()) + ") — "
                + esc(cites.outlet(cl.article())) + " <span class=\"cite\">"
                + cites.cite(List.of(cl.article())) + "</span></li>");
          }
          for (String id : c.inconsistent()) {
            out.write("<li>" + esc(cites.outlet(id)) + " <span class=\"cite\">"
                + cites.cite(List.of(id)) + "</span> contradicts itself</li>");
          }
          out.write("</ul></li>");
        }
        out.write("</ul>\n");
      }
      List<QuoteGroup> quotes = s.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
      if (!quotes.isEmpty()) {
        out.write("<h3>Who said what</h3><ul>");
        for (QuoteGroup q : quotes) {
          out.write("<li><b>" + esc(q.speaker().isEmpty() ? "(unattributed)" : q.speaker()) + "</b>: “"
              + esc(q.text()) + "” <span class=\"cite\">" + cites.cite(q.articles()) + "</span></li>");
        }
        out.write("</ul>\n");
      }
      List<String> shared = cites.sharedText(s);
      if (!shared.isEmpty()) {
        out.write("<h3>Shared text</h3><ul>");
        for (String line : shared) {
          out.write("<li>" + esc(line) + "</li>");
        }
        out.write("</ul>\n");
      }
      if (!s.entities().isEmpty()) {
        out.write("<h3>People, places, organisations</h3><ul>");
        for (Entity e : s.entities()) {
          List<String> aliases = e.aliases().values().stream().flatMap(List::stream).distinct().toList();
          out.write("<li>" + esc(e.name()) + " <span class=\"meta\">(" + e.type().label() + ") "
              + esc(String.join(", ", aliases)) + "</span></li>");
        }
        out.write("</ul>\n");
      }
      out.write("<h3>Sources</h3>");
      for (String id : s.story().articles()) {
        AnalyzedArticle a = run.article(id);
        out.write("<details><summary>[" + cites.number(id) + "] " + esc(cites.label(id))
            + "</summary><pre>" + esc(a.article().text()) + "</pre></details>\n");
      }
      out.write("</section>\n");
    }
    if (!run.errors().isEmpty()) {
      out.write("<h2>Inputs that failed</h2><ul>");
      for (InputError e : run.errors()) {
        out.write("<li><code>" + esc(e.source()) + "</code>: " + esc(e.reason()) + "</li>");
      }
      out.write("</ul>\n");
    }
    out.write("</body></html>\n");
  }

  private static String esc(String s) {
    return s == null ? "" : Entities.escape(Untrusted.plain(s));
  }
}
