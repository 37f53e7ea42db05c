package dev.irc.passes.rules;

import dev.irc.ir.diag.Location;
import java.util.List;

/** The right side of a rule: a bound value, or new ops built from bound values and attributes. */
public sealed interface RuleResult {
  Location location();

  /** The value bound to {@code name} in the pattern. */
  record Reference(String name, Location location) implements RuleResult {}

  /**
   * A new op with one result. Its result type is {@code resultType} when given, else the type
   * of the op being replaced; an integer or float literal without a type takes the new op's
   * result type.
   */
  record Build(String opName, List<RuleResult> operands, List<RulePattern.AttrBinding> attributes, TypeExpr resultType,
      Location location) implements RuleResult {
    public Build {
      operands = List.copyOf(operands);
      attributes = List.copyOf(attributes);
    }
  }
}
