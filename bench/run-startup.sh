#!/bin/sh
# Whole-process time of `bin/irc run` with a cold compile cache (the program's entry removed
# before each run; the extracted linker stays), a warm one (the entry present) and without the
# cache (`--no-cache`, the in-process JIT as before the cache), in interleaved rounds, printing
# each median. Usage: bench/run-startup.sh [ROUNDS] [PROGRAM.py...]
# (default: 5 rounds of a hello world, examples/primes.py and bench/kernels/fib.py). Uses a
# compile cache of its own under $TMPDIR, never the user's.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
rounds=${1:-5}
[ $# -gt 0 ] && shift
work=$(mktemp -d "${TMPDIR:-/tmp}/irc-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/xdg"
printf 'print("hello, world")\n' > "$work/hello.py"
if [ $# -eq 0 ]; then
  set -- "$work/hello.py" "$root/examples/primes.py" "$root/bench/kernels/fib.py"
fi
now() { date +%s%N; }
run_ms() {
  start=$(now)
  "$root/bin/irc" run "$@" > /dev/null
  echo $(( ($(now) - start) / 1000000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
"$root/bin/irc" run "$work/hello.py" > /dev/null  # extracts the linker once
for program in "$@"; do
  : > "$work/cold.$(basename "$program")"
  : > "$work/warm.$(basename "$program")"
  : > "$work/nocache.$(basename "$program")"
done
round=1
while [ "$round" -le "$rounds" ]; do
  for program in "$@"; do
    name=$(basename "$program")
    rm -f "$XDG_CACHE_HOME"/irc/*.entry
    run_ms "$program" >> "$work/cold.$name"
    run_ms "$program" >> "$work/warm.$name"
    run_ms --no-cache "$program" >> "$work/nocache.$name"
  done
  round=$((round + 1))
done
printf '%-16s %12s %12s %14s\n' program "cold (ms)" "warm (ms)" "no-cache (ms)"
for program in "$@"; do
  name=$(basename "$program")
  printf '%-16s %12s %12s %14s\n' "$name" "$(median < "$work/cold.$name")" "$(median < "$work/warm.$name")" \
    "$(median < "$work/nocache.$name")"
done
