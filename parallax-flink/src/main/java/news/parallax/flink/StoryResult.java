package news.parallax.flink;

import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.StoryView;

/** A story's view as the per-story stages made it, with its members, for the store. */
record StoryResult(StoryView view, List<AnalyzedArticle> members, Map<String, Long> seqs) {}
