package dev.irc.targets.cache;

import java.nio.file.Path;

/**
 * A checked cache entry: the file (a shared object with the program's machine code, loadable at
 * this path) and the metadata its run needs.
 */
public record CacheEntry(Path file, ProgramMetadata metadata) {}
