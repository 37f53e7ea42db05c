package dev.irc.py.conversion.toarith.runtime;

import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.py.conversion.toarith.ModuleLowering;
import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.dialect.FuncOp;
import dev.irc.py.eval.PythonError;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs a module lowered by {@code py-to-arith} in the IR {@link Interpreter} with the
 * {@link JavaRuntime}, calling {@code @__main__(0)} and reading the status protocol: a clear flag
 * means success; a set flag means a pending Python exception (reported like the evaluator's) or
 * a deoptimization, which the driver turns into a restart in the evaluator when no output was
 * committed yet.
 */
public final class ArithProgramRunner {
  /** How the compiled run ended. */
  public sealed interface Result {
    /** The program finished; its output is committed. */
    record Completed() implements Result {}

    /** An uncaught Python exception; output committed, the traceback to print. */
    record Raised(PythonError error) implements Result {}

    /** A guard failed; {@code restartable} when no output reached the stream (it was discarded). */
    record Deoptimized(boolean restartable, String where) implements Result {}
  }

  private ArithProgramRunner() {}

  /** Runs the lowered {@code module}, printing to {@code out}. */
  public static Result run(Operation module, PrintStream out) {
    SiteTable sites = SiteTable.fromAttribute((ArrayAttr) module.attribute(ModuleLowering.SITES).orElseThrow());
    var runtime = new JavaRuntime(sites, ModuleLowering.strings(module), out);
    var interpreter = new Interpreter(new Interpreter.Limits(Long.MAX_VALUE, 100_000));
    runtime.install(interpreter);
    List<Object> results;
    try {
      results = interpreter.call(module, FuncOp.MAIN, List.of(0L));
    } catch (InterpreterException e) {
      return new Result.Deoptimized(!runtime.committed(), "interpreter: " + e.getMessage());
    } catch (StackOverflowError e) {
      return new Result.Deoptimized(!runtime.committed(), "Java stack exhausted");
    }
    boolean failed = (Boolean) results.getLast();
    if (failed && runtime.deoptSite() != null) {
      Long site = runtime.deoptSite();
      String where = site >= 0 ? dev.irc.py.conversion.toarith.UntypedReason.where(sites.get(site).location()) : "runtime helper";
      return new Result.Deoptimized(!runtime.committed(), where);
    }
    runtime.commit();
    if (failed) {
      return new Result.Raised(runtime.pendingError());
    }
    return new Result.Completed();
  }
}
