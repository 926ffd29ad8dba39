package news.parallax.flink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.extract.Extractor;
import news.parallax.extract.SiteMemory;
import news.parallax.extract.SiteParagraphs;
import news.parallax.internal.Hashing;
import news.parallax.model.Article;
import news.parallax.model.Page;
import news.parallax.store.Admission;
import news.parallax.store.Store;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The corpus stage before analysis, one keyed operator: puts the extracted pages back in input
 * order, cuts them into batches of a fixed number of pages as {@code ingest} does, and for each
 * batch removes the chrome each site repeats (learnt from this batch and every one before) and
 * decides which articles join ({@link Admission}: new, a revision, or held unchanged). A batch
 * closes when full, at the end of a bounded input, or (for a stream) when no page came for a
 * while. Its site memory and the ids it has admitted are keyed state.
 */
final class AdmitStage extends KeyedProcessFunction<Integer, Extracted, Admitted> {
  /** The rows this stage and the clusterer send straight to the store. */
  static final OutputTag<StoreWrite> WRITES =
      new OutputTag<>("store-writes", TypeInformation.of(StoreWrite.class));

  private final int batchSize;
  private final long idleMillis;
  private transient InOrder<Extracted> inOrder;
  private transient ListState<Extracted> batch;
  private transient ValueState<Integer> batchPages;
  private transient ValueState<Long> batchNo;
  private transient ValueState<Long> nextAseq;
  private transient ValueState<Long> idleTimer;
  /**
   * Site learning: site and paragraph key hash to the fingerprints of the pages holding it, at
   * most {@link SiteParagraphs#PAGES_ENOUGH} of them.
   */
  private transient MapState<String, List<String>> sitePages;
  /** Every admitted article id: its current revision and text hash. */
  private transient MapState<String, String> held;

  AdmitStage(int batchSize, long idleMillis) {
    this.batchSize = batchSize;
    this.idleMillis = idleMillis;
  }

  @Override
  public void open(OpenContext context) {
    inOrder = new InOrder<>(getRuntimeContext(), "pages", Extracted.class);
    batch = getRuntimeContext().getListState(new ListStateDescriptor<>("batch",
        TypeInformation.of(Extracted.class)));
    batchPages = getRuntimeContext().getState(new ValueStateDescriptor<>("batch-pages", Types.INT));
    batchNo = getRuntimeContext().getState(new ValueStateDescriptor<>("batch-no", Types.LONG));
    nextAseq = getRuntimeContext().getState(new ValueStateDescriptor<>("next-aseq", Types.LONG));
    idleTimer = getRuntimeContext().getState(new ValueStateDescriptor<>("idle-timer", Types.LONG));
    sitePages = getRuntimeContext().getMapState(new MapStateDescriptor<>("site-pages",
        Types.STRING, Types.LIST(Types.STRING)));
    held = getRuntimeContext().getMapState(new MapStateDescriptor<>("held", Types.STRING,
        Types.STRING));
  }

  @Override
  public void processElement(Extracted x, Context ctx, Collector<Admitted> out) throws Exception {
    long t = System.nanoTime();
    for (Extracted e : inOrder.offer(x.seq(), x)) {
      batch.add(e);
      if (e.page() != null) {
        int n = (batchPages.value() == null ? 0 : batchPages.value()) + 1;
        batchPages.update(n);
        if (n == batchSize) {
          close(ctx, out);
        }
      }
    }
    // a bounded input ends with the largest watermark, which fires this
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    if (idleMillis > 0) {
      long idle = ctx.timerService().currentProcessingTime() + idleMillis;
      ctx.timerService().registerProcessingTimeTimer(idle);
      idleTimer.update(idle);
    }
    StageClock.since(StageClock.Stage.ADMIT, t);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Admitted> out) throws Exception {
    if (ctx.timeDomain() == TimeDomain.EVENT_TIME || Long.valueOf(timestamp).equals(idleTimer.value())) {
      close(ctx, out);
    }
  }

  private void close(Context ctx, Collector<Admitted> out) throws Exception {
    List<Extracted> items = new ArrayList<>();
    batch.get().forEach(items::add);
    if (items.isEmpty()) {
      return;
    }
    long no = (batchNo.value() == null ? 0 : batchNo.value()) + 1;
    long aseq = nextAseq.value() == null ? 0 : nextAseq.value();
    int pages = 0;
    int errors = 0;
    List<Article> extracted = new ArrayList<>();
    Map<String, byte[]> pageOf = new HashMap<>();
    for (Extracted e : items) {
      if (e.page() != null) {
        pages++;
        pageOf.put(Payloads.page(e.page()).source(), e.page());
      }
      if (e.article() != null) {
        extracted.add(Payloads.json(e.article(), Article.class));
      } else {
        errors++;
        ctx.output(WRITES, new StoreWrite(StoreWrite.Kind.ERROR, e.source(), no, 0, e.reason(), null));
      }
    }
    Admission admission = new Admission(this::held);
    List<Article> joining = admission.admit(Extractor.withoutSiteChrome(extracted, this::sitePages));
    extracted.forEach(this::learn);
    Map<String, String> articleOfPage = new HashMap<>(admission.unchanged());
    for (Article a : joining) {
      Admission.Admitted x = admission.admitted().get(a.id());
      held.put(a.id(), x.revision() + ":" + x.textHash());
      articleOfPage.put(a.source(), a.id());
      byte[] page = pageOf.get(a.source());
      String hash = page == null ? "" : Store.contentHash(Payloads.page(page));
      out.collect(new Admitted(aseq++, no, Payloads.json(a), x.revision(), hash, 0, 0));
    }
    for (Map.Entry<String, byte[]> p : pageOf.entrySet()) {
      String article = articleOfPage.get(p.getKey());
      Admission.Admitted x = article == null ? null : admission.admitted().get(article);
      ctx.output(WRITES, new StoreWrite(StoreWrite.Kind.PAGE, article, no,
          x == null ? 0 : x.revision(), null, p.getValue()));
    }
    out.collect(new Admitted(aseq++, no, null, 0, null, pages, errors));
    batch.clear();
    batchPages.clear();
    batchNo.update(no);
    nextAseq.update(aseq);
  }

  private Admission.Held held(String id) {
    try {
      String v = held.get(id);
      if (v == null) {
        return null;
      }
      int colon = v.indexOf(':');
      return new Admission.Held(Integer.parseInt(v.substring(0, colon)), v.substring(colon + 1));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the admitted ids: " + e.getMessage(), e);
    }
  }

  /** {@link SiteMemory} over keyed state: the pages of earlier batches that held each key. */
  private Map<String, Set<String>> sitePages(String site, Collection<String> keys) {
    Map<String, Set<String>> out = new HashMap<>();
    try {
      for (String k : keys) {
        List<String> pages = sitePages.get(site + "\n" + Hashing.id(k));
        if (pages != null) {
          out.put(k, new HashSet<>(pages));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read site paragraphs: " + e.getMessage(), e);
    }
    return out;
  }

  private void learn(Article a) {
    SiteParagraphs p = SiteParagraphs.of(a);
    if (p == null) {
      return;
    }
    try {
      for (String key : p.keys()) {
        String k = p.site() + "\n" + Hashing.id(key);
        List<String> pages = sitePages.get(k);
        if (pages == null) {
          pages = new ArrayList<>();
        } else if (pages.size() >= SiteParagraphs.PAGES_ENOUGH || pages.contains(p.page())) {
          continue;
        }
        pages.add(p.page());
        sitePages.put(k, pages);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot write site paragraphs: " + e.getMessage(), e);
    }
  }
}
