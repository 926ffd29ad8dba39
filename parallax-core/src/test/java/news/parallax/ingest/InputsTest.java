package news.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import news.parallax.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class InputsTest {
  @TempDir
  Path dir;

  private static Path fixture(String name) {
    try {
      return Path.of(InputsTest.class.getResource("/ingest/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Collected read(Path... paths) {
    Collected c = new Collected();
    Inputs.standard().read(List.of(paths), c);
    return c;
  }

  @Test
  void htmlFileIsOnePage() {
    Collected c = read(fixture("harbour-bridge-reopens.html"));
    assertEquals(1, c.pages.size());
    assertEquals(Page.Format.HTML, c.pages.get(0).format());
    assertTrue(c.errors.isEmpty());
  }

  @Test
  void jsonLinesGiveOnePageALineAndReportBadLinesByNumber() {
    Collected c = read(fixture("articles.jsonl"));
    assertEquals(2, c.pages.size());
    Page text = c.pages.get(0);
    assertEquals(Page.Format.ARTICLE_TEXT, text.format());
    assertEquals("Valley News", text.hints().outlet());
    assertTrue(text.source().endsWith("articles.jsonl#1"));
    assertEquals(Page.Format.HTML, c.pages.get(1).format());
    assertEquals(2, c.errors.size());
    assertTrue(c.errorFor("#3").startsWith("malformed JSON"), c.errors.toString());
    assertTrue(c.errorFor("#4").contains("neither"), c.errors.toString());
  }

  @Test
  void directoriesAreWalkedInNameOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "Second page title\nSome text of the second page.");
    Files.writeString(dir.resolve("a.txt"), "First page title\nSome text of the first page.");
    Files.writeString(dir.resolve(".hidden.txt"), "not a page");
    Collected c = read(dir);
    assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString()),
        c.pages.stream().map(Page::source).toList());
  }

  @Test
  void gzippedFilesAreReadByTheirInnerName() throws IOException {
    byte[] html = Files.readAllBytes(fixture("harbour-bridge-reopens.html"));
    Path gz = dir.resolve("page.html.gz");
    Files.write(gz, gzip(html));
    Collected c = read(gz);
    assertEquals(1, c.pages.size());
    assertEquals(Page.Format.HTML, c.pages.get(0).format());
    assertTrue(Arrays.equals(html, c.pages.get(0).body()));
  }

  @Test
  void truncatedGzipIsReportedAndTheRunGoesOn() throws IOException {
    byte[] gz = gzip(Files.readAllBytes(fixture("harbour-bridge-reopens.html")));
    Path bad = dir.resolve("cut.html.gz");
    Files.write(bad, Arrays.copyOf(gz, gz.length / 2));
    Files.writeString(dir.resolve("good.txt"), "A title line\nA body line that is long enough to keep.");
    Collected c = read(dir);
    assertEquals(1, c.pages.size());
    assertTrue(c.errorFor("cut.html.gz").startsWith("truncated gzip"), c.errors.toString());
  }

  @Test
  void emptyBinaryAndMissingInputsAreReportedWithTheirReason() throws IOException {
    Files.write(dir.resolve("empty.html"), new byte[0]);
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    junk[10] = 0;
    Files.write(dir.resolve("junk.bin"), junk);
    Collected c = read(dir, dir.resolve("missing.html"));
    assertTrue(c.pages.isEmpty());
    assertEquals("empty file", c.errorFor("empty.html"));
    assertTrue(c.errorFor("junk.bin").startsWith("binary content"), c.errors.toString());
    assertEquals("no such file or directory", c.errorFor("missing.html"));
  }

  @Test
  void oversizedFilesAreRefused() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "x".repeat(2000));
    Collected c = new Collected();
    Inputs.standard().withMaxBytes(1000).read(List.of(big), c);
    assertTrue(c.errorFor("big.txt").startsWith("too large"), c.errors.toString());
  }

  @Test
  void warcResponsesBecomePagesNamedByRecordAndOtherRecordsAreSkipped() throws IOException {
    byte[] html = Files.readAllBytes(fixture("harbour-bridge-reopens.html"));
    Path warc = dir.resolve("crawl.warc.gz");
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(plain)) {
      w.write(response("https://coastal-herald.example/a", "text/html; charset=utf-8", html));
      w.write(response("https://coastal-herald.example/logo.png", "image/png", new byte[] {1, 2, 3}));
      w.write(response("https://coastal-herald.example/b", "text/html", html));
    }
    Files.write(warc, gzip(plain.toByteArray()));
    Collected c = read(warc);
    assertEquals(2, c.pages.size(), c.errors.toString());
    assertTrue(c.pages.get(0).source().endsWith("crawl.warc.gz#1"));
    assertTrue(c.pages.get(1).source().endsWith("crawl.warc.gz#3"));
    assertEquals("https://coastal-herald.example/a", c.pages.get(0).hints().url());
    assertEquals(StandardCharsets.UTF_8, c.pages.get(0).charset());
  }

  @Test
  void malformedWarcKeepsTheRecordsBeforeTheFault() throws IOException {
    byte[] html = Files.readAllBytes(fixture("harbour-bridge-reopens.html"));
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(plain)) {
      w.write(response("https://coastal-herald.example/a", "text/html", html));
    }
    plain.write("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path warc = dir.resolve("broken.warc");
    Files.write(warc, plain.toByteArray());
    Collected c = read(warc);
    assertEquals(1, c.pages.size());
    String reason = c.errorFor("broken.warc#2");
    assertNotNull(reason, c.errors.toString());
    assertTrue(reason.startsWith("malformed WARC record"), reason);
  }

  @Test
  void feedItemsBecomePagesWithTheirLinkTitleDateAndTheFeedAsOutlet() {
    Collected c = read(fixture("coastal-herald.rss"));
    assertEquals(1, c.pages.size(), c.errors.toString());
    Page p = c.pages.get(0);
    assertEquals(Page.Format.HTML, p.format());
    assertTrue(p.source().endsWith("coastal-herald.rss#1"));
    assertEquals("https://coastal-herald.example/news/harbour-bridge-reopens", p.hints().url());
    assertEquals("Coastal Herald", p.hints().outlet());
    assertEquals("Harbour bridge reopens after three-week repair", p.hints().title());
    assertTrue(new String(p.body(), StandardCharsets.UTF_8).contains("<p>The harbour bridge"));
    assertEquals("feed item without content", c.errorFor("coastal-herald.rss#2"));
  }

  @Test
  void binaryReasonAcceptsTextAndUtf16() {
    assertNull(Inputs.binaryReason("plain text\n".getBytes(StandardCharsets.UTF_8)));
    assertNull(Inputs.binaryReason("\uFEFFtext".getBytes(StandardCharsets.UTF_16BE)));
  }

  private static WarcResponse response(String url, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).body(http).build();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
