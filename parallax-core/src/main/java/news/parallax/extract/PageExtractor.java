package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import news.parallax.ingest.Charsets;
import news.parallax.internal.Hashing;
import news.parallax.internal.Texts;
import news.parallax.model.Article;
import news.parallax.model.Evidence;
import news.parallax.model.Page;
import news.parallax.text.WireDatelines;

/** Dispatches a page to the extractor for its format, then removes repeated paragraphs. */
final class PageExtractor implements Extractor {
  private final HtmlExtractor html = new HtmlExtractor();
  private final TextDumpExtractor dump = new TextDumpExtractor();

  @Override
  public Article extract(Page page) throws ExtractionException {
    boolean isHtml = page.format() == Page.Format.HTML;
    String text = Charsets.decode(page.body(), page.charset(), isHtml);
    Draft draft = switch (page.format()) {
      case HTML -> html.extract(text, page.hints().url());
      case TEXT_DUMP -> dump.extract(text);
      case ARTICLE_TEXT -> articleText(text);
    };
    draft.applyHints(page.hints());
    List<String> paragraphs = new java.util.ArrayList<>(RepeatedText.removeRepeats(draft.paragraphs));
    paragraphs.replaceAll(PageExtractor::nfc);
    if (paragraphs.isEmpty()) {
      throw new ExtractionException("no article text found");
    }
    String body = String.join("\n\n", paragraphs);
    String noise = Gibberish.reason(body);
    if (noise != null) {
      throw new ExtractionException(noise);
    }
    String url = news.parallax.ingest.Urls.canonical(draft.url);
    String id = Hashing.id(url != null ? "url:" + url : "text:" + Texts.normalizeSpace(body));
    int dropped = draft.dropped + (draft.paragraphs.size() - paragraphs.size());
    List<Evidence> evidence = new ArrayList<>(draft.evidence);
    WireDatelines.agency(body).ifPresent(agency ->
        evidence.add(new Evidence(Article.AGENCY, "wire-dateline", agency)));
    return new Article(id, page.source(), url, draft.outlet, nfc(draft.title), draft.author,
        draft.published, draft.language == null ? "und" : draft.language, paragraphs,
        evidence, dropped);
  }

  /**
   * The text in Unicode normal form C: pages write the same letter composed or decomposed (a
   * Bengali "য়" as one code point or two), and later stages compare text.
   */
  private static String nfc(String s) {
    return s == null || java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
        : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
  }

  private static Draft articleText(String text) {
    Draft d = new Draft();
    for (String block : text.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n")) {
      String p = Texts.normalizeSpace(block);
      if (!p.isEmpty()) {
        d.paragraphs.add(p);
      }
    }
    if (d.paragraphs.size() == 1 && text.indexOf('\n') >= 0) {
      d.paragraphs.clear();
      for (String line : text.split("\\R")) {
        String p = Texts.normalizeSpace(line);
        if (!p.isEmpty()) {
          d.paragraphs.add(p);
        }
      }
    }
    return d;
  }

  /** What an extractor found, before ids and de-duplication. */
  static final class Draft {
    final List<String> paragraphs = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    String url;
    String outlet;
    String title;
    String author;
    String published;
    String language;
    /** The article text a page's JSON-LD carries, a fallback for the body. */
    String articleBody;
    int dropped;

    void set(String field, String value, String signal) {
      set(field, value, signal, null);
    }

    /** Sets {@code field} unless already set, recording the signal and the raw value it came from. */
    void set(String field, String value, String signal, String raw) {
      if (value == null || value.isBlank()) {
        return;
      }
      value = Texts.normalizeSpace(value);
      switch (field) {
        case "url" -> { if (url != null) return; url = value; }
        case "outlet" -> { if (outlet != null) return; outlet = value; }
        case "title" -> { if (title != null) return; title = value; }
        case "author" -> { if (author != null) return; author = value; }
        case "published" -> { if (published != null) return; published = value; }
        case "language" -> { if (language != null) return; language = value; }
        default -> throw new IllegalArgumentException("unknown field " + field);
      }
      String detail = raw == null || raw.isBlank() || Texts.normalizeSpace(raw).equals(value) ? null
          : Texts.normalizeSpace(raw);
      evidence.add(new Evidence(field, signal, detail));
    }

    /** Container hints (JSON lines, WARC) win over what the page itself says. */
    void applyHints(news.parallax.model.PageHints h) {
      if (h.url() != null) {
        url = null;
        evidence.removeIf(e -> e.field().equals("url"));
        set("url", h.url(), "input");
      }
      if (h.title() != null) {
        title = null;
        evidence.removeIf(e -> e.field().equals("title"));
        set("title", h.title(), "input");
      }
      if (h.outlet() != null) {
        outlet = null;
        evidence.removeIf(e -> e.field().equals("outlet"));
        set("outlet", h.outlet(), "input");
      }
      if (h.published() != null) {
        published = null;
        evidence.removeIf(e -> e.field().equals("published"));
        set("published", h.published(), "input");
      }
      if (outlet == null && url != null) {
        set("outlet", Outlets.listed(url), "outlet-list");
        set("outlet", Outlets.fromUrl(url), "url-domain");
      }
    }
  }
}
