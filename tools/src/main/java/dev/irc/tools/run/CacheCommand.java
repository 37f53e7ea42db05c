package dev.irc.tools.run;

import dev.irc.targets.cache.CacheInfo;
import dev.irc.targets.cache.CompileCache;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code irc cache info} (the cache's directory, number of entries, size and bound) and
 * {@code irc cache clear} (delete every entry); and the one place the driver opens the cache,
 * with refusals reported on stderr and the other reports only with {@code --verbose}.
 */
final class CacheCommand {
  static final String NAME = "cache";
  private static final String USAGE = "usage: irc cache info | clear";

  private CacheCommand() {}

  /** The compile cache of this user ({@link CompileCache#defaultDirectory}). */
  static CompileCache open(PrintStream err, boolean verbose) {
    return new CompileCache(CompileCache.defaultDirectory(), CompileCache.DEFAULT_LIMIT_BYTES, err::println,
        verbose ? err::println : message -> {});
  }

  /** Runs {@code irc cache ARGS}; returns the exit code. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1 || !(args.getFirst().equals("info") || args.getFirst().equals("clear"))) {
      err.println(USAGE);
      return 2;
    }
    CompileCache cache = open(err, true);
    try {
      if (args.getFirst().equals("info")) {
        CacheInfo info = cache.info();
        out.printf("directory: %s%nentries: %d%nsize: %.1f KiB (limit %d MiB)%n", info.directory(), info.entries(),
            info.bytes() / 1024.0, info.limitBytes() >> 20);
      } else {
        int removed = cache.clear();
        out.println("removed " + removed + (removed == 1 ? " entry" : " entries") + " from " + cache.directory());
      }
      out.flush();
      return 0;
    } catch (IOException e) {
      err.println("irc: cache: " + e.getMessage());
      return 1;
    }
  }
}
