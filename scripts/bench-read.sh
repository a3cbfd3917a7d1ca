#!/usr/bin/env bash
# Reading throughput of one .warc.gz on one core, and its floor (gunzip alone on the same file).
#
#   scripts/bench-read.sh                 # builds a ~1 GB .warc.gz from samples/warc/ (real pages), then measures
#   scripts/bench-read.sh FILE.warc.gz    # measures FILE
#   SYNTHETIC=1 scripts/bench-read.sh     # a generated ~1 GB archive (LargeArchive) instead of the samples
#
# Prints, for ArchiveReader (records, pages, decoded payloads) and for Java's gunzip alone:
# MB/s of .warc.gz per CPU-second of the reading thread (per core), wall MB/s, peak heap; then
# GNU gzip -dc's user time on the same file. Reading runs with -Xmx512m (HEAP overrides).
# The generated file is left in ${BENCH_DIR:-/tmp/newscorpus-bench} for reruns.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

heap="${HEAP:-512m}"
dir="${BENCH_DIR:-/tmp/newscorpus-bench}"
mkdir -p "$dir"

echo "building test classes ..." >&2
mvn -B -q -DskipTests test-compile >&2
mvn -B -q dependency:build-classpath -pl pipelines -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >&2
cp="pipelines/target/test-classes:pipelines/target/classes:$(cat pipelines/target/test-classpath.txt)"

file="${1:-}"
if [[ -z "$file" ]]; then
  if [[ -n "${SYNTHETIC:-}" ]]; then
    file="$dir/synthetic-1g.warc.gz"
    [[ -f "$file" ]] || java -cp "$cp" org.newscorpus.read.LargeArchive "$file" 1000000000 42
  else
    # per-record gzip members concatenate into a valid .warc.gz: repeat the sample's real pages
    file="$dir/samples-1g.warc.gz"
    if [[ ! -f "$file" ]]; then
      sample=samples/warc/republish-sample.warc.gz
      reps=$(( 1000000000 / $(stat -c %s "$sample") + 1 ))
      for ((i = 0; i < reps; i++)); do cat "$sample"; done > "$file"
    fi
  fi
fi

echo "file: $file ($(stat -c %s "$file") bytes); nproc=$(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"$heap" -cp "$cp" org.newscorpus.read.ReadBenchmark "$file"
java -Xmx"$heap" -cp "$cp" org.newscorpus.read.ReadBenchmark "$file" --gunzip-only
size=$(stat -c %s "$file")
/usr/bin/time -f "%U %S %e" -o "$dir/gzip.time" gzip -dc "$file" > /dev/null
read -r user sys wall < "$dir/gzip.time"
awk -v b="$size" -v u="$user" -v s="$sys" -v w="$wall" 'BEGIN {
  printf "mode=gzip-dc file_mb=%.1f user_s=%.2f sys_s=%.2f wall_s=%.2f mb_per_s_per_core=%.1f mb_per_s_wall=%.1f\n",
    b / 1e6, u, s, w, b / 1e6 / (u + s), b / 1e6 / w }'
