package news.parallax.flink;

import news.parallax.extract.ExtractionException;
import news.parallax.model.Article;
import news.parallax.model.Page;
import org.apache.flink.api.common.functions.MapFunction;

/** The first per-article stages, at any parallelism: extraction and language ({@code Recipe.extract}). */
final class ExtractStage implements MapFunction<PageInput, Extracted> {
  @Override
  public Extracted map(PageInput in) {
    if (in.page() == null) {
      return new Extracted(in.seq(), null, null, in.source(), in.reason());
    }
    long t = System.nanoTime();
    Page p = Payloads.page(in.page());
    try {
      Article a = Recipes.standard().extract(p);
      return new Extracted(in.seq(), in.page(), Payloads.json(a), null, null);
    } catch (ExtractionException e) {
      return new Extracted(in.seq(), in.page(), null, p.source(), e.getMessage());
    } catch (RuntimeException e) {
      return new Extracted(in.seq(), in.page(), null, p.source(), "internal error: " + e);
    } finally {
      StageClock.since(StageClock.Stage.EXTRACT, t);
    }
  }
}
