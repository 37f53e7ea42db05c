package dev.irc.ir.interfaces;

import dev.irc.ir.Block;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import dev.irc.ir.diag.Location;
import java.util.List;

/**
 * Implemented by the op kind of a dialect's plain jump ({@code cf.br}): creates one. Passes
 * that restructure a CFG (the inliner splitting a block, LICM adding a preheader, SCCP
 * replacing a decided conditional branch) look it up among the loaded ops instead of naming it.
 */
@FunctionalInterface
public interface UnconditionalBranch {
  /** Creates, at {@code builder}'s insertion point, a jump to {@code dest} passing {@code arguments}. */
  Operation create(OpBuilder builder, Block dest, List<Value> arguments, Location location);
}
