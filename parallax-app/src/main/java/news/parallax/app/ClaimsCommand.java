package news.parallax.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.concurrent.Callable;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.report.JsonReport;
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
    return ArticleLines.print(input, AnalyzedArticle::claims, ClaimsCommand::write);
  }

  private static void write(JsonGenerator g, AnalyzedArticle a, Claim c) throws IOException {
    g.writeStartObject();
    g.writeStringField("article", a.id());
    g.writeStringField("source", a.article().source());
    g.writeStringField("attribute", c.attribute());
    g.writeStringField("label", c.label());
    JsonReport.writeClaimFields(g, c, c.sentence().of(a.article().text()));
    g.writeEndObject();
  }

}
