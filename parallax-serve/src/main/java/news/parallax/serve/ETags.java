package news.parallax.serve;

/** Reads an If-None-Match header (RFC 9110): a list of entity tags, weak or strong, or {@code *}. */
final class ETags {
  private ETags() {}

  /** A strong entity tag for a body: its {@link #hash}, quoted. */
  static String of(byte[] body) {
    return "\"" + hash(body) + "\"";
  }

  /** 16 hex digits of the SHA-256 of the bytes. */
  static String hash(byte[] body) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(body);
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the header names the tag (compared weakly, as If-None-Match does). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*")) {
        return true;
      }
      if (c.startsWith("W/")) {
        c = c.substring(2);
      }
      if (c.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
