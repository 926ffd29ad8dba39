package news.parallax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.cluster.StoryChanges;
import news.parallax.cluster.StoryClusterer;
import news.parallax.extract.Extractor;
import news.parallax.extract.SiteMemory;
import news.parallax.internal.Hashing;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;

/**
 * A corpus held in memory for one process: site chrome is learnt from the articles it has
 * admitted, an id given twice is made unique with the article's source.
 */
final class MemoryCorpus implements Corpus {
  private final StoryClusterer clusterer;
  private final SiteMemory.Learned sites = SiteMemory.learned();
  private final Set<String> ids = new HashSet<>();
  private final Map<String, AnalyzedArticle> members = new HashMap<>();

  MemoryCorpus(StoryClusterer clusterer) {
    this.clusterer = clusterer;
  }

  @Override
  public List<Article> admit(List<Article> batch) {
    batch.forEach(sites::learn);
    List<Article> clean = Extractor.withoutSiteChrome(batch, sites);
    List<Article> out = new ArrayList<>(clean.size());
    for (Article a : clean) {
      if (!ids.add(a.id())) {
        a = a.withId(Hashing.id(a.id() + "\u0000" + a.source()));
        ids.add(a.id());
      }
      out.add(a);
    }
    return out;
  }

  @Override
  public void add(AnalyzedArticle article) {
    members.put(article.id(), article);
    clusterer.add(article);
  }

  @Override
  public StoryChanges read() {
    return clusterer.changes();
  }

  @Override
  public AnalyzedArticle member(String id) {
    return members.get(id);
  }
}
