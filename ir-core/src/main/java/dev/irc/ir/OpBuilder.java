package dev.irc.ir;

import dev.irc.ir.diag.Location;
import java.util.List;

/**
 * Creates operations and inserts them at an insertion point (before an op, or at the end of a
 * block). Used by front ends, lowerings and rewrite patterns alike.
 */
public final class OpBuilder {
  private final IrContext context;
  private Block block;
  private Operation before;

  public OpBuilder(IrContext context) {
    this.context = context;
  }

  public IrContext context() {
    return context;
  }

  /** Inserts at the end of {@code target}. */
  public OpBuilder setInsertionPointToEnd(Block target) {
    this.block = target;
    this.before = null;
    return this;
  }

  /** Inserts at the start of {@code target}. */
  public OpBuilder setInsertionPointToStart(Block target) {
    this.block = target;
    this.before = target.firstOp();
    return this;
  }

  /** Inserts right before {@code op}. */
  public OpBuilder setInsertionPoint(Operation op) {
    this.block = op.parentBlock();
    this.before = op;
    return this;
  }

  /** Inserts right after {@code op}. */
  public OpBuilder setInsertionPointAfter(Operation op) {
    this.block = op.parentBlock();
    this.before = op.nextOp();
    return this;
  }

  public Block insertionBlock() {
    return block;
  }

  /** Creates the op described by {@code state} and inserts it (if an insertion point is set). */
  public Operation create(OperationState state) {
    Operation op = context.create(state);
    if (block != null) {
      block.insertBefore(before, op);
    }
    return op;
  }

  /** Shorthand: creates {@code name} with operands, result types and no attributes. */
  public Operation create(String name, Location location, List<Value> operands, List<Type> resultTypes) {
    return create(new OperationState(name, location).addOperands(operands).addResultTypes(resultTypes));
  }

  /** Creates a block with arguments of {@code types} at the end of {@code region} and moves the insertion point into it. */
  public Block createBlock(Region region, List<Type> types, Location location) {
    Block created = new Block();
    for (Type type : types) {
      created.addArgument(type, location);
    }
    region.append(created);
    setInsertionPointToEnd(created);
    return created;
  }
}
