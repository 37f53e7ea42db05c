package dev.irc.targets.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Calls of one module from several threads at once: compiled, deoptimizing and evaluator calls, first calls that compile. */
class PythonFunctionConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CALLS = 300;

  private static long fib(int n) {
    long a = 0;
    long b = 1;
    for (int i = 0; i < n; i++) {
      long next = a + b;
      a = b;
      b = next;
    }
    return a;
  }

  private static Object factorial(int n) {
    BigInteger r = BigInteger.ONE;
    for (int i = 2; i <= n; i++) {
      r = r.multiply(BigInteger.valueOf(i));
    }
    return r.bitLength() < 64 ? (Object) r.longValue() : r;
  }

  @Test
  void concurrentCallsFromSeveralThreads() throws Exception {
    try (PythonModule m = PythonModule.compile(PythonModuleTest.KERNELS, "kernels.py", new PrintStream(new ByteArrayOutputStream()))) {
      PythonFunction fib = m.function("fib");
      PythonFunction fact = m.function("fact");
      PythonFunction halfOrInt = m.function("half_or_int");
      PythonFunction bump = m.function("bump");
      PythonFunction div = m.function("div");
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<?>>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < CALLS; i++) {
            int n = (i + thread) % 25;
            assertEquals(fib(n), fib.call((long) n));
            assertEquals((double) fib(n % 12), fib.call((double) (n % 12)));
            assertEquals(factorial(n), fact.call((long) n));
            assertEquals(i % 2 == 0 ? (Object) (long) (i + 1) : (Object) 0.5, halfOrInt.call(i % 2 == 0 ? i + 1L : -1L));
            assertEquals("ZeroDivisionError", assertThrowsPython(() -> div.call((long) n, 0L)).type());
            bump.call(1L);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get();
      }
      pool.shutdown();
      assertEquals((long) THREADS * CALLS + 1, bump.call(1L));
      assertEquals(Set.of(List.of(long.class), List.of(double.class)),
          fib.specializations().stream().map(PythonSpecialization::argumentTypes).collect(Collectors.toSet()));
    }
  }

  private static PythonException assertThrowsPython(Runnable call) {
    try {
      call.run();
    } catch (PythonException e) {
      return e;
    }
    throw new AssertionError("no PythonException");
  }
}
