package news.parallax.model;

/** An input that could not be read or cleaned, and why. */
public record InputError(String source, String reason) {}
