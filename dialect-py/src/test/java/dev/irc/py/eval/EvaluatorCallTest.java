package dev.irc.py.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.dialect.PyDialect;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.py.semantics.PyException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Calling a function of a module whose top-level code ran, and reading its globals (the embedding API's evaluator path). */
class EvaluatorCallTest {
  private static Evaluator imported(String python) {
    Operation module = PythonImporter.importSource(new SourceFile("t.py", python), IrContext.of(PyDialect.INSTANCE));
    var evaluator = new Evaluator(module, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    evaluator.run();
    return evaluator;
  }

  @Test
  void callsAFunctionWithTheGlobalsTheModuleLeft() {
    Evaluator evaluator = imported("K = 3\ndef f(x):\n    return x * K\n");
    assertEquals(BigInteger.TWO.pow(64).multiply(BigInteger.valueOf(3)), evaluator.call("f", List.of(BigInteger.TWO.pow(64))));
    assertEquals(Optional.of(3L), evaluator.globalValue("K"));
    assertEquals(Optional.empty(), evaluator.globalValue("missing"));
  }

  @Test
  void uncaughtExceptionHasTheFunctionsFramesOnly() {
    Evaluator evaluator = imported("def f(x):\n    return 1 // x\n");
    PythonError error = assertThrows(PythonError.class, () -> evaluator.call("f", List.of(0L)));
    assertEquals("ZeroDivisionError: integer division or modulo by zero", error.exception().lastLine());
    assertEquals(List.of("f"), error.frames().stream().map(PyException.Frame::function).toList());
  }

  @Test
  void rejectsUnknownFunctionsAndWrongArity() {
    Evaluator evaluator = imported("def f(x):\n    return x\n");
    assertThrows(IllegalArgumentException.class, () -> evaluator.call("g", List.of()));
    assertThrows(IllegalArgumentException.class, () -> evaluator.call("__main__", List.of()));
    assertThrows(IllegalArgumentException.class, () -> evaluator.call("f", List.of()));
  }
}
