package dev.irc.dialect.llvm;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.text.CastSyntax;
import java.util.List;

/**
 * LLVM's conversions, {@code %y = llvm.sext %x : i32 to i64}: integer widening/narrowing,
 * int/float conversions and int/pointer conversions ({@code %p = llvm.inttoptr %i : i64 to !llvm.ptr}).
 */
public final class CastOps {
  private CastOps() {}

  /** How a cast relates its operand's and result's kinds and widths. */
  private enum Shape { WIDEN, NARROW, INT_TO_FLOAT, FLOAT_TO_INT, INT_TO_PTR, PTR_TO_INT }

  public static final OpDefinition SEXT = cast("llvm.sext", "Integer widening, copying the sign bit.", Shape.WIDEN);
  public static final OpDefinition ZEXT = cast("llvm.zext", "Integer widening with zeros.", Shape.WIDEN);
  public static final OpDefinition TRUNC = cast("llvm.trunc", "Integer narrowing, keeping the low bits.", Shape.NARROW);
  public static final OpDefinition SITOFP = cast("llvm.sitofp", "Signed integer to float (round to nearest even).", Shape.INT_TO_FLOAT);
  public static final OpDefinition FPTOSI = cast("llvm.fptosi", "Float to signed integer (toward zero; poison if out of range).", Shape.FLOAT_TO_INT);
  public static final OpDefinition INTTOPTR = cast("llvm.inttoptr", "Integer to pointer (zero-extended or truncated to the pointer width).", Shape.INT_TO_PTR);
  public static final OpDefinition PTRTOINT = cast("llvm.ptrtoint", "Pointer to integer (zero-extended or truncated to the integer width).", Shape.PTR_TO_INT);

  static List<OpDefinition> all() {
    return List.of(SEXT, ZEXT, TRUNC, SITOFP, FPTOSI, INTTOPTR, PTRTOINT);
  }

  private static OpDefinition cast(String name, String summary, Shape shape) {
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(1)
        .results(1)
        .traits(CoreTrait.PURE)
        .verifier((op, verification) -> verify(op, verification, shape))
        .syntax(CastSyntax.INSTANCE)
        .build();
  }

  private static void verify(Operation op, Verification verification, Shape shape) {
    switch (shape) {
      case WIDEN, NARROW -> {
        if (TypeKinds.INTEGER.checkOperand(op, 0, verification) && TypeKinds.INTEGER.checkResult(op, 0, verification)) {
          int from = ((IntegerType) op.operand(0).type()).width();
          int to = ((IntegerType) op.result(0).type()).width();
          if (shape == Shape.WIDEN ? to <= from : to >= from) {
            verification.opError(op, "cannot cast '" + op.operand(0).type() + "' to '" + op.result(0).type() + "'");
          }
        }
      }
      case INT_TO_FLOAT -> {
        if (TypeKinds.INTEGER.checkOperand(op, 0, verification)) {
          TypeKinds.FLOAT.checkResult(op, 0, verification);
        }
      }
      case FLOAT_TO_INT -> {
        if (TypeKinds.FLOAT.checkOperand(op, 0, verification)) {
          TypeKinds.INTEGER.checkResult(op, 0, verification);
        }
      }
      case INT_TO_PTR -> {
        if (TypeKinds.INTEGER.checkOperand(op, 0, verification)) {
          TypeKinds.POINTER.checkResult(op, 0, verification);
        }
      }
      case PTR_TO_INT -> {
        if (TypeKinds.POINTER.checkOperand(op, 0, verification)) {
          TypeKinds.INTEGER.checkResult(op, 0, verification);
        }
      }
    }
  }
}
