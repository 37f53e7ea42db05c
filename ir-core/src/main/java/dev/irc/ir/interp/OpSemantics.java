package dev.irc.ir.interp;

import dev.irc.ir.Operation;
import java.util.List;

/**
 * The runtime meaning of an op kind, declared with
 * {@code OpDefinition.builder(..).implement(OpSemantics.class, ...)}. The {@link Interpreter}
 * calls it with the op's operand values (see {@link RuntimeValue} for their representation)
 * and follows the {@link Outcome}. It is what lets tests run IR before and after a pass.
 */
@FunctionalInterface
public interface OpSemantics {
  /**
   * Executes {@code op}.
   *
   * @param operands the runtime values of the op's operands, in order
   * @param interpreter for calls ({@link Interpreter#call}) and nested regions ({@link Interpreter#runRegion})
   * @throws InterpreterException on undefined behavior or a failed assertion
   */
  Outcome execute(Operation op, List<Object> operands, Interpreter interpreter);
}
