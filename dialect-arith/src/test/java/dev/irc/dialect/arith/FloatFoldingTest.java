package dev.irc.dialect.arith;

import static dev.irc.dialect.arith.IntegerFoldingTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.Folding;
import dev.irc.ir.interp.InterpreterException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Float folders, comparisons and conversions: IEEE-exact, and conservative around NaN and poison. */
class FloatFoldingTest {
  private static final Type F64 = FloatType.F64;
  private static final Type F32 = FloatType.F32;

  private static FloatAttr f64(double value) {
    return new FloatAttr(value, F64);
  }

  private static Operation binary(OpDefinition definition, Type type) {
    return IntegerFoldingTest.binaryOp(definition, type, List.of(type));
  }

  private static Operation cast(OpDefinition definition, Type from, Type to) {
    Block block = Block.withArguments(List.of(from));
    Operation op = Operation.create(new OperationState(definition.name(), Location.UNKNOWN)
        .addOperand(block.argument(0)).addResultType(to), definition);
    block.append(op);
    return op;
  }

  private static List<FoldResult> constant(Attribute value) {
    return List.of(FoldResult.constant(value));
  }

  @Test
  void arithmeticIsIeeeExact() {
    assertEquals(constant(f64(0.1 + 0.2)), Folding.fold(binary(FloatOps.ADDF, F64), List.of(f64(0.1), f64(0.2))));
    assertEquals(constant(f64(-1.5)), Folding.fold(binary(FloatOps.REMF, F64), List.of(f64(-5.5), f64(2))));
    assertEquals(constant(f64(0.0)), Folding.fold(binary(FloatOps.MAXIMUMF, F64), List.of(f64(-0.0), f64(0.0))));
    assertEquals(constant(f64(-0.0)), Folding.fold(binary(FloatOps.MINIMUMF, F64), List.of(f64(0.0), f64(-0.0))));
    assertEquals(constant(f64(Double.POSITIVE_INFINITY)),
        Folding.fold(binary(FloatOps.DIVF, F64), List.of(f64(1), f64(0))));
    Operation negate = cast(FloatOps.NEGF, F64, F64);
    assertEquals(constant(f64(-0.0)), Folding.fold(negate, List.of(f64(0.0))));
  }

  @Test
  void f32RoundsEveryResult() {
    Operation add = binary(FloatOps.ADDF, F32);
    double a = 0.1f;
    double b = 0.2f;
    double expected = 0.1f + 0.2f;
    assertEquals(constant(new FloatAttr(expected, F32)),
        Folding.fold(add, List.of(new FloatAttr(a, F32), new FloatAttr(b, F32))));
    assertEquals(List.of(expected), execute(add, a, b));
  }

  @Test
  void nanIsNeverFolded() {
    assertEquals(List.of(), Folding.fold(binary(FloatOps.ADDF, F64), List.of(f64(Double.NaN), f64(1))));
    assertEquals(List.of(), Folding.fold(binary(FloatOps.DIVF, F64), List.of(f64(0), f64(0))));
    assertEquals(List.of(), Folding.fold(binary(FloatOps.SUBF, F64),
        List.of(f64(Double.POSITIVE_INFINITY), f64(Double.POSITIVE_INFINITY))));
  }

  @Test
  void comparisonsHandleNaN() {
    Operation cmp = IntegerFoldingTest.binaryOp(CompareOps.CMPF, F64, List.of(IntegerType.I1));
    for (CmpFPredicate predicate : CmpFPredicate.values()) {
      cmp.setAttribute(CompareOps.PREDICATE, CompareOps.predicateAttribute(predicate.value()));
      boolean unorderedResult = switch (predicate) {
        case UEQ, UGT, UGE, ULT, ULE, UNE, UNO, TRUE -> true;
        default -> false;
      };
      assertEquals(constant(IntegerAttr.bool(unorderedResult)), Folding.fold(cmp, List.of(f64(Double.NaN), f64(1))),
          predicate.keyword());
      assertEquals(List.of(unorderedResult), execute(cmp, Double.NaN, 1.0));
    }
    cmp.setAttribute(CompareOps.PREDICATE, CompareOps.predicateAttribute(CmpFPredicate.OEQ.value()));
    assertEquals(constant(IntegerAttr.TRUE), Folding.fold(cmp, List.of(f64(-0.0), f64(0.0))));
  }

