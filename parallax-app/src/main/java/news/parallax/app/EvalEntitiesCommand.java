package news.parallax.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import news.parallax.eval.EcbPlusMentions;
import news.parallax.eval.EntityEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval entities}: person and place mention scores on ECB+. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Score person and place mentions (names, descriptions, pronouns) against the "
        + "HUMAN_PART_PER and LOC annotations of an ECB+ folder: precision, recall, F1.")
final class EvalEntitiesCommand implements Callable<Integer> {
  @Option(names = "--dataset", required = true, paramLabel = "DIR",
      description = "An ECB+ folder (CROMER XML files, searched recursively).")
  Path dataset;

  @Option(names = "--details", paramLabel = "FILE",
      description = "Write every prediction (matched or spurious) and every missed gold mention, "
          + "tab-separated with the sentence, to FILE.")
  Path details;

  @Override
  public Integer call() {
    List<EcbPlusMentions.Document> docs;
    try {
      docs = EcbPlusMentions.read(dataset);
    } catch (IOException e) {
      Terminal.ERR.println("parallax eval entities: " + e.getMessage());
      return Main.USAGE;
    }
    EntityEvaluation.Result r;
    if (details == null) {
      r = EntityEvaluation.standard().run(docs);
    } else {
      try (java.io.PrintWriter out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(details))) {
        r = EntityEvaluation.standard().run(docs, out::println);
      } catch (IOException e) {
        Terminal.ERR.println("parallax eval entities: " + e.getMessage());
        return Main.USAGE;
      }
    }
    System.out.print(r.report());
    return Main.OK;
  }
}
