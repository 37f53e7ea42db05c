package dev.irc.dialect.llvm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.conversion.tollvm.ConvertToLlvmPass;
import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.dialect.llvm.translate.LlvmTranslation;
import dev.irc.dialect.llvm.translate.TranslationException;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.IrParser;
import org.junit.jupiter.api.Test;

/** Lowers func/arith/cf to llvm and translates it to LLVM IR text, checking the instructions LLVM prints. */
class TranslationTest {
  private static final String LOOP = """
      func.func @fib(%n: i64) -> i64 {
        %c0 = arith.constant 0 : i64
        %c1 = arith.constant 1 : i64
        cf.br ^loop(%c0, %c1, %n : i64, i64, i64)
      ^loop(%a: i64, %b: i64, %k: i64):
        %done = arith.cmpi sle, %k, %c0 : i64
        cf.cond_br %done, ^exit, ^body
      ^body:
        %s = arith.addi %a, %b : i64
        %k1 = arith.subi %k, %c1 : i64
        cf.br ^loop(%b, %s, %k1 : i64, i64, i64)
      ^exit:
        return %a : i64
      }
      func.func @checked(%a: i64, %b: i64, %x: f64) -> f64 {
        %r, %o = arith.checked_muli %a, %b : i64
        cf.assert %o, "overflow"
        %f = arith.sitofp %r : i64 to f64
        %m = arith.mulf %f, %x : f64
        %s = arith.addf %m, %x : f64
        return %s : f64
      }
      """;

  private static Operation lowered(String text) {
    var context = IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect(), new LlvmDialect());
    Operation module = IrParser.parseModule(context, new SourceFile("t.mlir", text));
    var diagnostics = new DiagnosticEngine();
    assertTrue(ConvertToLlvmPass.convert(context, module, diagnostics), diagnostics.diagnostics().toString());
    return module;
  }

  @Test
  void blockArgumentsBecomePhis() {
    String ir = LlvmTranslation.toLlvmIr(lowered(LOOP), false);
    assertTrue(ir.contains("define i64 @fib(i64 %0)"), ir);
    assertTrue(ir.matches("(?s).*phi i64 \\[ 0, %1 \\], \\[ %\\d+, %\\d+ \\].*"), ir);
    assertTrue(ir.contains("icmp sle i64"), ir);
    assertTrue(ir.contains("call { i64, i1 } @llvm.smul.with.overflow.i64"), ir);
    assertTrue(ir.contains("declare void @abort()"), ir);
    assertTrue(ir.contains("fmul double") && ir.contains("fadd double"), ir);
  }

  @Test
  void optimizedFloatCodeHasNoFastMathOrFma() {
    String ir = LlvmTranslation.toLlvmIr(lowered(LOOP), true);
    assertTrue(ir.contains("fmul double") && ir.contains("fadd double"), ir);
    assertTrue(!ir.contains("fast") && !ir.contains("contract") && !ir.contains("fma"), ir);
  }

  @Test
  void unloweredOpsAreRejected() {
    var context = IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect(), new LlvmDialect());
    Operation module = IrParser.parseModule(context, new SourceFile("t.mlir", "func.func @f() {\n  return\n}\n"));
    assertThrows(TranslationException.class, () -> LlvmTranslation.toLlvmIr(module, false));
  }
}
