package news.parallax.app;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import news.parallax.Parallax;
import news.parallax.serve.ServeSettings;
import news.parallax.serve.Server;
import news.parallax.serve.StoreStoryData;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax serve}: the HTTP API and the web UI over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve a store's stories over HTTP: a web UI to read them and a JSON API "
        + "(documented at /api/openapi.json); pages sent to POST /api/pages are ingested.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

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
      Terminal.ERR.println("parallax: " + e.getMessage());
      return Main.USAGE;
    }
    Store s = store.open(Parallax.create().recipe());
    if (s == null) {
      return Main.STORE_FAILED;
    }
    StoreStoryData data = new StoreStoryData(s);
    Server server;
    try {
      server = Server.start(data, settings);
    } catch (RuntimeException e) {
      data.close();
      Terminal.ERR.println("parallax: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
      return Main.USAGE;
    }
    Terminal.ERR.println("parallax: serving " + data.health().stories() + " stories of "
        + s.location() + " on http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":"
        + server.port() + "/ (Ctrl-C stops)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      data.close();
      stopped.countDown();
    }));
    stopped.await();
    return Main.OK;
  }
}
