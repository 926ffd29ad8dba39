package news.parallax.model;

/**
 * A checkable fact stated in one article: a value of some attribute of the story.
 *
 * @param span the value's span in the article text
 * @param sentence the span of the sentence it was read from
 * @param attribute normalized key of what the value is about ("talks.duration")
 * @param label a readable name for the attribute ("duration of the talks")
 * @param low the lower bound of the value, in {@code unit}
 * @param high the upper bound of the value, in {@code unit} (equal to low for exact values)
 * @param unit the normalized unit ("min", "people", "utc", "usd", "%")
 * @param qualifier how the text hedged it ("about", "more than"), or "" when exact
 * @param text the value as written
 */
public record Claim(
    Span span,
    Span sentence,
    String attribute,
    String label,
    double low,
    double high,
    String unit,
    String qualifier,
    String text) {}
