package news.parallax.extract;

/** A page from which no article could be extracted, with the reason. */
public class ExtractionException extends Exception {
  public ExtractionException(String reason) {
    super(reason);
  }
}
