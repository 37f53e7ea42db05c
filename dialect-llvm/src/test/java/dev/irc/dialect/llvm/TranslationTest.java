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
  void switchBecomesAnLlvmSwitchWithPhis() {
    String ir = LlvmTranslation.toLlvmIr(lowered("""
        func.func @pick(%x: i32, %a: i64, %b: i64) -> i64 {
          cf.switch %x : i32, [default: ^done(%a : i64), 3: ^done(%b : i64), -2: ^zero]
        ^zero:
          %c0 = arith.constant 0 : i64
          return %c0 : i64
        ^done(%r: i64):
          return %r : i64
        }
        """), false);
    assertTrue(ir.matches("(?s).*switch i32 %0, label %(\\d+) \\[\n"
        + " +i32 3, label %(\\d+)\n +i32 -2, label %\\d+\n +\\].*"), ir);
    // Case 3 passes ^done other values than the default: its edge goes through a block of its own.
    assertTrue(ir.matches("(?s).*phi i64 \\[ %1, %3 \\], \\[ %2, %(\\d+) \\].*"), ir);
    assertTrue(ir.matches("(?s).*\n(\\d+):[^\n]*\n  br label %\\d+\n.*"), ir);
  }

  @Test
  void branchesToOneBlockTwiceGetAPhiEntryPerEdge() {
    String ir = LlvmTranslation.toLlvmIr(lowered("""
        func.func @same(%c: i1, %x: i64) -> i64 {
          cf.cond_br %c, ^join(%x : i64), ^join(%x : i64)
        ^join(%y: i64):
          return %y : i64
        }
        func.func @different(%c: i1, %x: i64, %z: i64) -> i64 {
          cf.cond_br %c, ^join(%x : i64), ^join(%z : i64)
        ^join(%y: i64):
          return %y : i64
        }
        """), false);
    assertTrue(ir.contains("phi i64 [ %1, %2 ], [ %1, %2 ]"), ir);
    assertTrue(ir.matches("(?s).*phi i64 \\[ %1, %3 \\], \\[ %2, %\\d+ \\].*"), ir);
  }

  @Test
  void severalResultsAreReturnedInAStruct() {
    String ir = LlvmTranslation.toLlvmIr(lowered("""
        func.func private @host(i64) -> (i64, i1)
        func.func @add(%a: i64, %b: i64) -> (i64, i1) {
          %r, %o = arith.checked_addi %a, %b : i64
          func.return %r, %o : i64, i1
        }
        func.func @twice(%a: i64) -> i1 {
          %r:2 = func.call @add(%a, %a) : (i64, i64) -> (i64, i1)
          %h:2 = func.call @host(%r#0) : (i64) -> (i64, i1)
          func.return %h#1 : i1
        }
        """), false);
    assertTrue(ir.contains("declare { i64, i1 } @host(i64)"), ir);
    assertTrue(ir.contains("define { i64, i1 } @add(i64 %0, i64 %1)"), ir);
    assertTrue(ir.contains("insertvalue { i64, i1 } undef, i64 %"), ir);
    assertTrue(ir.matches("(?s).*ret \\{ i64, i1 \\} %\\d+\n.*"), ir);
    assertTrue(ir.matches("(?s).*%(\\d+) = call \\{ i64, i1 \\} @add\\(i64 %0, i64 %0\\)\n"
        + "  %\\d+ = extractvalue \\{ i64, i1 \\} %\\1, 0\n.*"), ir);
    String optimized = LlvmTranslation.toLlvmIr(lowered("""
        func.func private @add(%a: i64, %b: i64) -> (i64, i1) {
          %r, %o = arith.checked_addi %a, %b : i64
          func.return %r, %o : i64, i1
        }
        func.func @overflows(%a: i64) -> i1 {
          %r:2 = func.call @add(%a, %a) : (i64, i64) -> (i64, i1)
          func.return %r#1 : i1
        }
        """), true);
    // The internal callee is inlined and its struct taken apart: only the overflow bit is left.
    assertTrue(!optimized.contains("@add(") && optimized.contains("@llvm.sadd.with.overflow.i64"), optimized);
  }

  @Test
  void unloweredOpsAreRejected() {
    var context = IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect(), new LlvmDialect());
    Operation module = IrParser.parseModule(context, new SourceFile("t.mlir", "func.func @f() {\n  return\n}\n"));
    assertThrows(TranslationException.class, () -> LlvmTranslation.toLlvmIr(module, false));
  }
}
