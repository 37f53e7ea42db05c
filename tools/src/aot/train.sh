#!/bin/sh
# Creates the JDK AOT cache of bin/irc and bin/irc-opt (tools/target/irc.aot) from one training
# run of both tools' common paths: `irc run` of a small program (compiled, then a compile-cache
# hit) and irc-opt on
# examples (dev.irc.tools.AotTraining runs them in one JVM). Run by the tools module's build in
# the package phase (skip with -Dirc.aot.skip); by hand: sh tools/src/aot/train.sh.
# It does nothing when the cache is newer than everything it was made from (the jars, the
# training inputs, this script) and was made by the same java with the same class path.
# The JVM writes the cache to a temporary file (JDK 25's one-step -XX:AOTCacheOutput), renamed
# into place only when complete, so a launcher never sees half a cache. Its output goes to
# tools/target/aot-training.log.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/../../.." && pwd)
. "$root/bin/tools-jvm.sh"
irc_tools_jvm train.sh || exit 1
primes=$root/examples/primes.py
sum=$root/examples/sum.mlir
key="$IRC_JAVA $IRC_JVM_OPTIONS -cp $IRC_CLASSPATH"
log=$root/tools/target/aot-training.log

if [ -f "$IRC_AOT_FILE" ] && [ "$(cat "$IRC_AOT_FILE.key" 2>/dev/null || true)" = "$key" ]; then
  stale=""
  inputs=$IRC_CLASSPATH:$0:$primes:$sum
  saved_ifs=$IFS
  IFS=:
  for input in $inputs; do
    if [ "$input" -nt "$IRC_AOT_FILE" ]; then
      stale=$input
    fi
  done
  IFS=$saved_ifs
  if [ -z "$stale" ]; then
    echo "train.sh: $IRC_AOT_FILE is up to date" > "$log"
    exit 0
  fi
fi

tmp=$IRC_AOT_FILE.$$.tmp
# irc run's compile cache for the training only (never the user's): the first run of primes.py
# compiles and stores it, the second is a hit, so both paths are in the AOT cache.
compile_cache=$root/tools/target/aot-training-cache
trap 'rm -f "$tmp" "$tmp.config"; rm -rf "$compile_cache"' EXIT
rm -rf "$compile_cache"
if ! "$IRC_JAVA" $IRC_JVM_OPTIONS -XX:AOTCacheOutput="$tmp" -Dirc.cache.dir="$compile_cache" -cp "$IRC_CLASSPATH" \
    dev.irc.tools.AotTraining \
    irc run "$primes" \
    -- irc run "$primes" \
    -- irc-opt "$sum" -p 'builtin.module(func.func(canonicalize,cse),symbol-dce)' \
    -- irc-opt "$primes" > "$log" 2>&1 || [ ! -s "$tmp" ]; then
  # Not a build failure (the tests say what is broken): the launchers start without a cache.
  rm -f "$IRC_AOT_FILE" "$IRC_AOT_FILE.key"
  echo "train.sh: warning: the AOT training run failed, so bin/irc and bin/irc-opt start without the AOT cache (output in $log):" >&2
  grep -A 4 "^AotTraining:" "$log" >&2 || tail -n 5 "$log" >&2
  exit 0
fi
mv -f "$tmp" "$IRC_AOT_FILE"
printf '%s\n' "$key" > "$IRC_AOT_FILE.key"
