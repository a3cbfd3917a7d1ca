#!/usr/bin/env bash
# Throughput, peak heap and recall of the dedupe stage alone, on a generated corpus with known groups.
#
#   scripts/bench-dedupe.sh                       # 200,000 articles (SyntheticCorpus defaults)
#   ARTICLES=20000 scripts/bench-dedupe.sh        # a smaller corpus, same pathological groups
#   scripts/bench-dedupe.sh --dedupeMaxBucketSize=50   # extra arguments go to DedupeBench (dedupe and Beam options)
#
# The corpus (SyntheticCorpus) holds one story republished WIRE_COPIES times (default 2,000),
# BOILERPLATE pages (default 5,000) of unrelated articles opening with the same long boilerplate
# paragraph, stories with verbatim copies, light edits, trims and excerpts, and single articles.
# DedupeBench runs DedupeStories on the DirectRunner with -Xmx$HEAP (default 4g) and prints wall and
# CPU seconds, articles/s per core, peak heap, pair precision and recall overall and by group kind
# (boiler recall is 1.0 when the boilerplate pages stay apart: each is its own group).
# The corpus is left in ${BENCH_DIR:-/tmp/newscorpus-bench}/dedupe-N for reruns.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

heap="${HEAP:-4g}"
n="${ARTICLES:-200000}"
dir="${BENCH_DIR:-/tmp/newscorpus-bench}/dedupe-$n"

echo "building test classes ..." >&2
mvn -B -q -DskipTests test-compile >&2
mvn -B -q dependency:build-classpath -pl pipelines -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >&2
cp="pipelines/target/test-classes:pipelines/target/classes:$(cat pipelines/target/test-classpath.txt)"

if [[ ! -f "$dir/groups.tsv" ]]; then
  java -cp "$cp" org.newscorpus.bench.SyntheticCorpus "$dir" "$n" "${WIRE_COPIES:-2000}" "${BOILERPLATE:-5000}" 1
fi
echo "corpus: $dir ($n articles); nproc=$(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$dir/out"
java -Xmx"$heap" -cp "$cp" org.newscorpus.bench.DedupeBench \
  --articles="$dir/articles.avro" --truth="$dir/groups.tsv" --output="$dir/out" "$@"
echo "dedupe counts:"
cat "$dir"/out/tallies*.tsv | awk -F'\t' '{ s[$2] += $3 } END { for (k in s) printf "  %-40s %d\n", k, s[k] }' | sort
