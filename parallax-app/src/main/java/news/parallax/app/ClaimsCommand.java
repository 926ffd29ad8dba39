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
import news.parallax.model.Claim;
import news.parallax.model.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax claims}: every claim of every page, as JSON lines, for checking. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Print the claims found in every page as JSON lines: article, source, "
        + "attribute, label, text, normalized, value {low, high}, unit, qualifier, start, end, "
        + "sentence.")
final class ClaimsCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws IOException {
    Parallax parallax = Parallax.create();
    List<InputError> errors = new ArrayList<>();
    List<AnalyzedArticle> articles =
        parallax.analyzeAll(parallax.read(input.paths, errors), errors, Terminal.progress());
    OutputStream out = new BufferedOutputStream(System.out);
    JsonFactory f = new JsonFactory();
    for (AnalyzedArticle a : articles) {
      String text = a.article().text();
      for (Claim c : a.claims()) {
        JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("article", a.id());
        g.writeStringField("source", a.article().source());
        g.writeStringField("attribute", c.attribute());
        g.writeStringField("label", c.label());
        g.writeStringField("text", c.text());
        g.writeStringField("normalized", c.normalized());
        g.writeObjectFieldStart("value");
        g.writeNumberField("low", c.low());
        g.writeNumberField("high", c.high());
        g.writeEndObject();
        g.writeStringField("unit", c.unit());
        g.writeStringField("qualifier", c.qualifier());
        g.writeNumberField("start", c.span().start());
        g.writeNumberField("end", c.span().end());
        g.writeStringField("sentence", c.sentence().of(text));
        g.writeEndObject();
        g.close();
        out.write('\n');
      }
    }
    out.flush();
    Terminal.report(errors);
    return errors.isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }
}
