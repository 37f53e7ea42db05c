#!/bin/sh
# Whole-process times (start-up included) of hello.py (print("hello")) and each kernel in
# bench/kernels under `bin/irc run`, with and without the JDK AOT cache (IRC_NO_AOT=1), beside
# CPython (python3's sys.executable) and PyPy (pypy3's, when installed). Rounds are interleaved
# (each round runs every program under every engine once) and the table shows medians over the
# rounds, with ratios from this same run: irc/CPython and irc/(irc without the AOT cache); lower
# is better.
# irc's output is checked against CPython's in the first round.
# Usage: bench/run-startup.sh [KERNEL...]   (ROUNDS=N sets the rounds, default 5; needs irc built:
#   ./mvnw -q package -DskipTests). On a shared machine, keep other builds off while measuring.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
kernels_dir="$root/bench/kernels"
rounds=${ROUNDS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'print("hello")\n' > "$work/hello.py"
programs=${*:-hello $(cd "$kernels_dir" && ls *.py | sed 's/\.py$//')}
# The interpreters themselves, not wrappers (a pyenv shim adds ~100+ ms to every start).
python=$(python3 -c 'import sys; print(sys.executable)')
pypy=$(command -v pypy3 >/dev/null 2>&1 && pypy3 -c 'import sys; print(sys.executable)' || true)
engines="cpython irc irc_noaot"
[ -n "$pypy" ] && engines="cpython pypy irc irc_noaot"

path_of() { if [ "$1" = hello ]; then echo "$work/hello.py"; else echo "$kernels_dir/$1.py"; fi; }
now_ns() { date +%s%N; }
# run ENGINE FILE: runs FILE under ENGINE, output to $work/out
run() {
  case $1 in
    cpython) "$python" "$2" ;;
    pypy) "$pypy" "$2" ;;
    irc) "$root/bin/irc" run "$2" ;;
    irc_noaot) IRC_NO_AOT=1 "$root/bin/irc" run "$2" ;;
  esac > "$work/out" 2> "$work/err"
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a + 0 == a) printf "%.2f", a / b; else print "-" }'; }

[ -f "$root/tools/target/irc.aot" ] || echo "note: no AOT cache (tools/target/irc.aot); both irc columns run without one" >&2
[ -n "$pypy" ] || echo "note: pypy3 is not installed; no PyPy column" >&2
for r in $(seq "$rounds"); do
  for p in $programs; do
    file=$(path_of "$p")
    for e in $engines; do
      start=$(now_ns)
      status=0
      run "$e" "$file" || status=$?
      end=$(now_ns)
      echo "$p $e $(( (end - start) / 1000000 ))" >> "$work/times"
      if [ "$r" = 1 ]; then
        if [ "$e" = cpython ]; then
          cp "$work/out" "$work/$p.expected"
        elif ! cmp -s "$work/out" "$work/$p.expected" || [ "$status" != 0 ]; then
          echo "warning: $p: $e output differs from CPython's (exit $status):" >&2
          head -n 5 "$work/err" >&2
        fi
      fi
    done
  done
done

med() { awk -v p="$1" -v e="$2" '$1 == p && $2 == e { print $3 }' "$work/times" | median; }
printf '%-11s %10s' program "CPython ms"
[ -n "$pypy" ] && printf ' %9s' "PyPy ms"
printf ' %8s %14s %12s %13s\n' "irc ms" "irc no-AOT ms" "irc/CPython" "irc/no-AOT"
for p in $programs; do
  t_py=$(med "$p" cpython)
  t_irc=$(med "$p" irc)
  t_noaot=$(med "$p" irc_noaot)
  printf '%-11s %10s' "$p" "$t_py"
  [ -n "$pypy" ] && printf ' %9s' "$(med "$p" pypy)"
  printf ' %8s %14s %12s %13s\n' "$t_irc" "$t_noaot" "$(ratio "$t_irc" "$t_py")" "$(ratio "$t_irc" "$t_noaot")"
done
echo "(medians of $rounds interleaved rounds, wall ms per process; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
