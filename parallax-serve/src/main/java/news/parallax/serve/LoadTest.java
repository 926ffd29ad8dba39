package news.parallax.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A bounded HTTP/1.1 load test on loopback: {@code connections} keep-alive connections, each
 * sending GET requests one after another until {@code requests} have been sent in all or
 * {@code seconds} have passed; reports requests a second and latency percentiles.
 *
 * <pre>{@code
 * LoadTest.Result r = LoadTest.run("127.0.0.1", port, i -> "/api/stories", 32, 20_000, 30);
 * }</pre>
 */
public final class LoadTest {
  private LoadTest() {}

  /**
   * What a run measured.
   *
   * @param requests responses received
   * @param failures responses other than 200 (and requests that failed)
   * @param seconds wall time of the run
   * @param p50 median latency in milliseconds
   * @param p99 99th-percentile latency in milliseconds
   * @param max the slowest response in milliseconds
   */
  public record Result(int requests, int failures, double seconds, double p50, double p99, double max) {
    public double perSecond() {
      return requests / seconds;
    }
  }

  /** Runs the test; {@code path} gives the path of the i-th request. */
  public static Result run(String host, int port, IntFunction<String> path, int connections,
      int requests, double seconds) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long[] latencies = new long[requests];
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      done.add(pool.submit(() -> {
        Connection conn = null;
        for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline;
            i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          try {
            if (conn == null) {
              conn = new Connection(host, port);
            }
            if (conn.get(path.apply(i)) != 200) {
              failures.incrementAndGet();
            }
          } catch (IOException e) {
            failures.incrementAndGet();
            conn = null;
          }
          latencies[i] = System.nanoTime() - t0;
        }
        if (conn != null) {
          conn.close();
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    int sent = Math.min(requests, next.get());
    long[] taken = Arrays.stream(latencies, 0, sent).filter(l -> l > 0).sorted().toArray();
    return new Result(taken.length, failures.get(), wall, percentile(taken, 0.50),
        percentile(taken, 0.99), taken.length == 0 ? 0 : taken[taken.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** One keep-alive connection reading responses with Content-Length or chunked bodies. */
  private static final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;

    Connection(String host, int port) throws IOException {
      this.host = host;
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5000);
      socket.setSoTimeout(30_000);
      in = new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }

    int get(String path) throws IOException {
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.split(" ", 3)[1]);
      long length = -1;
      boolean chunked = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(h.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      if (chunked) {
        for (long n = Long.parseLong(line().split(";")[0].trim(), 16); n > 0;
            n = Long.parseLong(line().split(";")[0].trim(), 16)) {
          skip(n);
          line();
        }
        line();
      } else if (length > 0) {
        skip(length);
      }
      return code;
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        long s = in.skip(n);
        if (s <= 0) {
          if (in.read() < 0) {
            throw new IOException("connection closed in a body");
          }
          s = 1;
        }
        n -= s;
      }
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a finished connection
      }
    }
  }
}
