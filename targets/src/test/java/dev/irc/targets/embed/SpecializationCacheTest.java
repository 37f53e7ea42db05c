package dev.irc.targets.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.targets.cache.CompileCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedding API compiles each specialization through the compile cache (the tests' cache is
 * {@code target/irc-cache}): the first module to compile a signature stores one entry, a second
 * module of the same source loads it instead of compiling, and both give the same results.
 */
class SpecializationCacheTest {
  private static long entries() throws IOException {
    Path directory = CompileCache.defaultDirectory();
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".entry")).count();
    }
  }

  @Test
  void aSecondModuleOfTheSameSourceLoadsTheStoredSpecialization() throws IOException {
    String source = "# " + UUID.randomUUID() + """

        LIMIT = 10

        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        def scaled(x):
            print("scaling", x)
            return x * LIMIT
        """;
    var out = new ByteArrayOutputStream();
    var stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    long before = entries();
    try (PythonModule first = PythonModule.compile(source, "cached.py", stream)) {
      assertEquals(6765L, first.function("fib").callLong(20L));
      assertEquals(25.0, first.function("scaled").callDouble(2.5));
      assertTrue(first.function("fib").isCompiled(long.class), first.function("fib").explain(long.class));
    }
    assertEquals(before + 2, entries(), "one entry per compiled signature");
    try (PythonModule second = PythonModule.compile(source, "cached.py", stream)) {
      assertEquals(832040L, second.function("fib").callLong(30L));
      assertEquals(25.0, second.function("scaled").callDouble(2.5));
      assertTrue(second.function("fib").isCompiled(long.class), second.function("fib").explain(long.class));
    }
    assertEquals(before + 2, entries(), "the second module compiled nothing new");
    assertEquals("scaling 2.5\nscaling 2.5\n", out.toString(StandardCharsets.UTF_8));
  }
}
