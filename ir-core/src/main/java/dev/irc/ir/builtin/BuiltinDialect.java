package dev.irc.ir.builtin;

import dev.irc.ir.Arity;
import dev.irc.ir.Dialect;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.CoreTrait;
import java.util.List;

/**
 * The dialect every context has: {@code builtin.module} and
 * {@code builtin.unrealized_conversion_cast}, plus the builtin types and attributes, which the
 * parser knows natively.
 */
public final class BuiltinDialect implements Dialect {
  public static final BuiltinDialect INSTANCE = new BuiltinDialect();

  /** {@code builtin.unrealized_conversion_cast}: a placeholder cast between type systems during a partial conversion. */
  public static final OpDefinition UNREALIZED_CONVERSION_CAST = OpDefinition.builder("builtin.unrealized_conversion_cast")
      .summary("A cast between types of different dialects, left by a partial conversion.")
      .operands(Arity.ANY)
      .results(Arity.atLeast(1))
      .traits(CoreTrait.PURE)
      .build();

  private BuiltinDialect() {}

  @Override
  public String namespace() {
    return "builtin";
  }

  @Override
  public String description() {
    return "Modules, builtin types (iN, index, fN, none, functions) and attributes.";
  }

  @Override
  public List<OpDefinition> operations() {
    return List.of(ModuleOp.DEFINITION, UNREALIZED_CONVERSION_CAST);
  }
}
