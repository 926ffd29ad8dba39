package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void isoWithAndWithoutTimeAndOffset() {
    assertEquals("2025-08-16", Dates.parse("2025-08-16"));
    assertEquals("2025-08-16T10:30", Dates.parse("2025-08-16 10:30"));
    assertEquals("2025-08-16T10:30:15Z", Dates.parse("2025-08-16T10:30:15.000Z"));
    assertEquals("2025-08-16T10:30-04:00", Dates.parse("2025-08-16T10:30:00-0400"));
  }

  @Test
  void writtenDatesInSeveralLanguages() {
    assertEquals("2025-08-16", Dates.parse("2025年8月16日"));
    assertEquals("2025-08-16T09:05", Dates.parse("发布于 2025年08月16日 09:05"));
    assertEquals("2025-08-16", Dates.parse("Published August 16, 2025"));
    assertEquals("2025-08-16", Dates.parse("Aug. 16th, 2025"));
    assertEquals("2025-08-16", Dates.parse("16. August 2025"));
    assertEquals("2025-03-01", Dates.parse("1. März 2025"));
    assertEquals("2025-08-16", Dates.parse("16 août 2025"));
    assertEquals("2025-08-16", Dates.parse("16 de agosto de 2025"));
    assertEquals("2025-08-16", Dates.parse("16.08.2025"));
    assertEquals("2025-08-16", Dates.parse("2025/08/16"));
  }

  @Test
  void impossibleDatesAreNotDates() {
    assertNull(Dates.parse("2025-13-40"));
    assertNull(Dates.parse("31. Februar 2025"));
    assertNull(Dates.parse("version 1.2.3"));
    assertNull(Dates.parse("1066-10-14"));
    assertNull(Dates.parse(null));
  }

  @Test
  void datesInUrls() {
    assertEquals("2019-08-02", Dates.fromUrl("https://lemire.example/blog/2019/08/02/json/"));
    assertEquals("2020-01-27", Dates.fromUrl("https://x.example/news-20200127-story.html"));
    assertNull(Dates.fromUrl("https://x.example/products/12345678/"));
    assertNull(Dates.fromUrl(null));
  }
}
