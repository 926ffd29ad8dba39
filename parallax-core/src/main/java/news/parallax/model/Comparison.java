package news.parallax.model;

import java.util.List;

/**
 * The claims of a story's articles on one attribute, and whether they agree.
 *
 * @param attribute the normalized attribute key ("talks.duration")
 * @param label a readable name for it
 * @param verdict how all the claims relate
 * @param claims every claim on the attribute, cited, in article order
 * @param inconsistent ids of the articles whose own claims on the attribute cannot all be true
 */
public record Comparison(String attribute, String label, Verdict verdict, List<Cited> claims,
    List<String> inconsistent) {

  public Comparison {
    claims = List.copyOf(claims);
    inconsistent = List.copyOf(inconsistent);
  }

  /** How the claims relate. */
  public enum Verdict {
    /** Every claim states the same value with the same hedge. */
    AGREE,
    /** The values differ but their intervals share a point. */
    COMPATIBLE,
    /** No single value satisfies every claim. */
    DIFFER;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A claim with the article it was read from. */
  public record Cited(String article, Claim claim) {}
}
