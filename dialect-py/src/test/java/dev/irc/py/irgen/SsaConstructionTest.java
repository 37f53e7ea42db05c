package dev.irc.py.irgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.IrParser;
import org.junit.jupiter.api.Test;

/** SSA construction: phis only where values merge, unbound checks only where needed, errors located. */
class SsaConstructionTest {
  @Test
  void straightLineLocalsNeedNoBlockArguments() {
    Operation module = PyIrFixtures.lower("""
        def f(a, b):
            x = a + b
            x = x * 2
            return x
        """);
    String text = PyIrFixtures.print(module);
    assertEquals("", PyIrFixtures.verify(module));
    assertFalse(text.contains("^bb1"), text);
    assertFalse(text.contains("py.check_bound"), text);
  }

  @Test
  void loopVariablesBecomeHeaderArguments() {
    Operation module = PyIrFixtures.lower("""
        def count(n):
            i = 0
            total = 0
            while i < n:
                total = total + i
                i = i + 1
            return total
        """);
    String text = PyIrFixtures.print(module);
    assertEquals("", PyIrFixtures.verify(module));
    // The header merges i and total (n is loop-invariant: its trivial phi is removed).
    assertTrue(text.matches("(?s).*\\^bb1\\(%\\d+: !py.object, %\\d+: !py.object\\):.*"), text);
    assertFalse(text.contains("py.check_bound"), text);
    assertFalse(text.contains("py.unbound"), text);
  }

  @Test
  void maybeUnassignedLocalIsChecked() {
    Operation module = PyIrFixtures.lower("""
        def f(flag):
            if flag:
                x = 1
            return x
        """);
    String text = PyIrFixtures.print(module);
    assertEquals("", PyIrFixtures.verify(module));
    assertTrue(text.contains("py.unbound"), text);
    assertTrue(text.contains("py.check_bound \"x\""), text);
  }

  @Test
  void definitelyAssignedAfterBothBranchesIsNotChecked() {
    Operation module = PyIrFixtures.lower("""
        def f(flag):
            if flag:
                x = 1
            else:
                x = 2
            return x
        """);
    assertFalse(PyIrFixtures.print(module).contains("py.check_bound"));
  }

  @Test
  void printedIrParsesBackToTheSameText() {
    Operation module = PyIrFixtures.lower("""
        import math
        def g(a, b=2.5, c=None):
            r = a if a > b else b
            for i in range(3):
                if i == 1:
                    continue
                r += i
            else:
                r = r or c
            return r
        x, y = 1, 2
        y, x = divmod(x, y)
        assert 0 < x < 10, "bad"
        print(g(x), math.sqrt(2), sep=", ", end="")
        """);
    String text = PyIrFixtures.print(module);
    assertEquals("", PyIrFixtures.verify(module));
    Operation reparsed = IrParser.parseModule(PyIrFixtures.context(), new SourceFile("round-trip.mlir", text));
    assertEquals(text, PyIrFixtures.print(reparsed));
  }

  @Test
  void unsupportedConstructIsReportedAtItsLocation() {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> PyIrFixtures.lower("x = 1\ny = [x]\n"));
    assertEquals("a list is not supported by irc", e.diagnostics().getFirst().message());
    assertEquals(Location.of("test.py", 2, 5), e.diagnostics().getFirst().location());
  }

  @Test
  void unsupportedBuiltinIsACompileTimeError() {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> PyIrFixtures.lower("x = 1\nprint(str(x))\n"));
    assertEquals("the builtin 'str' is not supported by irc", e.diagnostics().getFirst().message());
    assertEquals(Location.of("test.py", 2, 7), e.diagnostics().getFirst().location());
  }

  @Test
  void programGlobalShadowsABuiltin() {
    PyIrFixtures.lower("sum = 0\nfor i in range(3):\n    sum += i\nprint(sum)\n");
  }

  @Test
  void undefinedNameStaysARuntimeNameError() {
    PyIrFixtures.lower("print(undefined_name)\n");
  }

  @Test
  void stringFormattingIsACompileTimeError() {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> PyIrFixtures.lower("n = 1\nprint('%s : ' % n)\n"));
    assertEquals("string formatting with '%' is not supported by irc", e.diagnostics().getFirst().message());
  }

  @Test
  void exceptClauseNeedsABuiltinExceptionClass() {
    DiagnosticException e = assertThrows(DiagnosticException.class,
        () -> PyIrFixtures.lower("try:\n    pass\nexcept Foo:\n    pass\n"));
    assertEquals("an 'except' clause whose type is not a builtin exception class is not supported by irc",
        e.diagnostics().getFirst().message());
    assertEquals(Location.of("test.py", 3, 8), e.diagnostics().getFirst().location());
  }

  @Test
  void raisingAnOsErrorIsACompileTimeError() {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> PyIrFixtures.lower("raise OSError(2, 'x')\n"));
    assertEquals("raising 'OSError' is not supported by irc", e.diagnostics().getFirst().message());
  }

  @Test
  void nonConstantDefaultIsUnsupported() {
    DiagnosticException e = assertThrows(DiagnosticException.class,
        () -> PyIrFixtures.lower("k = 3\ndef f(a=k):\n    return a\n"));
    assertEquals("a non-constant default value is not supported by irc", e.diagnostics().getFirst().message());
  }

  @Test
  void opsCarryPythonLocations() {
    Operation module = PyIrFixtures.lower("x = 1\nprint(x // 0)\n");
    var found = new java.util.ArrayList<Location>();
    module.walk(op -> {
      if (op.name().equals("py.binop")) {
        found.add(op.location());
      }
    });
    assertEquals(java.util.List.of(Location.of("test.py", 2, 7)), found);
  }
}
