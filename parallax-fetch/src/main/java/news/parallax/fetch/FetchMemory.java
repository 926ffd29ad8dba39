package news.parallax.fetch;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each URL's validators between fetches, for conditional requests. A store keeps them
 * across runs; {@link #inMemory()} keeps them for one process.
 */
public interface FetchMemory {
  /** The validators last seen for a URL, or {@link Validators#NONE}. */
  Validators validators(String url);

  /** Records what a server said about a URL. */
  void remember(String url, Validators validators);

  /** A memory for one process. */
  static FetchMemory inMemory() {
    ConcurrentHashMap<String, Validators> map = new ConcurrentHashMap<>();
    return new FetchMemory() {
      @Override
      public Validators validators(String url) {
        return map.getOrDefault(url, Validators.NONE);
      }

      @Override
      public void remember(String url, Validators v) {
        map.put(url, v);
      }
    };
  }
}
