package dev.irc.dialect.llvm;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerType;
import java.util.List;

/**
 * The arithmetic-with-overflow intrinsics, e.g.
 * {@code %s = "llvm.intr.sadd.with.overflow"(%a, %b) : (i64, i64) -> !llvm.struct<(i64, i1)>}:
 * the wrapped result and an overflow flag as a struct, taken apart with {@code llvm.extractvalue}.
 * Like MLIR they have only the generic form.
 */
public final class OverflowIntrinsics {
  public static final OpDefinition SADD = intrinsic("sadd", "Signed addition with an overflow flag.");
  public static final OpDefinition SSUB = intrinsic("ssub", "Signed subtraction with an overflow flag.");
  public static final OpDefinition SMUL = intrinsic("smul", "Signed multiplication with an overflow flag.");
  public static final OpDefinition UADD = intrinsic("uadd", "Unsigned addition with an overflow flag.");
  public static final OpDefinition USUB = intrinsic("usub", "Unsigned subtraction with an overflow flag.");
  public static final OpDefinition UMUL = intrinsic("umul", "Unsigned multiplication with an overflow flag.");

  private OverflowIntrinsics() {}

  static List<OpDefinition> all() {
    return List.of(SADD, SSUB, SMUL, UADD, USUB, UMUL);
  }

  /** The LLVM intrinsic name of one of these ops: {@code llvm.sadd.with.overflow}. */
  public static String intrinsicName(String opName) {
    return "llvm." + opName.substring("llvm.intr.".length());
  }

  /** The result type for operands of {@code type}: {@code !llvm.struct<(T, i1)>}. */
  public static LlvmStructType resultType(Type type) {
    return LlvmStructType.of(type, IntegerType.I1);
  }

  private static OpDefinition intrinsic(String kind, String summary) {
    return OpDefinition.builder("llvm.intr." + kind + ".with.overflow")
        .summary(summary)
        .operands(2)
        .results(1)
        .traits(CoreTrait.PURE)
        .verifier((op, verification) -> {
          Type type = op.operand(0).type();
          if (!TypeKinds.INTEGER.checkOperand(op, 0, verification)) {
            return;
          }
          if (!op.operand(1).type().equals(type)) {
            verification.opError(op, "requires both operands to have the same type");
          } else if (!op.result(0).type().equals(resultType(type))) {
            verification.opError(op, "result must be " + resultType(type) + ", but got '" + op.result(0).type() + "'");
          }
        })
        .build();
  }
}
