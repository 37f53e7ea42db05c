package dev.irc.py.conversion.toarith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.dialect.func.FuncOp;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.dialect.PyDialect;
import dev.irc.py.irgen.PythonImporter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link TypeInference#inferEntry}: typing from a function called from outside the program instead of {@code @__main__}. */
class EntryTypeInferenceTest {
  private static final String SOURCE = """
      def sq(x):
          return x * x
      def norm(a, b):
          return sq(a) + sq(b) + K
      print(norm(1, 2))
      """;

  private static Operation module(IrContext context) {
    return PythonImporter.importSource(new SourceFile("t.py", SOURCE), context);
  }

  @Test
  void typesTheEntryAndItsCalleesOnly() {
    var context = IrContext.of(PyDialect.INSTANCE);
    Operation module = module(context);
    var entry = new Specialization("norm", List.of(PyType.FLOAT, PyType.FLOAT));
    ProgramTypes types = TypeInference.inferEntry(module, entry, Map.of("K", PyType.INT));
    assertTrue(types.isTyped(), () -> String.join("\n", types.explain()));
    assertEquals(Set.of(entry, new Specialization("sq", List.of(PyType.FLOAT))), types.functions().keySet());
    assertEquals(PyType.FLOAT, types.functions().get(entry).returnType());

    ModuleLowering.lower(module, types, context);
    Set<String> defined = ModuleOp.body(module).operationList().stream()
        .filter(op -> op.name().equals(FuncOp.NAME) && !FuncOp.isExternal(op)).map(FuncOp::name).collect(Collectors.toSet());
    assertEquals(Set.of("norm$f64_f64", "sq$f64"), defined);
  }

  @Test
  void aGlobalOfAnotherTypeMakesItUntyped() {
    ProgramTypes types = TypeInference.inferEntry(module(IrContext.of(PyDialect.INSTANCE)),
        new Specialization("norm", List.of(PyType.INT, PyType.INT)), Map.of("K", PyType.DYNAMIC));
    assertFalse(types.isTyped());
  }

  @Test
  void anEntryReturningDifferentTypesIsUntyped() {
    Operation module = PythonImporter.importSource(new SourceFile("t.py", "def f(n):\n    if n > 0:\n        return n\n    return 0.5\n"),
        IrContext.of(PyDialect.INSTANCE));
    ProgramTypes types = TypeInference.inferEntry(module, new Specialization("f", List.of(PyType.INT)), Map.of());
    assertFalse(types.isTyped());
    assertEquals(List.of("program: not compiled: t.py:1:1: 'f' returns values of different types"),
        types.explain().stream().filter(line -> line.startsWith("program")).toList());
  }

  @Test
  void rejectsAWrongArity() {
    assertThrows(IllegalArgumentException.class, () -> TypeInference.inferEntry(module(IrContext.of(PyDialect.INSTANCE)),
        new Specialization("sq", List.of()), Map.of()));
  }
}
