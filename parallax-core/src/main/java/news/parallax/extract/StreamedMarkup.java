package news.parallax.extract;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Puts a page's tree into the shape a browser shows, where the parse alone does not: markup
 * that would otherwise come out as text, and content a script moves into place.
 *
 * <ul>
 *   <li>A {@code <![CDATA[} in HTML content (not inside SVG or MathML) is, for a browser, a bogus
 *       comment that ends at the first {@code >}; the parser reads everything up to {@code ]]>}
 *       (often the rest of the page) as one text node. That node is parsed again as HTML from
 *       the first {@code >} on, so the markup it holds is markup again.
 *   <li>A streamed server render (React's) sends the late parts of the page at its end, in
 *       hidden {@code <div id="S:n">} elements, and a script moves each into its placeholder, a
 *       {@code <template id="P:n">} or {@code <template id="B:n">} (whose fallback, up to the
 *       {@code <!--/$-->} comment, it replaces). The parts are moved as the script would.
 * </ul>
 */
final class StreamedMarkup {
  private StreamedMarkup() {}

  /** Re-parses text nodes that a browser would have read as markup; true when any was found. */
  static boolean reparseCdata(List<CDataNode> nodes) {
    boolean changed = false;
    for (CDataNode n : nodes) {
      Element parent = n.parent();
      if (parent == null || insideForeignContent(parent)) {
        continue;
      }
      String text = n.getWholeText();
      int gt = text.indexOf('>');
      String rest = gt < 0 ? "" : text.substring(gt + 1);
      List<Node> parsed = rest.isEmpty() ? List.of()
          : Parser.parseFragment(rest, parent, parent.baseUri());
      for (Node p : List.copyOf(parsed)) { // moving a node out changes the list it came in
        n.before(p);
      }
      n.remove();
      changed = true;
    }
    return changed;
  }

  private static boolean insideForeignContent(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      String tag = x.normalName();
      if (tag.equals("svg") || tag.equals("math")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes what a boundary shows while it loads: the nodes after its template up to its end
   * comment ({@code <!--/$-->}); when the page kept no comments, the next element when it is a
   * leaf with a short text ("Loading...").
   */
  private static void dropFallback(Element slot) {
    List<Node> fallback = new java.util.ArrayList<>();
    for (Node next = slot.nextSibling(); next != null; next = next.nextSibling()) {
      if (next instanceof Comment c && c.getData().equals("/$")) {
        fallback.forEach(Node::remove);
        return;
      }
      fallback.add(next);
    }
    Element next = slot.nextElementSibling();
    if (next != null && next.childrenSize() == 0 && next.text().length() <= MAX_FALLBACK_CHARS) {
      next.remove();
    }
  }

  /** A loading notice is at most this long. */
  private static final int MAX_FALLBACK_CHARS = 40;

  /**
   * Moves each streamed part ({@code div[hidden][id=S:n]}) into its placeholder
   * ({@code template[id=P:n]} or {@code template[id=B:n]}); true when any was moved.
   */
  static boolean placeStreamedParts(List<Element> parts, Map<String, Element> placeholders) {
    boolean changed = false;
    for (Element part : parts) {
      String n = part.id().substring(2);
      Element slot = placeholders.get("P:" + n);
      boolean boundary = false;
      if (slot == null) {
        slot = placeholders.get("B:" + n);
        boundary = true;
      }
      if (slot == null || slot.parent() == null) {
        continue;
      }
      if (boundary) {
        dropFallback(slot);
      }
      for (Node child : List.copyOf(part.childNodes())) {
        slot.before(child);
      }
      slot.remove();
      part.remove();
      changed = true;
    }
    return changed;
  }
}
