package dev.irc.dialect.arith;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.OpFolder;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.interp.RuntimeValue;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * {@code arith.cmpi} and {@code arith.cmpf}: compare two operands of one type under a
 * predicate, giving an {@code i1}. The predicate is stored as MLIR stores it, an {@code i64}
 * {@code predicate} attribute with MLIR's enum numbering, and printed as its keyword:
 * {@code %0 = arith.cmpi slt, %a, %b : i64}.
 */
public final class CompareOps {
  private CompareOps() {}

  public static final String PREDICATE = "predicate";

  public static final OpDefinition CMPI = OpDefinition.builder("arith.cmpi")
      .summary("Integer comparison under a predicate (eq, ne, slt, ..., uge).")
      .operands(2)
      .results(1)
      .attribute(PREDICATE, IntegerAttr.class)
      .traits(CoreTrait.PURE)
      .verifier((op, verification) -> verify(op, verification, TypeConstraint.SIGNLESS_INTEGER_LIKE,
          CmpIPredicate.values().length))
      .syntax(new Syntax(keyword -> {
        CmpIPredicate predicate = CmpIPredicate.ofKeyword(keyword);
        return predicate == null ? -1 : predicate.value();
      }, value -> CmpIPredicate.of(value).keyword(), CmpIPredicate.values().length))
      .implement(OpFolder.class, CompareOps::foldCmpI)
      .implement(OpSemantics.class, (op, operands, interpreter) -> {
        int width = RuntimeValue.integerWidth(op.operand(0).type());
        if (width < 0) {
          throw InterpreterException.unsupported(op, "integers wider than 64 bits are not supported");
        }
        return Outcome.results(cmpiPredicate(op).evaluate(RuntimeValue.bits(operands.get(0)),
            RuntimeValue.bits(operands.get(1)), width));
      })
      .build();

  public static final OpDefinition CMPF = OpDefinition.builder("arith.cmpf")
      .summary("Float comparison under an ordered/unordered predicate (oeq, olt, ..., uno, true).")
      .operands(2)
      .results(1)
      .attribute(PREDICATE, IntegerAttr.class)
      .traits(CoreTrait.PURE)
      .verifier((op, verification) -> verify(op, verification, TypeConstraint.FLOATING_POINT_LIKE,
          CmpFPredicate.values().length))
      .syntax(new Syntax(keyword -> {
        CmpFPredicate predicate = CmpFPredicate.ofKeyword(keyword);
        return predicate == null ? -1 : predicate.value();
      }, value -> CmpFPredicate.of(value).keyword(), CmpFPredicate.values().length))
      .implement(OpFolder.class, CompareOps::foldCmpF)
      .implement(OpSemantics.class, (op, operands, interpreter) -> {
        if (!FloatOps.supported(op.operand(0).type())) {
          throw InterpreterException.unsupported(op, "type " + op.operand(0).type() + " is not supported by the interpreter");
        }
        return Outcome.results(cmpfPredicate(op).evaluate(RuntimeValue.doubleValue(operands.get(0)),
            RuntimeValue.doubleValue(operands.get(1))));
      })
      .build();

  /** The predicate of an {@code arith.cmpi}. */
  public static CmpIPredicate cmpiPredicate(Operation op) {
    return CmpIPredicate.of(op.attribute(PREDICATE, IntegerAttr.class).longValue());
  }

  /** The predicate of an {@code arith.cmpf}. */
  public static CmpFPredicate cmpfPredicate(Operation op) {
    return CmpFPredicate.of(op.attribute(PREDICATE, IntegerAttr.class).longValue());
  }

  /** The {@code predicate} attribute for a predicate numbered {@code value}. */
  public static IntegerAttr predicateAttribute(int value) {
    return IntegerAttr.i64(value);
  }

  private static void verify(Operation op, Verification verification, TypeConstraint operandKind, int predicateCount) {
    IntegerAttr predicate = op.attribute(PREDICATE, IntegerAttr.class);
    if (!predicate.type().equals(IntegerType.I64) || predicate.value().signum() < 0
        || predicate.value().longValue() >= predicateCount || predicate.value().bitLength() > 63) {
      verification.opError(op, "attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: "
          + java.util.stream.IntStream.range(0, predicateCount).mapToObj(Integer::toString)
              .collect(java.util.stream.Collectors.joining(", ")));
      return;
    }
    if (!op.operand(0).type().equals(op.operand(1).type())) {
      verification.opError(op, "requires all operands to have the same type");
      return;
    }
    if (operandKind.checkOperand(op, 0, verification)) {
      TypeConstraint.BOOL_LIKE.checkResult(op, 0, verification);
    }
  }

  private static List<FoldResult> foldCmpI(Operation op, List<dev.irc.ir.Attribute> constants) {
    CmpIPredicate predicate = cmpiPredicate(op);
    Type type = op.operand(0).type();
    if (IntegerConstants.isFoldable(constants.get(0), type) && IntegerConstants.isFoldable(constants.get(1), type)) {
      return bool(predicate.evaluate(IntegerConstants.bits(constants.get(0)), IntegerConstants.bits(constants.get(1)),
          RuntimeValue.integerWidth(type)));
    }
    if (op.operand(0) == op.operand(1)) {
      return bool(predicate.reflexive());
    }
    return List.of();
  }

  private static List<FoldResult> foldCmpF(Operation op, List<dev.irc.ir.Attribute> constants) {
    CmpFPredicate predicate = cmpfPredicate(op);
    if (predicate == CmpFPredicate.FALSE || predicate == CmpFPredicate.TRUE) {
      return bool(predicate == CmpFPredicate.TRUE);
    }
    Type type = op.operand(0).type();
    if (FloatOps.supported(type)
        && constants.get(0) instanceof FloatAttr(double lhs, Type lhsType) && lhsType.equals(type)
        && constants.get(1) instanceof FloatAttr(double rhs, Type rhsType) && rhsType.equals(type)) {
      return bool(predicate.evaluate(lhs, rhs));
    }
    return List.of();
  }

  private static List<FoldResult> bool(boolean value) {
    return List.of(FoldResult.constant(IntegerAttr.bool(value)));
  }

  /** {@code pred, %a, %b {attrs} : T}. */
  private record Syntax(java.util.function.ToIntFunction<String> parseKeyword, LongFunction<String> printKeyword,
      int predicateCount) implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      long predicate = op.attribute(PREDICATE, IntegerAttr.class).longValue();
      printer.print(" ").print(printKeyword.apply(predicate)).print(", ").printOperands(op.operands());
      printer.printOptionalAttrDict(op.attributes(), Set.of(PREDICATE));
      printer.print(" : ").printType(op.operand(0).type());
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      String keyword = parser.parseOptionalIdentifier()
          .orElseThrow(() -> parser.error("expected predicate keyword"));
      int predicate = parseKeyword.applyAsInt(keyword);
      if (predicate < 0) {
        throw parser.error("unknown comparison predicate \"" + keyword + "\"");
      }
      state.addAttribute(PREDICATE, predicateAttribute(predicate));
      parser.parsePunctuation(",");
      List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
      parser.parseOptionalAttrDict(state);
      Type type = parser.parseColonType();
      parser.resolveOperands(operands, type, state);
      state.addResultType(IntegerType.I1);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numOperands() == 2 && op.numResults() == 1 && op.operand(0).type().equals(op.operand(1).type())
          && op.attribute(PREDICATE).orElse(null) instanceof IntegerAttr(var value, Type type)
          && type.equals(IntegerType.I64) && value.signum() >= 0 && value.bitLength() < 32
          && value.intValue() < predicateCount;
    }
  }
}
