package news.parallax.flink;

import java.util.List;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Gives every input its place in input order (runs at parallelism 1 after the source); the
 * count is checkpointed with the source's position, so a restarted job numbers the inputs it
 * reads again as the first attempt did.
 */
final class Numbering extends RichMapFunction<PageInput, PageInput> implements CheckpointedFunction {
  private transient ListState<Long> saved;
  private long next;

  @Override
  public PageInput map(PageInput in) {
    return in.numbered(next++);
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    saved.update(List.of(next));
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    saved = context.getOperatorStateStore().getListState(
        new ListStateDescriptor<>("next-seq", Types.LONG));
    for (Long n : saved.get()) {
      next = n;
    }
  }
}
