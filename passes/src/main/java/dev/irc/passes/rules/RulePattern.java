package dev.irc.passes.rules;

import dev.irc.ir.diag.Location;
import java.util.List;

/** The left side of a rule: a tree of op patterns whose leaves are value variables. */
public sealed interface RulePattern {
  Location location();

  /**
   * A value variable with an optional type constraint ({@code x}, {@code x : int},
   * {@code x : T}); {@code _} matches anything and binds nothing. A variable that occurs twice
   * must match the same value both times.
   */
  record Variable(String name, TypeExpr type, Location location) implements RulePattern {
    public boolean isWildcard() {
      return name.equals("_");
    }
  }

  /**
   * An op with exactly these operands ({@code arith.addi(x, y)}), attribute constraints
   * ({@code {value = 0}}) and result type constraint ({@code : T}). The operands of a
   * {@code COMMUTATIVE} op match in either order.
   */
  record Op(String opName, List<RulePattern> operands, List<AttrBinding> attributes, TypeExpr resultType,
      Location location) implements RulePattern {
    public Op {
      operands = List.copyOf(operands);
      attributes = List.copyOf(attributes);
    }
  }

  /** {@code name = value} inside an op's braces, in a pattern or a result. */
  record AttrBinding(String name, AttrExpr value, Location location) {}
}
