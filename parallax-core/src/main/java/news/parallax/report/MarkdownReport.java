package news.parallax.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import news.parallax.Analysis;
import news.parallax.model.BriefSentence;
import news.parallax.model.Comparison;
import news.parallax.model.Entity;
import news.parallax.model.InputError;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import news.parallax.model.StoryView;

/** Writes a run as a readable Markdown brief, one section a story, sources numbered. */
public final class MarkdownReport {
  /** Stories with fewer articles are listed briefly at the end. */
  static final int MAX_ENTITIES = 12;
  static final int MAX_QUOTES = 8;

  private MarkdownReport() {}

  /** Page-supplied text, shown literally: see {@link Untrusted#markdown}. */
  private static String md(String s) {
    return Untrusted.markdown(s);
  }

  public static void write(Analysis run, Writer out) throws IOException {
    Citations cites = new Citations(run);
    out.write("# Parallax brief\n\n");
    out.write(Citations.count(run.articles().size(), "article", "articles") + ", "
        + Citations.count(run.stories().size(), "story", "stories"));
    out.write(run.errors().isEmpty() ? ".\n\n" : ", " + run.errors().size() + " inputs failed.\n\n");
    for (StoryView s : run.stories()) {
      out.write("## " + md(s.title()) + "\n\n");
      out.write("*" + Citations.count(s.story().articles().size(), "article", "articles") + " · " + md(String.join(", ", s.outlets()))
          + " · languages: " + md(String.join(", ", s.languages())) + "*\n\n");
      for (BriefSentence b : s.brief()) {
        out.write("- " + md(b.text()) + " " + cites.cite(b.articles()) + "\n");
      }
      out.write("\n");
      List<Comparison> differ = s.comparisons().stream()
          .filter(c -> c.verdict() != Comparison.Verdict.AGREE).toList();
      if (!differ.isEmpty()) {
        out.write("### Where the sources differ\n\n");
        for (Comparison c : differ) {
          out.write("- **" + md(c.label()) + "** (" + c.verdict().label() + "): ");
          StringBuilder b = new StringBuilder();
          for (Comparison.Cited cl : Citations.distinctClaims(c)) {
            if (b.length() > 0) {
              b.append("; ");
            }
            b.append(md(cl.claim().text())).append(" (").append(md(cl.claim().normalized())).append(") — ")
                .append(md(cites.outlet(cl.article()))).append(' ').append(cites.cite(List.of(cl.article())));
          }
          for (String id : c.inconsistent()) {
            b.append("; ").append(md(cites.outlet(id))).append(' ').append(cites.cite(List.of(id)))
                .append(" contradicts itself");
          }
          out.write(b + "\n");
        }
        out.write("\n");
      }
      List<QuoteGroup> quotes = s.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT)
          .limit(MAX_QUOTES).toList();
      if (!quotes.isEmpty()) {
        out.write("### Who said what\n\n");
        for (QuoteGroup q : quotes) {
          out.write("- " + (q.speaker().isEmpty() ? "(unattributed)" : "**" + md(q.speaker()) + "**")
              + ": “" + md(q.text()) + "” " + cites.cite(q.articles()) + "\n");
        }
        out.write("\n");
      }
      List<String> shared = cites.sharedText(s, MarkdownReport::md);
      if (!shared.isEmpty()) {
        out.write("### Shared text\n\n");
        for (String line : shared) {
          out.write("- " + line + "\n");
        }
        out.write("\n");
      }
      if (!s.entities().isEmpty()) {
        out.write("### People, places, organisations\n\n");
        for (Entity e : s.entities().stream().limit(MAX_ENTITIES).toList()) {
          List<String> aliases = e.aliases().values().stream().flatMap(List::stream)
              .filter(a -> !a.equals(e.name())).distinct().toList();
          out.write("- " + md(e.name()) + " (" + e.type().label() + ")"
              + (aliases.isEmpty() ? "" : " — also " + md(String.join(", ", aliases))) + "\n");
        }
        out.write("\n");
      }
      out.write("### Sources\n\n");
      for (String id : s.story().articles()) {
        out.write(cites.number(id) + ". " + md(cites.label(id)) + "\n");
      }
      out.write("\n");
    }
    if (!run.errors().isEmpty()) {
      out.write("## Inputs that failed\n\n");
      for (InputError e : run.errors()) {
        out.write("- " + md(e.source()) + ": " + md(e.reason()) + "\n");
      }
      out.write("\n");
    }
  }
}
