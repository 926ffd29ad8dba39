package news.parallax.flink;

import java.util.List;
import news.parallax.Recipe;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Story;
import news.parallax.model.StoryView;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * The per-story stages, keyed by story id at any parallelism: entity linking, quote grouping,
 * fact comparison, duplicates and brief ({@code Recipe.view}).
 */
final class ViewStage implements MapFunction<StoryWork, StoreWrite> {
  @Override
  public StoreWrite map(StoryWork w) {
    if (w.members() == null) {
      return new StoreWrite(StoreWrite.Kind.GONE, w.storyId(), 0, 0, null, null);
    }
    long t = System.nanoTime();
    StoryMembers m = Payloads.json(w.members(), StoryMembers.class);
    // members in corpus order, as Recipe.cluster gives them to the per-story stages
    List<AnalyzedArticle> members = m.members().stream().sorted(Recipe.CORPUS_ORDER).toList();
    Story story = new Story(m.story().id(), members.stream().map(AnalyzedArticle::id).toList());
    StoryView v = Recipes.standard().view(story, members);
    StoreWrite out = new StoreWrite(StoreWrite.Kind.STORY, w.storyId(), 0, 0, null,
        Payloads.json(new StoryResult(v, m.members(), m.seqs())));
    StageClock.since(StageClock.Stage.VIEWS, t);
    return out;
  }
}
