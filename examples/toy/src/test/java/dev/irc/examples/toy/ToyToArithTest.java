package dev.irc.examples.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.examples.toy.toarith.ToyToArithPass;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.interp.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lowering {@code toy-to-arith}: its output, and its meaning, checked by interpreting each
 * program before the pass (toy ops' own semantics) and after it (arith, with {@code toy_print_i64}
 * as an external function) and comparing what is printed and returned.
 */
class ToyToArithTest {
  private static final String PROGRAM = """
      func.func @main() {
        %0 = toy.constant 6
        %1 = toy.constant 7
        %2 = toy.mul %0, %1
        toy.print %2
        %3 = toy.constant 5
        %4 = call @poly(%3) : (i64) -> i64
        toy.print %4
        return
      }
      func.func @poly(%x: i64) -> i64 {
        %three = toy.constant 3
        %one = toy.constant 1
        %square = toy.mul %x, %x
        %sum = toy.add %square, %three
        %result = toy.mul %sum, %one
        toy.print %result
        return %result : i64
      }
      """;

  /** What one run printed and returned. */
  private record Run(String printed, List<Object> results) {}

  private static Run interpret(Operation module, String function, List<Object> arguments) {
    var bytes = new ByteArrayOutputStream();
    var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    var interpreter = new Interpreter().defineExternal(ToyToArithPass.PRINT_FUNCTION, args -> {
      out.println((long) (Long) args.getFirst());
      return List.of();
    });
    List<Object> results = ToyOutput.printingTo(out, () -> interpreter.call(module, function, arguments));
    return new Run(bytes.toString(StandardCharsets.UTF_8), results);
  }

  @Test
  void lowersEveryToyOpAndDeclaresThePrintFunction() {
    IrContext context = ToyIr.context();
    Operation module = ToyIr.parse(context, PROGRAM);
    ToyIr.run(context, "builtin.module(toy-to-arith)", module);
    String printed = ToyIr.print(module);
    assertFalse(printed.contains("toy."), printed);
    assertTrue(printed.contains("func.func private @toy_print_i64(i64)\n"), printed);
    assertTrue(printed.contains("%0 = arith.constant 6 : i64"), printed);
    assertTrue(printed.contains("%2 = arith.muli %0, %1 : i64"), printed);
    assertTrue(printed.contains("arith.addi"), printed);
    assertTrue(printed.contains("func.call @toy_print_i64(%2) : (i64) -> ()"), printed);
    assertEquals(1, printed.split("@toy_print_i64\\(i64\\)", -1).length - 1, "declared once: " + printed);
  }

  @Test
  void interpretingBeforeAndAfterGivesTheSameOutputAndResults() {
    IrContext context = ToyIr.context();
    Operation toy = ToyIr.parse(context, PROGRAM);
    Operation lowered = ToyIr.parse(context, PROGRAM);
    ToyIr.run(context, "builtin.module(toy-to-arith)", lowered);
    Operation optimized = ToyIr.parse(context, PROGRAM);
    ToyIr.run(context, "builtin.module(func.func(canonicalize),toy-to-arith,func.func(canonicalize))", optimized);

    Run expected = interpret(toy, "main", List.of());
    assertEquals("42\n28\n28\n", expected.printed());
    assertEquals(expected, interpret(lowered, "main", List.of()));
    assertEquals(expected, interpret(optimized, "main", List.of()));
    for (long x : new long[] {0, 1, -1, 5, 3_037_000_500L, Long.MIN_VALUE, Long.MAX_VALUE}) {
      Run before = interpret(toy, "poly", List.of(x));
      assertEquals(List.of(x * x + 3), before.results());
      assertEquals(before, interpret(lowered, "poly", List.of(x)), "poly(" + x + ")");
      assertEquals(before, interpret(optimized, "poly", List.of(x)), "poly(" + x + ") after canonicalize");
    }
  }

  @Test
  void keepsAnExistingDeclarationAndRejectsAConflictingSymbol() {
    IrContext context = ToyIr.context();
    Operation module = ToyIr.parse(context, """
        func.func private @toy_print_i64(i64)
        func.func @f(%x: i64) {
          toy.print %x
          return
        }
        """);
    ToyIr.run(context, "builtin.module(toy-to-arith)", module);
    assertEquals(1, ToyIr.print(module).split("func.func private @toy_print_i64", -1).length - 1);

    Operation conflicting = ToyIr.parse(context, """
        func.func private @toy_print_i64(i32)
        func.func @f(%x: i64) {
          toy.print %x
          return
        }
        """);
    var diagnostics = new DiagnosticEngine();
    assertFalse(ToyToArithPass.lower(context, conflicting, diagnostics));
    assertEquals(List.of("toy-to-arith: @toy_print_i64 must be a func.func of type (i64) -> () to lower toy.print"),
        diagnostics.diagnostics().stream().map(Diagnostic::message).toList());
  }

  @Test
  void aModuleWithoutPrintsGetsNoDeclaration() {
    IrContext context = ToyIr.context();
    Operation module = ToyIr.parse(context, """
        func.func @f(%x: i64) -> i64 {
          %r = toy.add %x, %x
          return %r : i64
        }
        """);
    ToyIr.run(context, "builtin.module(toy-to-arith)", module);
    assertFalse(ToyIr.print(module).contains("toy_print_i64"));
  }
}
