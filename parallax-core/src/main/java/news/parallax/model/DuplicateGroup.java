package news.parallax.model;

import java.util.List;

/**
 * Text shared between articles: a whole syndicated article, or paragraphs copied from one
 * article into another.
 *
 * @param original the article where the text appears first (by input order)
 * @param copies the articles that carry it too
 * @param paragraphs for paragraph copies, the pairs (copy article, paragraph index, original
 *     paragraph index); empty when the whole document is a duplicate
 */
public record DuplicateGroup(String original, List<String> copies, List<CopiedParagraph> paragraphs) {
  public DuplicateGroup {
    copies = List.copyOf(copies);
    paragraphs = List.copyOf(paragraphs);
  }

  /** A paragraph of {@code article} that repeats paragraph {@code originalParagraph}. */
  public record CopiedParagraph(String article, int paragraph, int originalParagraph, double similarity) {}

  public boolean wholeDocument() {
    return paragraphs.isEmpty();
  }
}
