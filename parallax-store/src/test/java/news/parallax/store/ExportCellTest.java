package news.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV field from a page cannot run as a spreadsheet formula nor reverse what follows it. */
class ExportCellTest {
  @Test
  void formulasAreShownAsTextAndNumbersStayNumbers() {
    assertEquals("'=HYPERLINK(\"http://e.example\",\"x\")", Export.cell("=HYPERLINK(\"http://e.example\",\"x\")"));
    assertEquals("'@SUM(A1)", Export.cell("@SUM(A1)"));
    assertEquals("'-2+3+cmd|' /C calc'!A0", Export.cell("-2+3+cmd|' /C calc'!A0"));
    assertEquals("-14", Export.cell("-14"));
    assertEquals("2.5", Export.cell("2.5"));
    assertEquals("Quake in Chile", Export.cell("Quake in Chile"));
    assertEquals("", Export.cell(null));
  }

  @Test
  void bidirectionalControlsAreTakenOut() throws IOException {
    StringWriter w = new StringWriter();
    Export.csvRow(w, List.of("zh, en \u202Ereversed\u202C", "ok"));
    assertEquals("\"zh, en reversed\",ok\r\n", w.toString());
  }
}
