package dev.irc.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.Folding;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Integer folders and interpreter semantics against an independent reference (plain int
 * arithmetic), exhaustively on i8, plus the width edge cases of i1 and i64.
 */
class IntegerFoldingTest {
  /** The reference result of an i8 op on signed operands, before wrapping; null when undefined. */
  private record Reference(OpDefinition op, BinaryOperator<Integer> result) {}

  private static boolean signedDivUndefined(int a, int b) {
    return b == 0 || (a == -128 && b == -1);
  }

  private static final List<Reference> I8_REFERENCES = List.of(
      new Reference(IntegerOps.ADDI, (a, b) -> a + b),
      new Reference(IntegerOps.SUBI, (a, b) -> a - b),
      new Reference(IntegerOps.MULI, (a, b) -> a * b),
      new Reference(IntegerOps.DIVSI, (a, b) -> signedDivUndefined(a, b) ? null : a / b),
      new Reference(IntegerOps.DIVUI, (a, b) -> b == 0 ? null : (a & 255) / (b & 255)),
      new Reference(IntegerOps.REMSI, (a, b) -> signedDivUndefined(a, b) ? null : a % b),
      new Reference(IntegerOps.REMUI, (a, b) -> b == 0 ? null : (a & 255) % (b & 255)),
      new Reference(IntegerOps.FLOORDIVSI, (a, b) -> signedDivUndefined(a, b) ? null : Math.floorDiv(a, b)),
      new Reference(IntegerOps.CEILDIVSI, (a, b) -> signedDivUndefined(a, b) ? null : -Math.floorDiv(-a, b)),
      new Reference(IntegerOps.ANDI, (a, b) -> a & b),
      new Reference(IntegerOps.ORI, (a, b) -> a | b),
      new Reference(IntegerOps.XORI, (a, b) -> a ^ b),
      new Reference(IntegerOps.SHLI, (a, b) -> (b & 255) >= 8 ? null : a << (b & 255)),
      new Reference(IntegerOps.SHRSI, (a, b) -> (b & 255) >= 8 ? null : a >> (b & 255)),
      new Reference(IntegerOps.SHRUI, (a, b) -> (b & 255) >= 8 ? null : (a & 255) >>> (b & 255)),
      new Reference(IntegerOps.MAXSI, Math::max),
      new Reference(IntegerOps.MINSI, Math::min),
      new Reference(IntegerOps.MAXUI, (a, b) -> (a & 255) >= (b & 255) ? a : b),
      new Reference(IntegerOps.MINUI, (a, b) -> (a & 255) <= (b & 255) ? a : b));

  /** An op of {@code definition} on two fresh block arguments of {@code type}. */
  static Operation binaryOp(OpDefinition definition, Type type, List<Type> resultTypes) {
    Block block = Block.withArguments(List.of(type, type));
    var state = new OperationState(definition.name(), Location.UNKNOWN)
        .addOperand(block.argument(0)).addOperand(block.argument(1)).addResultTypes(resultTypes);
    Operation op = Operation.create(state, definition);
    block.append(op);
    return op;
  }

  static List<Object> execute(Operation op, Object... operands) {
    Outcome outcome = op.getInterface(OpSemantics.class).orElseThrow()
        .execute(op, Arrays.asList(operands), new Interpreter());
    return ((Outcome.Continue) outcome).results();
  }

  private static IntegerAttr i8(int value) {
    return IntegerAttr.of(value, IntegerType.I8);
  }

  @Test
  void binaryOpsMatchReferenceExhaustivelyOnI8() {
    for (Reference reference : I8_REFERENCES) {
      Operation op = binaryOp(reference.op(), IntegerType.I8, List.of(IntegerType.I8));
      for (int a = -128; a < 128; a++) {
        for (int b = -128; b < 128; b++) {
          Integer exact = reference.result().apply(a, b);
          List<FoldResult> folded = Folding.fold(op, List.of(i8(a), i8(b)));
          String what = reference.op().name() + "(" + a + ", " + b + ")";
          if (exact == null) {
            assertEquals(List.of(), folded, what + " is undefined and must not fold");
            int fa = a;
            int fb = b;
            var error = assertThrows(InterpreterException.class, () -> execute(op, (long) fa, (long) fb), what);
            assertEquals(InterpreterException.Kind.UNDEFINED_BEHAVIOR, error.kind());
            assertTrue(error.getMessage().startsWith("'" + reference.op().name() + "' op: "), error.getMessage());
          } else {
            long wrapped = (byte) (int) exact;
            assertEquals(List.of(FoldResult.constant(i8((int) wrapped))), folded, what);
            assertEquals(List.of(wrapped), execute(op, (long) a, (long) b), what);
          }
        }
      }
    }
  }

