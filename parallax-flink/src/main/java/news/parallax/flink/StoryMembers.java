package news.parallax.flink;

import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Story;

/**
 * A changed story with what its per-story stages and its store row need: the members'
 * analyses in the story's order and each member's arrival order.
 */
record StoryMembers(Story story, List<AnalyzedArticle> members, Map<String, Long> seqs) {}
