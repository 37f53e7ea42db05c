package dev.irc.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.dialect.testing.TestIr;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.fold.ConstantMatcher;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.Folding;
import dev.irc.ir.fold.OpFolder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fold API end to end on parsed IR: constant operands found, folded, materialized by the dialect. */
class FoldApiTest {
  private static final String TEXT = """
      func.func @f(%x: i32) -> i32 {
        %a = arith.constant 40 : i32
        %b = arith.constant 2 : i32
        %sum = arith.addi %a, %b : i32
        %same = arith.addi %x, %x : i32
        %lt = arith.cmpi slt, %x, %x : i32
        %r = arith.select %lt, %sum, %same : i32
        func.return %r : i32
      }
      """;

  private static List<Operation> ops(Operation module, String name) {
    var found = new ArrayList<Operation>();
    module.walk(op -> {
      if (op.name().equals(name)) {
        found.add(op);
      }
    });
    return found;
  }

  @Test
  void foldsWithConstantOperandsAndMaterializes() {
    IrContext context = TestIr.context();
    Operation module = TestIr.parse(TEXT);
    Operation sum = ops(module, "arith.addi").getFirst();
    assertEquals(IntegerAttr.of(40, IntegerType.I32), ConstantMatcher.constantOf(sum.operand(0)));
    List<FoldResult> folded = Folding.fold(sum);
    assertEquals(List.of(FoldResult.constant(IntegerAttr.of(42, IntegerType.I32))), folded);

    var builder = new OpBuilder(context).setInsertionPoint(sum);
    Operation constant = Folding.materialize(context, sum, builder, IntegerAttr.of(42, IntegerType.I32),
        IntegerType.I32, Location.UNKNOWN);
    assertEquals("arith.constant", constant.name());
    assertSame(sum.parentBlock(), constant.parentBlock());
    assertEquals(IntegerAttr.of(42, IntegerType.I32), ConstantMatcher.constantOf(constant.result()));
    assertNull(Folding.materialize(context, sum, builder, new StringAttr("no"), IntegerType.I32, Location.UNKNOWN));
    assertNull(new ArithDialect().materializeConstant(builder, IntegerAttr.of(1, IntegerType.I64), IntegerType.I32,
        Location.UNKNOWN), "attribute and type disagree");
  }

  @Test
  void constantsDoNotFoldAndNonConstantsStay() {
    Operation module = TestIr.parse(TEXT);
    assertTrue(Folding.fold(ops(module, "arith.constant").getFirst()).isEmpty());
    Operation same = ops(module, "arith.addi").get(1);
    assertTrue(Folding.fold(same).isEmpty());
    assertTrue(Folding.fold(ops(module, "func.return").getFirst()).isEmpty(), "ops without a folder");
    Operation cmp = ops(module, "arith.cmpi").getFirst();
    assertEquals(List.of(FoldResult.constant(IntegerAttr.FALSE)), Folding.fold(cmp), "x < x is false");
  }

  @Test
  void inPlaceResultsAreRecognized() {
    Operation module = TestIr.parse(TEXT);
    Operation same = ops(module, "arith.addi").get(1);
    assertTrue(OpFolder.isInPlace(same, OpFolder.inPlace(same)));
    assertTrue(!OpFolder.isInPlace(same, List.of(FoldResult.existing(same.operand(0)))));
    assertTrue(!OpFolder.isInPlace(same, List.of()));
  }
}
