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
import news.parallax.model.Mention;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import news.parallax.report.JsonReport;
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
  private static final JsonFactory FACTORY = new JsonFactory();

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

  /** The story envelope around a record as {@link JsonReport#writeStory} wrote it. */
  static byte[] story(String record) {
    return of(g -> {
      g.writeFieldName("story");
      g.writeRawValue(record);
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
        JsonReport.writeQuoteGroup(g, q);
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
        JsonReport.writeComparison(g, c, s::article);
      }
      g.writeEndArray();
    });
  }

  static byte[] timeline(StoryEntry s) {
    return of(g -> {
      g.writeStringField("story", s.view().id());
      g.writeArrayFieldStart("timeline");
      for (Timeline.Event e : Timeline.of(s)) {
        g.writeStartObject();
        g.writeStringField("time", e.time());
        g.writeStringField("event", e.kind().label());
        g.writeStringField("article", e.article());
        if (e.kind() == Timeline.Kind.REVISED) {
          g.writeNumberField("revision", e.revision());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  private static void claimFields(JsonGenerator g, Claim c, AnalyzedArticle a) throws IOException {
    g.writeStringField("attribute", c.attribute());
    g.writeStringField("label", c.label());
    JsonReport.writeClaimFields(g, c, a == null ? null : c.sentence().of(a.article().text()));
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
      Revision before = null;
      for (Revision r : e.revisions()) {
        g.writeStartObject();
        g.writeNumberField("number", r.number());
        g.writeStringField("seen", r.seen());
        g.writeStringField("title", r.article().title());
        g.writeStringField("text", r.article().text());
        if (before != null) {
          g.writeArrayFieldStart("changes");
          for (TextDiff.Part p : TextDiff.diff(before.article().text(), r.article().text())) {
            g.writeStartObject();
            g.writeStringField("kind", p.css());
            g.writeStringField("text", p.text());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
        before = r;
      }
      g.writeEndArray();
    });
  }

  static byte[] entities(List<EntityEntry> entities) {
    return of(g -> {
      g.writeArrayFieldStart("entities");
      for (EntityEntry en : entities) {
        g.writeStartObject();
        g.writeStringField("story", en.story());
        JsonReport.writeEntityFields(g, en.entity());
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
      JsonReport.writeErrors(g, r.errors());
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
