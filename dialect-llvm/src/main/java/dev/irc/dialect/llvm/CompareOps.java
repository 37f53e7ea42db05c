package dev.irc.dialect.llvm;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * {@code %b = llvm.icmp "slt" %a, %c : i64} and {@code llvm.fcmp "olt" %x, %y : f64}: compare
 * two operands of one type under a predicate stored, as in MLIR, as an {@code i64}
 * {@code predicate} attribute.
 */
public final class CompareOps {
  public static final String PREDICATE = "predicate";

  public static final OpDefinition ICMP = compare("llvm.icmp", "Integer comparison.", TypeKinds.INTEGER,
      ICmpPredicate.values().length, k -> {
        ICmpPredicate p = ICmpPredicate.ofKeyword(k);
        return p == null ? -1 : p.ordinal();
      }, v -> ICmpPredicate.of(v).keyword());
  public static final OpDefinition FCMP = compare("llvm.fcmp", "Float comparison (ordered/unordered predicates).",
      TypeKinds.FLOAT, FCmpPredicate.values().length, k -> {
        FCmpPredicate p = FCmpPredicate.ofKeyword(k);
        return p == null ? -1 : p.ordinal();
      }, v -> FCmpPredicate.of(v).keyword());

  private CompareOps() {}

  static List<OpDefinition> all() {
    return List.of(ICMP, FCMP);
  }

  public static ICmpPredicate icmpPredicate(Operation op) {
    return ICmpPredicate.of(op.attribute(PREDICATE, IntegerAttr.class).longValue());
  }

  public static FCmpPredicate fcmpPredicate(Operation op) {
    return FCmpPredicate.of(op.attribute(PREDICATE, IntegerAttr.class).longValue());
  }

  private static OpDefinition compare(String name, String summary, TypeKinds kind, int count,
      ToLongFunction<String> parseKeyword, LongFunction<String> printKeyword) {
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(2)
        .results(1)
        .attribute(PREDICATE, IntegerAttr.class)
        .traits(CoreTrait.PURE)
        .verifier((op, verification) -> {
          long predicate = op.attribute(PREDICATE, IntegerAttr.class).longValue();
          if (predicate < 0 || predicate >= count) {
            verification.opError(op, "predicate " + predicate + " is out of range");
          } else if (!op.operand(0).type().equals(op.operand(1).type())) {
            verification.opError(op, "requires both operands to have the same type");
          } else if (kind.checkOperand(op, 0, verification) && !op.result(0).type().equals(IntegerType.I1)) {
            verification.opError(op, "result must be i1, but got '" + op.result(0).type() + "'");
          }
        })
        .syntax(new OpSyntax() {
          @Override
          public void print(Operation op, OpAsmPrinter printer) {
            long predicate = op.attribute(PREDICATE, IntegerAttr.class).longValue();
            printer.print(" \"").print(printKeyword.apply(predicate)).print("\" ").printOperands(op.operands());
            printer.printOptionalAttrDict(op.attributes(), Set.of(PREDICATE));
            printer.print(" : ").printType(op.operand(0).type());
          }

          @Override
          public void parse(OpAsmParser parser, OperationState state) {
            String keyword = parser.parseString();
            long predicate = parseKeyword.applyAsLong(keyword);
            if (predicate < 0) {
              throw parser.error("unknown comparison predicate \"" + keyword + "\"");
            }
            state.addAttribute(PREDICATE, IntegerAttr.i64(predicate));
            List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
            parser.parseOptionalAttrDict(state);
            Type type = parser.parseColonType();
            parser.resolveOperands(operands, type, state);
            state.addResultType(IntegerType.I1);
          }

          @Override
          public boolean canPrint(Operation op) {
            return op.numOperands() == 2 && op.numResults() == 1
                && op.attribute(PREDICATE).orElse(null) instanceof IntegerAttr(var value, Type type)
                && type.equals(IntegerType.I64) && value.signum() >= 0 && value.longValue() < count;
          }
        })
        .build();
  }
}
