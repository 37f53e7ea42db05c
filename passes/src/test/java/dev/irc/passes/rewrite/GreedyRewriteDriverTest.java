package dev.irc.passes.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.rewrite.RewritePattern;
import dev.irc.passes.TestDialect;
import dev.irc.passes.transforms.Canonicalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyRewriteDriverTest {
  private final IrContext context = TestDialect.context();

  private String canonicalize(String input, GreedyRewriteConfig config) {
    Operation module = TestDialect.parse(context, input);
    var patterns = new FrozenPatternSet(Canonicalizer.collectPatterns(context));
    GreedyRewriteResult result = GreedyRewriteDriver.apply(context, module, patterns, config);
    assertTrue(result.converged());
    return module.toString();
  }

  @Test
  void foldsChainsOfConstantsHoistsAndSharesConstants() {
    String output = canonicalize("""
        "test.func"() ({
          %a = "test.const"() {value = 1 : i64} : () -> i64
          %b = "test.const"() {value = 2 : i64} : () -> i64
          %c = "test.add"(%a, %b) : (i64, i64) -> i64
          %d = "test.add"(%c, %a) : (i64, i64) -> i64
          %x = "other.x"() : () -> i64
          %e = "test.const"() {value = 4 : i64} : () -> i64
          "other.use"(%d, %e, %x) : (i64, i64, i64) -> ()
        }) {sym_name = "f"} : () -> ()
        """, GreedyRewriteConfig.DEFAULT);
    assertEquals("""
        module {
          "test.func"() ({
            %0 = "test.const"() {value = 4 : i64} : () -> i64
            %1 = "other.x"() : () -> i64
            "other.use"(%0, %0, %1) : (i64, i64, i64) -> ()
          }) {sym_name = "f"} : () -> ()
        }
        """, output);
  }

  @Test
  void appliesPatternsAndFoldsToExistingValues() {
    String output = canonicalize("""
        "test.func"() ({
          %x = "other.x"() : () -> i64
          %z = "test.const"() {value = 0 : i64} : () -> i64
          %n = "test.neg"(%x) : (i64) -> i64
          %m = "test.neg"(%n) : (i64) -> i64
          %s = "test.add"(%m, %z) : (i64, i64) -> i64
          "other.use"(%s) : (i64) -> ()
        }) {sym_name = "f"} : () -> ()
        """, GreedyRewriteConfig.DEFAULT);
    assertEquals("""
        module {
          "test.func"() ({
            %0 = "other.x"() : () -> i64
            "other.use"(%0) : (i64) -> ()
          }) {sym_name = "f"} : () -> ()
        }
        """, output);
  }

  @Test
  void reportsNonConvergence() {
    // A pattern that always rewrites: wraps the attribute counter forever.
    var forever = RewritePattern.of("Forever", "test.effect", 1, (op, rewriter) -> {
      rewriter.modifyOpInPlace(op, () -> op.setAttribute("n", IntegerAttr.i64(
          op.attribute("n").map(a -> ((IntegerAttr) a).longValue()).orElse(0L) + 1)));
      return true;
    });
    Operation module = TestDialect.parse(context, "\"test.effect\"() : () -> ()\n");
    GreedyRewriteResult result = GreedyRewriteDriver.apply(context, module, FrozenPatternSet.of(forever),
        GreedyRewriteConfig.DEFAULT.withMaxIterations(3).withMaxRewrites(50));
    assertFalse(result.converged());
    assertEquals(50, result.patternRewrites());
  }

  @Test
  void higherBenefitPatternWins() {
    var low = RewritePattern.of("Low", "test.effect", 1, (op, rewriter) -> {
      rewriter.create(new OperationState("other.low", op.location()));
      rewriter.eraseOp(op);
      return true;
    });
    var high = RewritePattern.of("High", null, 5, (op, rewriter) -> {
      if (!op.name().equals("test.effect")) {
        return false;
      }
      rewriter.create(new OperationState("other.high", op.location()));
      rewriter.eraseOp(op);
      return true;
    });
    Operation module = TestDialect.parse(context, "\"test.effect\"() : () -> ()\n");
    GreedyRewriteDriver.apply(context, module, new FrozenPatternSet(List.of(low, high)), GreedyRewriteConfig.DEFAULT);
    assertEquals("module {\n  \"other.high\"() : () -> ()\n}\n", module.toString());
  }

  @Test
  void erasesUnreachableBlocks() {
    String output = canonicalize("""
        "test.func"() ({
          "other.br"()[^bb2] : () -> ()
        ^bb1:
          "other.br"()[^bb1] : () -> ()
        ^bb2:
          "other.ret"() : () -> ()
        }) {sym_name = "f"} : () -> ()
        """, GreedyRewriteConfig.DEFAULT);
    assertFalse(output.contains("^bb1:\n    \"test.br\"()[^bb1]"), output);
    assertEquals(2, output.split("\\^bb").length - 1 + 0, output);
  }
}
