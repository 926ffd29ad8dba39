package news.parallax.flink;

/**
 * A story the clusterer changed or dissolved, for the per-story stages keyed by its id.
 *
 * @param storyId the story
 * @param members the story and its members ({@link StoryMembers} as {@link Payloads#json}),
 *     null when the story is gone
 */
public record StoryWork(String storyId, byte[] members) {}
