package news.parallax;

/** Told how far a run has got; the CLI draws a progress bar from it. */
public interface Progress {
  Progress NONE = new Progress() {
    @Override
    public void start(String phase, int total) {}

    @Override
    public void step() {}
  };

  /** A phase of {@code total} steps begins. */
  void start(String phase, int total);

  /** One step of the current phase is done. May be called from several threads. */
  void step();
}
