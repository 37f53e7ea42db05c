package dev.irc.ir.fold;

import dev.irc.ir.Attribute;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.diag.Location;

/**
 * Implemented by a {@link dev.irc.ir.Dialect} whose ops fold to constants: turns a folded
 * constant back into IR (for {@code arith}, an {@code arith.constant}). Drivers ask the dialect
 * of the op being folded, so each dialect decides how its constants look.
 */
public interface ConstantMaterializer {
  /**
   * Creates, at {@code builder}'s insertion point, a {@code CONSTANT_LIKE} op with one result of
   * {@code type} holding {@code value}; returns null (creating nothing) if this dialect cannot.
   */
  Operation materializeConstant(OpBuilder builder, Attribute value, Type type, Location location);
}
