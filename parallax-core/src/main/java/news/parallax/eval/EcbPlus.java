package news.parallax.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import news.parallax.internal.Hashing;
import news.parallax.model.Article;

/**
 * The ECB+ corpus as articles with gold labels: each {@code TOPIC/TOPIC_Necb.xml} and
 * {@code TOPIC_Necbplus.xml} is one English article; its event is the topic and half (the two
 * halves of a topic are different events of the same kind), its topic the topic number.
 */
public final class EcbPlus {
  /** One document: the article, its gold event and its gold topic. */
  public record Doc(Article article, String event, String topic) {}

  private EcbPlus() {}

  /** Reads every document under {@code dir} (the folder holding the topic folders, or above). */
  public static List<Doc> read(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("\\d+_\\d+ecb(plus)?\\.xml"))
          .sorted(Comparator.comparing((Path p) -> key(p.getFileName().toString())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list ECB+ files under " + dir, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no ECB+ documents (N_Mecb.xml, N_Mecbplus.xml) under " + dir);
    }
    List<Doc> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String topic = name.substring(0, name.indexOf('_'));
      String half = name.endsWith("ecbplus.xml") ? "ecbplus" : "ecb";
      List<String> paragraphs = sentences(f);
      Article a = new Article(Hashing.id("ecbplus/" + name), f.toString(), null, null, null, null,
          null, "en", paragraphs, List.of(), 0);
      out.add(new Doc(a, topic + "/" + half, topic));
    }
    return out;
  }

  /** Sort key: topic number, half, document number, so the halves interleave as in the corpus. */
  private static String key(String name) {
    String[] p = name.split("[_.]");
    String doc = p[1].replaceAll("\\D", "");
    return String.format("%05d|%05d|%s", Integer.parseInt(p[0]), Integer.parseInt(doc), p[1]);
  }

  private static List<String> sentences(Path f) {
    Map<String, StringBuilder> bySentence = new LinkedHashMap<>();
    XMLInputFactory xf = XMLInputFactory.newFactory();
    xf.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(f)) {
      XMLStreamReader r = xf.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
          String sentence = r.getAttributeValue(null, "sentence");
          String text = r.getElementText().trim();
          StringBuilder b = bySentence.computeIfAbsent(sentence == null ? "" : sentence,
              k -> new StringBuilder());
          if (b.length() > 0 && !attachesLeft(text) && b.charAt(b.length() - 1) != '(') {
            b.append(' ');
          }
          b.append(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("not ECB+ XML: " + f + ": " + e.getMessage(), e);
    }
    List<String> out = new ArrayList<>();
    bySentence.values().forEach(b -> {
      if (b.length() > 0) {
        out.add(b.toString());
      }
    });
    return out;
  }

  private static boolean attachesLeft(String token) {
    return token.matches("[,.;:!?)%]|'s|n't|'re|'ve|'ll|'d|'m");
  }
}
