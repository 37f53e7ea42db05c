package dev.irc.ir.interfaces;

import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.SymbolRefAttr;
import java.util.List;

/**
 * Implemented (through {@code OpDefinition.builder(..).implement(CallOpInterface.class, ..)}) by
 * op kinds that call a function by symbol, such as {@code func.call}. Call-graph passes
 * ({@code inline}, symbol uses) ask this instead of matching op names.
 */
@FunctionalInterface
public interface CallOpInterface {
  /** The symbol of the called function. */
  SymbolRefAttr callee(Operation call);

  /** The values passed to the callee's parameters; by default every operand. */
  default List<Value> arguments(Operation call) {
    return call.operands();
  }
}
