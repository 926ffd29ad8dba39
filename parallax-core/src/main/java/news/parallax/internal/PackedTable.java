package news.parallax.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;

/**
 * A compact binary form of a table built from large data files (a dictionary, a gazetteer), so
 * that a run reads it in bulk instead of parsing the sources again. The build writes it beside
 * the classes; a run uses it only when its key (a digest of the code and data it was built
 * from) still matches, and otherwise builds the table from the sources.
 *
 * <pre>{@code
 * String key = PackedTable.key("news/parallax/text/Bilingual.class", "ecdict.csv");
 * try (PackedTable.Reader r = PackedTable.open("news/parallax/text/bilingual.bin", key)) { ... }
 * }</pre>
 */
public final class PackedTable {
  private static final int MAGIC = 0x504c5854; // "PLXT"
  private static final int VERSION = 1;

  private PackedTable() {}

  /** Resources larger than this, inside a jar, are known by the size and CRC the jar records. */
  private static final long READ_LIMIT = 1 << 20;

  /**
   * The key of a table built from the given class-path resources (the class files of the code
   * that builds it and the data files it reads): a digest of their bytes, except that a large
   * resource inside a jar counts by the size and CRC the jar records, so that a dictionary of
   * 60 MB is not read to check it.
   */
  public static String key(String... resources) {
    MessageDigest d = sha256();
    for (String r : resources) {
      update(d, r);
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static void update(MessageDigest d, String resource) {
    d.update(resource.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
    URL url = PackedTable.class.getClassLoader().getResource(resource);
    if (url == null) {
      d.update((byte) 1);
      return;
    }
    try {
      URLConnection c = url.openConnection();
      if (c instanceof JarURLConnection jar && jar.getJarEntry().getSize() > READ_LIMIT) {
        JarEntry e = jar.getJarEntry();
        d.update(("size " + e.getSize() + " crc " + e.getCrc()).getBytes(StandardCharsets.UTF_8));
        return;
      }
      try (InputStream in = c.getInputStream()) {
        d.update(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /** The table under the class-path resource, or null when it is absent or built from other sources. */
  public static Reader open(String resource, String key) {
    InputStream in = PackedTable.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return null;
    }
    try {
      Reader r = new Reader(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
      if (r.in.readInt() != MAGIC || r.in.readInt() != VERSION || !r.in.readUTF().equals(key)) {
        r.close();
        return null;
      }
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Starts writing a table with the given key to a file. */
  public static Writer create(Path file, String key) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Writer w = new Writer(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)));
    w.out.writeInt(MAGIC);
    w.out.writeInt(VERSION);
    w.out.writeUTF(key);
    return w;
  }

  /** Writes values; each distinct string is written once and referred to by number after. */
  public static final class Writer implements Closeable {
    private final DataOutputStream out;
    private final Map<String, Integer> seen = new HashMap<>();

    private Writer(DataOutputStream out) {
      this.out = out;
    }

    /** A non-negative number. */
    public void count(int n) throws IOException {
      int v = n;
      while ((v & ~0x7f) != 0) {
        out.writeByte((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      out.writeByte(v);
    }

    public void string(String s) throws IOException {
      Integer id = seen.get(s);
      if (id != null) {
        count(id + 1);
        return;
      }
      seen.put(s, seen.size());
      count(0);
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      count(utf8.length);
      out.write(utf8);
    }

    public void strings(List<String> list) throws IOException {
      count(list.size());
      for (String s : list) {
        string(s);
      }
    }

    public void stringSet(Set<String> set) throws IOException {
      strings(set.stream().sorted().toList());
    }

    /** A map from strings to lists of strings, keys in sorted order. */
    public void stringLists(Map<String, List<String>> map) throws IOException {
      List<String> keys = map.keySet().stream().sorted().toList();
      count(keys.size());
      for (String k : keys) {
        string(k);
        strings(map.get(k));
      }
    }

    public void flag(boolean b) throws IOException {
      out.writeBoolean(b);
    }

    public void number(double d) throws IOException {
      out.writeDouble(d);
    }

    /** An array of numbers, written in one block (each value exactly, as eight bytes). */
    public void numbers(double[] values) throws IOException {
      count(values.length);
      ByteBuffer b = ByteBuffer.allocate(values.length * Double.BYTES);
      b.asDoubleBuffer().put(values);
      out.write(b.array());
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Reads what a {@link Writer} wrote, in the same order. */
  public static final class Reader implements Closeable {
    private final DataInputStream in;
    private final List<String> strings = new ArrayList<>();

    private Reader(DataInputStream in) {
      this.in = in;
    }

    public int count() throws IOException {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        int b = in.readUnsignedByte();
        v |= (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
    }

    public String string() throws IOException {
      int ref = count();
      if (ref > 0) {
        return strings.get(ref - 1);
      }
      byte[] utf8 = new byte[count()];
      in.readFully(utf8);
      String s = new String(utf8, StandardCharsets.UTF_8);
      strings.add(s);
      return s;
    }

    public List<String> strings() throws IOException {
      String[] out = new String[count()];
      for (int i = 0; i < out.length; i++) {
        out[i] = string();
      }
      return List.of(out);
    }

    public Set<String> stringSet() throws IOException {
      int n = count();
      Set<String> out = new HashSet<>(n * 2);
      for (int i = 0; i < n; i++) {
        out.add(string());
      }
      return Set.copyOf(out);
    }

    public Map<String, List<String>> stringLists() throws IOException {
      int n = count();
      Map<String, List<String>> out = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        String k = string();
        out.put(k, strings());
      }
      return Map.copyOf(out);
    }

    public boolean flag() throws IOException {
      return in.readBoolean();
    }

    public double number() throws IOException {
      return in.readDouble();
    }

    /** An array a {@link Writer#numbers} wrote, read in one block. */
    public double[] numbers() throws IOException {
      int n = count();
      byte[] bytes = new byte[Math.multiplyExact(n, Double.BYTES)];
      in.readFully(bytes);
      double[] out = new double[n];
      ByteBuffer.wrap(bytes).asDoubleBuffer().get(out);
      return out;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
