package news.parallax.flink;

import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/** The per-article analysis stages, at any parallelism: text, entities, quotes, claims ({@code Recipe.analyze}). */
final class AnalyzeStage extends RichMapFunction<Admitted, Analyzed> implements CheckpointListener {
  private final Fault fault;
  private transient int checkpoints;

  AnalyzeStage(Fault fault) {
    this.fault = fault;
  }

  @Override
  public Analyzed map(Admitted x) {
    if (x.isEnd()) {
      return new Analyzed(x.aseq(), x.batch(), null, 0, null, true, x.pages(), x.errors(), null, null);
    }
    fault.before(x.aseq(), getRuntimeContext().getTaskInfo().getAttemptNumber(), checkpoints);
    long t = System.nanoTime();
    Article a = Payloads.json(x.article(), Article.class);
    try {
      AnalyzedArticle analyzed = Recipes.standard().analyze(a);
      return new Analyzed(x.aseq(), x.batch(), Payloads.json(analyzed), x.revision(),
          x.pageHash(), false, 0, 0, null, null);
    } catch (RuntimeException e) {
      return new Analyzed(x.aseq(), x.batch(), null, x.revision(), x.pageHash(), false, 0, 0,
          a.source(), "internal error: " + e);
    } finally {
      StageClock.since(StageClock.Stage.ANALYZE, t);
    }
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    checkpoints++;
  }
}
