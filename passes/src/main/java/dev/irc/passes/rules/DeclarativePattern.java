package dev.irc.passes.rules;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.DictionaryAttr;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.rewrite.PatternRewriter;
import dev.irc.ir.rewrite.RewritePattern;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A {@link Rule} compiled into a {@link RewritePattern}: a backtracking matcher over the
 * pattern tree (trying both operand orders of {@code COMMUTATIVE} ops) and a builder of the
 * result. Its benefit is the number of ops in the pattern, so more specific rules go first.
 */
public final class DeclarativePattern extends RewritePattern {
  private final Rule rule;
  private final String debugName;

  DeclarativePattern(Rule rule, String fileName) {
    super(rule.root().opName(), countOps(rule.root()));
    this.rule = rule;
    this.debugName = fileName + ":" + rule.name();
  }

  private static int countOps(RulePattern pattern) {
    if (pattern instanceof RulePattern.Op op) {
      int count = 1;
      for (RulePattern operand : op.operands()) {
        count += countOps(operand);
      }
      return count;
    }
    return 0;
  }

  public Rule rule() {
    return rule;
  }

  @Override
  public String debugName() {
    return debugName;
  }

  @Override
  public boolean matchAndRewrite(Operation op, PatternRewriter rewriter) {
    if (op.numResults() != 1) {
      return false;
    }
    var bindings = new Bindings();
    Type expected = op.result(0).type();
    boolean matched = matchOp(rule.root(), op, bindings, () -> expected.equals(typeOf(rule.result(), bindings, expected)));
    if (!matched) {
      return false;
    }
    Value replacement = build(rule.result(), bindings, op, rewriter);
    rewriter.replaceOp(op, List.of(replacement));
    return true;
  }

  // ---- matching ---------------------------------------------------------------------------

  private boolean matchValue(RulePattern pattern, Value value, Bindings bindings, BooleanSupplier rest) {
    return switch (pattern) {
      case RulePattern.Variable variable -> {
        int mark = bindings.mark();
        if (matchType(variable.type(), value.type(), bindings)
            && (variable.isWildcard() || bindings.bindValue(variable.name(), value))
            && rest.getAsBoolean()) {
          yield true;
        }
        bindings.reset(mark);
        yield false;
      }
      case RulePattern.Op op -> {
        Operation definition = value.definingOp();
        yield definition != null && definition.numResults() == 1 && matchOp(op, definition, bindings, rest);
      }
    };
  }

  private boolean matchOp(RulePattern.Op pattern, Operation op, Bindings bindings, BooleanSupplier rest) {
    if (!op.name().equals(pattern.opName()) || op.numOperands() != pattern.operands().size()) {
      return false;
    }
    int mark = bindings.mark();
    if (!matchAttributes(pattern, op, bindings)
        || (op.numResults() == 1 && !matchType(pattern.resultType(), op.result(0).type(), bindings))) {
      bindings.reset(mark);
      return false;
    }
    List<Value> operands = op.operands();
    if (matchOperands(pattern.operands(), operands, 0, bindings, rest)) {
      return true;
    }
    if (op.hasTrait(CoreTrait.COMMUTATIVE) && operands.size() >= 2 && operands.get(0) != operands.get(1)) {
      var swapped = new ArrayList<>(operands);
      swapped.set(0, operands.get(1));
      swapped.set(1, operands.get(0));
      if (matchOperands(pattern.operands(), swapped, 0, bindings, rest)) {
        return true;
      }
    }
    bindings.reset(mark);
    return false;
  }

  private boolean matchOperands(List<RulePattern> patterns, List<Value> values, int index, Bindings bindings,
      BooleanSupplier rest) {
    if (index == patterns.size()) {
      return rest.getAsBoolean();
    }
    return matchValue(patterns.get(index), values.get(index), bindings,
        () -> matchOperands(patterns, values, index + 1, bindings, rest));
  }

