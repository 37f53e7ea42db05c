package dev.irc.passes.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.OpaqueType;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.passes.TestDialect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialectConversionTest {
  private final IrContext context = TestDialect.context();

  /** {@code !py.object} becomes {@code i64}. */
  private final TypeConverter types = new TypeConverter()
      .addConversion(type -> type instanceof OpaqueType ? Optional.of((Type) IntegerType.I64) : Optional.empty());

  /** {@code py.binop} on converted operands becomes {@code test.add}. */
  private final ConversionPattern binop = ConversionPattern.of("BinopLowering", "py.binop", 1, types,
      (op, operands, rewriter) -> {
        Operation add = rewriter.create(new OperationState("test.add", op.location()).addOperands(operands)
            .addResultType(types.convertType(op.result().type())));
        rewriter.replaceOp(op, add);
        return true;
      });

  private static final String INPUT = """
      "test.func"() ({
        %a = "py.arg"() : () -> !py.object
        %b = "py.binop"(%a, %a) : (!py.object, !py.object) -> !py.object
        %c = "py.binop"(%b, %a) : (!py.object, !py.object) -> !py.object
        "py.print"(%c) : (!py.object) -> ()
      }) {sym_name = "f"} : () -> ()
      """;

  @Test
  void partialConversionLeavesCastsAtTheBoundary() {
    Operation module = TestDialect.parse(context, INPUT);
    var target = new ConversionTarget().addLegalDialect("test").addIllegalOp("py.binop");
    assertTrue(DialectConversion.applyPartialConversion(context, module, target, FrozenPatternSet.of(binop),
        new DiagnosticEngine()));
    assertEquals("""
        module {
          "test.func"() ({
            %0 = "py.arg"() : () -> !py.object
            %1 = "builtin.unrealized_conversion_cast"(%0) : (!py.object) -> i64
            %2 = "test.add"(%1, %1) : (i64, i64) -> i64
            %3 = "test.add"(%2, %1) : (i64, i64) -> i64
            %4 = "builtin.unrealized_conversion_cast"(%3) : (i64) -> !py.object
            "py.print"(%4) : (!py.object) -> ()
          }) {sym_name = "f"} : () -> ()
        }
        """, module.toString());
  }

  @Test
  void fullConversionNamesTheOpThatFailedToLegalize() {
    Operation module = TestDialect.parse(context, INPUT);
    var target = new ConversionTarget().addLegalDialect("test");
    var diagnostics = new DiagnosticEngine();
    assertFalse(DialectConversion.applyFullConversion(context, module, target, FrozenPatternSet.of(binop), diagnostics));
    assertEquals("failed to legalize operation 'py.arg'", diagnostics.diagnostics().getFirst().message());
  }

  @Test
  void explicitlyIllegalOpWithoutPatternFailsPartialConversion() {
    Operation module = TestDialect.parse(context, INPUT);
    var target = new ConversionTarget().addIllegalOp("py.binop");
    var diagnostics = new DiagnosticEngine();
    assertFalse(DialectConversion.applyPartialConversion(context, module, target, new FrozenPatternSet(List.of()),
        diagnostics));
    assertEquals("failed to legalize operation 'py.binop' that was explicitly marked illegal",
        diagnostics.diagnostics().getFirst().message());
  }

  @Test
  void dynamicLegalityAndRegionTypeConversion() {
    Operation module = TestDialect.parse(context, """
        "test.func"() ({
        ^bb0(%x: !py.object):
          "py.print"(%x) : (!py.object) -> ()
        }) {sym_name = "f"} : () -> ()
        """);
    var funcPattern = ConversionPattern.of("FuncSignature", "test.func", 1, types, (op, operands, rewriter) -> {
      rewriter.convertRegionTypes(op.region(0), types);
      return true;
    });
    var target = new ConversionTarget().addDynamicallyLegalOp("test.func", types::isLegal);
    assertTrue(DialectConversion.applyPartialConversion(context, module, target, FrozenPatternSet.of(funcPattern),
        new DiagnosticEngine()));
    assertEquals("""
        module {
          "test.func"() ({
          ^bb0(%arg0: i64):
            %0 = "builtin.unrealized_conversion_cast"(%arg0) : (i64) -> !py.object
            "py.print"(%0) : (!py.object) -> ()
          }) {sym_name = "f"} : () -> ()
        }
        """, module.toString());
  }
}
