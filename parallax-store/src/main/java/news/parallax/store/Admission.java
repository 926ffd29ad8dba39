package news.parallax.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.parallax.internal.Hashing;
import news.parallax.model.Article;

/**
 * Which articles of a batch join the corpus, given what is held: an article whose id is held
 * with the same title and text is unchanged (left out), with another text it is a new revision,
 * else it is new; a second text of one address within a batch replaces the first. The store's
 * ingest and the scale-out job decide alike with it, each asking its own memory what is held.
 *
 * <pre>{@code
 * Admission batch = new Admission(id -> held.get(id));
 * List<Article> joining = batch.admit(cleanArticles);
 * }</pre>
 */
public final class Admission {
  /** What the corpus holds of an article: its current revision and that revision's text hash. */
  public record Held(int revision, String textHash) {}

  /** What admit decided for an article of the batch. */
  public record Admitted(Article article, int revision, String textHash) {
    /** Whether it is the article's first text (clustered), not a revision. */
    public boolean isNew() {
      return revision == 1;
    }
  }

  /** Looks up what is held of an article id, or null. */
  @FunctionalInterface
  public interface Memory {
    Held held(String id);
  }

  private final Memory memory;
  private final Map<String, Admitted> admitted = new LinkedHashMap<>();
  private final Map<String, String> unchanged = new HashMap<>();

  public Admission(Memory memory) {
    this.memory = memory;
  }

  /** The articles (cleaned of site chrome, in input order) that join: new ones and revisions. */
  public List<Article> admit(List<Article> clean) {
    List<Article> out = new ArrayList<>();
    for (Article a : clean) {
      String hash = textHash(a);
      Admitted before = admitted.get(a.id());
      int revision;
      String currentHash;
      if (before != null) {
        revision = before.revision();
        currentHash = before.textHash();
      } else {
        Held held = memory.held(a.id());
        revision = held == null ? 0 : held.revision();
        currentHash = held == null ? null : held.textHash();
      }
      if (hash.equals(currentHash)) {
        unchanged.put(a.source(), a.id());
        continue;
      }
      Admitted x = new Admitted(a, before != null ? before.revision() : revision + 1, hash);
      if (before != null) {
        out.removeIf(o -> o.id().equals(a.id()));
      }
      admitted.put(a.id(), x);
      out.add(a);
    }
    return out;
  }

  /** Admits articles analyzed elsewhere, all as new. */
  void admitNew(Article a) {
    admitted.put(a.id(), new Admitted(a, 1, textHash(a)));
  }

  /** This batch's admitted articles by id, in input order. */
  public Map<String, Admitted> admitted() {
    return admitted;
  }

  /** This batch: the page source of each article held unchanged, to the article's id. */
  public Map<String, String> unchanged() {
    return unchanged;
  }

  /** The hash an article's revision is compared by: its title and text. */
  public static String textHash(Article a) {
    return Hashing.id((a.title() == null ? "" : a.title()) + "\u0000" + a.text());
  }
}
