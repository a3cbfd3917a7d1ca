#!/usr/bin/env bash
# Loads a produced dataset with Spark 3.5 and spark-avro, the way the README tells users to,
# and checks the partition columns, the dates and the record counts against _SUMMARY.json.
#
#   scripts/spark-check.sh DATASET_DIR
#
# Builds scripts/spark-check/ (a standalone Maven project: Spark's Avro and Jackson stay off the
# pipeline's class path) on first use, then runs Spark in local mode on 127.0.0.1.
# JAVA_OPTS passes JVM flags. Exit codes: 0 every check passed, 1 a check failed, 2 usage error.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: scripts/spark-check.sh DATASET_DIR" >&2
  exit 2
fi
dataset="$1"
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/spark-check" && pwd)"

if [[ ! -f "$project/target/classpath.txt" || -n "$(find "$project/pom.xml" "$project/src" -newer "$project/target/classpath.txt" -print -quit)" ]]; then
  echo "building the Spark check (mvn compile) ..." >&2
  mvn -B -q -f "$project/pom.xml" compile >&2
  # build-classpath leaves classpath.txt alone when the class path did not change: without this,
  # a source edited once would rebuild on every later run.
  touch "$project/target/classpath.txt"
fi

# Spark 3.5 on Java 17 needs these packages opened, as spark-submit does (JavaModuleOptions).
opens=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
)

# Spark binds to loopback only.
export SPARK_LOCAL_IP=127.0.0.1

exec java ${JAVA_OPTS:--Xmx1g} "${opens[@]}" \
  -cp "$project/target/classes:$(cat "$project/target/classpath.txt")" \
  org.newscorpus.sparkcheck.SparkCheck "$dataset"
