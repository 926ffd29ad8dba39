package news.parallax.entity;

import java.util.List;
import java.util.Map;
import news.parallax.model.Entity;

/**
 * A story's entities, and which entity each article-local mention key belongs to.
 */
public record LinkedEntities(List<Entity> entities, Map<String, String> byArticleKey) {

  public LinkedEntities {
    entities = List.copyOf(entities);
    byArticleKey = Map.copyOf(byArticleKey);
  }

  /** The entity id of a mention key in an article, or null. */
  public String entityOf(String articleId, String key) {
    return key == null ? null : byArticleKey.get(articleId + "\u0000" + key);
  }

  /** The entity with the id, or null. */
  public Entity get(String id) {
    for (Entity e : entities) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }

  static String articleKey(String articleId, String key) {
    return articleId + "\u0000" + key;
  }
}
