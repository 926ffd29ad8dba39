package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireDatelinesTest {
  @Test
  void anAgencyInTheOpeningDatelineIsNamedAsUsersKnowIt() {
    assertEquals(Optional.of("AFP"), WireDatelines.agency("ANCHORAGE, United States (AFP) \u2013 Russian President ..."));
    assertEquals(Optional.of("Reuters"), WireDatelines.agency("KYIV, Aug 16 (Reuters) - Ukraine said ..."));
    assertEquals(Optional.of("Xinhua"), WireDatelines.agency("新华社安克雷奇8月15日电 美国总统特朗普15日..."));
    assertEquals(Optional.of("AFP"), WireDatelines.agency("法新社安克雷奇8月15日电 ..."));
    assertEquals(Optional.of("AP"), WireDatelines.agency("WASHINGTON (Associated Press) \u2014 The Senate ..."));
  }

  @Test
  void anAgencyNamedLaterOrWithoutADatelineIsNotOne() {
    assertFalse(WireDatelines.opens("The president spoke to AFP after the summit in Anchorage."));
    String late = "x".repeat(WireDatelines.DATELINE_CHARS) + " (AFP) \u2013 ";
    assertFalse(WireDatelines.opens(late), "past the opening, brackets are a credit, not a dateline");
    assertFalse(WireDatelines.opens(""));
  }

  @Test
  void everyAgencyOfTheDataFileHasAName() {
    assertTrue(WireDatelines.names().contains("Xinhua"));
    assertTrue(WireDatelines.names().stream().noneMatch(String::isBlank));
  }
}
