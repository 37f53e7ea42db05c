package dev.irc.targets.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Compiling and closing many modules must not grow native memory: contexts, modules and JIT code are all freed. */
class NativeMemoryTest {
  private static final String KERNEL = """
      func.func @f(%a: i64, %b: i64) -> i64 {
        %c = arith.constant %K : i64
        %s = arith.addi %a, %c : i64
        %q = arith.floordivsi %s, %b : i64
        %r, %o = arith.checked_muli %q, %a : i64
        return %r : i64
      }
      """;

  private static long residentKilobytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS in /proc/self/status");
  }

  @Test
  void compileAndCloseTwoThousandModules() throws IOException {
    try (JitEngine engine = JitEngine.create()) {
      run(engine, 0, 300);
      System.gc();
      long before = residentKilobytes();
      run(engine, 300, 2000);
      System.gc();
      long after = residentKilobytes();
      long growth = after - before;
      System.out.println("VmRSS before " + before + " kB, after " + after + " kB, growth " + growth + " kB");
      assertTrue(growth < 64 * 1024, "native memory grew by " + growth + " kB over 1700 modules");
    }
  }

  private static void run(JitEngine engine, int from, int to) {
    for (int i = from; i < to; i++) {
      Operation module = JitEngineTest.parse(KERNEL.replace("%K", Integer.toString(i)));
      try (CompiledModule compiled = engine.compile(module)) {
        assertEquals(Math.floorDiv(3 + i, 2) * 3, compiled.invokeLong("f", 3, 2));
      }
    }
  }
}
