package news.parallax.serve;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The browsers listening for changes by server-sent events, and the events sent to them. */
final class LiveUpdates {
  private final List<SseClient> clients = new CopyOnWriteArrayList<>();

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
    clients.forEach(SseClient::close);
    clients.clear();
  }
}
