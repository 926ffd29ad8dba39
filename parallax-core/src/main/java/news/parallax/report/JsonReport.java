package news.parallax.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import news.parallax.Analysis;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.BriefSentence;
import news.parallax.model.Claim;
import news.parallax.model.Comparison;
import news.parallax.model.DuplicateGroup;
import news.parallax.model.Entity;
import news.parallax.model.Evidence;
import news.parallax.model.InputError;
import news.parallax.model.QuoteGroup;
import news.parallax.model.StoryView;

/**
 * Writes a run as JSON in the {@code parallax/1} schema (documented in docs/schema.md). Fields
 * are written in a fixed order, so the same run gives the same bytes.
 */
public final class JsonReport {
  /** The schema identifier written at the top of every document. */
  public static final String SCHEMA = "parallax/1";
  /** Writes bidirectional controls of page text as escapes, so that no viewer reverses the text. */
  private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(Untrusted.JSON_ESCAPES);

  private JsonReport() {}

  /** Writes the whole run, pretty-printed. */
  public static void write(Analysis run, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeArrayFieldStart("articles");
      for (AnalyzedArticle a : run.articles()) {
        writeArticle(g, a.article());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("stories");
      for (StoryView s : run.stories()) {
        writeStory(g, s, run::article);
      }
      g.writeEndArray();
      writeErrors(g, run.errors());
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** Writes one article's extract fields as a single-line JSON object (no trailing newline). */
  public static void writeArticleLine(Article a, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeArticle(g, a);
    }
  }

  /**
   * Writes one story's record as a single-line JSON object (no trailing newline), looking its
   * members up with {@code articles} (for the sentence of each claim).
   */
  public static void writeStoryLine(StoryView s, Function<String, AnalyzedArticle> articles,
      OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeStory(g, s, articles);
    }
  }

