package news.parallax.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference of two texts (longest common subsequence of their pieces), for the
 * revisions of an article. The common head and tail are cut first (an edit usually touches one
 * place); when the product of what is left is over {@link #MAX_CELLS} the texts are compared
 * paragraph by paragraph instead, so the work stays bounded.
 */
final class TextDiff {
  /** The most table cells one comparison may fill (4 M ints, 16 MB). */
  static final long MAX_CELLS = 4_000_000L;

  private TextDiff() {}

  /** A run of text that is in both, only in the old, or only in the new text. */
  record Part(String text, Kind kind) {
    public String css() {
      return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Where a part of a difference comes from. */
  enum Kind { SAME, DELETED, INSERTED }

  static List<Part> diff(String before, String after) {
    List<String> a = pieces(before);
    List<String> b = pieces(after);
    Common c = Common.of(a, b);
    if (c.cells() > MAX_CELLS) {
      a = List.of(before.split("(?<=\n\n)"));
      b = List.of(after.split("(?<=\n\n)"));
      c = Common.of(a, b);
      if (c.cells() > MAX_CELLS) {
        return List.of(new Part(before, Kind.DELETED), new Part(after, Kind.INSERTED));
      }
    }
    List<Part> out = new ArrayList<>();
    add(out, String.join("", a.subList(0, c.head())), Kind.SAME);
    for (Part p : lcs(a.subList(c.head(), a.size() - c.tail()), b.subList(c.head(), b.size() - c.tail()))) {
      add(out, p.text(), p.kind());
    }
    add(out, String.join("", a.subList(a.size() - c.tail(), a.size())), Kind.SAME);
    return regroup(out);
  }

  /**
   * Makes each changed place one deletion and one insertion: the spaces the table matched
   * between changed words join both sides, so "about three hours" replaced by "two hours
   * and forty minutes" reads as one phrase out and one in, not as alternating words.
   */
  private static List<Part> regroup(List<Part> parts) {
    List<Part> out = new ArrayList<>();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      boolean space = p.kind() == Kind.SAME && p.text().isBlank();
      boolean inChange = deleted.length() + inserted.length() > 0;
      if (p.kind() == Kind.DELETED || space && inChange && i + 1 < parts.size()) {
        deleted.append(p.text());
      }
      if (p.kind() == Kind.INSERTED || space && inChange && i + 1 < parts.size()) {
        inserted.append(p.text());
      }
      if (p.kind() == Kind.SAME && !(space && inChange && i + 1 < parts.size())) {
        flush(out, deleted, inserted);
        add(out, p.text(), Kind.SAME);
      }
    }
    flush(out, deleted, inserted);
    return out;
  }

  private static void flush(List<Part> out, StringBuilder deleted, StringBuilder inserted) {
    add(out, deleted.toString(), Kind.DELETED);
    add(out, inserted.toString(), Kind.INSERTED);
    deleted.setLength(0);
    inserted.setLength(0);
  }

  /**
   * The pieces two texts share at their start and at their end, and the cells of the table
   * that compares the rest.
   */
  private record Common(int head, int tail, long cells) {
    static Common of(List<String> a, List<String> b) {
      int head = 0;
      while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
        head++;
      }
      int tail = 0;
      while (tail < a.size() - head && tail < b.size() - head
          && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
        tail++;
      }
      return new Common(head, tail, (long) (a.size() - head - tail) * (b.size() - head - tail));
    }
  }

  private static List<String> pieces(String text) {
    return Words.split(text).stream().map(Words.Piece::text).toList();
  }

  private static List<Part> lcs(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<Part> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        add(out, a.get(i), Kind.SAME);
        i++;
        j++;
      } else if (j < m && (i == n || len[i][j + 1] >= len[i + 1][j])) {
        add(out, b.get(j++), Kind.INSERTED);
      } else {
        add(out, a.get(i++), Kind.DELETED);
      }
    }
    return out;
  }

  private static void add(List<Part> out, String text, Kind kind) {
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      Part last = out.remove(out.size() - 1);
      out.add(new Part(last.text() + text, kind));
    } else {
      out.add(new Part(text, kind));
    }
  }
}
