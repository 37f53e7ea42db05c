package dev.irc.ir;

/**
 * One reference from an operation to a {@link Usable}: an operand slot ({@link OpOperand}) or a
 * successor slot ({@link BlockOperand}). It is a node of the used thing's intrusive use list.
 *
 * @param <T> the kind of thing referred to
 */
public abstract sealed class Use<T extends Usable<T>> permits OpOperand, BlockOperand {
  private final Operation owner;
  private final int index;
  private T target;
  Use<T> prevUse;
  Use<T> nextUse;

  Use(Operation owner, int index, T target) {
    this.owner = owner;
    this.index = index;
    link(target);
  }

  /** The operation holding this use. */
  public final Operation owner() {
    return owner;
  }

  /** The position of this use among its owner's operands (or successors). */
  public final int index() {
    return index;
  }

  /** What this use refers to. */
  public final T get() {
    return target;
  }

  /** Points this use at {@code newTarget}, moving it between use lists. */
  public final void set(T newTarget) {
    unlink();
    link(newTarget);
  }

  final void unlink() {
    if (target == null) {
      return;
    }
    if (prevUse != null) {
      prevUse.nextUse = nextUse;
    } else {
      target.firstUse = nextUse;
    }
    if (nextUse != null) {
      nextUse.prevUse = prevUse;
    }
    prevUse = null;
    nextUse = null;
    target = null;
  }

  private void link(T newTarget) {
    target = java.util.Objects.requireNonNull(newTarget, "use of null");
    nextUse = newTarget.firstUse;
    if (nextUse != null) {
      nextUse.prevUse = this;
    }
    prevUse = null;
    newTarget.firstUse = this;
  }
}
