package news.parallax.fetch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks keyed by host: one at a time per host, each starting at least the host's delay
 * after the previous one ended, many hosts at once on a few worker threads.
 *
 * <p>Each host waits in a delay queue until it may be asked again, so an idle host costs no
 * thread and a worker never sleeps while another host is ready.
 */
final class HostScheduler implements AutoCloseable {
  private final Object lock = new Object();
  private final Map<String, Host> hosts = new HashMap<>();
  private final DelayQueue<Host> ready = new DelayQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private final Duration defaultDelay;
  private int pending;
  private boolean closed;

  HostScheduler(int workers, Duration defaultDelay) {
    this.defaultDelay = defaultDelay;
    for (int i = 0; i < workers; i++) {
      Thread t = new Thread(this::work, "parallax-fetch-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
  }

  /** Queues a task for a host. */
  void submit(String host, Runnable task) {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("scheduler closed");
      }
      pending++;
      Host h = hosts.computeIfAbsent(host, k -> new Host(k, defaultDelay.toNanos()));
      h.tasks.add(task);
      if (!h.busy && !h.queued) {
        h.queued = true;
        ready.add(h);
      }
    }
  }

  /** Sets a host's delay between requests (from robots.txt's Crawl-delay). */
  void delay(String host, Duration delay) {
    synchronized (lock) {
      hosts.computeIfAbsent(host, k -> new Host(k, defaultDelay.toNanos())).delayNanos =
          Math.max(delay.toNanos(), defaultDelay.toNanos());
    }
  }

  /** Waits until every task submitted so far, and every task they submitted, has run. */
  void awaitIdle() throws InterruptedException {
    synchronized (lock) {
      while (pending > 0) {
        lock.wait();
      }
    }
  }

  private void work() {
    while (true) {
      Host h;
      try {
        h = ready.take();
      } catch (InterruptedException e) {
        return;
      }
      Runnable task;
      synchronized (lock) {
        h.queued = false;
        task = h.tasks.poll();
        if (task == null) {
          continue;
        }
        h.busy = true;
      }
      try {
        task.run();
      } catch (RuntimeException e) {
        // a task reports its own failures; one that throws must not stop the host
      } finally {
        synchronized (lock) {
          h.busy = false;
          h.readyAt = System.nanoTime() + h.delayNanos;
          if (!h.tasks.isEmpty()) {
            h.queued = true;
            ready.add(h);
          }
          pending--;
          lock.notifyAll();
        }
      }
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
    }
    threads.forEach(Thread::interrupt);
  }

  private static final class Host implements Delayed {
    final String name;
    final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    long delayNanos;
    long readyAt = System.nanoTime();
    boolean busy;
    boolean queued;

    Host(String name, long delayNanos) {
      this.name = name;
      this.delayNanos = delayNanos;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(readyAt - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed o) {
      Host other = (Host) o;
      int c = Long.compare(readyAt, other.readyAt);
      return c != 0 ? c : name.compareTo(other.name);
    }
  }
}