  private static boolean matchAttributes(RulePattern.Op pattern, Operation op, Bindings bindings) {
    for (RulePattern.AttrBinding binding : pattern.attributes()) {
      Attribute actual = op.attribute(binding.name()).orElse(null);
      if (actual == null || !matchAttribute(binding.value(), actual, bindings)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchAttribute(AttrExpr expected, Attribute actual, Bindings bindings) {
    return switch (expected) {
      case AttrExpr.IntegerLiteral(BigInteger value, TypeExpr type) ->
          actual instanceof IntegerAttr(BigInteger bits, Type attrType) && sameBits(value, bits, attrType)
              && matchType(type, attrType, bindings);
      case AttrExpr.FloatLiteral(double value, TypeExpr type) ->
          actual instanceof FloatAttr(double real, Type attrType) && Double.compare(value, real) == 0
              && matchType(type, attrType, bindings);
      case AttrExpr.BoolLiteral(boolean value) -> actual.equals(IntegerAttr.bool(value));
      case AttrExpr.StringLiteral(String value) -> actual.equals(new StringAttr(value));
      case AttrExpr.Variable(String name) -> bindings.bindAttribute(name, actual);
    };
  }

  /** Whether {@code a} and {@code b} have the same bits at the width of integer type {@code type}. */
  private static boolean sameBits(BigInteger a, BigInteger b, Type type) {
    int width = switch (type) {
      case IntegerType(int w) -> w;
      case IndexType index -> 64;
      default -> -1;
    };
    if (width < 0) {
      return a.equals(b);
    }
    BigInteger modulus = BigInteger.ONE.shiftLeft(width);
    return a.mod(modulus).equals(b.mod(modulus));
  }

  private static boolean matchType(TypeExpr expected, Type actual, Bindings bindings) {
    return switch (expected) {
      case TypeExpr.AnyType any -> true;
      case TypeExpr.Exact(Type type) -> type.equals(actual);
      case TypeExpr.TypeClass typeClass -> typeClass.contains(actual);
      case TypeExpr.Variable(String name) -> bindings.bindType(name, actual);
      case TypeExpr.TypeOf(String value) -> bindings.value(value) != null && bindings.value(value).type().equals(actual);
    };
  }

  // ---- building ---------------------------------------------------------------------------

  /** The type {@code result} will have, without building anything. */
  private static Type typeOf(RuleResult result, Bindings bindings, Type rootType) {
    return switch (result) {
      case RuleResult.Reference(String name, var location) -> bindings.value(name).type();
      case RuleResult.Build build -> resolveType(build.resultType(), bindings, rootType);
    };
  }

  private static Type resolveType(TypeExpr type, Bindings bindings, Type fallback) {
    return switch (type) {
      case TypeExpr.Exact(Type exact) -> exact;
      case TypeExpr.Variable(String name) -> bindings.type(name);
      case TypeExpr.TypeOf(String value) -> bindings.value(value).type();
      case TypeExpr.AnyType any -> fallback;
      case TypeExpr.TypeClass typeClass -> fallback;
    };
  }

  private static Value build(RuleResult result, Bindings bindings, Operation root, PatternRewriter rewriter) {
    return switch (result) {
      case RuleResult.Reference(String name, var location) -> bindings.value(name);
      case RuleResult.Build build -> {
        Type type = resolveType(build.resultType(), bindings, root.result(0).type());
        var state = new OperationState(build.opName(), root.location());
        for (RuleResult operand : build.operands()) {
          state.addOperand(build(operand, bindings, root, rewriter));
        }
        DictionaryAttr attributes = DictionaryAttr.EMPTY;
        for (RulePattern.AttrBinding attribute : build.attributes()) {
          attributes = attributes.with(attribute.name(), attributeOf(attribute.value(), bindings, type));
        }
        state.setAttributes(attributes).addResultType(type);
        rewriter.setInsertionPoint(root);
        yield rewriter.create(state).result(0);
      }
    };
  }

  private static Attribute attributeOf(AttrExpr expr, Bindings bindings, Type resultType) {
    return switch (expr) {
      case AttrExpr.IntegerLiteral(BigInteger value, TypeExpr type) -> {
        yield integerAttribute(value, resolveType(type, bindings, resultType));
      }
      case AttrExpr.FloatLiteral(double value, TypeExpr type) -> new FloatAttr(value, resolveType(type, bindings, resultType));
      case AttrExpr.BoolLiteral(boolean value) -> IntegerAttr.bool(value);
      case AttrExpr.StringLiteral(String value) -> new StringAttr(value);
      case AttrExpr.Variable(String name) -> bindings.attribute(name);
    };
  }

  /** {@code value} as an attribute of integer type {@code type}, wrapped to the width and read as signed. */
  private static IntegerAttr integerAttribute(BigInteger value, Type type) {
    int width = type instanceof IntegerType(int w) ? w : 64;
    if (width == 1) {
      return IntegerAttr.bool(value.testBit(0));
    }
    BigInteger modulus = BigInteger.ONE.shiftLeft(width);
    BigInteger wrapped = value.mod(modulus);
    if (wrapped.testBit(width - 1)) {
      wrapped = wrapped.subtract(modulus);
    }
    return new IntegerAttr(wrapped, type);
  }
}
