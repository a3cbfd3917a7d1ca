#!/usr/bin/env bash
# Reading throughput of one archive on one core, and its floor (decompression alone on the same file).
#
#   scripts/bench-read.sh                 # builds a ~1 GB .warc.gz from samples/warc/ (real pages), then measures
#   scripts/bench-read.sh FILE            # measures FILE: .warc.gz, .warc.zst or .warc.lz4
#   SYNTHETIC=1 scripts/bench-read.sh     # a generated ~1 GB archive (LargeArchive) instead of the samples
#
# Prints, for ArchiveReader (records, pages, decoded payloads) and for its decompression alone
# (Java's gunzip; for .zst and .lz4 the reader's own frame decoder, dictionary included): MB/s of
# the file per CPU-second of the reading thread (per core), wall MB/s, peak heap; then the user
# time of the command-line tool on the same file (gzip -dc, zstd -dc, with -D and the file's own
# dictionary when it opens with one, lz4 -dc). Reading runs with -Xmx512m (HEAP overrides);
# MVN_OFFLINE=1 builds with mvn -o.
# The generated file is left in ${BENCH_DIR:-/tmp/newscorpus-bench} for reruns.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

heap="${HEAP:-512m}"
dir="${BENCH_DIR:-/tmp/newscorpus-bench}"
mkdir -p "$dir"

echo "building test classes ..." >&2
mvn -B -q ${MVN_OFFLINE:+-o} -DskipTests test-compile >&2
mvn -B -q ${MVN_OFFLINE:+-o} dependency:build-classpath -pl pipelines -Dmdep.includeScope=test \
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
java -Xmx"$heap" -cp "$cp" org.newscorpus.read.ReadBenchmark "$file" --decompress-only
size=$(stat -c %s "$file")
# the command-line tool for the file's compression, by its magic bytes
tool=(gzip -dc)
case "$(head -c 4 "$file" | od -An -tx1 | tr -d ' \n')" in
  28b52ffd) tool=(zstd -dc) ;;
  04224d18) tool=(lz4 -dc) ;;
  5d2a4d18)
    # a warc-zstd dictionary frame: the zstd tool skips it, and needs the dictionary given with -D
    dict_size=$(od -An -tu4 -j4 -N4 "$file" | tr -d ' ')
    dd if="$file" of="$dir/dictionary" bs=64K iflag=skip_bytes,count_bytes skip=8 count="$dict_size" status=none
    if [[ "$(head -c 4 "$dir/dictionary" | od -An -tx1 | tr -d ' \n')" == 28b52ffd ]]; then
      zstd -q -dc "$dir/dictionary" > "$dir/dictionary.raw"
    else
      cp "$dir/dictionary" "$dir/dictionary.raw"
    fi
    tool=(zstd -dc -D "$dir/dictionary.raw") ;;
esac
/usr/bin/time -f "%U %S %e" -o "$dir/${tool[0]}.time" "${tool[@]}" "$file" > /dev/null
read -r user sys wall < "$dir/${tool[0]}.time"
awk -v t="${tool[0]}" -v b="$size" -v u="$user" -v s="$sys" -v w="$wall" 'BEGIN {
  printf "mode=%s-dc file_mb=%.1f user_s=%.2f sys_s=%.2f wall_s=%.2f mb_per_s_per_core=%.1f mb_per_s_wall=%.1f\n",
    t, b / 1e6, u, s, w, b / 1e6 / (u + s), b / 1e6 / w }'
