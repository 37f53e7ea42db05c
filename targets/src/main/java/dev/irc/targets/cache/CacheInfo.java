package dev.irc.targets.cache;

import java.nio.file.Path;

/** What {@code irc cache info} prints: where the cache is, how many entries it holds, their size and the bound. */
public record CacheInfo(Path directory, int entries, long bytes, long limitBytes) {}