  @Test
  void checkedOpsMatchReferenceExhaustivelyOnI8() {
    List<OpDefinition> ops = List.of(CheckedOps.CHECKED_ADDI, CheckedOps.CHECKED_SUBI, CheckedOps.CHECKED_MULI);
    List<BinaryOperator<Integer>> exactly = List.of(Integer::sum, (a, b) -> a - b, (a, b) -> a * b);
    for (int i = 0; i < ops.size(); i++) {
      Operation op = binaryOp(ops.get(i), IntegerType.I8, List.of(IntegerType.I8, IntegerType.I1));
      for (int a = -128; a < 128; a++) {
        for (int b = -128; b < 128; b++) {
          int exact = exactly.get(i).apply(a, b);
          long wrapped = (byte) exact;
          boolean overflow = exact != wrapped;
          assertEquals(List.of(FoldResult.constant(i8((int) wrapped)), FoldResult.constant(IntegerAttr.bool(overflow))),
              Folding.fold(op, List.of(i8(a), i8(b))), ops.get(i).name() + "(" + a + ", " + b + ")");
          assertEquals(List.of(wrapped, overflow), execute(op, (long) a, (long) b));
        }
      }
    }
  }

  @Test
  void cmpiMatchesReferenceExhaustivelyOnI8() {
    for (CmpIPredicate predicate : CmpIPredicate.values()) {
      Operation op = binaryOp(CompareOps.CMPI, IntegerType.I8, List.of(IntegerType.I1));
      op.setAttribute(CompareOps.PREDICATE, CompareOps.predicateAttribute(predicate.value()));
      for (int a = -128; a < 128; a++) {
        for (int b = -128; b < 128; b++) {
          int ua = a & 255;
          int ub = b & 255;
          boolean expected = switch (predicate) {
            case EQ -> a == b;
            case NE -> a != b;
            case SLT -> a < b;
            case SLE -> a <= b;
            case SGT -> a > b;
            case SGE -> a >= b;
            case ULT -> ua < ub;
            case ULE -> ua <= ub;
            case UGT -> ua > ub;
            case UGE -> ua >= ub;
          };
          assertEquals(List.of(FoldResult.constant(IntegerAttr.bool(expected))), Folding.fold(op, List.of(i8(a), i8(b))));
          assertEquals(List.of(expected), execute(op, (long) a, (long) b));
        }
      }
    }
  }

  @Test
  void i64Edges() {
    long min = Long.MIN_VALUE;
    Type i64 = IntegerType.I64;
    Operation add = binaryOp(IntegerOps.ADDI, i64, List.of(i64));
    assertEquals(List.of(FoldResult.constant(IntegerAttr.i64(min))),
        Folding.fold(add, List.of(IntegerAttr.i64(Long.MAX_VALUE), IntegerAttr.i64(1))));
    Operation div = binaryOp(IntegerOps.DIVSI, i64, List.of(i64));
    assertEquals(List.of(), Folding.fold(div, List.of(IntegerAttr.i64(min), IntegerAttr.i64(-1))));
    assertEquals(List.of(FoldResult.constant(IntegerAttr.i64(min))),
        Folding.fold(div, List.of(IntegerAttr.i64(min), IntegerAttr.i64(1))));
    Operation rem = binaryOp(IntegerOps.REMUI, i64, List.of(i64));
    assertEquals(List.of(FoldResult.constant(IntegerAttr.i64(Long.remainderUnsigned(-1, 10)))),
        Folding.fold(rem, List.of(IntegerAttr.i64(-1), IntegerAttr.i64(10))));
    Operation shl = binaryOp(IntegerOps.SHLI, i64, List.of(i64));
    assertEquals(List.of(), Folding.fold(shl, List.of(IntegerAttr.i64(1), IntegerAttr.i64(64))));
    assertEquals(List.of(FoldResult.constant(IntegerAttr.i64(min))),
        Folding.fold(shl, List.of(IntegerAttr.i64(1), IntegerAttr.i64(63))));
    Operation shr = binaryOp(IntegerOps.SHRUI, i64, List.of(i64));
    assertEquals(List.of(FoldResult.constant(IntegerAttr.i64(1))),
        Folding.fold(shr, List.of(IntegerAttr.i64(min), IntegerAttr.i64(63))));
    Operation floor = binaryOp(IntegerOps.FLOORDIVSI, i64, List.of(i64));
    assertEquals(List.of(FoldResult.constant(IntegerAttr.i64(-4))),
        Folding.fold(floor, List.of(IntegerAttr.i64(7), IntegerAttr.i64(-2))));
    Operation checkedMul = binaryOp(CheckedOps.CHECKED_MULI, i64, List.of(i64, IntegerType.I1));
    assertEquals(List.of(0L, true), execute(checkedMul, 1L << 32, 1L << 32));
    assertEquals(List.of(min, false), execute(checkedMul, min, 1L));
    assertEquals(List.of(min, true), execute(checkedMul, min, -1L));
    Operation checkedAdd = binaryOp(CheckedOps.CHECKED_ADDI, i64, List.of(i64, IntegerType.I1));
    assertEquals(List.of(min, true), execute(checkedAdd, Long.MAX_VALUE, 1L));
    assertEquals(List.of(Long.MAX_VALUE - 1, false), execute(checkedAdd, Long.MAX_VALUE, -1L));
    Operation checkedSub = binaryOp(CheckedOps.CHECKED_SUBI, i64, List.of(i64, IntegerType.I1));
    assertEquals(List.of(Long.MAX_VALUE, true), execute(checkedSub, min, 1L));
  }