  /** Writes one article's extract fields as a JSON object into an open generator. */
  public static void writeArticle(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.source());
    g.writeStringField("url", a.url());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("agency", a.agency());
    g.writeStringField("title", a.title());
    g.writeStringField("author", a.author());
    g.writeStringField("published", a.published());
    if (a.published() != null) {
      g.writeStringField("published_confidence", news.parallax.extract.DateConfidence.of(a));
    }
    g.writeStringField("language", a.language());
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("evidence");
    for (Evidence e : a.evidence()) {
      g.writeStartObject();
      g.writeStringField("field", e.field());
      g.writeStringField("signal", e.signal());
      if (e.detail() != null) {
        g.writeStringField("detail", e.detail());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes one story record into an open generator; {@code articles} finds a member by id (for
   * the sentences of its claims).
   */
  public static void writeStory(JsonGenerator g, StoryView s,
      Function<String, AnalyzedArticle> articles) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    strings(g, "articles", s.story().articles());
    strings(g, "languages", s.languages());
    strings(g, "outlets", s.outlets());
    g.writeArrayFieldStart("entities");
    for (Entity e : s.entities()) {
      g.writeStartObject();
      writeEntityFields(g, e);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (QuoteGroup q : s.quotes()) {
      writeQuoteGroup(g, q);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("comparisons");
    for (Comparison c : s.comparisons()) {
      writeComparison(g, c, articles);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("duplicates");
    for (DuplicateGroup d : s.duplicates()) {
      g.writeStartObject();
      g.writeStringField("original", d.original());
      strings(g, "copies", d.copies());
      g.writeStringField("kind", d.wholeDocument() ? "document" : "paragraphs");
      g.writeArrayFieldStart("paragraphs");
      for (DuplicateGroup.CopiedParagraph p : d.paragraphs()) {
        g.writeStartObject();
        g.writeStringField("article", p.article());
        g.writeNumberField("paragraph", p.paragraph());
        g.writeNumberField("originalParagraph", p.originalParagraph());
        g.writeNumberField("similarity", p.similarity());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("brief");
    for (BriefSentence b : s.brief()) {
      g.writeStartObject();
      g.writeStringField("text", b.text());
      strings(g, "articles", b.articles());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes the fields of an entity record (id, name, type, aliases, aliasesByLanguage, articles,
   * evidence) into an object the caller has opened, so that it can add fields of its own.
   */
  public static void writeEntityFields(JsonGenerator g, Entity e) throws IOException {
    g.writeStringField("id", e.id());
    g.writeStringField("name", e.name());
    g.writeStringField("type", e.type().label());
    g.writeArrayFieldStart("aliases");
    for (List<String> names : e.aliases().values()) {
      for (String n : names) {
        g.writeString(n);
      }
    }
    g.writeEndArray();
    g.writeObjectFieldStart("aliasesByLanguage");
    for (Map.Entry<String, List<String>> en : e.aliases().entrySet()) {
      strings(g, en.getKey(), en.getValue());
    }
    g.writeEndObject();
    strings(g, "articles", e.articles());
    g.writeArrayFieldStart("evidence");
    for (Evidence ev : e.evidence()) {
      g.writeStartObject();
      g.writeStringField("signal", ev.signal());
      g.writeStringField("detail", ev.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes one quote group record: the speaker, the text, and each article's wording. */
  public static void writeQuoteGroup(JsonGenerator g, QuoteGroup q) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("speaker");
    g.writeStringField("name", q.speaker());
    g.writeStringField("entity", q.entity());
    g.writeEndObject();
    g.writeStringField("text", q.text());
    g.writeStringField("kind", q.kind().label());
    strings(g, "articles", q.articles());
    g.writeArrayFieldStart("variants");
    for (QuoteGroup.Variant v : q.variants()) {
      g.writeStartObject();
      g.writeStringField("article", v.article());
      g.writeStringField("text", v.text());
      g.writeNumberField("start", v.span().start());
      g.writeNumberField("end", v.span().end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes one comparison record with its cited claims; {@code articles} finds a member by id
   * (for the sentence of each claim).
   */
  public static void writeComparison(JsonGenerator g, Comparison c,
      Function<String, AnalyzedArticle> articles) throws IOException {
    g.writeStartObject();
    g.writeStringField("attribute", c.attribute());
    g.writeStringField("label", c.label());
    g.writeStringField("verdict", c.verdict().label());
    g.writeArrayFieldStart("claims");
    for (Comparison.Cited cited : c.claims()) {
      g.writeStartObject();
      g.writeStringField("article", cited.article());
      writeClaimFields(g, cited.claim(), sentence(articles, cited.article(), cited.claim()));
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "inconsistent", c.inconsistent());
    g.writeEndObject();
  }

  /**
   * Writes the fields of a claim (text, normalized, value, unit, qualifier, start, end, and the
   * sentence it was read in, or null) into an object the caller has opened.
   */
  public static void writeClaimFields(JsonGenerator g, Claim c, String sentence) throws IOException {
    g.writeStringField("text", c.text());
    g.writeStringField("normalized", c.normalized());
    g.writeObjectFieldStart("value");
    g.writeNumberField("low", c.low());
    g.writeNumberField("high", c.high());
    g.writeEndObject();
    g.writeStringField("unit", c.unit());
    g.writeStringField("qualifier", c.qualifier());
    g.writeNumberField("start", c.span().start());
    g.writeNumberField("end", c.span().end());
    g.writeStringField("sentence", sentence);
  }

  private static String sentence(Function<String, AnalyzedArticle> articles, String articleId,
      Claim c) {
    AnalyzedArticle a = articles.apply(articleId);
    return a == null ? null : c.sentence().of(a.article().text());
  }

  /** Writes the {@code errors} field: each input that could not be read, and why. */
  public static void writeErrors(JsonGenerator g, List<InputError> errors) throws IOException {
    g.writeArrayFieldStart("errors");
    for (InputError e : errors) {
      g.writeStartObject();
      g.writeStringField("source", e.source());
      g.writeStringField("reason", e.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
