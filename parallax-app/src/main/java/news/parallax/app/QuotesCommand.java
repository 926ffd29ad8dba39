package news.parallax.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.concurrent.Callable;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Quote;
import news.parallax.model.Speaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax quotes}: every quote of every page, as JSON lines. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Print every quote as a JSON line: source, start, end, text, kind "
        + "(direct, indirect, scare), cue, speaker {name, entity, start, end}. Offsets point "
        + "into the article text that `parallax extract` prints.")
final class QuotesCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws IOException {
    return ArticleLines.print(input, AnalyzedArticle::quotes,
        (g, a, q) -> write(g, a.article().source(), q));
  }


  private static void write(JsonGenerator g, String source, Quote q) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", source);
    g.writeNumberField("start", q.span().start());
    g.writeNumberField("end", q.span().end());
    g.writeStringField("text", q.text());
    g.writeStringField("kind", q.kind().label());
    g.writeStringField("cue", q.cue());
    Speaker s = q.speaker();
    if (s == null) {
      g.writeNullField("speaker");
    } else {
      g.writeObjectFieldStart("speaker");
      g.writeStringField("name", s.name());
      g.writeStringField("entity", s.key());
      if (s.span() != null) {
        g.writeNumberField("start", s.span().start());
        g.writeNumberField("end", s.span().end());
      }
      g.writeEndObject();
    }
    if (q.parts().size() > 1) {
      g.writeArrayFieldStart("parts");
      for (var p : q.parts()) {
        g.writeStartArray();
        g.writeNumber(p.start());
        g.writeNumber(p.end());
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
