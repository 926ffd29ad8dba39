package news.parallax.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Puts back into order the records a parallel stage delivered out of it: each record has a
 * number, counted from 0 without gaps, and comes out when every number before it has. Kept in
 * keyed state, so it is checkpointed with the operator that holds it.
 */
final class InOrder<T> {
  private final MapState<Long, T> waiting;
  private final ValueState<Long> next;

  InOrder(RuntimeContext context, String name, Class<T> type) {
    waiting = context.getMapState(new MapStateDescriptor<>(name + "-waiting", Types.LONG,
        TypeInformation.of(type)));
    next = context.getState(new ValueStateDescriptor<>(name + "-next", Types.LONG));
  }

  /** Takes record {@code n} and returns the records now in order, in order. */
  List<T> offer(long n, T record) throws Exception {
    long expected = next.value() == null ? 0 : next.value();
    List<T> out = new ArrayList<>();
    if (n != expected) {
      waiting.put(n, record);
      return out;
    }
    out.add(record);
    expected++;
    T more;
    while ((more = waiting.get(expected)) != null) {
      waiting.remove(expected);
      out.add(more);
      expected++;
    }
    next.update(expected);
    return out;
  }
}
