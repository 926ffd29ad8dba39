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

  @Option(names = "--halves",
      description = "Score the rules on each half of the topics (1, 5, 9 ... and 3, 7, 11 ...), and a learned "
          + "mention model fitted on one half on the other; report both halves and their means.")
  boolean halves;

  @Option(names = "--fit", paramLabel = "FILE",
      description = "Fit the learned mention model on all documents and write its weights to FILE (implies "
          + "--halves).")
  Path fit;

  @Override
  public Integer call() {
    List<EcbPlusMentions.Document> docs;
    try {
      docs = EcbPlusMentions.read(dataset);
    } catch (IOException e) {
      Terminal.ERR.println("parallax eval entities: " + e.getMessage());
      return Main.USAGE;
    }
    if (halves || fit != null) {
      EntityEvaluation.Halves h = EntityEvaluation.standard().halves(docs);
      System.out.print(h.report());
      if (fit != null) {
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(fit)) {
          h.model().write(out);
        } catch (IOException e) {
          Terminal.ERR.println("parallax eval entities: " + e.getMessage());
          return Main.USAGE;
        }
      }
      return Main.OK;
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
