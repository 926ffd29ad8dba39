package news.parallax.serve;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The browsers listening for changes by server-sent events, and the events sent to them. The
 * data's version is looked at every {@link #POLL_MILLIS} ms, so a story changed by any ingest
 * (a page posted to this server, or {@code ingest} and {@code watch} writing the same store
 * from another process) reaches the pages open on it.
 */
final class LiveUpdates {
  /** How often the data's version is read (one small query). */
  static final long POLL_MILLIS = 1000;
  private final List<SseClient> clients = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "parallax-live-updates");
    t.setDaemon(true);
    return t;
  });
  private long version;

  /** Starts reading the data's version; changes from now on are sent to the listeners. */
  LiveUpdates(StoryData data) {
    version = data.version();
    poller.scheduleWithFixedDelay(() -> poll(data), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void poll(StoryData data) {
    try {
      long now = data.version();
      if (now != version) {
        List<String> changed = data.changedSince(version);
        version = now;
        storiesChanged(changed);
      }
    } catch (RuntimeException e) {
      // the store could not be read this time (closed or busy); the next poll tries again
    }
  }

  void add(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    client.sendComment("connected");
  }

  /** Tells every listener which stories an ingest changed (one {@code story} event each). */
  void storiesChanged(List<String> ids) {
    for (SseClient c : clients) {
      if (c.terminated()) {
        clients.remove(c);
        continue;
      }
      for (String id : ids) {
        c.sendEvent("story", id);
      }
    }
  }

  int listeners() {
    return clients.size();
  }

  void closeAll() {
    poller.shutdownNow();
    clients.forEach(SseClient::close);
    clients.clear();
  }
}
