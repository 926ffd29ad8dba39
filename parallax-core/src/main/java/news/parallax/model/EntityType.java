package news.parallax.model;

/** The kinds of named things Parallax tracks. */
public enum EntityType {
  PERSON, PLACE, ORGANIZATION, OTHER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
