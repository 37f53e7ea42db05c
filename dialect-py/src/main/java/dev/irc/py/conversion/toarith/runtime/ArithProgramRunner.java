package dev.irc.py.conversion.toarith.runtime;

import dev.irc.ir.Operation;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.py.dialect.FuncOp;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs a module lowered by {@code py-to-arith} in the IR {@link Interpreter} with the
 * {@link JavaRuntime}: the interpreter engine of the {@link StatusProtocol}, which reads the
 * outcome (success, pending Python exception, deoptimization).
 */
public final class ArithProgramRunner {
  private ArithProgramRunner() {}

  /** Runs the lowered {@code module}, printing to {@code out}. */
  public static RunResult run(Operation module, PrintStream out) {
    return StatusProtocol.run(module, out, runtime -> {
      var interpreter = new Interpreter(new Interpreter.Limits(Long.MAX_VALUE, 100_000));
      runtime.install(interpreter);
      try {
        return (Boolean) interpreter.call(module, FuncOp.MAIN, List.of(0L)).getLast();
      } catch (InterpreterException e) {
        throw new StatusProtocol.EngineFailure("interpreter: " + e.getMessage());
      }
    });
  }
}
