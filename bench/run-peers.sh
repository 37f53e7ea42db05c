#!/bin/sh
# Runs each kernel in bench/kernels with gcc -O2 C, CPython (python3), PyPy (pypy3) and
# `bin/irc run --time`, checks every output equals CPython's, and prints one table of times from
# this run. irc's time is the execution of @__main__ on the JIT as `irc run --time` reports it
# (no JVM start-up, no compilation); its compile time and total wall time are shown beside.
# Ratios: irc/C (lower is better, 1.0 = C speed) and CPython/irc (speed-up over CPython).
# Usage: bench/run-peers.sh [KERNEL...]   (needs irc built: ./mvnw -q package -DskipTests)
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
kernels_dir="$root/bench/kernels"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
kernels=${*:-$(cd "$kernels_dir" && ls *.py | sed 's/\.py$//')}
pypy=$(command -v pypy3 || true)

now_ms() { date +%s%N | awk '{ printf "%.1f", $1 / 1000000 }'; }
# elapsed MS: runs the rest of the command line, output to $work/out, prints wall ms
elapsed() {
  start=$(now_ms)
  "$@" > "$work/out" 2> "$work/err"
  end=$(now_ms)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

printf '%-11s %9s %10s %10s %9s %9s %9s %7s %11s\n' kernel "C ms" "CPython ms" "PyPy ms" "irc ms" "irc comp" "irc wall" "irc/C" "CPython/irc"
for k in $kernels; do
  gcc -O2 -o "$work/$k" "$kernels_dir/$k.c" -lm
  t_c=$(elapsed "$work/$k"); cp "$work/out" "$work/$k.c.out"
  t_py=$(elapsed nice python3 "$kernels_dir/$k.py"); cp "$work/out" "$work/$k.py.out"
  if [ -n "$pypy" ]; then
    t_pypy=$(elapsed "$pypy" "$kernels_dir/$k.py")
    cmp -s "$work/out" "$work/$k.py.out" || t_pypy="differs"
  else
    t_pypy="not installed"
  fi
  t_wall=$(elapsed "$root/bin/irc" run --time "$kernels_dir/$k.py")
  irc_ok=yes
  cmp -s "$work/out" "$work/$k.py.out" || irc_ok=no
  cmp -s "$work/$k.c.out" "$work/$k.py.out" || echo "warning: $k: C output differs from CPython" >&2
  t_irc=$(sed -n 's/^irc: time: compile \([0-9.]*\) ms, run \([0-9.]*\) ms.*/\2/p' "$work/err")
  t_comp=$(sed -n 's/^irc: time: compile \([0-9.]*\) ms, run \([0-9.]*\) ms.*/\1/p' "$work/err")
  if [ "$irc_ok" = no ]; then
    echo "error: $k: irc output differs from CPython:" >&2; cat "$work/out" "$work/err" >&2
    t_irc="differs"
  elif [ -z "$t_irc" ]; then
    t_irc="evaluator"; t_comp="-"
  fi
  printf '%-11s %9s %10s %10s %9s %9s %9s %7s %11s\n' "$k" "$t_c" "$t_py" "$t_pypy" "$t_irc" "$t_comp" "$t_wall" \
    "$(ratio "$t_irc" "$t_c")" "$(ratio "$t_py" "$t_irc")"
done
