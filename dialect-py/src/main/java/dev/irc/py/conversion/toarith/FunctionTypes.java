package dev.irc.py.conversion.toarith;

import dev.irc.ir.Block;
import dev.irc.ir.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types inferred for one {@link Specialization}: a {@link PyType} per reachable SSA value,
 * the reachable blocks, the return type, and the reasons (empty when the specialization is
 * typed) it cannot be compiled.
 */
public record FunctionTypes(Specialization specialization, Map<Value, PyType> values, Set<Block> reachable,
    PyType returnType, List<UntypedReason> reasons) {

  /** The type of {@code value} (bottom when it is unreachable). */
  public PyType typeOf(Value value) {
    return values.getOrDefault(value, PyType.BOTTOM);
  }

  /** Whether every reachable op of the function could be typed. */
  public boolean isTyped() {
    return reasons.isEmpty();
  }
}
