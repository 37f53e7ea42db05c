package dev.irc.targets.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.Attribute;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.StringAttr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache's bookkeeping without compiling anything (the stored "shared objects" are arbitrary
 * bytes; loading is tested end to end in the tools' {@code CompileCacheDriverTest}): the entry
 * format round-trips and rejects damage, the key changes with every input, least recently used
 * entries go beyond the bound, and entries of another user or behind a symbolic link are refused.
 */
class CompileCacheTest {
  private static final ProgramMetadata METADATA = new ProgramMetadata(3, new ArrayAttr(List.<Attribute>of(
      new ArrayAttr(List.of(new StringAttr("f"), new StringAttr("p.py"), IntegerAttr.i64(4), IntegerAttr.i64(9),
          new StringAttr("ZeroDivisionError"), new StringAttr("division by zero"))),
      new ArrayAttr(List.of(new StringAttr("g"), new StringAttr(""), IntegerAttr.i64(0), IntegerAttr.i64(0),
          new StringAttr(""), new StringAttr(""))))));

  @TempDir
  Path temp;

  private final List<String> warnings = new ArrayList<>();
  private final List<String> reports = new ArrayList<>();

  private CompileCache cache(Path directory, long limit) {
    return new CompileCache(directory, limit, warnings::add, reports::add);
  }

  private static CacheKey key(String source) {
    return CacheKey.of(source.getBytes(StandardCharsets.UTF_8), "p.py", "test");
  }

  @Test
  void theEntryFormatRoundTripsAndRejectsEveryDamage() throws IOException {
    byte[] object = "\u007fELF pretend shared object".getBytes(StandardCharsets.ISO_8859_1);
    byte[] entry = EntryFormat.write(object, METADATA);
    EntryFormat.Parsed parsed = EntryFormat.read(entry);
    assertEquals(object.length, parsed.objectLength());
    assertEquals(METADATA, parsed.metadata());
    assertArrayEquals(object, Arrays.copyOf(entry, object.length), "the shared object comes first, as it stands");
    for (int i = 0; i < entry.length; i++) {
      byte[] damaged = entry.clone();
      damaged[i] ^= 1;
      assertThrows(IOException.class, () -> EntryFormat.read(damaged), "a flipped bit at " + i);
    }
    for (int length = 0; length < entry.length; length++) {
      byte[] truncated = Arrays.copyOf(entry, length);
      assertThrows(IOException.class, () -> EntryFormat.read(truncated), "truncated to " + length);
    }
  }

  @Test
  void theKeyDependsOnSourceNameAndOptions() {
    CacheKey key = key("print(1)\n");
    assertEquals(key, key("print(1)\n"));
    assertEquals(64, key.hex().length());
    assertNotEquals(key, key("print(2)\n"));
    assertNotEquals(key, CacheKey.of("print(1)\n".getBytes(StandardCharsets.UTF_8), "q.py", "test"));
    assertNotEquals(key, CacheKey.of("print(1)\n".getBytes(StandardCharsets.UTF_8), "p.py", "other"));
  }

  @Test
  void leastRecentlyUsedEntriesGoBeyondTheBound() throws IOException {
    Path directory = temp.resolve("cache");
    byte[] object = new byte[1000];
    long entrySize = EntryFormat.write(object, METADATA).length;
    CompileCache cache = cache(directory, 2 * entrySize + entrySize / 2);
    CacheEntry a = cache.store(key("a"), object, METADATA).orElseThrow();
    CacheEntry b = cache.store(key("b"), object, METADATA).orElseThrow();
    Files.setLastModifiedTime(a.file(), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Files.setLastModifiedTime(b.file(), FileTime.fromMillis(System.currentTimeMillis() - 30_000));
    assertTrue(cache.lookup(key("a")).isPresent(), "a hit makes a the most recently used");
    cache.store(key("c"), object, METADATA).orElseThrow();
    assertTrue(Files.exists(a.file()));
    assertFalse(Files.exists(b.file()), "b was the least recently used");
    assertTrue(cache.lookup(key("c")).isPresent());
    CacheInfo info = cache.info();
    assertEquals(2, info.entries());
    assertEquals(2 * entrySize, info.bytes());
    assertEquals(List.of(), warnings);
  }

  @Test
  void anEntryOfAnotherUserOrBehindASymbolicLinkIsRefused() throws IOException {
    Path directory = temp.resolve("cache");
    CompileCache cache = cache(directory, CompileCache.DEFAULT_LIMIT_BYTES);
    CacheEntry entry = cache.store(key("mine"), new byte[10], METADATA).orElseThrow();
    assertTrue(cache.lookup(key("mine")).isPresent());
    Path link = directory.resolve(key("linked").hex() + CompileCache.SUFFIX);
    Files.createSymbolicLink(link, entry.file());
    assertTrue(cache.lookup(key("linked")).isEmpty());
    assertEquals("irc: cache: not loading " + link + ": it is a symbolic link", warnings.getLast());
    if (FileSafety.currentUid() == 0) {
      Files.setAttribute(entry.file(), "unix:uid", 65534);
      assertTrue(cache.lookup(key("mine")).isEmpty());
      assertEquals("irc: cache: not loading " + entry.file() + ": it is owned by another user (uid 65534)",
          warnings.getLast());
    }
  }

  @Test
  void anUnusableDirectoryIsReportedOnceAndNothingIsStored() throws IOException {
    Path directory = temp.resolve("shared");
    Files.createDirectory(directory);
    Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwx---"));
    CompileCache cache = cache(directory, CompileCache.DEFAULT_LIMIT_BYTES);
    assertTrue(cache.store(key("x"), new byte[10], METADATA).isEmpty());
    assertTrue(cache.lookup(key("x")).isEmpty());
    assertEquals(List.of("irc: cache: not using " + directory + ": it is writable by group or others (mode 770)"), warnings);
    try (var files = Files.list(directory)) {
      assertEquals(0, files.count());
    }
  }
}
