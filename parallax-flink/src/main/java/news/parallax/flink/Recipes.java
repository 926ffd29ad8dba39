package news.parallax.flink;

import news.parallax.Recipe;

/**
 * The recipe every operator of the job runs, loaded once per task manager process: its stages
 * are safe to share between threads, and their models are large.
 */
final class Recipes {
  private static Recipe standard;

  private Recipes() {}

  static synchronized Recipe standard() {
    if (standard == null) {
      standard = Recipe.standard();
    }
    return standard;
  }
}
