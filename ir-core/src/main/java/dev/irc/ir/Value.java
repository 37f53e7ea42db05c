package dev.irc.ir;

/**
 * An SSA value: the result of an operation or an argument of a block. It has a type that never
 * changes except through {@link #setType} (used by type conversion), and a list of uses.
 */
public abstract sealed class Value extends Usable<Value> permits OpResult, BlockArgument {
  private Type type;

  Value(Type type) {
    this.type = java.util.Objects.requireNonNull(type, "value type");
  }

  public final Type type() {
    return type;
  }

  /** Changes the type in place; the caller keeps the IR well typed. */
  public final void setType(Type type) {
    this.type = java.util.Objects.requireNonNull(type);
  }

  /** The operation that defines this value, or null for a block argument. */
  public abstract Operation definingOp();

  /** The block in which this value is defined. */
  public abstract Block parentBlock();

  /** The region in which this value is defined, or null if detached. */
  public final Region parentRegion() {
    Block block = parentBlock();
    return block == null ? null : block.parent();
  }
}
