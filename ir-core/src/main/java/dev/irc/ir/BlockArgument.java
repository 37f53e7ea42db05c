package dev.irc.ir;

/**
 * A value that flows into a block: a function's parameter for an entry block, or the SSA join
 * of the values passed by the predecessors' branches (MLIR's replacement for phi nodes).
 */
public final class BlockArgument extends Value {
  private final Block owner;
  int index;
  private dev.irc.ir.diag.Location location;

  BlockArgument(Block owner, int index, Type type, dev.irc.ir.diag.Location location) {
    super(type);
    this.owner = owner;
    this.index = index;
    this.location = location;
  }

  public Block owner() {
    return owner;
  }

  public int index() {
    return index;
  }

  public dev.irc.ir.diag.Location location() {
    return location;
  }

  public void setLocation(dev.irc.ir.diag.Location location) {
    this.location = location;
  }

  @Override
  public Operation definingOp() {
    return null;
  }

  @Override
  public Block parentBlock() {
    return owner;
  }

  @Override
  public String toString() {
    return "block argument #" + index;
  }
}