  @Test
  void floatToIntegerOutOfRangeIsPoison() {
    Operation toI8 = cast(CastOps.FPTOSI, F64, IntegerType.I8);
    assertEquals(constant(IntegerAttr.of(127, IntegerType.I8)), Folding.fold(toI8, List.of(f64(127.9))));
    assertEquals(constant(IntegerAttr.of(-128, IntegerType.I8)), Folding.fold(toI8, List.of(f64(-128.9))));
    assertEquals(constant(IntegerAttr.of(0, IntegerType.I8)), Folding.fold(toI8, List.of(f64(-0.9))));
    assertEquals(List.of(), Folding.fold(toI8, List.of(f64(128.0))));
    assertEquals(List.of(), Folding.fold(toI8, List.of(f64(-129.0))));
    Operation toI64 = cast(CastOps.FPTOSI, F64, IntegerType.I64);
    assertEquals(List.of(), Folding.fold(toI64, List.of(f64(0x1p63))));
    assertEquals(constant(IntegerAttr.i64(Long.MIN_VALUE)), Folding.fold(toI64, List.of(f64(-0x1p63))));
    var error = assertThrows(InterpreterException.class, () -> execute(toI64, Double.NaN));
    assertEquals(InterpreterException.Kind.UNDEFINED_BEHAVIOR, error.kind());
  }

  @Test
  void integerToFloatRoundsOnce() {
    long value = (1L << 60) + (1L << 36) + 1; // just above half an f32 ulp: rounds up; via double it would tie to even
    Operation toF32 = cast(CastOps.SITOFP, IntegerType.I64, F32);
    double expected = (float) value;
    assertEquals(0x1p60 + 0x1p37, expected);
    assertEquals(constant(new FloatAttr(expected, F32)), Folding.fold(toF32, List.of(IntegerAttr.i64(value))));
    assertEquals(List.of(expected), execute(toF32, value));
    Operation fromI1 = cast(CastOps.SITOFP, IntegerType.I1, F64);
    assertEquals(constant(f64(-1.0)), Folding.fold(fromI1, List.of(IntegerAttr.TRUE)));
  }

  @Test
  void integerCasts() {
    Operation extsi = cast(CastOps.EXTSI, IntegerType.I8, IntegerType.I32);
    assertEquals(constant(IntegerAttr.of(-1, IntegerType.I32)), Folding.fold(extsi, List.of(IntegerAttr.of(255, IntegerType.I8))));
    Operation extui = cast(CastOps.EXTUI, IntegerType.I8, IntegerType.I32);
    assertEquals(constant(IntegerAttr.of(255, IntegerType.I32)), Folding.fold(extui, List.of(IntegerAttr.of(-1, IntegerType.I8))));
    assertEquals(List.of(255L), execute(extui, -1L));
    Operation extuiBool = cast(CastOps.EXTUI, IntegerType.I1, IntegerType.I64);
    assertEquals(List.of(1L), execute(extuiBool, true));
    Operation trunci = cast(CastOps.TRUNCI, IntegerType.I32, IntegerType.I8);
    assertEquals(constant(IntegerAttr.of(-56, IntegerType.I8)), Folding.fold(trunci, List.of(IntegerAttr.of(200, IntegerType.I32))));
    Operation toBool = cast(CastOps.TRUNCI, IntegerType.I32, IntegerType.I1);
    assertEquals(List.of(true), execute(toBool, 3L));
  }
}
