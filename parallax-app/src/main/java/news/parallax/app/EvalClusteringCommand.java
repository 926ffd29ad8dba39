package news.parallax.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import news.parallax.Parallax;
import news.parallax.cluster.ClusterSettings;
import news.parallax.eval.BCubed;
import news.parallax.eval.ClusteringEvaluation;
import news.parallax.eval.EcbPlus;
import news.parallax.eval.MultiNews;
import news.parallax.eval.SemEvalPairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax eval clustering}: B-cubed on ECB+, pair correlation on SemEval-2022 Task 8. */
@Command(name = "clustering", mixinStandardHelpOptions = true,
    description = "Score story clustering: event- and topic-level B-cubed on an ECB+ folder; "
        + "Pearson r and ROC AUC of pair similarity on a SemEval-2022 Task 8 pairs folder.")
final class EvalClusteringCommand implements Callable<Integer> {

  @Option(names = "--dataset", paramLabel = "DIR", required = true,
      description = "An ECB+ folder (topic folders of N_Mecb.xml / N_Mecbplus.xml), a folder "
          + "holding training_set.csv (SemEval-2022 Task 8 pairs) or a Multi-News folder (holding "
          + "sample_validation.csv); repeat for several.")
  List<Path> datasets;

  @Option(names = "--threshold", paramLabel = "X",
      description = "Join threshold (default: " + ClusterSettings.THRESHOLD + ").")
  Double threshold;

  @Option(names = "--merge-threshold", paramLabel = "X",
      description = "Story merge threshold, 1 = off (default: " + ClusterSettings.MERGE_THRESHOLD + ").")
  Double mergeThreshold;

  @Option(names = "--refine-passes", paramLabel = "N",
      description = "Passes reassigning open stories' members to their closest centroid, 0 = off"
          + " (default: " + ClusterSettings.REFINE_PASSES + ").")
  Integer refinePasses;

  @Option(names = "--distractors", paramLabel = "CSV",
      description = "With an ECB+ folder, also cluster ECB+ mixed with the English articles of this "
          + "SemEval-2022 Task 8 pairs file (training_set.csv or its folder), articles no ECB+ "
          + "document covers, and score the mixed stream.")
  Path distractors;

  @Mixin
  EmbeddingOptions embedding;

