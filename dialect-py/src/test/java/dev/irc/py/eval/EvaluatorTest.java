package dev.irc.py.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.dialect.PyDialect;
import dev.irc.py.irgen.KnownFunctions;
import dev.irc.py.irgen.PythonImporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.irc.py.semantics.ExceptionTypes;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The reference evaluator on small programs (the conformance suite covers the rest). */
class EvaluatorTest {
  private static String run(String python) {
    Operation module = PythonImporter.importSource(new SourceFile("t.py", python), IrContext.of(PyDialect.INSTANCE));
    var out = new ByteArrayOutputStream();
    var stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    new Evaluator(module, stream).run();
    stream.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shortCircuitReturnsOperands() {
    assertEquals("5 0 None\n", run("print(0 or 5, 0 and 5, None and 1)\n"));
  }

  @Test
  void swapThroughTupleAssignment() {
    assertEquals("2 1\n", run("a, b = 1, 2\na, b = b, a\nprint(a, b)\n"));
  }

  @Test
  void uncaughtExceptionCarriesFrames() {
    PythonError error = assertThrows(PythonError.class, () -> run("def f(x):\n    return 1 // x\nf(0)\n"));
    assertEquals("ZeroDivisionError: integer division or modulo by zero", error.exception().lastLine());
    assertEquals(2, error.frames().size());
    assertEquals("<module>", error.frames().get(0).function());
    assertEquals("f", error.frames().get(1).function());
    String traceback = Traceback.format(error, new SourceFile("t.py", "def f(x):\n    return 1 // x\nf(0)\n"), "t.py");
    assertEquals("""
        Traceback (most recent call last):
          File "t.py", line 3, in <module>
            f(0)
          File "t.py", line 2, in f
            return 1 // x
        ZeroDivisionError: integer division or modulo by zero
        """, traceback);
  }

  @Test
  void evaluatorImplementsEveryKnownFunction() {
    var expected = new TreeSet<>(KnownFunctions.BUILTINS.keySet());
    KnownFunctions.MATH_FUNCTIONS.forEach(name -> expected.add("math." + name));
    ExceptionTypes.names().stream().filter(ExceptionTypes::isConstructible).forEach(expected::add);
    assertEquals(expected, new TreeSet<>(Evaluator.builtinNames()));
  }
}
