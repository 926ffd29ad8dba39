package news.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import news.parallax.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest of thousands of pages killed (SIGKILL) at random moments and started again loses
 * no committed article, duplicates none, and ends with the stories of an uninterrupted run.
 * {@code -Dparallax.killRounds=N} repeats the whole test N times (default 1).
 */
class IngestKillTest {
  static final int PAGES = 2000;
  static final int BATCH = 50;
  static final int KILLS = 2;

  @Test
  void killedIngestsLoseAndDuplicateNothingAndEndAsAnUninterruptedRun(@TempDir Path tmp)
      throws Exception {
    Path input = tmp.resolve("pages.jsonl");
    writePages(input, PAGES, 11);
    Path reference = tmp.resolve("reference");
    try (Store s = Store.open(reference.toString(), StoreContract.RECIPE)) {
      s.ingest(List.of(input), BATCH, Progress.NONE);
    }
    Map<String, List<String>> expected = stories(reference);
    int rounds = Integer.getInteger("parallax.killRounds", 1);
    Random rnd = new Random(Long.getLong("parallax.killSeed", System.nanoTime()));
    for (int round = 0; round < rounds; round++) {
      Path db = tmp.resolve("killed-" + round);
      Set<String> committed = new HashSet<>();
      int kills = 0;
      boolean done = false;
      while (!done) {
        boolean kill = kills < KILLS;
        int afterBatches = rnd.nextInt(6);
        done = run(db, input, kill ? afterBatches : -1, rnd.nextInt(400));
        if (!done) {
          kills++;
        }
        Set<String> now = articles(db);
        assertTrue(now.containsAll(committed), "round " + round + ": a committed article was lost");
        committed = now;
      }
      assertTrue(kills >= 1, "round " + round + ": no ingest was killed before it finished");
      assertEquals(PAGES, articles(db).size(), "round " + round);
      assertEquals(expected, stories(db), "round " + round + " after " + kills + " kills");
      System.out.println("kill test round " + (round + 1) + " of " + rounds + ": " + kills
          + " kills, " + expected.size() + " stories as uninterrupted");
    }
  }

  /**
   * Runs an ingest in another process; with {@code afterBatches} at least 0, kills it
   * {@code delayMillis} after it reached that many batches. True when it finished; a process
   * that ends by itself without finishing fails the test with its output.
   */
  private static boolean run(Path db, Path input, int afterBatches, int delayMillis)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp",
        System.getProperty("java.class.path"), IngestProcess.class.getName(), db.toString(),
        String.valueOf(BATCH), input.toString()).redirectErrorStream(true);
    Process p = pb.start();
    int batches = 0;
    boolean done = false;
    boolean killed = false;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("batch")) {
          batches++;
          if (afterBatches >= 0 && batches > afterBatches) {
            Thread.sleep(delayMillis);
            p.destroyForcibly();
            killed = true;
            break;
          }
        } else if (line.equals("done")) {
          done = true;
        } else if (!line.equals("open")) {
          output.append(line).append('\n');
        }
      }
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    boolean finished = done && p.exitValue() == 0;
    assertTrue(finished || killed, "the ingest ended by itself (exit " + p.exitValue()
        + ") without finishing:\n" + output);
    return finished;
  }

  private static Set<String> articles(Path db) throws Exception {
    Set<String> ids = new HashSet<>();
    try (Connection c = Engine.of(db.toString()).connect(); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT id FROM articles")) {
        while (r.next()) {
          assertTrue(ids.add(r.getString(1)), "article twice: " + r.getString(1));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM revisions")) {
        r.next();
        assertEquals(ids.size(), r.getInt(1), "one revision an article");
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM story_members")) {
        r.next();
        assertEquals(ids.size(), r.getInt(1), "each article in one story");
      }
    }
    return ids;
  }

  private static Map<String, List<String>> stories(Path db) throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    try (Store s = Store.open(db.toString())) {
      for (StorySummary x : s.stories(StoryQuery.ALL)) {
        out.put(x.id(), s.storyArticles(x.id()));
        assertEquals(x.size(), out.get(x.id()).size());
      }
    }
    return out;
  }

  /**
   * Writes {@code n} article-text pages as JSON lines: events of invented names, places and
   * figures, each told by several pages over a few days, with shared filler between them.
   */
  static void writePages(Path file, int n, long seed) throws IOException {
    Random rnd = new Random(seed);
    String[] filler = ("the a officials said on reported according to local sources added that"
        + " there were after before during while residents told reporters statement later")
        .split(" ");
    LocalDate start = LocalDate.of(2024, 1, 1);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        int event = rnd.nextInt(n / 8);
        Random e = new Random(event * 7919L + seed);
        List<String> words = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
          words.add(name(e));
        }
        StringBuilder text = new StringBuilder();
        for (int para = 0; para < 3; para++) {
          for (int sentence = 0; sentence < 3; sentence++) {
            text.append(Character.toUpperCase(filler[rnd.nextInt(filler.length)].charAt(0)))
                .append(filler[rnd.nextInt(filler.length)].substring(1));
            for (int k = 0; k < 12; k++) {
              text.append(' ').append(rnd.nextInt(3) == 0 ? filler[rnd.nextInt(filler.length)]
                  : words.get(rnd.nextInt(words.size())));
            }
            text.append(". ");
          }
          text.append("\n\n");
        }
        ObjectNode o = Codec.JSON.createObjectNode();
        o.put("url", "https://news" + (i % 7) + ".example/" + i);
        o.put("title", words.get(0) + " " + words.get(1) + " " + i);
        o.put("published", start.plusDays(event % 40 + rnd.nextInt(2)).toString());
        o.put("text", text.toString().strip());
        w.write(o.toString());
        w.write('\n');
      }
    }
  }

  private static String name(Random r) {
    String consonants = "bcdfghklmnprstvz";
    String vowels = "aeiou";
    StringBuilder b = new StringBuilder();
    b.append(Character.toUpperCase(consonants.charAt(r.nextInt(consonants.length()))));
    for (int k = 0; k < 2 + r.nextInt(2); k++) {
      b.append(vowels.charAt(r.nextInt(vowels.length())));
      b.append(consonants.charAt(r.nextInt(consonants.length())));
    }
    return b.toString();
  }
}
