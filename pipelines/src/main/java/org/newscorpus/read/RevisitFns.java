package org.newscorpus.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
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
import org.newscorpus.accounting.TimedDoFn;
import org.newscorpus.schema.Page;

/** The DoFns of {@link ResolveRevisits}: thin adapters around its keys and choices. */
final class RevisitFns {

  static final String UNRESOLVED = "revisitUnresolved";

  private RevisitFns() {}

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

  /**
   * The page that a resolved revisit becomes: its own identity, the original's payload and so the
   * original's truncation (a revisit's own {@code WARC-Truncated: length} only says that its record
   * leaves the payload out).
   */
  static Page resolved(Page revisit, Page original) {
    return Page.newBuilder(revisit)
        .setContentType(revisit.getContentType() != null ? revisit.getContentType() : original.getContentType())
        .setPayloadDigest(original.getPayloadDigest())
        .setRevisitOf(null)
        .setTruncated(original.getTruncated())
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

  /**
   * Page → (capture key, where the page is: file and offset) for each of its keys. Every page with
   * an offset offers, with nothing to wait for: pages flow on at once, and only these few bytes a
   * page wait for the revisits.
   */
  static final class OfferCaptureKeysFn extends DoFn<Page, KV<String, KV<String, Long>>> {
    @ProcessElement
    public void processElement(@Element Page page, OutputReceiver<KV<String, KV<String, Long>>> out) {
      if (page.getInputOffset() == null) {
        return;
      }
      KV<String, Long> at = KV.of(page.getInputUri(), page.getInputOffset());
      for (String key : captureKeys(page)) {
        out.output(KV.of(key, at));
      }
    }
  }

  /** Keeps the offers of the capture keys that some revisit names. */
  static final class KeepWantedFn extends DoFn<KV<String, KV<String, Long>>, KV<String, KV<String, Long>>> {
    private final PCollectionView<Map<String, Iterable<Boolean>>> wanted;

    KeepWantedFn(PCollectionView<Map<String, Iterable<Boolean>>> wanted) {
      this.wanted = wanted;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      if (c.sideInput(wanted).containsKey(c.element().getKey())) {
        c.output(c.element());
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

  /**
   * For one capture key: each revisit goes to the first capture offering it (by file, then offset)
   * as (file, (offset, revisit)), or is skipped.
   */
  static final class PickOriginalFn extends DoFn<KV<String, CoGbkResult>, KV<String, KV<Long, Page>>> {
    private final Counter skipped = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.SKIPPED);
    private final Counter unresolved = Metrics.counter(PipelineMetrics.READ, UNRESOLVED);
    private final boolean keepSkipped;

    PickOriginalFn(boolean keepSkipped) {
      this.keepSkipped = keepSkipped;
    }

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> group, MultiOutputReceiver out) {
      KV<String, Long> original = null;
      for (KV<String, Long> at : group.getValue().getAll(ResolveRevisits.OFFERS)) {
        if (original == null || FIRST.compare(at, original) < 0) {
          original = at;
        }
      }
      for (Page stub : group.getValue().getAll(ResolveRevisits.REVISIT_STUBS)) {
        if (original != null) {
          out.get(ResolveRevisits.MATCHED).output(KV.of(original.getKey(), KV.of(original.getValue(), stub)));
          continue;
        }
        skipped.inc();
        unresolved.inc();
        skip(out, keepSkipped, stub, "skipped: no capture in the input has " + group.getKey());
      }
    }
  }

  private static final Comparator<KV<String, Long>> FIRST =
      Comparator.comparing((KV<String, Long> at) -> at.getKey()).thenComparing(KV::getValue);

  /** Tallies a revisit as skipped {@code revisitUnresolved}, and writes it to rejected with {@code keepSkipped}. */
  private static void skip(DoFn.MultiOutputReceiver out, boolean keepSkipped, Page stub, String message) {
    out.get(ReadArchives.TALLIES).output(Tally.skipped(ReadInputFileFn.STAGE, UNRESOLVED));
    if (keepSkipped) {
      out.get(ReadArchives.REJECTED).output(Rejections.of(stub.getInputUri(), stub.getInputOffset(), stub.getUrl(),
          ReadInputFileFn.STAGE, UNRESOLVED, message, (String) null));
    }
  }

  /**
   * For one file: reads again each capture that revisits repeat, and gives one page per revisit,
   * with the capture's payload. A capture is read at its offset; when it cannot be (a file gzipped
   * as a whole has no record offsets), the file is read through once for all of them. A revisit
   * whose capture cannot be read again (the file changed or went away since) is skipped as {@code
   * revisitUnresolved}, with the reason.
   */
  static final class ReadOriginalsAgainFn extends TimedDoFn<KV<String, Iterable<KV<Long, Page>>>, Page> {
    private final Counter pages = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.PAGES);
    private final Counter skipped = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.SKIPPED);
    private final Counter unresolved = Metrics.counter(PipelineMetrics.READ, UNRESOLVED);
    private final Counter readAgain = Metrics.counter(PipelineMetrics.READ, "originalsReadAgain");
    private final long maxPageBytes;
    private final boolean keepSkipped;

    ReadOriginalsAgainFn(long maxPageBytes, boolean keepSkipped) {
      super(PipelineMetrics.READ);
      this.maxPageBytes = maxPageBytes;
      this.keepSkipped = keepSkipped;
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<KV<Long, Page>>> file, MultiOutputReceiver out) {
      String uri = file.getKey();
      TreeMap<Long, List<Page>> wanted = new TreeMap<>();
      for (KV<Long, Page> revisit : file.getValue()) {
        wanted.computeIfAbsent(revisit.getKey(), k -> new ArrayList<>()).add(revisit.getValue());
      }
      String failure = null;
      try {
        RecordReader reader = RecordReader.of(uri, maxPageBytes);
        ResourceId resource = FileSystems.matchNewResource(uri, false);
        try (SeekableByteChannel channel = ReopeningChannel.seekable(FileSystems.open(resource), resource)) {
          for (Iterator<Map.Entry<Long, List<Page>>> it = wanted.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, List<Page>> at = it.next();
            Optional<Page> original = reader.pageAt(uri, channel, at.getKey());
            if (original.isPresent() && takeRepeats(original.get(), at.getValue(), out)) {
              it.remove();
            }
          }
          if (!wanted.isEmpty()) {
            // not at their offsets: read the file through once and take them where they are
            channel.position(0);
            reader.read(uri, channel, new FindPagesSink(wanted, (original, revisits) -> takeRepeats(original, revisits, out)));
          }
        }
      } catch (IOException | RuntimeException e) {
        failure = "cannot read " + uri + " again: " + ArchiveReader.describe(e);
      }
      for (Map.Entry<Long, List<Page>> left : wanted.entrySet()) {
        for (Page stub : left.getValue()) {
          skipped.inc();
          unresolved.inc();
          skip(out, keepSkipped, stub, "skipped: the capture it repeats, in " + uri + " at byte " + left.getKey()
              + ", could not be read again" + (failure == null ? "" : ": " + failure));
        }
      }
    }

    /** Resolves the revisits that name {@code original} and removes them; true when none is left. */
    private boolean takeRepeats(Page original, List<Page> revisits, MultiOutputReceiver out) {
      List<String> keys = captureKeys(original);
      boolean any = false;
      for (Iterator<Page> it = revisits.iterator(); it.hasNext(); ) {
        Page stub = it.next();
        if (keys.contains(stub.getRevisitOf())) {
          pages.inc();
          out.get(ReadArchives.PAGES).output(resolved(stub, original));
          out.get(ReadArchives.TALLIES).output(Tally.pages(stub.getInputUri()));
          it.remove();
          any = true;
        }
      }
      if (any) {
        readAgain.inc();
      }
      return revisits.isEmpty();
    }
  }

  /**
   * While a file is read through: hands each page found at a wanted offset to {@code take} with
   * the revisits wanting that offset; {@code take} resolves those that name the page, and says
   * whether none is left, and the offset is then forgotten. (In a file gzipped as a whole, pages
   * share offsets.) Revisits, skips and rejections of the file were accounted for when it was first
   * read, and are ignored.
   */
  static final class FindPagesSink implements RecordSink {
    private final Map<Long, List<Page>> wanted;
    private final BiPredicate<Page, List<Page>> take;

    FindPagesSink(Map<Long, List<Page>> wanted, BiPredicate<Page, List<Page>> take) {
      this.wanted = wanted;
      this.take = take;
    }

    @Override
    public void page(Page page) {
      List<Page> revisits = page.getInputOffset() == null ? null : wanted.get(page.getInputOffset());
      if (revisits != null && take.test(page, revisits)) {
        wanted.remove(page.getInputOffset());
      }
    }

    @Override
    public void skipped(String reason, Long offset, String url) {}

    @Override
    public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {}

    @Override
    public void revisit(Page stub) {}
  }
}
