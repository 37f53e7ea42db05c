#!/usr/bin/env bash
# run-jmh.sh: builds the bench module and runs its JMH benchmarks.
#
#   bench/run-jmh.sh [JMH options] [benchmark regex]
#   e.g. bench/run-jmh.sh TextIrBenchmark.parseAndVerify -p syntax=custom -wi 2 -i 3
#        bench/run-jmh.sh -l            (list the benchmarks)
#        bench/run-jmh.sh -h            (JMH's options)
#
# How: Maven compiles bench and what it depends on (JMH's annotation processor, on the parent
# pom's processor path, generates the benchmark list into bench/target/classes), the
# dependency plugin writes bench/target/classpath.txt, and org.openjdk.jmh.Main runs from that
# class path (no shaded jar; JMH forks its benchmark JVMs with the same class path), copied
# first to a temporary directory so that concurrent builds cannot change it mid-run.
#
# The build goes through /tmp/irc-mvn.lock, as every Maven run on a shared machine must, and is
# offline (-o); set IRC_MVN_FLAGS to change the Maven flags (e.g. IRC_MVN_FLAGS=-q to allow
# downloads), or IRC_BENCH_NO_BUILD=1 to run what is already built.
# The benchmarks' defaults (TextIrBenchmark: 3 warmup + 5 measured 3 s iterations, 1 fork,
# 4 GB heap) take about a minute per benchmark and parameter; on a shared machine pass fewer
# iterations (-wi 1 -i 3) and keep other builds off while measuring.
set -euo pipefail
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ "${IRC_BENCH_NO_BUILD:-0}" != 1 ]; then
  # shellcheck disable=SC2086 # IRC_MVN_FLAGS is a list of flags
  (cd "$root" && flock /tmp/irc-mvn.lock ./mvnw ${IRC_MVN_FLAGS:--q -o} -pl bench -am package -DskipTests)
fi
classes="$root/bench/target/classes"
if [ ! -f "$classes/META-INF/BenchmarkList" ] || [ ! -f "$root/bench/target/classpath.txt" ]; then
  echo "run-jmh.sh: bench is not built (no $classes/META-INF/BenchmarkList); run without IRC_BENCH_NO_BUILD" >&2
  exit 1
fi
# Run from a private copy of the class path: on a shared checkout another build may rewrite
# target/classes while a benchmark runs.
snapshot=$(mktemp -d "${TMPDIR:-/tmp}/irc-jmh.XXXXXX")
trap 'rm -rf "$snapshot"' EXIT
classpath=""
i=0
IFS=: read -r -a entries <<< "$classes:$(cat "$root/bench/target/classpath.txt")"
for entry in "${entries[@]}"; do
  [ -e "$entry" ] || continue
  i=$((i + 1))
  cp -r "$entry" "$snapshot/$i-$(basename "$entry")"
  classpath="$classpath${classpath:+:}$snapshot/$i-$(basename "$entry")"
done
"$java" -cp "$classpath" org.openjdk.jmh.Main "$@"
