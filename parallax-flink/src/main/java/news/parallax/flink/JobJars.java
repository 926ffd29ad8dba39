package news.parallax.flink;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The jars a cluster needs to run the job: every jar this process loads the job from, without
 * those a Flink distribution holds itself (its runtime, shaded libraries, Scala), which must
 * not be shipped twice. The Kafka connector is not part of a distribution and is shipped.
 */
final class JobJars {
  private JobJars() {}

  static List<String> shipped() {
    Set<Path> jars = new LinkedHashSet<>();
    for (ClassLoader l = JobJars.class.getClassLoader(); l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader u) {
        for (URL url : u.getURLs()) {
          add(url, jars);
        }
      }
    }
    for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!p.isEmpty()) {
        add(Path.of(p), jars);
      }
    }
    return jars.stream().filter(JobJars::shipped).map(Path::toString).toList();
  }

  private static void add(URL url, Set<Path> jars) {
    try {
      add(Path.of(url.toURI()), jars);
    } catch (URISyntaxException | IllegalArgumentException e) {
      // not a local file: nothing to ship
    }
  }

  /** A jar, and the jars its manifest's Class-Path names (as the app's jar does). */
  private static void add(Path p, Set<Path> jars) {
    p = p.toAbsolutePath().normalize();
    if (!p.toString().endsWith(".jar") || !Files.isRegularFile(p) || !jars.add(p)) {
      return;
    }
    try (JarFile jar = new JarFile(p.toFile())) {
      Manifest m = jar.getManifest();
      String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
      if (cp != null) {
        for (String entry : cp.trim().split("\\s+")) {
          add(p.getParent().resolve(entry), jars);
        }
      }
    } catch (IOException e) {
      // an unreadable jar is left to the cluster's error
    }
  }

  private static boolean shipped(Path jar) {
    String name = jar.getFileName().toString();
    if (name.startsWith("flink-connector-kafka")) {
      return true;
    }
    return !name.startsWith("flink-") && !name.startsWith("scala-") && !name.startsWith("junit")
        && !name.startsWith("frocksdbjni");
  }
}
