package news.parallax.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first: for models and tables that a
 * stage needs only when text of its kind turns up.
 *
 * <pre>{@code
 * Lazy<POSModel> pos = Lazy.of(() -> load("pos.bin"));
 * pos.get(); // loads now
 * }</pre>
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> make;
  private volatile T value;

  private Lazy(Supplier<? extends T> make) {
    this.make = make;
  }

  /** A value the supplier makes on the first {@link #get()}. */
  public static <T> Lazy<T> of(Supplier<? extends T> make) {
    return new Lazy<>(Objects.requireNonNull(make, "make"));
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(make.get(), "made null");
          value = v;
        }
      }
    }
    return v;
  }
}
