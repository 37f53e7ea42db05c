package dev.irc.ir.interp;

import java.util.List;

/**
 * A Java implementation of a function the IR only declares (e.g. a runtime routine), so the
 * {@link Interpreter} can run programs that call it. Registered with {@link Interpreter#defineExternal}.
 */
@FunctionalInterface
public interface ExternalFunction {
  /** Returns the results for {@code arguments}; values use the {@link RuntimeValue} representation. */
  List<Object> call(List<Object> arguments);
}
