package dev.irc.py.dialect;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.diag.Location;
import java.util.List;
import java.util.Set;

/**
 * Python's operators on {@code !py.object} values: {@code py.binop}, {@code py.unop},
 * {@code py.compare} (each naming its operator in the {@code kind} attribute) and
 * {@code py.truth}, which turns a value into an {@code i1} for branching.
 */
public final class OperatorOps {
  /** The operators of {@code py.binop}. */
  public static final Set<String> BINARY_KINDS = Set.of(
      "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "bitand", "bitor", "bitxor");
  /** The operators of {@code py.unop}. */
  public static final Set<String> UNARY_KINDS = Set.of("neg", "pos", "invert", "not");
  /** The operators of {@code py.compare}. */
  public static final Set<String> COMPARE_KINDS = Set.of("eq", "ne", "lt", "le", "gt", "ge", "is", "isnot");

  public static final OpDefinition BINOP = kindOp("py.binop", 2, BINARY_KINDS,
      "A binary arithmetic or bitwise operator ('%2 = py.binop add %0, %1').");
  public static final OpDefinition UNOP = kindOp("py.unop", 1, UNARY_KINDS,
      "A unary operator, including 'not' ('%1 = py.unop neg %0').");
  public static final OpDefinition COMPARE = kindOp("py.compare", 2, COMPARE_KINDS,
      "One comparison of a possibly chained comparison ('%2 = py.compare lt %0, %1').");

  public static final OpDefinition TRUTH = OpDefinition.builder("py.truth")
      .summary("Python truthiness of a value as an i1 ('%c = py.truth %0').")
      .operands(1)
      .results(1)
      .traits(CoreTrait.PURE)
      .syntax(PySyntax.operands(List.of(IntegerType.I1)))
      .build();

  private OperatorOps() {}

  private static OpDefinition kindOp(String name, int arity, Set<String> kinds, String summary) {
    // Not PURE: Python operators raise (ZeroDivisionError, OverflowError, TypeError).
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(arity)
        .results(1)
        .attribute("kind", StringAttr.class)
        .verifier((op, verification) -> {
          String kind = op.attribute("kind", StringAttr.class).value();
          if (!kinds.contains(kind)) {
            verification.opError(op, "has unknown kind '" + kind + "'; expected one of " + new java.util.TreeSet<>(kinds));
          }
        })
        .syntax(PySyntax.keyword("kind", List.of(PyObjectType.INSTANCE)))
        .build();
  }

  /** The operator name of a binop, unop or compare. */
  public static String kind(Operation op) {
    return op.attribute("kind", StringAttr.class).value();
  }

  public static Value binop(OpBuilder builder, Location location, String kind, Value left, Value right) {
    return create(builder, location, BINOP.name(), kind, List.of(left, right));
  }

  public static Value unop(OpBuilder builder, Location location, String kind, Value operand) {
    return create(builder, location, UNOP.name(), kind, List.of(operand));
  }

  public static Value compare(OpBuilder builder, Location location, String kind, Value left, Value right) {
    return create(builder, location, COMPARE.name(), kind, List.of(left, right));
  }

  /** {@code py.truth value}: an i1. */
  public static Value truth(OpBuilder builder, Location location, Value value) {
    return builder.create(new OperationState(TRUTH.name(), location)
        .addOperand(value).addResultType(IntegerType.I1)).result();
  }

  private static Value create(OpBuilder builder, Location location, String name, String kind, List<Value> operands) {
    return builder.create(new OperationState(name, location)
        .addAttribute("kind", new StringAttr(kind))
        .addOperands(operands)
        .addResultType(PyObjectType.INSTANCE)).result();
  }
}
