package news.parallax.app;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The input paths shared by the commands that read pages. */
final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "HTML files, text dumps, JSON lines, WARC (.warc, .warc.gz), any of them "
          + "gzipped, or directories of them (read recursively, in name order).")
  List<Path> paths;
}
