package news.parallax.entity;

import java.util.List;
import news.parallax.model.AnalyzedArticle;

/**
 * Links the mentions of a story's articles into canonical entities across spellings, scripts
 * and languages, keeping the evidence of every merge.
 */
public interface EntityLinker {

  /** The entities of the given articles (one story). */
  LinkedEntities link(List<AnalyzedArticle> articles);

  /** Surname, spelling-variant and dictionary-translation evidence. */
  static EntityLinker standard() {
    return new EvidenceEntityLinker();
  }
}
