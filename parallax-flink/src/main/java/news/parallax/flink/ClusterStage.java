package news.parallax.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.cluster.StoryChanges;
import news.parallax.cluster.StoryClusterer;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Story;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The story clusterer, one keyed operator: takes the analyzed articles back in the order the
 * admit stage gave them, adds the new ones to the recipe's clusterer, and at each batch end
 * reads the changed stories, as {@code ingest} does after each batch, and sends each to the
 * per-story stages with its members. The clusterer's state ({@link StoryClusterer#save}) is
 * this operator's checkpointed state; the members' analyses are keyed state.
 */
final class ClusterStage extends KeyedProcessFunction<Integer, Analyzed, StoryWork>
    implements CheckpointedFunction {
  private transient StoryClusterer clusterer;
  private transient ListState<byte[]> saved;
  private transient InOrder<Analyzed> inOrder;
  private transient MapState<String, Member> members;
  private transient ValueState<Long> lastSeq;
  private transient ValueState<Integer> batchArticles;
  private transient ValueState<Integer> batchErrors;
  private transient ListState<String> revised;
  private transient ListState<Analyzed> batchItems;

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    saved = context.getOperatorStateStore().getListState(
        new ListStateDescriptor<>("clusterer", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    clusterer = Recipes.standard().clusterer();
    if (context.isRestored()) {
      for (byte[] state : saved.get()) {
        clusterer = Recipes.standard().clusterer(new ByteArrayInputStream(state));
      }
    }
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    ByteArrayOutputStream state = new ByteArrayOutputStream(1 << 16);
    clusterer.save(state);
    saved.update(List.of(state.toByteArray()));
  }

  @Override
  public void open(OpenContext context) {
    inOrder = new InOrder<>(getRuntimeContext(), "articles", Analyzed.class);
    members = getRuntimeContext().getMapState(new MapStateDescriptor<>("members", Types.STRING,
        TypeInformation.of(Member.class)));
    lastSeq = getRuntimeContext().getState(new ValueStateDescriptor<>("last-seq", Types.LONG));
    batchArticles = getRuntimeContext().getState(new ValueStateDescriptor<>("batch-articles", Types.INT));
    batchErrors = getRuntimeContext().getState(new ValueStateDescriptor<>("batch-errors", Types.INT));
    revised = getRuntimeContext().getListState(new ListStateDescriptor<>("revised", Types.STRING));
    batchItems = getRuntimeContext().getListState(new ListStateDescriptor<>("batch-items",
        TypeInformation.of(Analyzed.class)));
  }

  @Override
  public void processElement(Analyzed x, Context ctx, Collector<StoryWork> out) throws Exception {
    long t = System.nanoTime();
    for (Analyzed a : inOrder.offer(x.aseq(), x)) {
      if (a.end()) {
        read(a, ctx, out);
      } else if (a.analysis() == null) {
        bump(batchErrors);
        ctx.output(AdmitStage.WRITES, new StoreWrite(StoreWrite.Kind.ERROR, a.source(), a.batch(), 0,
            a.reason(), null));
      } else {
        add(a, ctx);
      }
    }
    StageClock.since(StageClock.Stage.CLUSTER, t);
  }

  /** Holds a batch's article until the batch ends: the clusterer takes a batch in corpus order. */
  private void add(Analyzed x, Context ctx) throws Exception {
    batchItems.add(x);
  }

  /**
   * Adds the batch's articles in the recipe's corpus order (publication time, then id), as
   * {@code Recipe.run} does, numbering the new ones in that order.
   */
  private void addBatch(Context ctx) throws Exception {
    List<Analyzed> items = new ArrayList<>();
    batchItems.get().forEach(items::add);
    List<AnalyzedArticle> analyses = new ArrayList<>();
    Map<String, Analyzed> byId = new LinkedHashMap<>();
    for (Analyzed x : items) {
      AnalyzedArticle a = Payloads.json(x.analysis(), AnalyzedArticle.class);
      analyses.add(a);
      byId.put(a.id(), x);
    }
    analyses.sort(news.parallax.Recipe.CORPUS_ORDER);
    for (AnalyzedArticle a : analyses) {
      Analyzed x = byId.get(a.id());
      long seq;
      if (x.revision() == 1) {
        seq = (lastSeq.value() == null ? 0 : lastSeq.value()) + 1;
        lastSeq.update(seq);
        clusterer.add(a);
      } else {
        // a new text of an article held: kept and its story's view rebuilt, not clustered again
        Member before = members.get(a.id());
        seq = before == null ? -1 : before.seq();
        revised.add(a.id());
      }
      members.put(a.id(), new Member(seq, x.analysis()));
      bump(batchArticles);
      ctx.output(AdmitStage.WRITES, new StoreWrite(StoreWrite.Kind.ARTICLE, a.id(), x.batch(), seq,
          x.pageHash(), x.analysis()));
    }
    batchItems.clear();
  }

  private void read(Analyzed end, Context ctx, Collector<StoryWork> out) throws Exception {
    addBatch(ctx);
    StoryChanges changes = clusterer.changes();
    clusterer.forgetClosed();
    List<Story> changed = new ArrayList<>(changes.changed());
    Set<String> ids = new HashSet<>();
    changed.forEach(s -> ids.add(s.id()));
    List<String> revisedIds = new ArrayList<>();
    revised.get().forEach(revisedIds::add);
    if (!revisedIds.isEmpty()) {
      for (Story s : clusterer.stories()) {
        if (!ids.contains(s.id()) && s.articles().stream().anyMatch(revisedIds::contains)) {
          ids.add(s.id());
          changed.add(s);
        }
      }
    }
    for (Story s : changed) {
      List<AnalyzedArticle> analyses = new ArrayList<>(s.articles().size());
      Map<String, Long> seqs = new LinkedHashMap<>();
      for (String id : s.articles()) {
        Member m = members.get(id);
        analyses.add(Payloads.json(m.analysis(), AnalyzedArticle.class));
        seqs.put(id, m.seq());
      }
      out.collect(new StoryWork(s.id(), Payloads.json(new StoryMembers(s, analyses, seqs))));
    }
    for (String gone : changes.gone()) {
      out.collect(new StoryWork(gone, null));
    }
    int articles = batchArticles.value() == null ? 0 : batchArticles.value();
    int errors = end.errors() + (batchErrors.value() == null ? 0 : batchErrors.value());
    ctx.output(AdmitStage.WRITES, new StoreWrite(StoreWrite.Kind.BATCH, null, end.batch(),
        end.pages(), null, Payloads.json(new int[] {articles, errors})));
    batchArticles.clear();
    batchErrors.clear();
    revised.clear();
  }

  private static void bump(ValueState<Integer> n) throws Exception {
    n.update((n.value() == null ? 0 : n.value()) + 1);
  }
}
