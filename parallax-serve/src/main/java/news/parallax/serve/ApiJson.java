package news.parallax.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.model.Comparison;
import news.parallax.model.Entity;
import news.parallax.model.Evidence;
import news.parallax.model.InputError;
import news.parallax.model.Mention;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import news.parallax.report.JsonReport;
import news.parallax.report.Untrusted;
import news.parallax.serve.StoryData.ArticleEntry;
import news.parallax.serve.StoryData.EntityEntry;
import news.parallax.serve.StoryData.Health;
import news.parallax.serve.StoryData.IngestReport;
import news.parallax.serve.StoryData.Revision;
import news.parallax.serve.StoryData.SearchHit;
import news.parallax.serve.StoryData.StoryEntry;
import news.parallax.serve.StoryData.StoryPage;
import news.parallax.serve.StoryData.StorySummary;

/**
 * The JSON bodies of the API: {@code parallax/1} records (as {@link JsonReport} writes them)
 * wrapped in small envelopes with the schema name, fields in a fixed order.
 */
final class ApiJson {
  private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(Untrusted.JSON_ESCAPES);

  private ApiJson() {}

  /** A body written by one generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static byte[] of(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("schema", JsonReport.SCHEMA);
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] stories(StoryPage page) {
    return of(g -> {
      g.writeArrayFieldStart("stories");
      for (StorySummary s : page.stories()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeStringField("language", s.language());
        g.writeNumberField("size", s.size());
        strings(g, "languages", s.languages());
        strings(g, "outlets", s.outlets());
        g.writeStringField("firstSeen", s.firstSeen());
        g.writeStringField("lastSeen", s.lastSeen());
        g.writeObjectFieldStart("articlesByLanguage");
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(s.articlesByLanguage()).entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("next", page.next());
    });
  }

  static byte[] story(StoryEntry s) {
    return of(g -> {
      g.writeFieldName("story");
      JsonReport.writeStory(g, s.view(), s::article);
    });
  }

  static byte[] articles(StoryEntry s) {
    return of(g -> {
      g.writeArrayFieldStart("articles");
      for (AnalyzedArticle a : s.articles()) {
        JsonReport.writeArticle(g, a.article());
      }
      g.writeEndArray();
    });
  }

  static byte[] quotes(StoryEntry s) {
    return of(g -> {
      g.writeArrayFieldStart("quotes");
      for (QuoteGroup q : s.view().quotes()) {
        g.writeStartObject();
        g.writeObjectFieldStart("speaker");
        g.writeStringField("name", q.speaker());
        g.writeStringField("entity", q.entity());
        g.writeEndObject();
        g.writeStringField("text", q.text());
        g.writeStringField("kind", q.kind().label());
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
      g.writeEndArray();
    });
  }

  static byte[] claims(StoryEntry s) {
    return of(g -> {
      g.writeArrayFieldStart("claims");
      for (AnalyzedArticle a : s.articles()) {
        for (Claim c : a.claims()) {
          g.writeStartObject();
          g.writeStringField("article", a.id());
          claimFields(g, c, a);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    });
  }

  static byte[] comparisons(StoryEntry s) {
    return of(g -> {
      g.writeArrayFieldStart("comparisons");
      for (Comparison c : s.view().comparisons()) {
        g.writeStartObject();
        g.writeStringField("attribute", c.attribute());
        g.writeStringField("label", c.label());
        g.writeStringField("verdict", c.verdict().label());
        g.writeArrayFieldStart("claims");
        for (Comparison.Cited cited : c.claims()) {
          g.writeStartObject();
          g.writeStringField("article", cited.article());
          claimFields(g, cited.claim(), s.article(cited.article()));
          g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "inconsistent", c.inconsistent());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  private static void claimFields(JsonGenerator g, Claim c, AnalyzedArticle a) throws IOException {
    g.writeStringField("attribute", c.attribute());
    g.writeStringField("label", c.label());
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
    g.writeStringField("sentence", a == null ? null : c.sentence().of(a.article().text()));
  }

  static byte[] article(ArticleEntry e) {
    return of(g -> {
      g.writeFieldName("article");
      JsonReport.writeArticle(g, e.article().article());
      g.writeStringField("story", e.story());
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.article().mentions()) {
        g.writeStartObject();
        g.writeStringField("text", m.text());
        g.writeStringField("type", m.type().label());
        g.writeStringField("key", m.key());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("quotes");
      for (Quote q : e.article().quotes()) {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        g.writeStringField("kind", q.kind().label());
        g.writeStringField("cue", q.cue());
        g.writeStringField("speaker", q.speaker() == null ? null : q.speaker().name());
        g.writeNumberField("start", q.span().start());
        g.writeNumberField("end", q.span().end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("claims");
      for (Claim c : e.article().claims()) {
        g.writeStartObject();
        claimFields(g, c, e.article());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("dropped", e.article().article().dropped());
      g.writeArrayFieldStart("revisions");
      for (Revision r : e.revisions()) {
        g.writeStartObject();
        g.writeNumberField("number", r.number());
        g.writeStringField("seen", r.seen());
        g.writeStringField("title", r.article().title());
        g.writeStringField("text", r.article().text());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  static byte[] entities(List<EntityEntry> entities) {
    return of(g -> {
      g.writeArrayFieldStart("entities");
      for (EntityEntry en : entities) {
        Entity e = en.entity();
        g.writeStartObject();
        g.writeStringField("story", en.story());
        g.writeStringField("id", e.id());
        g.writeStringField("name", e.name());
        g.writeStringField("type", e.type().label());
        g.writeObjectFieldStart("aliasesByLanguage");
        for (Map.Entry<String, List<String>> a : e.aliases().entrySet()) {
          strings(g, a.getKey(), a.getValue());
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
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  static byte[] search(String query, List<SearchHit> hits) {
    return of(g -> {
      g.writeStringField("query", query);
      g.writeArrayFieldStart("results");
      for (SearchHit h : hits) {
        g.writeStartObject();
        g.writeStringField("kind", h.kind());
        g.writeStringField("id", h.id());
        g.writeStringField("title", h.title());
        g.writeStringField("snippet", h.snippet());
        g.writeStringField("story", h.story());
        g.writeStringField("language", h.language());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  static byte[] ingest(IngestReport r) {
    return of(g -> {
      g.writeNumberField("pages", r.pages());
      strings(g, "articles", r.articles());
      strings(g, "changedStories", r.changedStories());
      g.writeArrayFieldStart("errors");
      for (InputError e : r.errors()) {
        g.writeStartObject();
        g.writeStringField("source", e.source());
        g.writeStringField("reason", e.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  static byte[] health(Health h) {
    return of(g -> {
      g.writeStringField("status", h.status());
      g.writeNumberField("articles", h.articles());
      g.writeNumberField("stories", h.stories());
    });
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
