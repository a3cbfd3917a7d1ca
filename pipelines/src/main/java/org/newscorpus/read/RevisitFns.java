package org.newscorpus.read;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Rejections;
import org.newscorpus.accounting.Tally;
import org.newscorpus.schema.Page;

/** The DoFns of {@link ResolveRevisits}: thin adapters around its keys and choices. */
final class RevisitFns {

  private RevisitFns() {}

  /** A page's own key in the join: its file and offset, unique by construction. */
  static String pageKey(Page page) {
    return page.getInputUri() + "#" + (page.getInputOffset() == null ? "" : page.getInputOffset());
  }

  /** The keys under which a revisit may name this page's capture. */
  static List<String> captureKeys(Page page) {
    List<String> keys = new ArrayList<>(3);
    if (page.getPayloadDigest() != null) {
      keys.add("digest:" + page.getPayloadDigest());
    }
    if (page.getRecordId() != null) {
      keys.add(RecordClassifier.recordKey(page.getRecordId()));
    }
    if (page.getCrawledAt() != null && page.getInputOffset() != null && !page.getUrl().isEmpty()) {
      keys.add(RecordClassifier.captureKey(page.getUrl(), page.getCrawledAt()));
    }
    return keys;
  }

  /** The page that a resolved revisit becomes: its own identity, the original's payload. */
  static Page resolved(Page revisit, Page original) {
    return Page.newBuilder(revisit)
        .setContentType(revisit.getContentType() != null ? revisit.getContentType() : original.getContentType())
        .setPayloadDigest(original.getPayloadDigest())
        .setRevisitOf(null)
        .setBody(ByteBuffer.wrap(bytes(original.getBody())))
        .build();
  }

  private static byte[] bytes(ByteBuffer body) {
    ByteBuffer b = body.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  /** The keys of {@code keyed} as a side input to test membership in (values unused). */
  static <V> PCollectionView<Map<String, Iterable<Boolean>>> keySet(PCollection<KV<String, V>> keyed, String name) {
    return keyed
        .apply("KeysOf" + name.substring("View".length()), MapElements.into(
            TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.booleans())).via(kv -> KV.of(kv.getKey(), true)))
        .apply(name, View.asMultimap());
  }

  /** Page → (capture key, page key) for each of its keys that some revisit names. */
  static final class OfferCaptureKeysFn extends DoFn<Page, KV<String, String>> {
    private final PCollectionView<Map<String, Iterable<Boolean>>> wanted;

    OfferCaptureKeysFn(PCollectionView<Map<String, Iterable<Boolean>>> wanted) {
      this.wanted = wanted;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      Map<String, Iterable<Boolean>> keys = c.sideInput(wanted);
      if (keys.isEmpty()) {
        return;
      }
      Page page = c.element();
      String pageKey = pageKey(page);
      for (String key : captureKeys(page)) {
        if (keys.containsKey(key)) {
          c.output(KV.of(key, pageKey));
        }
      }
    }
  }

  /** Page → itself when no revisit repeats it, or (page key, page) to join its revisits. */
  static final class SetAsideOriginalsFn extends DoFn<Page, Page> {
    private final PCollectionView<Map<String, Iterable<Boolean>>> originals;

    SetAsideOriginalsFn(PCollectionView<Map<String, Iterable<Boolean>>> originals) {
      this.originals = originals;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      Page page = c.element();
      Map<String, Iterable<Boolean>> keys = c.sideInput(originals);
      String pageKey = keys.isEmpty() ? null : pageKey(page);
      if (pageKey != null && keys.containsKey(pageKey)) {
        c.output(ResolveRevisits.ORIGINALS, KV.of(pageKey, page));
      } else {
        c.output(page);
      }
    }
  }

  /** Revisit stub → (the key of the capture it repeats, stub). */
  static final class KeyRevisitsFn extends DoFn<Page, KV<String, Page>> {
    @ProcessElement
    public void processElement(@Element Page stub, OutputReceiver<KV<String, Page>> out) {
      out.output(KV.of(stub.getRevisitOf(), stub));
    }
  }

  /** For one capture key: each revisit goes to the smallest page key offering it, or is skipped. */
  static final class PickOriginalFn extends DoFn<KV<String, CoGbkResult>, KV<String, Page>> {
    private final Counter skipped = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.SKIPPED);
    private final Counter unresolved = Metrics.counter(PipelineMetrics.READ, "revisitUnresolved");
    private final boolean keepSkipped;

    PickOriginalFn(boolean keepSkipped) {
      this.keepSkipped = keepSkipped;
    }

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> group, MultiOutputReceiver out) {
      String original = null;
      for (String pageKey : group.getValue().getAll(ResolveRevisits.ORIGINAL_PAGE_KEYS)) {
        if (original == null || pageKey.compareTo(original) < 0) {
          original = pageKey;
        }
      }
      for (Page stub : group.getValue().getAll(ResolveRevisits.REVISIT_STUBS)) {
        if (original != null) {
          out.get(ResolveRevisits.MATCHED).output(KV.of(original, stub));
          continue;
        }
        skipped.inc();
        unresolved.inc();
        out.get(ReadArchives.TALLIES).output(Tally.skipped(ReadInputFileFn.STAGE, "revisitUnresolved"));
        if (keepSkipped) {
          out.get(ReadArchives.REJECTED).output(Rejections.of(stub.getInputUri(), stub.getInputOffset(), stub.getUrl(),
              ReadInputFileFn.STAGE, "revisitUnresolved", "skipped: no capture in the input has " + group.getKey(),
              (String) null));
        }
      }
    }
  }

  /** For one page: the page itself, then one page per revisit matched to it. */
  static final class AttachPayloadFn extends DoFn<KV<String, CoGbkResult>, Page> {
    private final Counter pages = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.PAGES);

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> group, MultiOutputReceiver out) {
      Page original = null;
      for (Page page : group.getValue().getAll(ResolveRevisits.PAGES_BY_KEY)) {
        out.get(ReadArchives.PAGES).output(page);
        original = page;
      }
      for (Page stub : group.getValue().getAll(ResolveRevisits.REVISIT_STUBS)) {
        if (original == null) {
          // cannot happen: a revisit is matched to a page key only when that page exists
          out.get(ReadArchives.TALLIES).output(Tally.skipped(ReadInputFileFn.STAGE, "revisitUnresolved"));
          continue;
        }
        pages.inc();
        out.get(ReadArchives.PAGES).output(resolved(stub, original));
        out.get(ReadArchives.TALLIES).output(Tally.pages(stub.getInputUri()));
      }
    }
  }
}
