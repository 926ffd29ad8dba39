package news.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import news.parallax.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives are streamed record by record: the size limit is per payload, not per file. */
class WarcStreamTest {
  private static final int RECORDS = 120;
  private static final int LIMIT = 16 * 1024;

  @TempDir
  Path dir;

  /** A distinct page of about 4 KB for record {@code i}. */
  private static byte[] page(int i) {
    String paragraph = "<p>Report number " + i + " on the harbour works, line after line.</p>\n";
    return ("<html><head><title>Report " + i + "</title></head><body>"
        + paragraph.repeat(4096 / paragraph.length()) + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static WarcResponse response(int i, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), body).build();
    return new WarcResponse.Builder(URI.create("https://coastal-herald.example/report/" + i))
        .body(http).build();
  }

  /** Writes records 1..n, record {@code big} with a payload over the limit (0 for none). */
  private Path write(String name, WarcCompression compression, int n, int big) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE); WarcWriter w = new WarcWriter(out, compression)) {
      for (int i = 1; i <= n; i++) {
        w.write(response(i, i == big ? "x".repeat(LIMIT + 1).getBytes(StandardCharsets.US_ASCII)
            : page(i)));
      }
    }
    return file;
  }

  private Collected read(Path file) {
    Collected c = new Collected();
    Inputs.standard().withMaxBytes(LIMIT).read(List.of(file), c);
    return c;
  }

  private static List<String> names(Collected c) {
    return c.pages.stream().map(p -> p.source().substring(p.source().lastIndexOf('#') + 1))
        .toList();
  }

  private static List<String> numbers(int from, int to, int skip) {
    List<String> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      if (i != skip) {
        out.add(String.valueOf(i));
      }
    }
    return out;
  }

  @Test
  void archiveLargerThanTheLimitIsReadWholeWhenEachPayloadFits() throws IOException {
    Path warc = write("crawl.warc", WarcCompression.NONE, RECORDS, 0);
    assertTrue(Files.size(warc) > 20L * LIMIT, "the archive must exceed the limit many times");
    Collected c = read(warc);
    assertTrue(c.errors.isEmpty(), c.errors.toString());
    assertEquals(numbers(1, RECORDS, 0), names(c));
    Page last = c.pages.get(RECORDS - 1);
    assertArrayEquals(page(RECORDS), last.body());
    assertEquals("https://coastal-herald.example/report/" + RECORDS, last.hints().url());
  }

  @Test
  void perRecordGzipMembersAreStreamedAndAnOversizedPayloadIsSkipped() throws IOException {
    Path warc = write("crawl.warc.gz", WarcCompression.GZIP, RECORDS, 7);
    Collected c = read(warc);
    assertEquals(numbers(1, RECORDS, 7), names(c));
    assertEquals(1, c.errors.size(), c.errors.toString());
    assertEquals(warc + "#7", c.errors.get(0).source());
    assertEquals("record payload too large: " + (LIMIT + 1) + " bytes, limit " + LIMIT,
        c.errors.get(0).reason());
    assertArrayEquals(page(8), c.pages.get(6).body());
  }

  @Test
  void oneGzipStreamForTheWholeArchiveIsReadLikePerRecordMembers() throws IOException {
    Path plain = write("plain.warc", WarcCompression.NONE, RECORDS, 0);
    Path gz = dir.resolve("whole.warc.gz");
    Files.write(gz, gzip(Files.readAllBytes(plain)));
    Collected c = read(gz);
    assertTrue(c.errors.isEmpty(), c.errors.toString());
    assertEquals(numbers(1, RECORDS, 0), names(c));
    assertArrayEquals(page(RECORDS), c.pages.get(RECORDS - 1).body());
  }

  @Test
  void archiveIsRecognisedByItsContentWhateverItsName() throws IOException {
    Path warc = write("crawl.warc.gz", WarcCompression.GZIP, 3, 0);
    Path renamed = Files.move(warc, dir.resolve("download.bin"));
    Collected c = read(renamed);
    assertTrue(c.errors.isEmpty(), c.errors.toString());
    assertEquals(List.of("1", "2", "3"), names(c));
  }

  @Test
  void truncatedLastGzipMemberKeepsTheRecordsBeforeIt() throws IOException {
    Path warc = write("cut.warc.gz", WarcCompression.GZIP, 5, 0);
    long full = Files.size(warc);
    long fourRecords = Files.size(write("four.warc.gz", WarcCompression.GZIP, 4, 0));
    byte[] bytes = Files.readAllBytes(warc);
    Files.write(warc, Arrays.copyOf(bytes, (int) (fourRecords + (full - fourRecords) / 2)));
    Collected c = read(warc);
    assertEquals(List.of("1", "2", "3", "4"), names(c));
    String reason = c.errorFor("cut.warc.gz#5");
    assertNotNull(reason, c.errors.toString());
    assertTrue(reason.startsWith("truncated gzip"), reason);
  }

  @Test
  void malformedRecordInAGzippedArchiveEndsTheFileAndKeepsTheRecordsBeforeIt()
      throws IOException {
    Path warc = write("broken.warc.gz", WarcCompression.GZIP, 2, 0);
    byte[] bad = gzip("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII));
    Files.write(warc, bad, StandardOpenOption.APPEND);
    Files.write(warc, Files.readAllBytes(write("more.warc.gz", WarcCompression.GZIP, 1, 0)),
        StandardOpenOption.APPEND);
    Collected c = read(warc);
    assertEquals(List.of("1", "2"), names(c));
    String reason = c.errorFor("broken.warc.gz#3");
    assertNotNull(reason, c.errors.toString());
    assertTrue(reason.startsWith("malformed WARC record"), reason);
  }

  @Test
  void chunkedPayloadOfUnknownSizeIsMeasuredAsItIsRead() throws IOException {
    String half = "<p>" + "y".repeat(LIMIT / 2) + "</p>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunk(half) + chunk(half) + "0\r\n\r\n";
    Path warc = dir.resolve("chunked.warc");
    try (FileChannel out = FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE); WarcWriter w = new WarcWriter(out)) {
      w.write(new WarcResponse.Builder(URI.create("https://coastal-herald.example/long"))
          .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.US_ASCII)).build());
      w.write(response(2, page(2)));
    }
    Collected c = read(warc);
    assertEquals(List.of("2"), names(c));
    assertEquals("record payload too large: " + 2 * half.length() + " bytes, limit " + LIMIT,
        c.errorFor("chunked.warc#1"));
  }

  @Test
  void archiveBytesInMemoryAreReadLikeTheFile() throws IOException {
    Path warc = write("crawl.warc.gz", WarcCompression.GZIP, 5, 3);
    Collected c = new Collected();
    Inputs.standard().withMaxBytes(LIMIT).read("mem.warc.gz", "mem.warc.gz",
        Files.readAllBytes(warc), c);
    assertEquals(List.of("1", "2", "4", "5"), names(c));
    assertTrue(c.errorFor("mem.warc.gz#3").startsWith("record payload too large"),
        c.errors.toString());
  }

  private static String chunk(String s) {
    return Integer.toHexString(s.length()) + "\r\n" + s + "\r\n";
  }

  @Test
  void emptyBlankAndRecordlessArchivesAreReportedAsBefore() throws IOException {
    Files.write(dir.resolve("empty.warc"), new byte[0]);
    Files.write(dir.resolve("empty.warc.gz"), gzip(new byte[0]));
    Files.writeString(dir.resolve("blank.warc"), "\n\r\n  \n");
    Collected c = new Collected();
    Inputs.standard().read(List.of(dir), c);
    assertTrue(c.pages.isEmpty());
    assertEquals("empty file", c.errorFor("empty.warc"));
    assertEquals("empty file", c.errorFor("empty.warc.gz"));
    assertEquals("empty file", c.errorFor("blank.warc"));
  }

  @Test
  void otherFilesKeepTheWholeFileLimit() throws IOException {
    Path html = dir.resolve("long.html");
    Files.write(html, page(1));
    Collected c = new Collected();
    Inputs.standard().withMaxBytes(1024).read(List.of(html), c);
    assertTrue(c.pages.isEmpty());
    assertTrue(c.errorFor("long.html").startsWith("too large"), c.errors.toString());
    assertNull(c.errorFor("#1"));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