  @Override
  public Integer call() {
    ClusterSettings settings = threshold == null ? ClusterSettings.DEFAULT
        : ClusterSettings.DEFAULT.withThreshold(threshold);
    if (mergeThreshold != null) {
      settings = settings.withMergeThreshold(mergeThreshold);
    }
    if (refinePasses != null) {
      settings = settings.withRefinePasses(refinePasses);
    }
    try {
      settings = embedding.apply(settings);
    } catch (EmbeddingOptions.Unloadable e) {
      return Main.USAGE;
    }
    Parallax parallax = Parallax.create();
    int status = Main.OK;
    for (Path d : datasets) {
      if (!Files.isDirectory(d) && !Files.isRegularFile(d)) {
        Terminal.ERR.println("parallax: " + d + ": no such file or folder");
        status = Main.USAGE;
        continue;
      }
      Path csv = Files.isRegularFile(d) ? d : d.resolve("training_set.csv");
      long t0 = System.nanoTime();
      try {
        if (MultiNews.isMultiNews(d)) {
          ClusteringEvaluation.MultiNewsScores m = ClusteringEvaluation.multiNews(
              MultiNews.read(d), parallax::analyze, settings);
          System.out.printf(Locale.ROOT, "multinews %s: %d articles, %d events in one undated"
              + " stream (mean of %d shuffled orders)%n", d, m.documents(), m.events(),
              ClusteringEvaluation.SHUFFLES);
          print("event level, all rows", m.all());
          print("odd rows", m.odd());
          print("even rows", m.even());
          System.out.printf(Locale.ROOT, "  events split over several stories (mean): %.1f%n",
              m.split());
          System.out.printf(Locale.ROOT, "  TF-IDF single-pass baseline, threshold %.2f (best on"
              + " the odd rows):%n", m.baselineThreshold());
          print("baseline, all rows", m.baseline());
          print("baseline, odd rows", m.baselineOdd());
          print("baseline, even rows", m.baselineEven());
        } else if (Files.isRegularFile(csv)) {
          List<SemEvalPairs.Pair> pairs = SemEvalPairs.read(csv);
          ClusteringEvaluation.PairScores s = ClusteringEvaluation.semEval(pairs, parallax::analyze,
              settings);
          System.out.printf(Locale.ROOT, "semeval22-pairs %s: %d original-language pairs%n", csv,
              s.pairs());
          System.out.printf(Locale.ROOT, "  pearson r (similarity vs Overall) %.3f  |r| %.3f%n",
              s.pearson(), Math.abs(s.pearson()));
          System.out.printf(Locale.ROOT, "  pearson r of the raw cosine (before the square root) %.3f%n",
              s.pearsonRawCosine());
          System.out.printf(Locale.ROOT, "  roc auc (same story: Overall <= %.0f) %.3f%n",
              ClusteringEvaluation.SAME_STORY_OVERALL, s.rocAuc());
          s.pearsonByLanguages().forEach((k, v) ->
              System.out.printf(Locale.ROOT, "    %-6s r %.3f%n", k, v));
          List<SemEvalPairs.Pair> translated = SemEvalPairs.readTranslated(csv);
          List<SemEvalPairs.Pair> both = new java.util.ArrayList<>(pairs);
          both.addAll(translated);
          ClusteringEvaluation.StreamScores st = ClusteringEvaluation.crossLanguageStream(both,
              parallax::analyze, settings);
          System.out.printf(Locale.ROOT, "  cross-language stream: %d articles of %d same-story"
              + " pairs (Overall <= %.1f) and %d different pairs (Overall >= %.1f), original and"
              + " translated, one undated stream (mean of %d orders):%n", st.articles(),
              st.samePairs(), ClusteringEvaluation.DISTRACTOR_SAME_STORY, st.differentPairs(),
              ClusteringEvaluation.STREAM_DIFFERENT, ClusteringEvaluation.SHUFFLES);
          System.out.printf(Locale.ROOT, "    same-story pairs in one story %.1f%% (zh-en, %d"
              + " pairs: %.1f%%); different pairs merged %.1f%%%n", 100 * st.sameJoined(),
              st.zhEnSamePairs(), 100 * st.zhEnJoined(), 100 * st.differentMerged());
          if (!translated.isEmpty()) {
            ClusteringEvaluation.PairScores t = ClusteringEvaluation.semEval(translated,
                parallax::analyze, settings);
            System.out.printf(Locale.ROOT, "  %d machine-translated pairs (for information; they"
                + " check the cross-lingual path): r %.3f, roc auc %.3f%n", t.pairs(),
                t.pearson(), t.rocAuc());
            t.pearsonByLanguages().forEach((k, v) ->
                System.out.printf(Locale.ROOT, "    %-6s r %.3f%n", k, v));
          }
        } else if (hasEcb(d)) {
          List<EcbPlus.Doc> docs = EcbPlus.read(d);
          ClusteringEvaluation.EcbScores s = ClusteringEvaluation.ecbPlus(docs, parallax::analyze,
              settings);
          System.out.printf(Locale.ROOT,
              "ecbplus %s: %d documents, %d events, %d topics, threshold %.2f%n", d, s.documents(),
              s.events(), s.topics(), settings.threshold());
          print("event level (mean of " + ClusteringEvaluation.SHUFFLES + " shuffled orders)",
              s.event());
          print("topic level (same orders, for information)", s.topic());
          print("event level, corpus file order (halves interleaved)", s.corpusOrderEvent());
          print("topic level, corpus file order", s.corpusOrderTopic());
          print("event level, dated streams read at the end (mean of "
              + ClusteringEvaluation.SHUFFLES + ")", s.datedEvent());
          print("same streams, read every " + ClusteringEvaluation.READ_EVERY + " articles too",
              s.datedEventReadOften());
          System.out.printf(Locale.ROOT, "  stories found (mean): %d%n", s.stories());
          ClusteringEvaluation.EcbScores t = ClusteringEvaluation.ecbPlus(EcbPlus.withTitles(docs),
              parallax::analyze, settings);
          System.out.println("  first sentence as the title, the rest as the body (as a user's JSON"
              + " lines give an article):");
          print("event level (mean of " + ClusteringEvaluation.SHUFFLES + " shuffled orders)",
              t.event());
          print("event level, corpus file order", t.corpusOrderEvent());
          if (distractors != null) {
            Path dcsv = Files.isDirectory(distractors) ? distractors.resolve("training_set.csv")
                : distractors;
            ClusteringEvaluation.DistractorScores m = ClusteringEvaluation.ecbPlusWithDistractors(
                docs, SemEvalPairs.read(dcsv), parallax::analyze, settings);
            System.out.printf(Locale.ROOT, "  with %d English SemEval articles as distractors (%s):%n",
                m.distractors(), dcsv);
            print("all articles, event level (mean of " + ClusteringEvaluation.SHUFFLES
                + " shuffled orders)", m.all());
            print("ECB+ articles only, in the mixed stream", m.ecbOnly());
            System.out.printf(Locale.ROOT,
                "  distractors in an ECB+ story (mean): %.1f; in a story of several: %.1f%n",
                m.intoEcbStories(), m.notAlone());
          }
        } else {
          Terminal.ERR.println("parallax: " + d + ": neither an ECB+ folder nor a folder with"
              + " training_set.csv");
          status = Main.USAGE;
          continue;
        }
      } catch (RuntimeException e) {
        Terminal.ERR.println("parallax: " + d + ": " + e.getMessage());
        status = 1;
        continue;
      }
      System.out.printf(Locale.ROOT, "  (%.1f s including analysis)%n",
          (System.nanoTime() - t0) / 1e9);
    }
    return status;
  }

  private static void print(String label, BCubed b) {
    System.out.printf(Locale.ROOT, "  %-55s P %.3f  R %.3f  F1 %.3f%n", label, b.precision(),
        b.recall(), b.f1());
  }

  private static boolean hasEcb(Path d) {
    try (Stream<Path> s = Files.walk(d)) {
      return s.anyMatch(p -> p.getFileName().toString().matches("\\d+_\\d+ecb(plus)?\\.xml"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
