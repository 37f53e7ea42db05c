package dev.irc.targets.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * irc's compile cache: a private directory of entries ({@link EntryFormat}: a program's shared
 * object, its metadata and a checksum), one per {@link CacheKey}, so a second run of a program
 * skips the compiler and LLVM. Safe under concurrent runs (an entry is written to a temporary
 * file in the directory, synced, then atomically renamed into place), self-checking (an entry
 * that is truncated, corrupt or of another format is reported through {@code verbose} and
 * replaced, never loaded), private (the directory is created 0700 and entries 0600; a directory
 * or entry of another user, or writable by group or others, is refused and reported through
 * {@code warning}, never loaded) and bounded (least recently used entries go when the entries
 * exceed the limit; a hit touches its entry's modification time).
 */
public final class CompileCache {
  /** The default bound on the entries' total size. */
  public static final long DEFAULT_LIMIT_BYTES = 256L << 20;
  /** System property naming the cache directory (tests point it at a temporary directory). */
  public static final String DIRECTORY_PROPERTY = "irc.cache.dir";
  static final String SUFFIX = ".entry";
  private static final String TEMP_PREFIX = ".tmp-";
  /** A temporary file older than this is left over from a killed run. */
  private static final long STALE_TEMP_MILLIS = 60 * 60 * 1000L;

  private final Path directory;
  private final long limitBytes;
  private final Consumer<String> warning;
  private final Consumer<String> verbose;
  private Boolean usable;

  /**
   * A cache in {@code directory} bounded by {@code limitBytes}; {@code warning} receives
   * one-line reports that must be shown (a refused directory or entry), {@code verbose} those
   * shown only on request (a corrupt entry rebuilt, a failed write).
   */
  public CompileCache(Path directory, long limitBytes, Consumer<String> warning, Consumer<String> verbose) {
    this.directory = directory;
    this.limitBytes = limitBytes;
    this.warning = warning;
    this.verbose = verbose;
  }

  /**
   * The cache directory: the {@value #DIRECTORY_PROPERTY} system property if set, else
   * {@code $XDG_CACHE_HOME/irc}, else {@code ~/.cache/irc}.
   */
  public static Path defaultDirectory() {
    String property = System.getProperty(DIRECTORY_PROPERTY);
    if (property != null && !property.isEmpty()) {
      return Path.of(property);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "irc");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "irc");
  }

  /** Reports {@code message} as the cache's optional (verbose) reports are. */
  public void report(String message) {
    verbose.accept(message);
  }

  /** The directory of this cache. */
  public Path directory() {
    return directory;
  }

  /**
   * Whether the directory exists (it is created, 0700, if not) and may be trusted; reports once
   * why not.
   */
  public synchronized boolean usable() {
    if (usable == null) {
      usable = checkDirectory();
    }
    return usable;
  }

  private boolean checkDirectory() {
    try {
      if (!Files.isDirectory(directory)) {
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try {
          Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
          // Created by a concurrent run; checked below like any existing directory.
        }
      }
      Optional<String> problem = FileSafety.problem(directory, true);
      if (problem.isPresent()) {
        warning.accept("irc: cache: not using " + directory + ": it " + problem.get());
        return false;
      }
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      verbose.accept("irc: cache: cannot use " + directory + ": " + e);
      return false;
    }
  }

  private Path entryPath(CacheKey key) {
    return directory.resolve(key.hex() + SUFFIX);
  }

  /**
   * The checked entry of {@code key}, if the cache holds a valid one; touches it (least
   * recently used order). A refused or invalid entry is reported and treated as absent.
   */
  public Optional<CacheEntry> lookup(CacheKey key) {
    if (!usable()) {
      return Optional.empty();
    }
    Path file = entryPath(key);
    try {
      Optional<String> problem = FileSafety.problem(file, false);
      if (problem.isPresent()) {
        warning.accept("irc: cache: not loading " + file + ": it " + problem.get());
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      EntryFormat.Parsed parsed;
      try {
        parsed = EntryFormat.read(bytes);
      } catch (IOException invalid) {
        verbose.accept("irc: cache: invalid entry " + file.getFileName() + " (" + invalid.getMessage() + "), rebuilding it");
        return Optional.empty();
      }
      try {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
      } catch (IOException e) {
        // Only the eviction order suffers.
      }
      return Optional.of(new CacheEntry(file, parsed.metadata()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      verbose.accept("irc: cache: cannot read " + file + ": " + e);
      return Optional.empty();
    }
  }

  /**
   * Stores the entry of {@code key} (replacing any), then evicts least recently used entries
   * beyond the bound; returns the stored entry, or empty (reported through {@code verbose}) when
   * it could not be written.
   */
  public Optional<CacheEntry> store(CacheKey key, byte[] sharedObject, ProgramMetadata metadata) {
    if (!usable()) {
      return Optional.empty();
    }
    Path file = entryPath(key);
    Path temp = null;
    try {
      temp = Files.createTempFile(directory, TEMP_PREFIX + key.hex().substring(0, 16) + "-", ".part",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      byte[] bytes = EntryFormat.write(sharedObject, metadata);
      try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        var buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        verbose.accept("irc: cache: " + directory + " does not support atomic renames; not caching");
        return Optional.empty();
      }
      temp = null;
      try {
        evict(file);
      } catch (IOException e) {
        verbose.accept("irc: cache: cannot evict old entries in " + directory + ": " + e);
      }
      return Optional.of(new CacheEntry(file, metadata));
    } catch (IOException | UnsupportedOperationException e) {
      verbose.accept("irc: cache: cannot write an entry in " + directory + ": " + e);
      return Optional.empty();
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Removed as stale by a later eviction.
        }
      }
    }
  }

  private record Stored(Path file, long bytes, long modified) {}

  private List<Stored> entries() throws IOException {
    var entries = new ArrayList<Stored>();
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        try {
          if (name.endsWith(SUFFIX)) {
            entries.add(new Stored(file, Files.size(file), Files.getLastModifiedTime(file).toMillis()));
          } else if (name.startsWith(TEMP_PREFIX) && now - Files.getLastModifiedTime(file).toMillis() > STALE_TEMP_MILLIS) {
            Files.deleteIfExists(file);
          }
        } catch (NoSuchFileException e) {
          // Removed by a concurrent run.
        } catch (IOException e) {
          // A leftover that cannot be removed (e.g. not a plain file) is not an entry: skip it.
        }
      }
    }
    return entries;
  }

  /** Deletes least recently used entries, never {@code keep}, until the entries fit the bound. */
  private void evict(Path keep) throws IOException {
    List<Stored> entries = entries();
    long total = entries.stream().mapToLong(Stored::bytes).sum();
    if (total <= limitBytes) {
      return;
    }
    entries.sort(Comparator.comparingLong(Stored::modified));
    for (Stored entry : entries) {
      if (total <= limitBytes) {
        break;
      }
      if (!entry.file().equals(keep)) {
        Files.deleteIfExists(entry.file());
        total -= entry.bytes();
      }
    }
  }

  /** The directory, the number of entries and their total size. */
  public CacheInfo info() throws IOException {
    if (!Files.isDirectory(directory)) {
      return new CacheInfo(directory, 0, 0, limitBytes);
    }
    List<Stored> entries = entries();
    return new CacheInfo(directory, entries.size(), entries.stream().mapToLong(Stored::bytes).sum(), limitBytes);
  }

  /** Deletes every entry (and the extracted linker); returns how many entries there were. */
  public int clear() throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    List<Stored> entries = entries();
    for (Stored entry : entries) {
      Files.deleteIfExists(entry.file());
    }
    Path tools = directory.resolve(LldLinker.TOOLS);
    if (Files.isDirectory(tools)) {
      try (var walk = Files.walk(tools)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
    return entries.size();
  }
}