  @Test
  void i1AndIndex() {
    Operation add = binaryOp(IntegerOps.ADDI, IntegerType.I1, List.of(IntegerType.I1));
    assertEquals(List.of(FoldResult.constant(IntegerAttr.FALSE)), Folding.fold(add, List.of(IntegerAttr.TRUE, IntegerAttr.TRUE)));
    assertEquals(List.of(false), execute(add, true, true));
    Operation div = binaryOp(IntegerOps.DIVSI, IntegerType.I1, List.of(IntegerType.I1));
    assertEquals(List.of(), Folding.fold(div, List.of(IntegerAttr.TRUE, IntegerAttr.TRUE)), "-1 / -1 overflows in i1");
    Operation mul = binaryOp(IntegerOps.MULI, IndexType.INDEX, List.of(IndexType.INDEX));
    var three = IntegerAttr.of(3, IndexType.INDEX);
    assertEquals(List.of(FoldResult.constant(IntegerAttr.of(9, IndexType.INDEX))), Folding.fold(mul, List.of(three, three)));
  }

  @Test
  void identitiesFoldToAnOperand() {
    Type i32 = IntegerType.I32;
    var zero = IntegerAttr.of(0, i32);
    var one = IntegerAttr.of(1, i32);
    var allOnes = IntegerAttr.of(-1, i32);
    var cases = new ArrayList<Object[]>();
    cases.add(new Object[] {IntegerOps.ADDI, null, zero, 0});
    cases.add(new Object[] {IntegerOps.ADDI, zero, null, 1});
    cases.add(new Object[] {IntegerOps.SUBI, null, zero, 0});
    cases.add(new Object[] {IntegerOps.MULI, one, null, 1});
    cases.add(new Object[] {IntegerOps.DIVSI, null, one, 0});
    cases.add(new Object[] {IntegerOps.DIVUI, null, one, 0});
    cases.add(new Object[] {IntegerOps.ANDI, allOnes, null, 1});
    cases.add(new Object[] {IntegerOps.ORI, null, zero, 0});
    cases.add(new Object[] {IntegerOps.XORI, zero, null, 1});
    cases.add(new Object[] {IntegerOps.SHRSI, null, zero, 0});
    for (Object[] c : cases) {
      Operation op = binaryOp((OpDefinition) c[0], i32, List.of(i32));
      List<FoldResult> folded = Folding.fold(op, Arrays.asList((Attribute) c[1], (Attribute) c[2]));
      assertEquals(1, folded.size(), op.name());
      assertSame(op.operand((int) c[3]), assertInstanceOf(FoldResult.Existing.class, folded.getFirst()).value(), op.name());
    }
    Operation mul = binaryOp(IntegerOps.MULI, i32, List.of(i32));
    assertEquals(List.of(FoldResult.constant(zero)), Folding.fold(mul, Arrays.asList(null, zero)));
    Operation rem = binaryOp(IntegerOps.REMSI, i32, List.of(i32));
    assertEquals(List.of(FoldResult.constant(zero)), Folding.fold(rem, Arrays.asList(null, one)));
    Operation div = binaryOp(IntegerOps.DIVSI, i32, List.of(i32));
    assertEquals(List.of(), Folding.fold(div, Arrays.asList(null, zero)), "x / 0 stays");
    Operation checked = binaryOp(CheckedOps.CHECKED_ADDI, i32, List.of(i32, IntegerType.I1));
    assertEquals(List.of(FoldResult.existing(checked.operand(1)), FoldResult.constant(IntegerAttr.FALSE)),
        Folding.fold(checked, Arrays.asList(zero, null)));
    Operation checkedSub = binaryOp(CheckedOps.CHECKED_SUBI, i32, List.of(i32, IntegerType.I1));
    assertEquals(List.of(), Folding.fold(checkedSub, Arrays.asList(zero, null)), "0 - x is not x");
  }
}
