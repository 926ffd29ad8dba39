package news.parallax.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import news.parallax.internal.Hashing;
import news.parallax.model.Article;
import news.parallax.model.EntityType;
import news.parallax.model.Span;

/**
 * Reads the ECB+ corpus (CROMER XML, one file a document): the tokens become an article (one
 * paragraph a corpus sentence, tokens joined by a space except before closing punctuation),
 * and the human-participant (HUMAN_PART_PER, a person) and location (LOC_*, a place) mentions
 * become gold mentions with their spans in that article.
 *
 * <pre>{@code
 * List<EcbPlusMentions.Document> docs = EcbPlusMentions.read(Path.of("ECB+"));
 * }</pre>
 */
public final class EcbPlusMentions {
  /** Closing punctuation and clitics written without a space before them. */
  private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]",
      "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "%");

  private EcbPlusMentions() {}

  /** A gold mention: its span in the document's article and its type. */
  public record Gold(Span span, EntityType type, int sentence) {}

  /**
   * One corpus document.
   *
   * @param name the file name ("1_10ecbplus.xml")
   * @param article its text as an article (language "en")
   * @param gold the person and place mentions
   * @param annotated the indexes of the paragraphs (corpus sentences) with any annotation: the
   *     annotators worked on selected sentences only, so scores count these
   */
  public record Document(String name, Article article, List<Gold> gold, Set<Integer> annotated) {}

  /** Every {@code *.xml} document under the folder, in path order. */
  public static List<Document> read(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + ": not a folder of ECB+ XML files");
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(folder + ": no ECB+ .xml files found");
    }
    List<Document> out = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        out.add(parse(f.getFileName().toString(), in));
      } catch (XMLStreamException e) {
        throw new IOException(f + ": not ECB+ XML (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  /** Parses one document. */
  static Document parse(String name, InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader r = factory.createXMLStreamReader(in, "UTF-8");
    Map<String, int[]> tokenSentence = new HashMap<>();
    Map<Integer, List<String[]>> sentences = new TreeMap<>();
    record Markable(String tag, List<String> tokens) {}
    List<Markable> markables = new ArrayList<>();
    Markable open = null;
    int depth = 0;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String tag = r.getLocalName();
        if (tag.equals("token")) {
          String id = r.getAttributeValue(null, "t_id");
          int sentence = Integer.parseInt(r.getAttributeValue(null, "sentence"));
          String text = r.getElementText();
          depth--;
          sentences.computeIfAbsent(sentence, k -> new ArrayList<>()).add(new String[] {id, text});
          tokenSentence.put(id, new int[] {sentence});
        } else if (tag.equals("token_anchor") && open != null) {
          open.tokens().add(r.getAttributeValue(null, "t_id"));
        } else if (depth == 3 && r.getAttributeValue(null, "m_id") != null) {
          open = new Markable(tag, new ArrayList<>());
          markables.add(open);
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth < 3) {
          open = null;
        }
      }
    }
    // the text, one paragraph a sentence
    Map<String, Span> tokenSpan = new HashMap<>();
    List<String> paragraphs = new ArrayList<>();
    Map<Integer, Integer> paragraphOf = new HashMap<>();
    int offset = 0;
    for (Map.Entry<Integer, List<String[]>> s : sentences.entrySet()) {
      StringBuilder p = new StringBuilder();
      for (String[] t : s.getValue()) {
        String text = t[1].strip().isEmpty() ? "_" : t[1].strip();
        if (p.length() > 0 && !NO_SPACE_BEFORE.contains(text)) {
          p.append(' ');
        }
        tokenSpan.put(t[0], new Span(offset + p.length(), offset + p.length() + text.length()));
        p.append(text);
      }
      paragraphOf.put(s.getKey(), paragraphs.size());
      paragraphs.add(p.toString());
      offset += p.length() + 2;
    }
    List<Gold> gold = new ArrayList<>();
    Set<Integer> annotated = new java.util.TreeSet<>();
    for (Markable m : markables) {
      if (m.tokens().isEmpty()) {
        continue;
      }
      int start = Integer.MAX_VALUE;
      int end = -1;
      int sentence = -1;
      for (String t : m.tokens()) {
        Span s = tokenSpan.get(t);
        if (s == null) {
          continue;
        }
        start = Math.min(start, s.start());
        end = Math.max(end, s.end());
        sentence = paragraphOf.get(tokenSentence.get(t)[0]);
      }
      if (end < 0) {
        continue;
      }
      annotated.add(sentence);
      EntityType type = m.tag().equals("HUMAN_PART_PER") ? EntityType.PERSON
          : m.tag().startsWith("LOC") ? EntityType.PLACE : null;
      if (type != null) {
        gold.add(new Gold(new Span(start, end), type, sentence));
      }
    }
    gold.sort((a, b) -> a.span().compareTo(b.span()));
    Article article = new Article(Hashing.id("ecbplus:" + name), name, null, null, null, null, null, "en",
        paragraphs, List.of(), 0);
    return new Document(name, article, gold, annotated);
  }
}
