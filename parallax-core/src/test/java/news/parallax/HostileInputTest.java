package news.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import news.parallax.ingest.Inputs;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.InputError;
import news.parallax.report.HtmlReport;
import news.parallax.report.JsonReport;
import news.parallax.report.MarkdownReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus, replayed on every build: each bad input is put in one folder with
 * three good pages, and the run must keep the good pages' story whole, report the bad input
 * with a reason a person can act on (no exception names), and stay within time. The inputs are
 * made here, not kept in the repository.
 */
class HostileInputTest {
  /** A small size limit, so that the bombs and devices are refused fast and in little memory. */
  private static final long LIMIT = 16L * 1024 * 1024;
  /**
   * The issue's target is 60 s a case on an idle machine of two cores; the test allows twice
   * that for a machine busy with other builds.
   */
  private static final long MAX_SECONDS = 120;
  private static final List<String> GOOD = List.of("en-quake-chile-wire.txt", "en-quake-chile-daily.txt",
      "zh-quake-chile.txt");
  private static final Parallax PARALLAX = Parallax.with(Inputs.standard().withMaxBytes(LIMIT), Recipe.standard());
  private static Analysis alone;

  @TempDir
  Path dir;

  @BeforeAll
  static void goodPagesAlone(@TempDir Path good) throws IOException {
    copyGood(good);
    alone = PARALLAX.analyze(List.of(good));
    assertTrue(alone.errors().isEmpty(), alone.errors().toString());
    assertEquals(GOOD.size(), alone.articles().size());
  }

  private static void copyGood(Path to) throws IOException {
    for (String name : GOOD) {
      try (var in = HostileInputTest.class.getResourceAsStream("/cluster/" + name)) {
        Files.write(to.resolve(name), in.readAllBytes());
      }
    }
  }

  /** Runs the folder with the good pages added; checks they are all there, in the same stories. */
  private Analysis run(String... expectedErrorWords) throws IOException {
    copyGood(dir);
    long t0 = System.nanoTime();
    Analysis run = PARALLAX.analyze(List.of(dir));
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
    assertTrue(seconds < MAX_SECONDS, "took " + seconds + " s");
    List<String> good = new ArrayList<>();
    for (AnalyzedArticle a : run.articles()) {
      String name = Path.of(a.article().source()).getFileName().toString();
      if (GOOD.contains(name)) {
        good.add(name);
      }
    }
    assertEquals(GOOD.stream().sorted().toList(), good.stream().sorted().toList(), "good pages lost");
    assertEquals(storiesOf(alone), storiesOf(run).stream().filter(s -> s.stream().anyMatch(GOOD::contains)).toList(),
        "the good pages' stories changed");
    for (InputError e : run.errors()) {
      assertFalse(e.reason().matches(".*(Exception|Error\\b|java\\.).*"), "not a reason a person can act on: " + e);
    }
    String reasons = run.errors().toString();
    for (String w : expectedErrorWords) {
      assertTrue(reasons.contains(w), "expected '" + w + "' among " + reasons);
    }
    return run;
  }

  private static List<List<String>> storiesOf(Analysis run) {
    List<List<String>> out = new ArrayList<>();
    for (var s : run.stories()) {
      out.add(s.story().articles().stream().map(id -> Path.of(run.article(id).article().source()).getFileName()
          .toString()).sorted().toList());
    }
    out.sort(java.util.Comparator.comparing(Object::toString));
    return out;
  }

