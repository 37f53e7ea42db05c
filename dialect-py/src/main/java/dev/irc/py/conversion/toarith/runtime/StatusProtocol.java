package dev.irc.py.conversion.toarith.runtime;

import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.py.conversion.toarith.ModuleLowering;
import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.conversion.toarith.UntypedReason;
import java.io.PrintStream;

/**
 * The status protocol of lowered programs, shared by every engine that runs them: build the
 * {@link JavaRuntime} from the module's site and string tables, let the engine call
 * {@code @__main__(0)}, and read the result. A clear flag is success; a set flag is a pending
 * Python exception ({@link RunResult.Raised}) or a deoptimization ({@link RunResult.Deoptimized},
 * restartable when no output was committed). An engine failure (interpreter error, exhausted
 * stack) counts as a deoptimization at an unknown point.
 */
public final class StatusProtocol {
  /** Runs {@code @__main__} of a lowered module with a runtime; returns its status flag. */
  @FunctionalInterface
  public interface Engine<S extends RunState> {
    /** Calls {@code @__main__} with {@code runtime} bound; true when the status flag is set. */
    boolean callMain(S runtime) throws EngineFailure;
  }

  /** The engine could not finish the call (not a Python-level outcome). */
  public static final class EngineFailure extends Exception {
    public EngineFailure(String message) {
      super(message);
    }
  }

  private StatusProtocol() {}

  /** Runs the lowered {@code module} on {@code engine} with the {@link JavaRuntime}, printing to {@code out}. */
  public static RunResult run(Operation module, PrintStream out, Engine<JavaRuntime> engine) {
    SiteTable sites = sites(module);
    return run(sites, new JavaRuntime(sites, ModuleLowering.strings(module), out), engine);
  }

  /** The site table of a lowered module. */
  public static SiteTable sites(Operation module) {
    return SiteTable.fromAttribute((ArrayAttr) module.attribute(ModuleLowering.SITES).orElseThrow());
  }

  /** Runs a lowered program whose sites are {@code sites} on {@code engine} with {@code runtime}. */
  public static <S extends RunState> RunResult run(SiteTable sites, S runtime, Engine<S> engine) {
    boolean failed;
    try {
      failed = engine.callMain(runtime);
    } catch (EngineFailure e) {
      return new RunResult.Deoptimized(!runtime.committed(), e.getMessage());
    } catch (StackOverflowError e) {
      return new RunResult.Deoptimized(!runtime.committed(), "Java stack exhausted");
    }
    if (failed && runtime.deoptSite() != null) {
      long site = runtime.deoptSite();
      String where = site >= 0 ? UntypedReason.where(sites.get(site).location()) : "runtime helper";
      return new RunResult.Deoptimized(!runtime.committed(), where);
    }
    runtime.commit();
    if (failed) {
      return new RunResult.Raised(runtime.pendingError());
    }
    return new RunResult.Completed();
  }
}
