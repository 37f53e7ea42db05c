#!/usr/bin/env bash
# run-mlir-compare.sh: times canonicalize,cse on a 1M-op module in irc-opt and in upstream mlir-opt.
#
#   bench/run-mlir-compare.sh [RUNS [OPS]]      (defaults: 5 runs, 1000000 ops)
#
# Generates the module once with LargeModuleGenerator (seed 1), then runs each tool RUNS times
#   (a) bin/irc-opt FILE -p 'builtin.module(func.func(canonicalize,cse))' --timing -o /dev/null
#   (b) mlir-opt FILE -pass-pipeline='builtin.module(func.func(canonicalize,cse))' --mlir-timing -o /dev/null
# and prints, per tool, the median and minimum wall time of the whole process and of the passes
# alone (the 'func.func' Pipeline line of the timing report), and the ratio irc/mlir-opt.
# Both tools run with their defaults (threads on, verify after each pass). VERIFY_EACH=false
# passes --verify-each=false to both; IRC_OPT_FLAGS adds flags to irc-opt only (e.g.
# --disable-threading). Wrap it in `nice` on a shared machine; the load average is printed. Set
# MLIR_OPT to choose the mlir-opt binary and IRC_BENCH_NO_BUILD=1 to skip building.
set -euo pipefail
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
runs=${1:-5}
ops=${2:-1000000}
pipeline='builtin.module(func.func(canonicalize,cse))'
verify_flags=()
if [ "${VERIFY_EACH:-true}" = false ]; then
  verify_flags=(--verify-each=false)
fi
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mlir_opt=${MLIR_OPT:-/usr/lib/llvm-19/bin/mlir-opt}
if [ ! -x "$mlir_opt" ]; then
  echo "run-mlir-compare.sh: no mlir-opt at $mlir_opt (Debian: mlir-19-tools; or set MLIR_OPT)" >&2
  exit 1
fi
if [ "${IRC_BENCH_NO_BUILD:-0}" != 1 ]; then
  (cd "$root" && flock /tmp/irc-mvn.lock ./mvnw -q -o -pl bench -am package -DskipTests)
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/irc-mlir-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
module="$work/module-$ops.mlir"
"$java" -cp "$root/bench/target/classes" dev.irc.bench.LargeModuleGenerator "$ops" 1 > "$module"
echo "module: $ops ops, $(wc -c < "$module") bytes; pipeline: $pipeline; $runs runs per tool; verify each: ${VERIFY_EACH:-true}; irc-opt flags: ${IRC_OPT_FLAGS:-none}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"

# Seconds of the passes in a timing report: the wall time of the 'func.func' Pipeline line (both
# passes and the verification after each; per-pass lines would add up the threads' times). In
# mlir-opt's report, which also has a user-time column, the wall time is the last number.
pass_seconds() {
  awk "/'func.func' Pipeline/"' {
         for (i = 1; i <= NF; i++) if ($i ~ /^[0-9.]+$/) wall = $i
         printf "%.3f", wall; exit
       }' "$1"
}

# Runs "$@" once; appends "wall passes" (seconds) to the file named by $report.
time_run() {
  local log="$work/timing.log" start end
  start=$(date +%s.%N)
  "$@" 2> "$log" > /dev/null
  end=$(date +%s.%N)
  printf '%s %s\n' "$(echo "$end - $start" | bc)" "$(pass_seconds "$log")" >> "$report"
  cp "$log" "$report.last"
}

for tool in irc mlir; do
  report="$work/$tool.times"
  : > "$report"
  for _ in $(seq "$runs"); do
    if [ "$tool" = irc ]; then
      time_run "$root/bin/irc-opt" "$module" -p "$pipeline" --timing "${verify_flags[@]}" ${IRC_OPT_FLAGS:-} -o /dev/null
    else
      time_run "$mlir_opt" "$module" -pass-pipeline="$pipeline" --mlir-timing "${verify_flags[@]}" -o /dev/null
    fi
  done
  echo "--- $tool: last timing report"
  cat "$report.last"
done

# median and min of column $2 of file $1
stat_of() {
  sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { printf "%.3f %.3f", v[int((NR + 1) / 2)], v[1] }'
}
read -r irc_wall_med irc_wall_min <<< "$(stat_of "$work/irc.times" 1)"
read -r irc_pass_med irc_pass_min <<< "$(stat_of "$work/irc.times" 2)"
read -r mlir_wall_med mlir_wall_min <<< "$(stat_of "$work/mlir.times" 1)"
read -r mlir_pass_med mlir_pass_min <<< "$(stat_of "$work/mlir.times" 2)"
ratio() { echo "scale=2; $1 / $2" | bc; }
echo
printf '%-22s %14s %14s %14s %14s\n' "" "wall median s" "wall min s" "passes median s" "passes min s"
printf '%-22s %14s %14s %14s %14s\n' "irc-opt" "$irc_wall_med" "$irc_wall_min" "$irc_pass_med" "$irc_pass_min"
printf '%-22s %14s %14s %14s %14s\n' "mlir-opt" "$mlir_wall_med" "$mlir_wall_min" "$mlir_pass_med" "$mlir_pass_min"
printf '%-22s %14s %14s %14s %14s\n' "ratio irc/mlir-opt" "$(ratio "$irc_wall_med" "$mlir_wall_med")" \
  "$(ratio "$irc_wall_min" "$mlir_wall_min")" "$(ratio "$irc_pass_med" "$mlir_pass_med")" "$(ratio "$irc_pass_min" "$mlir_pass_min")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
