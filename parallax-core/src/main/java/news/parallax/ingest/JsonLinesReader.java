package news.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.PageHints;

/**
 * Reads JSON lines, one page a line: {@code {"url","title","outlet","published","html"|"text"}}.
 * {@code html} is a page to clean; {@code text} an article body already extracted. A bad line is
 * reported as {@code path#line} and the rest of the file is read.
 */
final class JsonLinesReader implements PageReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public boolean accepts(InputFile file) {
    if (file.nameEndsWith(".jsonl", ".ndjson", ".jsonlines")) {
      return true;
    }
    return file.nameEndsWith(".json") && file.head(64).stripLeading().startsWith("{");
  }

  @Override
  public void read(InputFile file, PageSink sink) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new ByteArrayInputStream(file.bytes()), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String source = file.source() + "#" + number;
        try {
          readLine(source, JSON.readTree(line), sink);
        } catch (JsonProcessingException e) {
          sink.error(new InputError(source, "malformed JSON: " + e.getOriginalMessage()));
        }
      }
    }
  }

  private static void readLine(String source, JsonNode node, PageSink sink) {
    if (!node.isObject()) {
      sink.error(new InputError(source, "expected a JSON object"));
      return;
    }
    PageHints hints = new PageHints(text(node, "url"), text(node, "title"), text(node, "outlet"),
        text(node, "published"));
    String html = text(node, "html");
    String body = text(node, "text");
    if (html != null && !html.isBlank()) {
      sink.page(new Page(source, Page.Format.HTML, html.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, hints));
    } else if (body != null && !body.isBlank()) {
      sink.page(new Page(source, Page.Format.ARTICLE_TEXT, body.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, hints));
    } else {
      sink.error(new InputError(source, "neither \"html\" nor \"text\" is set"));
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
