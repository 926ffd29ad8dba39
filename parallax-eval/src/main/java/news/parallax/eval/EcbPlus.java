package news.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import news.parallax.model.Article;

/**
 * The ECB+ corpus as articles with gold events: each {@code TOPIC/TOPIC_Necb.xml} and
 * {@code TOPIC_Necbplus.xml} is one English article (read by {@link EcbPlusMentions}); its event
 * is the topic and half (the two halves of a topic are different events of the same kind), its
 * topic the topic number.
 */
public final class EcbPlus {
  private static final Pattern DOCUMENT = Pattern.compile("\\d+_\\d+ecb(plus)?\\.xml");

  /** One document: the article, its gold event and its gold topic. */
  public record Doc(Article article, String event, String topic) {}

  private EcbPlus() {}

  /** Reads every document under {@code dir} (the folder holding the topic folders, or above). */
  public static List<Doc> read(Path dir) {
    List<EcbPlusMentions.Document> documents;
    try {
      documents = EcbPlusMentions.read(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECB+ documents under " + dir, e);
    }
    List<Doc> out = documents.stream()
        .filter(d -> DOCUMENT.matcher(d.name()).matches())
        .sorted(Comparator.comparing((EcbPlusMentions.Document d) -> key(d.name())))
        .map(d -> {
          String topic = d.name().substring(0, d.name().indexOf('_'));
          String half = d.name().endsWith("ecbplus.xml") ? "ecbplus" : "ecb";
          return new Doc(d.article(), topic + "/" + half, topic);
        })
        .toList();
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no ECB+ documents (N_Mecb.xml, N_Mecbplus.xml) under " + dir);
    }
    return out;
  }

  /**
   * The documents as a user's JSON lines would give them: the first sentence (the ECB+
   * headline, or the lead where a document has none) as the title, the rest as the body.
   */
  public static List<Doc> withTitles(List<Doc> docs) {
    return docs.stream().map(d -> {
      Article a = d.article();
      List<String> ps = a.paragraphs();
      if (ps.size() < 2 || a.title() != null) {
        return d;
      }
      Article t = new Article(a.id(), a.source(), a.url(), a.outlet(), ps.get(0), a.author(),
          a.published(), a.language(), ps.subList(1, ps.size()), a.evidence(), a.dropped());
      return new Doc(t, d.event(), d.topic());
    }).toList();
  }

  /** Sort key: topic number, document number, half, so the halves interleave as in the corpus. */
  private static String key(String name) {
    String[] p = name.split("[_.]");
    String doc = p[1].replaceAll("\\D", "");
    return String.format("%05d|%05d|%s", Integer.parseInt(p[0]), Integer.parseInt(doc), p[1]);
  }
}
