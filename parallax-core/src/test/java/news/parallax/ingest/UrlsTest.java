package news.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void oneArticleByManyLinksIsOneUrl() {
    String canonical = "https://example.com/news/summit?id=7";
    assertEquals(canonical, Urls.canonical("HTTPS://Example.COM:443/news/../news/summit?id=7#comments"));
    assertEquals(canonical, Urls.canonical("https://example.com/news/summit?utm_source=tw&id=7&utm_medium=social"));
    assertEquals(canonical, Urls.canonical("https://example.com/news/summit?id=7&fbclid=IwAR0x&gclid=abc"));
    assertEquals(canonical, Urls.canonical(" https://example.com/news/summit?id=7&mc_cid=1&mc_eid=2 "));
    assertEquals("http://example.com/", Urls.canonical("http://example.com:80"));
    assertEquals("http://example.com:8080/a", Urls.canonical("http://EXAMPLE.com:8080/a?"));
  }

  @Test
  void parametersThatMayMatterAreKeptInOrder() {
    assertEquals("https://example.com/a?page=2&id=7", Urls.canonical("https://example.com/a?page=2&id=7"));
    assertEquals("https://example.com/a?utmost=1", Urls.canonical("https://example.com/a?utmost=1"));
  }

  @Test
  void otherAddressesAreOnlyTrimmed() {
    assertEquals("ftp://Example.com/x", Urls.canonical(" ftp://Example.com/x "));
    assertEquals("/relative/path", Urls.canonical("/relative/path"));
    assertEquals("http://bad host/%%", Urls.canonical("http://bad host/%%"));
    assertNull(Urls.canonical(null));
    assertTrue(Urls.isWeb("HTTP://x.org"));
    assertFalse(Urls.isWeb("javascript:alert(1)"));
    assertEquals("example.com", Urls.host("https://Example.com/a"));
  }
}
