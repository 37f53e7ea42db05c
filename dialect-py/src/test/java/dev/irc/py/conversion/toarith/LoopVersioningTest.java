package dev.irc.py.conversion.toarith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.interp.Interpreter;
import dev.irc.py.conversion.toarith.runtime.JavaRuntime;
import dev.irc.py.conversion.toarith.runtime.StatusProtocol;
import dev.irc.py.dialect.PyDialect;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.testkit.Gen;
import dev.irc.testkit.Gens;
import dev.irc.testkit.Property;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LoopVersioning}: range loops whose accumulators run unchecked when a bound computed
 * before the loop fits in i64. Property: on short ranges placed anywhere in i64 (mostly near its
 * ends), the lowered function gives the exact sum exactly when no partial sum leaves i64, and
 * deoptimizes otherwise, as the checked loop does.
 */
class LoopVersioningTest {
  private static final String SOURCE = """
      def total(start, stop, s):
          for i in range(start, stop):
              s += i
          return s
      def down(start, stop, s):
          for i in range(start, stop, -1):
              s -= i
          return s
      def count(n, s, c):
          for _ in range(n):
              s = c + s
          return s
      print(total(0, 3, 0), down(3, 0, 0), count(3, 0, 1))
      """;

  private static final Operation MODULE = lower();

  private static Operation lower() {
    var context = IrContext.of(PyDialect.INSTANCE);
    Operation module = PythonImporter.importSource(new SourceFile("loops.py", SOURCE), context);
    ProgramTypes types = TypeInference.infer(module);
    assertTrue(types.isTyped(), () -> String.join("\n", types.explain()));
    ModuleLowering.lower(module, types, context);
    return module;
  }

  /** Values near zero, near the ends of i64 and anywhere. */
  private static Gen<Long> anywhere() {
    return Gens.frequency(List.of(
        Gens.weighted(2, Gens.longs(-20, 20)),
        Gens.weighted(3, Gens.longs(Long.MAX_VALUE - 40, Long.MAX_VALUE)),
        Gens.weighted(3, Gens.longs(Long.MIN_VALUE, Long.MIN_VALUE + 40)),
        Gens.weighted(2, Gens.longs(-(1L << 62) - 20, -(1L << 62) + 20)),
        Gens.weighted(2, Gens.longs((1L << 62) - 20, (1L << 62) + 20)),
        Gens.weighted(2, Gens.longs())));
  }

  private record Case(long a, long length, long s) {}

  private static Gen<Case> cases() {
    return anywhere().flatMap(a -> Gens.longs(0, 12).flatMap(length -> anywhere().map(s -> new Case(a, length, s))));
  }

  /** The function's exact result, or null when a partial sum leaves i64 (the checked loop deoptimizes there). */
  private static Long model(long s, List<Long> terms, boolean subtract) {
    BigInteger sum = BigInteger.valueOf(s);
    for (long term : terms) {
      sum = subtract ? sum.subtract(BigInteger.valueOf(term)) : sum.add(BigInteger.valueOf(term));
      if (sum.bitLength() >= 64) {
        return null;
      }
    }
    return sum.longValueExact();
  }

  private static void check(String function, List<Long> arguments, Long expected) {
    var runtime = new JavaRuntime(StatusProtocol.sites(MODULE), ModuleLowering.strings(MODULE),
        new PrintStream(new ByteArrayOutputStream()));
    var interpreter = new Interpreter(new Interpreter.Limits(1_000_000, 100));
    runtime.install(interpreter);
    var callArguments = new java.util.ArrayList<Object>(List.of(0L));
    callArguments.addAll(arguments);
    List<Object> results = interpreter.call(MODULE, function, callArguments);
    if (expected == null) {
      assertEquals(true, results.getLast(), function + arguments + " should deoptimize");
      assertNotNull(runtime.deoptSite());
    } else {
      assertEquals(false, results.getLast(), function + arguments + " deoptimized");
      assertNull(runtime.deoptSite());
      assertEquals(expected, results.getFirst(), function + arguments.toString());
    }
  }

  @Test
  void upwardSumsAreExactOrDeoptimize() {
    Property.forAll(cases(), 400, c -> {
      long stop = c.a() > Long.MAX_VALUE - c.length() ? Long.MAX_VALUE : c.a() + c.length();
      var terms = new java.util.ArrayList<Long>();
      for (long i = c.a(); i < stop; i++) {
        terms.add(i);
      }
      check("total$i64_i64_i64", List.of(c.a(), stop, c.s()), model(c.s(), terms, false));
    });
  }

  @Test
  void downwardDifferencesAreExactOrDeoptimize() {
    Property.forAll(cases(), 400, c -> {
      long stop = c.a() < Long.MIN_VALUE + c.length() ? Long.MIN_VALUE : c.a() - c.length();
      var terms = new java.util.ArrayList<Long>();
      for (long i = c.a(); i > stop; i--) {
        terms.add(i);
      }
      check("down$i64_i64_i64", List.of(c.a(), stop, c.s()), model(c.s(), terms, true));
    });
  }

  @Test
  void constantStepsAreExactOrDeoptimize() {
    Property.forAll(cases(), 400, c -> {
      var terms = java.util.Collections.nCopies((int) c.length(), c.a());
      check("count$i64_i64_i64", List.of(c.length(), c.s(), c.a()), model(c.s(), terms, false));
    });
  }

  @Test
  void theLoopsAreVersioned() {
    String text = MODULE.toString();
    for (String function : List.of("@total$", "@down$", "@count$")) {
      String body = text.substring(text.indexOf("func.func " + function));
      body = body.substring(0, body.indexOf("\n  }"));
      // The bound |s0| + |stop - start| * max|term| is the only multiplication in these functions.
      assertTrue(body.contains("arith.checked_muli"), body);
    }
  }
}
