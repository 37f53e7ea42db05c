# Finds a JDK 25 or newer for irc's launchers (bin/irc, bin/irc-opt, bin/filecheck), ./mvnw and
# .ci/run, which source this file and call
#   irc_java_home NAME || exit 1
# It exports JAVA_HOME (and sets IRC_JAVA to its bin/java) from the first of: $JAVA_HOME if it
# is Java 25+; the `java` on the PATH if it is 25+; the newest JDK 25+ under /usr/lib/jvm (any
# directory there with bin/java). Otherwise it prints one line, prefixed with NAME, saying what
# to install, and returns 1. The version is read from the JDK's `release` file
# (JAVA_VERSION="25.0.3"), so no JVM is started; only a home without that file costs one.
# IRC_JVM_DIR replaces /usr/lib/jvm (for testing this file). POSIX sh; safe under `set -euf`.

# _irc_java_major HOME: prints the major version of the JDK at HOME (empty if it has no bin/java).
_irc_java_major() {
  [ -x "$1/bin/java" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" || true
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p' || true
  fi
}

# _irc_java_ok HOME: succeeds when HOME is a JDK 25 or newer.
_irc_java_ok() {
  _irc_major=$(_irc_java_major "$1")
  [ -n "$_irc_major" ] && [ "$_irc_major" -ge 25 ] 2>/dev/null
}

irc_java_home() {
  _irc_home=""
  if [ -n "${JAVA_HOME-}" ] && _irc_java_ok "$JAVA_HOME"; then
    _irc_home=$JAVA_HOME
  fi
  if [ -z "$_irc_home" ]; then
    _irc_path_java=$(command -v java 2>/dev/null || true)
    if [ -n "$_irc_path_java" ]; then
      _irc_path_java=$(readlink -f "$_irc_path_java" 2>/dev/null || printf '%s\n' "$_irc_path_java")
      _irc_candidate=${_irc_path_java%/bin/java}
      if [ "$_irc_candidate" != "$_irc_path_java" ] && _irc_java_ok "$_irc_candidate"; then
        _irc_home=$_irc_candidate
      fi
    fi
  fi
  if [ -z "$_irc_home" ]; then
    _irc_dir=${IRC_JVM_DIR-/usr/lib/jvm}
    _irc_best=0
    if [ -d "$_irc_dir" ]; then
      # `ls` rather than a glob: the callers may run with `set -f`.
      for _irc_name in $(ls "$_irc_dir" 2>/dev/null || true); do
        _irc_major=$(_irc_java_major "$_irc_dir/$_irc_name")
        if [ -n "$_irc_major" ] && [ "$_irc_major" -ge 25 ] 2>/dev/null && [ "$_irc_major" -gt "$_irc_best" ]; then
          _irc_best=$_irc_major
          _irc_home=$_irc_dir/$_irc_name
        fi
      done
    fi
  fi
  if [ -z "$_irc_home" ]; then
    echo "$1: needs a JDK 25 or newer; install one (e.g. Debian package openjdk-25-jdk or Temurin 25) or set JAVA_HOME to one" >&2
    return 1
  fi
  JAVA_HOME=$_irc_home
  export JAVA_HOME
  IRC_JAVA=$JAVA_HOME/bin/java
}
