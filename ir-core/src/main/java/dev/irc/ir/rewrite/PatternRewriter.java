package dev.irc.ir.rewrite;

import dev.irc.ir.Block;
import dev.irc.ir.IrContext;
import dev.irc.ir.IrMapping;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpOperand;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Use;
import dev.irc.ir.Value;
import dev.irc.ir.diag.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The only way a {@link RewritePattern} changes IR: creates ops at an insertion point like an
 * {@link OpBuilder}, and replaces, erases, moves and modifies ops and blocks, telling a
 * {@link RewriteListener} about each change so drivers can track them.
 *
 * <p>Drivers may subclass it to adjust what a replacement means (the dialect conversion driver
 * inserts type materializations).
 */
public class PatternRewriter {
  private final IrContext context;
  private final RewriteListener listener;
  private Block block;
  private Operation before;

  public PatternRewriter(IrContext context, RewriteListener listener) {
    this.context = context;
    this.listener = listener;
  }

  public final IrContext context() {
    return context;
  }

  public final RewriteListener listener() {
    return listener;
  }

  // ---- insertion point --------------------------------------------------------------------

  /** Inserts right before {@code op}. */
  public final PatternRewriter setInsertionPoint(Operation op) {
    this.block = op.parentBlock();
    this.before = op;
    return this;
  }

  /** Inserts right after {@code op}. */
  public final PatternRewriter setInsertionPointAfter(Operation op) {
    this.block = op.parentBlock();
    this.before = op.nextOp();
    return this;
  }

  public final PatternRewriter setInsertionPointToStart(Block target) {
    this.block = target;
    this.before = target.firstOp();
    return this;
  }

  public final PatternRewriter setInsertionPointToEnd(Block target) {
    this.block = target;
    this.before = null;
    return this;
  }

  public final Block insertionBlock() {
    return block;
  }

  /** An {@link OpBuilder} at the same insertion point, for APIs that take one; ops it creates are not reported. */
  public final OpBuilder toBuilder() {
    var builder = new OpBuilder(context);
    if (before != null) {
      builder.setInsertionPoint(before);
    } else if (block != null) {
      builder.setInsertionPointToEnd(block);
    }
    return builder;
  }

  // ---- creation ---------------------------------------------------------------------------

  /** Creates the op described by {@code state} at the insertion point. */
  public final Operation create(OperationState state) {
    return insert(context.create(state));
  }

  /** Creates {@code name} with operands and result types and no attributes at the insertion point. */
  public final Operation create(String name, Location location, List<? extends Value> operands, List<? extends Type> resultTypes) {
    return create(new OperationState(name, location).addOperands(operands).addResultTypes(resultTypes));
  }

  /** Inserts a detached {@code op} at the insertion point. */
  public final Operation insert(Operation op) {
    if (block == null) {
      throw new IllegalStateException("the rewriter has no insertion point");
    }
    block.insertBefore(before, op);
    listener.notifyOperationInserted(op);
    return op;
  }

  /** Inserts a deep copy of {@code op} at the insertion point. */
  public final Operation clone(Operation op, IrMapping mapping) {
    return insert(op.clone(mapping));
  }

  /** Creates a block with arguments of {@code types} at the end of {@code region} and moves the insertion point into it. */
  public final Block createBlock(Region region, List<Type> types, Location location) {
    Block created = new Block();
    for (Type type : types) {
      created.addArgument(type, location);
    }
    region.append(created);
    listener.notifyBlockInserted(created);
    setInsertionPointToEnd(created);
    return created;
  }

  // ---- replacement and erasure -------------------------------------------------------------

  /** Replaces every result of {@code op} with the corresponding value and erases {@code op}. */
  public void replaceOp(Operation op, List<? extends Value> replacement) {
    if (replacement.size() != op.numResults()) {
      throw new IllegalArgumentException("replacing " + op.numResults() + " results of " + op.name() + " with "
          + replacement.size() + " values");
    }
    listener.notifyOperationReplaced(op, replacement);
    for (int i = 0; i < replacement.size(); i++) {
      replaceAllUsesWith(op.result(i), replacement.get(i));
    }
    eraseOp(op);
  }

  /** Replaces {@code op} by the results of {@code newOp}. */
  public final void replaceOp(Operation op, Operation newOp) {
    replaceOp(op, newOp.results());
  }

  /** Makes every use of {@code from} use {@code to}; each user counts as modified. */
  public final void replaceAllUsesWith(Value from, Value to) {
    replaceUsesWithIf(from, to, use -> true);
  }

