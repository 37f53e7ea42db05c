package dev.irc.ir.interfaces;

import dev.irc.ir.Operation;

/**
 * Implemented by {@code PURE} op kinds that can still stop the program when executed (integer
 * division by zero, shifts by the width or more): says whether one particular op may be
 * executed where the program would not have executed it, e.g. hoisted out of a loop or a
 * conditional. {@code PURE} ops without this interface are always speculatable.
 */
@FunctionalInterface
public interface Speculation {
  /** Whether executing {@code op} cannot fail, so it may run on paths that did not run it before. */
  boolean isSpeculatable(Operation op);

  /** Whether {@code op} is {@code PURE} and may be executed speculatively. */
  static boolean speculatable(Operation op) {
    return op.hasTrait(dev.irc.ir.CoreTrait.PURE)
        && op.getInterface(Speculation.class).map(s -> s.isSpeculatable(op)).orElse(true);
  }
}
