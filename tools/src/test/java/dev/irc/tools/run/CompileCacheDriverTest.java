package dev.irc.tools.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.targets.cache.CompileCache;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irc run} with the compile cache, end to end through the driver: a miss stores an entry
 * and a second run loads it (the {@code --time} line says which); a corrupt, truncated or
 * group-writable entry and a group-writable directory are never loaded, and the program still
 * prints what it should; two concurrent first runs both succeed; a deoptimization and an
 * exception on a hit behave as on a miss.
 */
class CompileCacheDriverTest {
  private static final String PROGRAM = """
      def twice(n):
          return n * 2

      print("cached", twice(21), 0.1 + 0.2)
      """;
  private static final String PROGRAM_OUTPUT = "cached 42 0.30000000000000004\n";
  private static final String HIT = "from the compile cache";
  private static final String STORED = "compiled into the compile cache";

  @TempDir
  Path temp;

  /** Empties each test's cache, so that the temporary directory holds no link to the extracted LLVM. */
  @AfterEach
  void clearCache() {
    run(temp.resolve("cache"), "cache", "clear");
  }

  private record Outcome(int exitCode, String out, String err) {}

  private Outcome run(Path cache, String... args) {
    String saved = System.getProperty(CompileCache.DIRECTORY_PROPERTY);
    System.setProperty(CompileCache.DIRECTORY_PROPERTY, cache.toString());
    try {
      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      int code = IrcMain.run(List.of(args), new ByteArrayInputStream(new byte[0]),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      if (saved == null) {
        System.clearProperty(CompileCache.DIRECTORY_PROPERTY);
      } else {
        System.setProperty(CompileCache.DIRECTORY_PROPERTY, saved);
      }
    }
  }

  private Path program(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static List<Path> entries(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".entry")).toList();
    }
  }

  private Path firstRun(Path cache, Path program) throws IOException {
    Outcome first = run(cache, "run", "--time", program.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(PROGRAM_OUTPUT, first.out());
    assertTrue(first.err().contains(STORED), first.err());
    List<Path> entries = entries(cache);
    assertEquals(1, entries.size(), entries.toString());
    return entries.getFirst();
  }

  private void assertHit(Path cache, Path program) {
    Outcome hit = run(cache, "run", "--time", "--verbose", program.toString());
    assertEquals(0, hit.exitCode(), hit.err());
    assertEquals(PROGRAM_OUTPUT, hit.out());
    assertTrue(hit.err().startsWith("irc: time: compile 0.0 ms") && hit.err().contains(HIT), hit.err());
  }

  @Test
  void aSecondRunLoadsTheEntryAndTheCacheIsPrivate() throws IOException {
    Path cache = temp.resolve("cache");
    Path program = program("p.py", PROGRAM);
    Path entry = firstRun(cache, program);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)));
    assertHit(cache, program);
    Outcome info = run(cache, "cache", "info");
    assertEquals(0, info.exitCode(), info.err());
    assertTrue(info.out().contains("directory: " + cache) && info.out().contains("entries: 1"), info.out());
    Outcome clear = run(cache, "cache", "clear");
    assertEquals("removed 1 entry from " + cache + "\n", clear.out());
    assertEquals(List.of(), entries(cache));
  }

  @Test
  void aCorruptEntryIsDetectedAndRebuilt() throws IOException {
    Path cache = temp.resolve("cache");
    Path program = program("p.py", PROGRAM);
    Path entry = firstRun(cache, program);
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length / 3] ^= 0x5a;
    Files.write(entry, bytes);
    Outcome rebuilt = run(cache, "run", "--time", "--verbose", program.toString());
    assertEquals(0, rebuilt.exitCode(), rebuilt.err());
    assertEquals(PROGRAM_OUTPUT, rebuilt.out());
    assertTrue(rebuilt.err().contains("invalid entry") && rebuilt.err().contains("checksum"), rebuilt.err());
    assertTrue(rebuilt.err().contains(STORED), rebuilt.err());
    assertHit(cache, program);
  }

  @Test
  void aTruncatedEntryIsDetectedSilentlyAndRebuilt() throws IOException {
    Path cache = temp.resolve("cache");
    Path program = program("p.py", PROGRAM);
    Path entry = firstRun(cache, program);
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Outcome rebuilt = run(cache, "run", program.toString());
    assertEquals(0, rebuilt.exitCode(), rebuilt.err());
    assertEquals(PROGRAM_OUTPUT, rebuilt.out());
    assertEquals("", rebuilt.err(), "without --verbose a rebuilt entry is not reported");
    assertEquals(bytes.length, Files.size(entry));
    assertHit(cache, program);
  }

  @Test
  void anEntryWritableByGroupIsRefusedReportedAndNotLoaded() throws IOException {
    Path cache = temp.resolve("cache");
    Path program = program("p.py", PROGRAM);
    Path entry = firstRun(cache, program);
    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw----"));
    Outcome refused = run(cache, "run", "--time", program.toString());
    assertEquals(0, refused.exitCode(), refused.err());
    assertEquals(PROGRAM_OUTPUT, refused.out());
    List<String> lines = refused.err().lines().toList();
    assertEquals("irc: cache: not loading " + entry + ": it is writable by group or others (mode 660)", lines.getFirst());
    assertTrue(lines.get(1).contains(STORED), refused.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)));
    assertHit(cache, program);
  }

  @Test
  void aDirectoryWritableByOthersIsRefusedAndTheProgramRunsOnTheJit() throws IOException {
    Path cache = temp.resolve("cache");
    Files.createDirectory(cache);
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path program = program("p.py", PROGRAM);
    Outcome refused = run(cache, "run", "--time", program.toString());
    assertEquals(0, refused.exitCode(), refused.err());
    assertEquals(PROGRAM_OUTPUT, refused.out());
    List<String> lines = refused.err().lines().toList();
    assertEquals("irc: cache: not using " + cache + ": it is writable by group or others (mode 777)", lines.getFirst());
    assertTrue(lines.get(1).endsWith("(@__main__ on the JIT)"), refused.err());
    try (Stream<Path> files = Files.list(cache)) {
      assertEquals(List.of(), files.toList(), "nothing is written to (or run from) a directory that is not trusted");
    }
  }

  @Test
  void noCacheNeitherReadsNorWrites() throws IOException {
    Path cache = temp.resolve("cache");
    Outcome outcome = run(cache, "run", "--no-cache", "--time", program("p.py", PROGRAM).toString());
    assertEquals(PROGRAM_OUTPUT, outcome.out());
    assertTrue(outcome.err().contains("(@__main__ on the JIT)"), outcome.err());
    assertEquals(List.of(), entries(cache));
  }

  @Test
  void twoConcurrentFirstRunsBothSucceed() throws Exception {
    Path cache = temp.resolve("cache");
    Path program = program("p.py", PROGRAM);
    var start = new CountDownLatch(1);
    var outcomes = new ArrayList<Outcome>();
    var threads = new ArrayList<Thread>();
    for (int i = 0; i < 2; i++) {
      threads.add(Thread.ofPlatform().start(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        Outcome outcome = run(cache, "run", program.toString());
        synchronized (outcomes) {
          outcomes.add(outcome);
        }
      }));
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(2, outcomes.size());
    for (Outcome outcome : outcomes) {
      assertEquals(new Outcome(0, PROGRAM_OUTPUT, ""), outcome);
    }
    assertEquals(1, entries(cache).size());
    assertHit(cache, program);
  }

  @Test
  void aDeoptimizationOnAHitRestartsOnTheEvaluator() throws IOException {
    Path cache = temp.resolve("cache");
    Path program = program("fact.py", """
        def fact(n):
            r = 1
            for i in range(2, n + 1):
                r *= i
            return r

        print(fact(30))
        """);
    for (int round = 0; round < 2; round++) {
      Outcome outcome = run(cache, "run", "--time", program.toString());
      assertEquals(new Outcome(0, "265252859812191058636308480000000\n", outcome.err()), outcome);
      assertTrue(outcome.err().contains(round == 0 ? STORED : HIT), outcome.err());
    }
  }

  @Test
  void anExceptionOnAHitPrintsTheSameTraceback() throws IOException {
    Path cache = temp.resolve("cache");
    Path program = program("div.py", """
        def div(a, b):
            return a // b

        print(div(7, 2))
        print(div(1, 0))
        """);
    Outcome miss = run(cache, "run", program.toString());
    Outcome hit = run(cache, "run", program.toString());
    assertEquals(1, miss.exitCode());
    assertEquals("3\n", miss.out());
    assertTrue(miss.err().endsWith("ZeroDivisionError: integer division or modulo by zero\n"), miss.err());
    assertEquals(miss, hit);
    assertEquals(1, entries(cache).size());
  }

  @Test
  void aProgramThatIsNotTypedIsNotCached() throws IOException {
    Path cache = temp.resolve("cache");
    Outcome outcome = run(cache, "run", program("untyped.py", """
        def f(x):
            try:
                return 10 // x
            except ZeroDivisionError:
                return -1

        print(f(2), f(0))
        """).toString());
    assertEquals(new Outcome(0, "5 -1\n", ""), outcome);
    assertFalse(entries(cache).iterator().hasNext());
  }

  /**
   * A hit in a fresh JVM loads no class of bytedeco's LLVM bindings (and so no LLVM), and none of
   * the front end's parser: the whole point of the cache. The entry is made in this JVM.
   */
  @Test
  void aHitInAFreshJvmLoadsNoLlvmClass() throws Exception {
    Path cache = temp.resolve("cache");
    Path program = program("p.py", PROGRAM);
    firstRun(cache, program);
    Path classLog = temp.resolve("classes.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    var command = List.of(java.toString(), "-Xshare:auto", "--enable-native-access=ALL-UNNAMED",
        "-Xlog:class+load=info:file=" + classLog, "-D" + CompileCache.DIRECTORY_PROPERTY + "=" + cache,
        "-cp", System.getProperty("java.class.path"), IrcMain.class.getName(), "run", "--time", program.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), err);
    assertEquals(PROGRAM_OUTPUT, out);
    assertTrue(err.contains(HIT), err);
    List<String> classes = Files.readAllLines(classLog);
    assertTrue(classes.stream().anyMatch(line -> line.contains("dev.irc.targets.cache.CachedProgramRunner")),
        "the class log lists the classes of the hit");
    List<String> llvm = classes.stream()
        .filter(line -> line.contains("org.bytedeco") || line.contains("dev.irc.dialect.llvm.translate")
            || line.contains("dev.irc.py.syntax.PythonParser"))
        .toList();
    assertEquals(List.of(), llvm);
  }
}
