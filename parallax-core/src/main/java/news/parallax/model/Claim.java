package news.parallax.model;

/**
 * A checkable fact stated in one article: a value of some attribute of the story.
 *
 * <p>Hedged values are intervals: "about three hours" is {@code [162, 198]} minutes, "more than
 * 2,000 people" is {@code [2000, 2500]}; an exact value has {@code low == high}.
 *
 * @param span the value's span in the article text (with its hedge, when it has one)
 * @param sentence the span of the sentence it was read from
 * @param attribute normalized key of what the value is about ("talks.duration")
 * @param label a readable name for the attribute ("duration of the talks")
 * @param low the lower bound of the value, in {@code unit}
 * @param high the upper bound of the value, in {@code unit}
 * @param unit the normalized unit: "min" (durations), "people", a currency code ("USD"), "%",
 *     "m" (distances), "M" (magnitude), "utc" or "clock" (minute of the day, with or without a
 *     known time zone), "date" (yyyymmdd), "monthday" (mmdd, year unknown), "ordinal", "year"
 * @param qualifier the hedge as written ("about", "约"), or "" when exact
 * @param text the value as written
 * @param normalized the stated value in normal form ("2 h 40 min", "2025-08-15T19:30Z")
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
    String text,
    String normalized) {}
