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
import news.parallax.extract.ExtractionException;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.model.InputError;
import news.parallax.model.Page;
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
    List<Page> pages = parallax.read(input.paths, errors);
    record Result(AnalyzedArticle article, InputError error) {}
    List<Result> results = pages.parallelStream().map(p -> {
      try {
        return new Result(parallax.analyze(parallax.extract(p)), null);
      } catch (ExtractionException e) {
        return new Result(null, new InputError(p.source(), e.getMessage()));
      } catch (RuntimeException e) {
        return new Result(null, new InputError(p.source(), "internal error: " + e));
      }
    }).toList();
    OutputStream out = new BufferedOutputStream(System.out);
    JsonFactory f = new JsonFactory();
    for (Result r : results) {
      if (r.error() != null) {
        errors.add(r.error());
        continue;
      }
      String text = r.article().article().text();
      for (Claim c : r.article().claims()) {
        JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("article", r.article().id());
        g.writeStringField("source", r.article().article().source());
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
