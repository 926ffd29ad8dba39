package news.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CharsetsTest {

  @Test
  void gb2312DeclaredInMetaIsReadAsGb18030() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of(getClass().getResource("/ingest/tunnel-gbk.html").toURI()));
    assertEquals(Charset.forName("GB18030"), Charsets.detect(bytes, null, true));
    String text = Charsets.decode(bytes, null, true);
    assertTrue(text.contains("山区公路隧道贯通"), text);
  }

  @Test
  void undeclaredGbkIsDetected() {
    byte[] bytes = "经过两年多的施工，连接东西两个山谷的公路隧道于昨日上午全线贯通，预计明年春季正式通车。沿线村民表示，隧道贯通以后，山里的农产品运出去会方便很多。"
        .getBytes(Charset.forName("GBK"));
    String text = Charsets.decode(bytes, null, false);
    assertTrue(text.startsWith("经过两年多的施工"), text);
  }

  @Test
  void byteOrderMarkWinsOverADeclaration() {
    byte[] bytes = "\uFEFFcafé".getBytes(StandardCharsets.UTF_8);
    assertEquals(StandardCharsets.UTF_8, Charsets.detect(bytes, StandardCharsets.ISO_8859_1, true));
    assertEquals("café", Charsets.decode(bytes, null, false));
  }

  @Test
  void validUtf8IsUtf8() {
    assertEquals(StandardCharsets.UTF_8, Charsets.detect("Zelenskyy — Зеленський".getBytes(StandardCharsets.UTF_8), null, false));
  }

  @Test
  void truncatedUtf8AtTheEndIsStillUtf8() {
    byte[] full = "naïve ü".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
    assertTrue(Charsets.isUtf8(cut));
  }

  @Test
  void aDeclarationTheBytesContradictIsPassedOver() {
    String zh = "经过两年多的施工，连接东西两个山谷的公路隧道于昨日上午全线贯通，预计明年春季正式通车。";
    byte[] gbk = ("<html><head><meta charset=\"utf-8\"></head><body><p>" + zh + "</p></body></html>")
        .getBytes(Charset.forName("GB18030"));
    assertTrue(Charsets.decode(gbk, null, true).contains(zh), "UTF-8 declared on GB18030 bytes");
    assertTrue(Charsets.decode(gbk, StandardCharsets.UTF_8, false).contains(zh), "declared by the container");
    byte[] utf8 = ("<meta charset=\"windows-1252\"><p>Zelenskyy — Зеленський</p>").getBytes(StandardCharsets.UTF_8);
    assertTrue(Charsets.decode(utf8, null, true).contains("Зеленський"), "windows-1252 declared on UTF-8");
  }

  @Test
  void aStrayBadByteInAUtf8PageKeepsItsDeclaration() {
    byte[] page = "<meta charset=\"utf-8\"><p>Zelenskyy — Зеленський, naïve café, X</p>".getBytes(StandardCharsets.UTF_8);
    page[page.length - 6] = (byte) 0xFF;
    assertEquals(StandardCharsets.UTF_8, Charsets.detect(page, null, true));
  }
}
