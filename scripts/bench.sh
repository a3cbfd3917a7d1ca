#!/usr/bin/env bash
# One command, one table: the whole pipeline against its floors on the same generated corpus.
#
#   scripts/bench.sh                        # 5,000 pages, 3 runs of each step, -Xmx2g, parallelism 2
#   scripts/bench.sh --pages=20000 --runs=1 --steps=flink
#
# Options (all optional):
#   --pages=N         corpus size (default 5000); pages of ~80 KB median HTML, 30% republished copies
#   --work=DIR        where corpora and results live (default pipelines/target/bench); a corpus of
#                     the same size is reused when DIR/corpus-N/corpus.properties names the same
#                     seed and generator version
#   --runs=R          runs per step; the table quotes medians (default 3)
#   --heap=SIZE       -Xmx of every measured JVM (default 2g)
#   --parallelism=P   workers of the pipeline runs, the same for every runner (default 2)
#   --steps=LIST      comma-separated subset of: gunzip,jwarc,jsoup,extract,jmh,direct,direct-fast,flink
#                     (default: all of them)
#   --pool=FILE       article pool (default ../shared/eval/tools/dev-pool.jsonl.gz)
#   --append          keep the earlier runs of this corpus size in the table (steps run separately)
#   --pipeline-args=A extra arguments of every pipeline run (direct, direct-fast, flink), split on
#                     spaces, e.g. --pipeline-args=--useDataStreamForBatch=false
#
# Steps: gunzip = Java's gunzip of the .warc.gz files; jwarc = jwarc iterating the records and reading
# every payload; jsoup = Jsoup.parse of every payload (the floor every ratio divides by; its CPU is
# the parsing thread's inside Jsoup.parse; read+jsoup-parse is the whole process); extract = the
# pipeline's ArticleExtractor alone (CPU of its thread inside extract: decode, parse, heuristics, so a
# per-core figure even on a loaded machine); jmh = JMH runs of
# extraction alone and of signatures + dedupe alone (one thread; wall-clock throughput, so only a
# per-core figure on an idle machine); direct = the pipeline on the
# DirectRunner as a user runs it by default (its immutability and encodability checks are off
# unless asked for); direct-fast = the same, with the checks named off and --targetParallelism=P;
# flink = the FlinkRunner embedded
# (--flinkMaster=[local] --parallelism=P).
# Per core = per CPU-second of the whole process (every thread, GC and JIT included), from
# OperatingSystemMXBean; heap = peak used (sampled every 10 ms) and peak live after a collection;
# RSS = VmHWM. The table is also written to DIR/table-N.txt, raw lines to DIR/results-N.txt.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

pages=5000 work="$root/pipelines/target/bench" runs=3 heap=2g parallelism=2
steps="gunzip,jwarc,jsoup,extract,jmh,direct,direct-fast,flink"
append=""
pipeline_args=()
pool="$root/../shared/eval/tools/dev-pool.jsonl.gz"
for arg in "$@"; do
  case "$arg" in
    --pages=*) pages="${arg#*=}" ;;
    --work=*) work="${arg#*=}" ;;
    --runs=*) runs="${arg#*=}" ;;
    --heap=*) heap="${arg#*=}" ;;
    --parallelism=*) parallelism="${arg#*=}" ;;
    --steps=*) steps="${arg#*=}" ;;
    --pool=*) pool="${arg#*=}" ;;
    --append) append=1 ;;
    --pipeline-args=*) read -r -a pipeline_args <<< "${arg#*=}" ;;
    -h|--help) sed -n '2,33p' "$0"; exit 0 ;;
    *) echo "error: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done
has() { [[ ",$steps," == *",$1,"* ]]; }

echo "building (mvn -Pbench package) ..." >&2
mvn -B -q -Pbench -DskipTests package >&2
mvn -B -q dependency:build-classpath -pl pipelines -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >&2
cp="pipelines/target/test-classes:pipelines/target/classes:$(cat pipelines/target/test-classpath.txt)"
jmh_cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

mkdir -p "$work"
corpus="$work/corpus-$pages"
# kept when it was built from the same size, seed and generator version (corpus.properties)
java -cp "$cp" org.newscorpus.bench.BenchCorpus --reuse "$pool" "$corpus" "$pages" 42 >&2 \
  || { echo "error: no corpus in $corpus (the pool is --pool=FILE)" >&2; exit 2; }
html_bytes=$(sed -n 's/^html_bytes=//p' "$corpus/corpus.properties")
files=("$corpus"/*.warc.gz)
results="$work/results-$pages.txt"
jmh_json="$work/jmh-$pages.json"
if [[ -z "$append" ]]; then
  : > "$results"
  rm -f "$jmh_json"
fi

measure() {  # NAME MODE ARGS...: one run, its bench line kept
  java -Xmx"$heap" -cp "$cp" org.newscorpus.bench.BenchRun "$@" 2> "$work/last-run.err" | tee -a "$results" >&2 \
    || { echo "error: run $1 failed, see $work/last-run.err" >&2; exit 1; }
}
pipeline() {  # NAME RUNNER-ARGS...
  local name="$1"; shift
  rm -rf "$work/out-$name"
  measure "$name" pipeline "$pages" "$html_bytes" --input="$corpus" --output="$work/out-$name" --progressSeconds=0 "$@" \
    ${pipeline_args[@]+"${pipeline_args[@]}"}
}

echo "corpus: $corpus; nproc=$(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); $runs run(s) per step" >&2
for ((r = 1; r <= runs; r++)); do
  has gunzip && measure gunzip gunzip "${files[@]}"
  has jwarc && measure jwarc-iterate warc "${files[@]}"
  has jsoup && measure jsoup-parse jsoup "${files[@]}"
  has extract && measure extract-alone extract "${files[@]}"
  has direct && pipeline direct
  has direct-fast && pipeline direct-fast --enforceImmutability=false --enforceEncodability=false \
    --targetParallelism="$parallelism"
  has flink && pipeline flink-embedded --runner=FlinkRunner --flinkMaster='[local]' --parallelism="$parallelism"
done
jmh_args=()
[[ -f "$jmh_json" ]] && jmh_args=("$jmh_json")
if has jmh; then
  java -Xmx"$heap" -cp "$jmh_cp" org.openjdk.jmh.Main -f 1 -wi 2 -w 5s -i "$((runs < 3 ? 3 : runs))" -r 5s \
    -jvmArgs "-Xmx$heap -Dnewscorpus.bench.corpus=$corpus" -rf json -rff "$jmh_json" \
    'ExtractBenchmark|DedupeBenchmark' >&2
  jmh_args=("$jmh_json")
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -cp "$cp" org.newscorpus.bench.BenchTable "$corpus/corpus.properties" "$results" "${jmh_args[@]}" \
  | tee "$work/table-$pages.txt"
