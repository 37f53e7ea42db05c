package dev.irc.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Something IR can refer to and that therefore keeps a list of its uses: a {@link Value} (used by
 * operands) or a {@link Block} (used by successors).
 *
 * <p>The use list is intrusive and doubly linked, so adding or dropping a use is O(1) and
 * replacing all uses is O(number of uses).
 *
 * @param <T> the kind of thing used
 */
public abstract class Usable<T extends Usable<T>> {
  Use<T> firstUse;

  /** Whether anything refers to this. */
  public final boolean hasUses() {
    return firstUse != null;
  }

  /** Whether exactly one use refers to this. */
  public final boolean hasOneUse() {
    return firstUse != null && firstUse.nextUse == null;
  }

  /** A snapshot of the current uses (safe to iterate while rewriting). */
  public final List<Use<T>> uses() {
    var result = new ArrayList<Use<T>>();
    for (Use<T> use = firstUse; use != null; use = use.nextUse) {
      result.add(use);
    }
    return result;
  }

  /** The operations that use this, in use-list order, possibly repeated. */
  public final List<Operation> users() {
    var result = new ArrayList<Operation>();
    for (Use<T> use = firstUse; use != null; use = use.nextUse) {
      result.add(use.owner());
    }
    return result;
  }

  /** Makes every use refer to {@code replacement} instead. */
  @SuppressWarnings("unchecked")
  public final void replaceAllUsesWith(T replacement) {
    if (replacement == this) {
      return;
    }
    while (firstUse != null) {
      firstUse.set(replacement);
    }
  }
}
