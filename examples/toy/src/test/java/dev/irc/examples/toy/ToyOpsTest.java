package dev.irc.examples.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.Folding;
import dev.irc.ir.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The toy ops one by one: verifiers, custom syntax, folders, the materializer and the rules. */
class ToyOpsTest {
  private static final String PROGRAM = """
      func.func @f(%x: i64) -> i64 {
        %0 = toy.constant 6
        %1 = toy.constant -7
        %2 = toy.mul %0, %1
        %3 = toy.add %2, %x {note = "kept"}
        toy.print %3
        return %3 : i64
      }
      """;

  private static List<String> verifyErrors(String text) {
    IrContext context = ToyIr.context();
    var diagnostics = new DiagnosticEngine();
    Verifier.verify(ToyIr.parseUnverified(context, text), diagnostics);
    return diagnostics.diagnostics().stream().map(Diagnostic::message).toList();
  }

  private static List<Operation> ops(Operation root, String name) {
    var found = new ArrayList<Operation>();
    root.walk(op -> {
      if (op.name().equals(name)) {
        found.add(op);
      }
    });
    return found;
  }

  @Test
  void customFormPrintsAndParsesBackIdentically() {
    IrContext context = ToyIr.context();
    String printed = ToyIr.print(ToyIr.parse(context, PROGRAM));
    assertTrue(printed.contains("%0 = toy.constant 6\n"), printed);
    assertTrue(printed.contains("%2 = toy.mul %0, %1\n"), printed);
    assertTrue(printed.contains("toy.add %2, %arg0 {note = \"kept\"}\n"), printed);
    assertTrue(printed.contains("toy.print %3\n"), printed);
    assertEquals(printed, ToyIr.print(ToyIr.parse(context, printed)), "print . parse is not the identity");
  }

  @Test
  void genericFormParsesBackToTheCustomForm() {
    IrContext context = ToyIr.context();
    String custom = ToyIr.print(ToyIr.parse(context, PROGRAM));
    String generic = ToyIr.printGeneric(ToyIr.parse(context, custom));
    assertTrue(generic.contains("\"toy.mul\"(%0, %1) : (i64, i64) -> i64"), generic);
    assertEquals(custom, ToyIr.print(ToyIr.parse(context, generic)));
  }

  @Test
  void verifierRejectsOperandsThatAreNotI64() {
    assertEquals(List.of("'toy.add' op requires i64 operands, but found f32"), verifyErrors("""
        func.func @f(%a: f32, %b: i64) {
          %r = "toy.add"(%a, %b) : (f32, i64) -> i64
          return
        }
        """));
    assertEquals(List.of("'toy.print' op requires i64 operands, but found i32"), verifyErrors("""
        func.func @f(%a: i32) {
          "toy.print"(%a) : (i32) -> ()
          return
        }
        """));
  }

  @Test
  void verifierChecksResultsAndConstantValues() {
    assertEquals(List.of("'toy.mul' op requires an i64 result, but found i32"), verifyErrors("""
        func.func @f(%a: i64) {
          %r = "toy.mul"(%a, %a) : (i64, i64) -> i32
          return
        }
        """));
    assertEquals(List.of("'toy.constant' op requires an i64 value, but found 1 : i32"), verifyErrors("""
        func.func @f() {
          %c = "toy.constant"() {value = 1 : i32} : () -> i64
          return
        }
        """));
    assertEquals(List.of("'toy.add' op requires 2 operands, but found 1"), verifyErrors("""
        func.func @f(%a: i64) {
          %r = "toy.add"(%a) : (i64) -> i64
          return
        }
        """));
  }

  @Test
  void constantBeyondI64IsALocatedParseError() {
    var e = assertThrows(DiagnosticException.class, () -> ToyIr.parseUnverified(ToyIr.context(), """
        func.func @f() {
          %c = toy.constant 9223372036854775808
          return
        }
        """));
    Diagnostic diagnostic = e.diagnostics().getFirst();
    assertEquals("'toy.constant' value 9223372036854775808 does not fit in i64", diagnostic.message());
    assertTrue(diagnostic.location().toString().contains("2:"), diagnostic.location().toString());
  }

  @Test
  void foldsAddAndMulOfConstantsWithWrapping() {
    IrContext context = ToyIr.context();
    Operation module = ToyIr.parse(context, """
        func.func @f(%x: i64) -> i64 {
          %big = toy.constant 9223372036854775807
          %two = toy.constant 2
          %m = toy.mul %big, %two
          %a = toy.add %big, %two
          %n = toy.add %x, %two
          return %n : i64
        }
        """);
    assertEquals(List.of(FoldResult.constant(IntegerAttr.i64(-2))), Folding.fold(ops(module, "toy.mul").getFirst()));
    List<Operation> adds = ops(module, "toy.add");
    assertEquals(List.of(FoldResult.constant(IntegerAttr.i64(Long.MIN_VALUE + 1))), Folding.fold(adds.get(0)));
    assertEquals(List.of(), Folding.fold(adds.get(1)), "an operand that is not a constant does not fold");
  }

  @Test
  void dialectMaterializesI64ConstantsAsToyConstant() {
    IrContext context = ToyIr.context();
    Operation module = ToyIr.parse(context, PROGRAM);
    Operation mul = ops(module, "toy.mul").getFirst();
    var builder = new OpBuilder(context).setInsertionPoint(mul);
    Operation constant = Folding.materialize(context, mul, builder, IntegerAttr.i64(-42), IntegerType.I64, Location.UNKNOWN);
    assertNotNull(constant);
    assertEquals("toy.constant", constant.name());
    assertEquals(-42, ToyOps.value(constant));
    assertEquals(null, new ToyDialect().materializeConstant(builder, IntegerAttr.of(1, IntegerType.I32), IntegerType.I32,
        Location.UNKNOWN), "only i64 constants are toy constants");
  }

  @Test
  void canonicalizeFoldsAndAppliesTheRules() {
    IrContext context = ToyIr.context();
    Operation module = ToyIr.parse(context, """
        func.func @f(%x: i64) -> i64 {
          %0 = toy.constant 6
          %1 = toy.constant 7
          %one = toy.constant 1
          %zero = toy.constant 0
          %2 = toy.mul %0, %1
          %3 = toy.mul %one, %x
          %4 = toy.add %3, %zero
          %5 = toy.mul %4, %zero
          toy.print %2
          toy.print %4
          return %5 : i64
        }
        """);
    ToyIr.run(context, "builtin.module(func.func(canonicalize))", module);
    String printed = ToyIr.print(module);
    assertFalse(printed.contains("toy.mul") || printed.contains("toy.add"), printed);
    assertTrue(printed.contains("toy.constant 42"), printed);
    assertTrue(printed.contains("toy.print %arg0"), "mul_one and add_zero: " + printed);
    assertTrue(printed.contains("%1 = toy.constant 0") && printed.contains("return %1 : i64"), "mul_zero: " + printed);
  }
}
