# The JVM that bin/irc and bin/irc-opt run (and that tools/src/aot/train.sh trains the AOT cache
# for: the same JDK, options and class path, or the JVM would not use the cache). Sourced;
#   irc_tools_jvm NAME || exit 1
# checks that the tools are built (else says how, with NAME), finds the JDK (bin/java-home.sh)
# and sets
#   IRC_JAVA          the java to run
#   IRC_JVM_OPTIONS   the JVM options (no spaces inside one option; use unquoted)
#   IRC_CLASSPATH     the tools jar and its dependencies (the JVM's AOT cache needs jars: it
#                     refuses class directories before the last archived entry)
#   IRC_AOT_FILE      where the build writes the AOT cache (tools/target/irc.aot)
#   IRC_AOT_FILE_OPTION, IRC_AOT_LOG_OPTION
#                     -XX:AOTCache=FILE and -Xlog:aot=off when that file exists (and
#                     IRC_NO_AOT is not 1, to measure start-up without it), else empty; use
#                     as ${IRC_AOT_FILE_OPTION:+"$IRC_AOT_FILE_OPTION"} $IRC_AOT_LOG_OPTION. A
#                     stale cache (a jar rebuilt since, another JDK) is ignored by the JVM
#                     (-XX:AOTMode=auto, the default), which then starts as it would without
#                     one; -Xlog:aot=off keeps it from saying so.
irc_tools_jvm() {
  _irc_target=$root/tools/target
  # The jar of `package`; its classes when they are newer (`./mvnw compile` since) or there is
  # no jar yet. With classes there the AOT cache does not apply (the JVM ignores it).
  _irc_tools=$_irc_target/irc-tools.jar
  if [ -d "$_irc_target/classes" ] && { [ ! -f "$_irc_tools" ] \
      || [ -n "$(find "$_irc_target/classes" -newer "$_irc_tools" -type f 2>/dev/null | head -n 1)" ]; }; then
    _irc_tools=$_irc_target/classes
  fi
  if [ ! -f "$_irc_target/classpath.txt" ] || [ ! -e "$_irc_tools" ]; then
    echo "$1: irc is not built yet; run: (cd '$root' && ./mvnw -q package -DskipTests)" >&2
    return 1
  fi
  . "$root/bin/java-home.sh"
  irc_java_home "$1" || return 1
  IRC_JVM_OPTIONS="-XX:+UseSerialGC -Xss16m --enable-native-access=ALL-UNNAMED"
  IRC_CLASSPATH=$_irc_tools:$(cat "$_irc_target/classpath.txt")
  IRC_AOT_FILE=$_irc_target/irc.aot
  IRC_AOT_FILE_OPTION=""
  IRC_AOT_LOG_OPTION=""
  if [ -f "$IRC_AOT_FILE" ] && [ "${IRC_NO_AOT-}" != 1 ]; then
    IRC_AOT_FILE_OPTION=-XX:AOTCache=$IRC_AOT_FILE
    IRC_AOT_LOG_OPTION=-Xlog:aot=off
  fi
}