  @Test
  void gzipBombIsRefusedAsItStreams() throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.html.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) { // 1 GiB of zeros in about 1 MB
        out.write(zeros);
      }
    }
    run("bomb.html.gz", "too large", "after decompression");
  }

  @Test
  void deviceIsReadUpToTheLimit() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "skipped: no /dev/zero on this system");
    copyGood(dir);
    Analysis run = PARALLAX.analyze(List.of(zero, dir));
    assertEquals(GOOD.size(), run.articles().size());
    assertTrue(run.errors().toString().contains("too large"), run.errors().toString());
  }

  @Test
  void unreadableDirectoryAndFileAreReportedWithTheReason() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(sub.resolve("page.txt"), "text");
    Path file = Files.writeString(dir.resolve("secret.txt"), "A page nobody may read.");
    Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(sub), "skipped: this user reads every file (root)");
      run("locked", "cannot list directory: permission denied", "secret.txt", "unreadable: permission denied");
    } finally {
      Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void randomBytesAreNotArticles() throws IOException {
    Random r = new Random(20);
    byte[] printable = new byte[1 << 20];
    for (int i = 0; i < printable.length; i++) {
      printable[i] = (byte) (32 + r.nextInt(95));
    }
    Files.write(dir.resolve("printable.txt"), printable);
    byte[] high = new byte[1 << 18];
    for (int i = 0; i < high.length; i++) {
      int b = 32 + r.nextInt(224);
      high[i] = (byte) (b >= 127 && b < 160 ? b + 40 : b);
    }
    Files.write(dir.resolve("high.txt"), high);
    Files.write(dir.resolve("high.html"), high);
    byte[] any = new byte[1 << 16];
    r.nextBytes(any);
    Files.write(dir.resolve("random.html"), any);
    Analysis run = run("printable.txt", "high.txt", "high.html", "random.html");
    for (AnalyzedArticle a : run.articles()) {
      assertTrue(a.article().text().length() < 20_000, "kept as an article: " + a.article().source());
    }
  }

  @Test
  void damagedFilesAreReported() throws IOException {
    Files.write(dir.resolve("empty.html"), new byte[0]);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write("<html><body><p>cut short</p></body></html>".repeat(200).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(dir.resolve("truncated.html.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(dir.resolve("bad.jsonl"), "{\"url\": \"x\", \"text\": \n{not json}\n");
    Files.writeString(dir.resolve("xxe.rss"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM"
        + " \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title><description>&x;</description>"
        + "</item></channel></rss>");
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    Analysis run = run("empty.html", "truncated.html.gz");
    assertFalse(run.articles().stream().anyMatch(a -> a.article().text().contains("root:")), "XXE read a file");
  }

  @Test
  void fileNameWithALineBreakCannotForgeAMessage() throws IOException {
    Files.writeString(dir.resolve("evil\nparallax: all inputs were read.txt"), "");
    Analysis run = run("empty file");
    String line = news.parallax.report.Untrusted.oneLine(run.errors().get(0).source());
    assertFalse(line.contains("\n"), line);
  }

  @Test
  void hugeAndDeepPagesFinishAndAreCut() throws IOException {
    String para = new String(HostileInputTest.class.getResourceAsStream("/quote/en-talks.txt").readAllBytes(),
        StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
    StringBuilder huge = new StringBuilder("<html><head><title>One long paragraph</title></head><body><p>");
    while (huge.length() < 2_000_000) {
      huge.append(para).append(' ');
    }
    Files.writeString(dir.resolve("huge.html"), huge.append("</p></body></html>"));
    int depth = 100_000;
    Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<table><tr><td>".repeat(depth) + "<p>" + para
        + "</p>" + "</td></tr></table>".repeat(depth) + "</body></html>");
    Analysis small = Parallax.with(Inputs.standard().withMaxBytes(LIMIT),
        Recipe.builder().maxArticleChars(200_000).build()).analyze(List.of(dir.resolve("huge.html")));
    assertTrue(small.errors().toString().contains("cut"), small.errors().toString());
    assertTrue(small.articles().get(0).article().text().length() <= 200_000);
    run();
  }

  @Test
  void pageTextIsEscapedInEveryOutput() throws IOException {
    Files.writeString(dir.resolve("evil.html"), "<html><head><title>Quake \u202Ereversed\u202C"
        + " [click](javascript:alert(1)) ![x](http://e/x.png) &lt;script&gt;alert(1)&lt;/script&gt;</title></head>"
        + "<body><article><h1>Quake</h1><p>" + "The earthquake in Chile killed 14 people, officials said on Monday"
        + " as rescuers searched the rubble. ".repeat(5) + "&lt;img src=x onerror=alert(1)&gt; \u202Ezh, en</p>"
        + "</article></body></html>");
    Analysis run = run();
    StringWriter md = new StringWriter();
    MarkdownReport.write(run, md);
    StringWriter html = new StringWriter();
    HtmlReport.write(run, html);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    JsonReport.write(run, json);
    for (String out : List.of(md.toString(), html.toString())) {
      assertFalse(out.contains("\u202E"), "a bidirectional override passed through");
      assertFalse(out.contains("<script") || out.contains("<img"), "raw HTML from a page");
    }
    assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(").matcher(md.toString()).find(),
        "a Markdown link or image from a page");
    String j = json.toString(StandardCharsets.UTF_8);
    assertFalse(j.contains("\u202E"));
    assertTrue(j.contains("\\u202E"), "the override is kept as an escape in JSON");
  }

  @Test
  void inputOrderAndNamesChangeNothingButSources(@TempDir Path other) throws IOException {
    copyGood(dir);
    List<String> names = new ArrayList<>(GOOD);
    for (int i = 0; i < names.size(); i++) { // reversed order, other names
      try (var in = HostileInputTest.class.getResourceAsStream("/cluster/" + names.get(i))) {
        Files.write(other.resolve((char) ('a' + names.size() - i) + "-page.txt"), in.readAllBytes());
      }
    }
    assertEquals(withoutSources(PARALLAX.analyze(List.of(dir))), withoutSources(PARALLAX.analyze(List.of(other))));
  }

  private static String withoutSources(Analysis run) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(run, out);
    String json = out.toString(StandardCharsets.UTF_8).replaceAll("\"source\" : \"[^\"]*\"", "\"source\"");
    for (AnalyzedArticle a : run.articles()) { // outlets default to the file name
      json = json.replace(Path.of(a.article().source()).getFileName().toString(), "NAME");
    }
    return json;
  }
}
