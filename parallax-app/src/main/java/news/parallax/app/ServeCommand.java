package news.parallax.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import news.parallax.Parallax;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.serve.MemoryStoryData;
import news.parallax.serve.ServeSettings;
import news.parallax.serve.Server;
import news.parallax.serve.StoryData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax serve}: the HTTP API and the web UI, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the stories over HTTP: a web UI to read them and a JSON API "
        + "(documented at /api/openapi.json); pages can be sent to POST /api/pages.")
final class ServeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Pages to read at start (any input kind analyze reads).")
  List<Path> paths = List.of();

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface).")
  String bind;

  @Option(names = "--rate", defaultValue = "50",
      description = "Requests a second allowed per client address, bursts of as many again; past it 429 (default: ${DEFAULT-VALUE}; 0: no limit).")
  double rate;

  @Option(names = "--max-upload", defaultValue = "33554432", paramLabel = "BYTES",
      description = "Largest body POST /api/pages takes (default: ${DEFAULT-VALUE}, 32 MB).")
  long maxUpload;

  @Option(names = "--cors", paramLabel = "ORIGIN", split = ",",
      description = "Origins allowed to call the API from a browser (default: none, CORS off; * for any).")
  List<String> cors = List.of();

  @Override
  public Integer call() throws InterruptedException {
    ServeSettings settings;
    try {
      settings = new ServeSettings(bind, port, maxUpload, rate, cors);
    } catch (IllegalArgumentException e) {
      System.err.println("parallax: " + e.getMessage());
      return Main.USAGE;
    }
    Parallax parallax = Parallax.create();
    StoryData data = MemoryStoryData.empty(parallax, Clock.systemUTC());
    List<InputError> errors = new ArrayList<>();
    if (!paths.isEmpty()) {
      List<Page> pages = parallax.read(paths, errors);
      errors.addAll(data.ingest(pages, List.of()).errors());
      Terminal.report(errors);
    }
    Server server = Server.start(data, settings);
    System.err.println("parallax: serving " + data.health().stories() + " stories on http://"
        + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/ (Ctrl-C stops)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return Main.OK;
  }
}
