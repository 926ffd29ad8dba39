package news.parallax.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.InputError;
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
    Parallax parallax = Parallax.create();
    List<InputError> errors = new ArrayList<>();
    List<AnalyzedArticle> articles =
        parallax.analyzeAll(parallax.read(input.paths, errors), errors, Terminal.progress());
    OutputStream out = new BufferedOutputStream(System.out);
    JsonFactory factory = new JsonFactory();
    for (AnalyzedArticle a : articles) {
      for (Quote q : a.quotes()) {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          write(g, a.article().source(), q);
        }
        out.write('\n');
      }
    }
    out.flush();
    Terminal.report(errors);
    return errors.isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
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
