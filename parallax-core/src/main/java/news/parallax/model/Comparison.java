package news.parallax.model;

import java.util.List;

/**
 * The claims of a story's articles on one attribute, and whether they agree.
 */
public record Comparison(String attribute, String label, Verdict verdict, List<Cited> claims) {

  public Comparison {
    claims = List.copyOf(claims);
  }

  /** How the claims relate. */
  public enum Verdict {
    AGREE, COMPATIBLE, DIFFER;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A claim with the article it was read from. */
  public record Cited(String article, Claim claim) {}
}
