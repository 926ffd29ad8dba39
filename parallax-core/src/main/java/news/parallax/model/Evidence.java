package news.parallax.model;

/**
 * Why a value was chosen: which signal gave it ("json-ld", "meta:og:title", "first-line") and
 * an optional detail.
 */
public record Evidence(String field, String signal, String detail) {}