  /** Makes the uses of {@code from} accepted by {@code filter} use {@code to}. */
  public final void replaceUsesWithIf(Value from, Value to, Predicate<OpOperand> filter) {
    if (from == to) {
      return;
    }
    for (Use<Value> use : from.uses()) {
      if (filter.test((OpOperand) use)) {
        use.set(to);
        listener.notifyOperationModified(use.owner());
      }
    }
  }

  /** Erases {@code op}, whose results must be unused, and everything nested in it. */
  public void eraseOp(Operation op) {
    if (!op.resultsUnused()) {
      throw new IllegalStateException("erasing " + op.name() + " whose results are still used");
    }
    notifyErasedRecursively(op);
    op.erase();
  }

  private void notifyErasedRecursively(Operation op) {
    for (Region region : op.regions()) {
      for (Block nested : region.blocks()) {
        for (Operation child = nested.lastOp(); child != null; child = child.prevOp()) {
          notifyErasedRecursively(child);
        }
      }
    }
    listener.notifyOperationErased(op);
  }

  /** Erases {@code target}, whose ops' results must not be used outside it, and its ops. */
  public final void eraseBlock(Block target) {
    for (Operation op = target.lastOp(); op != null; op = op.prevOp()) {
      notifyErasedRecursively(op);
    }
    listener.notifyBlockErased(target);
    target.erase();
  }

  /** Runs {@code change} on {@code op} (which it changes in place) and reports {@code op} as modified. */
  public final void modifyOpInPlace(Operation op, Runnable change) {
    change.run();
    listener.notifyOperationModified(op);
  }

  // ---- moving -----------------------------------------------------------------------------

  public final void moveOpBefore(Operation op, Operation anchor) {
    op.moveBefore(anchor);
    listener.notifyOperationInserted(op);
  }

  public final void moveOpAfter(Operation op, Operation anchor) {
    op.moveAfter(anchor);
    listener.notifyOperationInserted(op);
  }

  /**
   * Moves the ops of {@code source} into {@code dest} before {@code anchor} (at the end when
   * anchor is null), using {@code arguments} in place of source's block arguments, then erases
   * the now empty {@code source}.
   */
  public final void inlineBlockBefore(Block source, Block dest, Operation anchor, List<? extends Value> arguments) {
    if (arguments.size() != source.arguments().size()) {
      throw new IllegalArgumentException("inlining a block of " + source.arguments().size() + " arguments with "
          + arguments.size() + " values");
    }
    if (source.hasUses()) {
      throw new IllegalStateException("inlining a block that is still a branch target");
    }
    for (int i = 0; i < arguments.size(); i++) {
      replaceAllUsesWith(source.argument(i), arguments.get(i));
    }
    for (Operation op : source.operationList()) {
      op.removeFromParent();
      dest.insertBefore(anchor, op);
      listener.notifyOperationInserted(op);
    }
    listener.notifyBlockErased(source);
    source.erase();
  }

  /** {@link #inlineBlockBefore(Block, Block, Operation, List)} before {@code anchor} in its block. */
  public final void inlineBlockBefore(Block source, Operation anchor, List<? extends Value> arguments) {
    inlineBlockBefore(source, anchor.parentBlock(), anchor, arguments);
  }

  /** Appends the ops of {@code source} to {@code dest} and erases {@code source}. */
  public final void mergeBlocks(Block source, Block dest, List<? extends Value> arguments) {
    inlineBlockBefore(source, dest, null, arguments);
  }

  /** Splits {@code target} before {@code op}; returns the new block holding {@code op} and what follows. */
  public final Block splitBlock(Block target, Operation op) {
    var moved = new ArrayList<Operation>();
    for (Operation o = op; o != null; o = o.nextOp()) {
      moved.add(o);
    }
    Block tail = target.splitBefore(op);
    listener.notifyBlockInserted(tail);
    moved.forEach(listener::notifyOperationInserted);
    return tail;
  }

  /** Moves every block of {@code region} into {@code dest} before {@code anchor} (at the end when null). */
  public final void inlineRegionBefore(Region region, Region dest, Block anchor) {
    int index = anchor == null ? dest.blocks().size() : dest.indexOf(anchor);
    for (Block moved : new ArrayList<>(region.blocks())) {
      region.remove(moved);
      dest.insert(index++, moved);
      listener.notifyBlockInserted(moved);
    }
  }

  /** Reports why a pattern did not apply; returns false so a pattern can {@code return rewriter.notifyMatchFailure(..)}. */
  public final boolean notifyMatchFailure(Operation op, String reason) {
    listener.notifyMatchFailure(op, reason);
    return false;
  }
}
