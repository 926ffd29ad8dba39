package news.parallax.flink;

import java.io.Serializable;

/**
 * A failure to inject before the analysis of an article, for tests of recovery; {@link #NONE}
 * in every real run.
 */
interface Fault extends Serializable {
  Fault NONE = (aseq, attempt, checkpoints) -> { };

  /**
   * Called before an article is analyzed; throws to fail the task.
   *
   * @param aseq the article's place in the order the clusterer reads
   * @param attempt the task's attempt number, 0 before any restart
   * @param checkpoints the checkpoints this task has seen complete
   */
  void before(long aseq, int attempt, int checkpoints);
}
