#!/bin/sh
# Whole-process times (start-up included) of hello.py (print("hello")) and each kernel in
# bench/kernels under `bin/irc run` with a warm compile cache (the program's entry present), a
# cold one (its entry removed just before), without the compile cache (--no-cache: the in-process
# JIT) and without both caches (--no-cache, IRC_NO_AOT=1: irc before the start-up work), beside
# CPython (python3's sys.executable) and PyPy (pypy3's, when installed). Rounds are interleaved
# (each round runs every program under every engine once) and the table shows medians over the
# rounds, with ratios from this same run: warm irc/CPython (and /PyPy); lower is better. The
# compile cache is a private one under the script's temporary directory, never the user's.
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
export XDG_CACHE_HOME="$work/xdg"
programs=${*:-hello $(cd "$kernels_dir" && ls *.py | sed 's/\.py$//')}
# The interpreters themselves, not wrappers (a pyenv shim adds ~100+ ms to every start).
python=$(python3 -c 'import sys; print(sys.executable)')
pypy=$(command -v pypy3 >/dev/null 2>&1 && pypy3 -c 'import sys; print(sys.executable)' || true)
engines="cpython irc_cold irc irc_nocache irc_none"
[ -n "$pypy" ] && engines="cpython pypy irc_cold irc irc_nocache irc_none"

path_of() { if [ "$1" = hello ]; then echo "$work/hello.py"; else echo "$kernels_dir/$1.py"; fi; }
now_ns() { date +%s%N; }
# run ENGINE FILE: runs FILE under ENGINE, output to $work/out
run() {
  case $1 in
    cpython) "$python" "$2" ;;
    pypy) "$pypy" "$2" ;;
    irc_cold) rm -f "$XDG_CACHE_HOME"/irc/*.entry; "$root/bin/irc" run "$2" ;;
    irc) "$root/bin/irc" run "$2" ;;
    irc_nocache) "$root/bin/irc" run --no-cache "$2" ;;
    irc_none) IRC_NO_AOT=1 "$root/bin/irc" run --no-cache "$2" ;;
  esac > "$work/out" 2> "$work/err"
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a + 0 == a) printf "%.2f", a / b; else print "-" }'; }

[ -f "$root/tools/target/irc.aot" ] || echo "note: no AOT cache (tools/target/irc.aot); every irc column runs without one" >&2
"$root/bin/irc" run "$work/hello.py" > /dev/null  # extracts the bundled linker into the cache once
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
printf '%-11s %8s' program CPython
[ -n "$pypy" ] && printf ' %8s' PyPy
printf ' %9s %9s %10s %10s %12s' "irc warm" "irc cold" "no-cache" "no caches" "warm/CPython"
[ -n "$pypy" ] && printf ' %10s' "warm/PyPy"
printf '\n'
for p in $programs; do
  t_py=$(med "$p" cpython)
  t_irc=$(med "$p" irc)
  printf '%-11s %8s' "$p" "$t_py"
  [ -n "$pypy" ] && printf ' %8s' "$(med "$p" pypy)"
  printf ' %9s %9s %10s %10s %12s' "$t_irc" "$(med "$p" irc_cold)" "$(med "$p" irc_nocache)" "$(med "$p" irc_none)" \
    "$(ratio "$t_irc" "$t_py")"
  [ -n "$pypy" ] && printf ' %10s' "$(ratio "$t_irc" "$(med "$p" pypy)")"
  printf '\n'
done
echo "(medians of $rounds interleaved rounds, wall ms per process; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
