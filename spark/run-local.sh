#!/usr/bin/env bash
# Runs the newskg Spark job (newskg.spark.ExtractJob) in Spark local mode, without a cluster:
#
#   spark/run-local.sh --output OUT [--master 'local[2]'] [--compress] INPUT...
#   newskg load --store newskg-data/store OUT
#
# INPUT: .warc(.gz), .jsonl(.gz), seed-format .txt, .html(.gz) files, directories or globs.
# The classpath is the one Maven resolves for the spark module (Spark included, as the cluster
# would provide it); the job jar and the classpath are rebuilt when a pom or a source is newer.
# Environment: NEWSKG_SPARK_MEM (heap, default 4g: CoreNLP needs 2-4 GB), JAVA_OPTS (more JVM flags).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/newskg-spark.jar"
cp_file="$here/target/classpath.txt"

if [[ $# -eq 0 || "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  [[ $# -eq 0 ]] && exit 2   # with --help, the job's own options follow
fi

stale() {
  [[ ! -f "$jar" || ! -f "$cp_file" ]] && return 0
  [[ -n "$(find "$root/pom.xml" "$root/graph-model" "$root/ingest" "$root/spark" \
      \( -name pom.xml -o -path '*/src/*' \) -newer "$jar" -print -quit 2>/dev/null)" ]]
}

if stale; then
  echo "run-local: building the job jar and its classpath (mvn package) ..." >&2
  # One reactor run: the module jars exist when the spark module's classpath is written, so it
  # points at them (nothing is installed into ~/.m2). Scope test = compile + provided (Spark) + runtime.
  (cd "$root" && mvn -B -q -DskipTests -pl spark -am package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test) >&2
fi

# Spark 3.5 on Java 17: the strings of its JavaModuleOptions (spark-submit adds them itself).
add_opens=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
         java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
         sun.security.action sun.util.calendar; do
  add_opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done

# Local mode needs no network: the driver binds to loopback, and the web UI stays off.
# shellcheck disable=SC2086
exec java -Xmx"${NEWSKG_SPARK_MEM:-4g}" "${add_opens[@]}" -Djdk.reflect.useDirectMethodHandle=false \
  -Dspark.ui.enabled=false -Dspark.driver.bindAddress=127.0.0.1 -Dspark.driver.host=127.0.0.1 \
  -Dlog4j2.configurationFile="$here/conf/log4j2-local.properties" \
  ${JAVA_OPTS:-} \
  -cp "$jar:$(cat "$cp_file")" newskg.spark.ExtractJob "$@"
