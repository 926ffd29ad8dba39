package news.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.model.Span;

/**
 * Reads attribution relations from brat standoff files ({@code .ann}) as PolNeAR writes them:
 * text-bound {@code Source}, {@code Cue} and {@code Content} spans (content may be
 * discontinuous, "{@code 10 20;30 40}") tied together by {@code Attribution} events.
 *
 * <pre>{@code
 * List<BratAttributions.Attribution> gold = BratAttributions.read(Path.of("doc.ann"));
 * }</pre>
 */
public final class BratAttributions {
  private BratAttributions() {}

  /**
   * One annotated attribution.
   *
   * @param content the content's pieces
   * @param source the source span, or null when the source is not named
   * @param cue the cue span, or null
   */
  public record Attribution(List<Span> content, Span source, Span cue) {
    public Attribution {
      content = List.copyOf(content);
    }
  }

  /** The attributions of one file; a malformed line is an error naming the file and line. */
  public static List<Attribution> read(Path ann) throws IOException {
    return parse(Files.readString(ann, StandardCharsets.UTF_8), ann.toString());
  }

  /** The attributions of brat standoff text; {@code name} appears in error messages. */
  public static List<Attribution> parse(String standoff, String name) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    String[] lines = standoff.split("\n");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (!line.matches("^[TE]\\d+\t.*")) {
        continue; // notes, relations, and the rest of an annotation text that held a line break
      }
      try {
        if (f[0].startsWith("T")) {
          String[] typeAndRange = f[1].split(" ", 2);
          List<Span> parts = new ArrayList<>();
          for (String r : typeAndRange[1].split(";")) {
            String[] se = r.trim().split(" ");
            parts.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
          }
          spans.put(f[0], parts);
        } else if (f[0].startsWith("E")) {
          events.add(f[1].split(" "));
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(name + ":" + (n + 1) + ": not a brat standoff line: " + line, e);
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] args : events) {
      List<Span> content = new ArrayList<>();
      Span source = null;
      Span cue = null;
      for (int i = 1; i < args.length; i++) {
        String[] rv = args[i].split(":", 2);
        if (rv.length < 2) {
          continue;
        }
        List<Span> s = spans.get(rv[1]);
        if (s == null) {
          continue;
        }
        String role = rv[0].replaceAll("\\d+$", "");
        switch (role) {
          case "Content" -> content.addAll(s); // "Content2:T47" continues the content
          case "Source" -> source = hull(s);
          case "Cue" -> cue = hull(s);
          default -> { }
        }
      }
      if (!content.isEmpty()) {
        content.sort(null);
        out.add(new Attribution(content, source, cue));
      }
    }
    out.sort((a, b) -> a.content().get(0).compareTo(b.content().get(0)));
    return out;
  }

  private static Span hull(List<Span> parts) {
    return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
  }
}
