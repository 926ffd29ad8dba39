package news.parallax.cluster;

import java.util.List;
import news.parallax.model.Story;

/**
 * What a read of the clusterer changed since the read before: the stories that are new or
 * whose members changed, and the ids of stories that no longer exist (merged, emptied, or
 * renamed because their earliest member moved).
 *
 * @param changed stories with new members, largest first
 * @param gone ids of stories that are gone
 */
public record StoryChanges(List<Story> changed, List<String> gone) {
  public StoryChanges {
    changed = List.copyOf(changed);
    gone = List.copyOf(gone);
  }
}
