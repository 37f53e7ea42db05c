package dev.irc.py.eval;

import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.py.dialect.FuncOp;
import dev.irc.py.semantics.PyException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference evaluator: runs a module of py IR with exact Python semantics (values and
 * operations from {@code dev.irc.py.semantics}). Each {@code py.func} is first translated into
 * {@link CompiledFunction} form (values in numbered slots, one step per op), then run.
 *
 * <p>Uncaught Python exceptions leave as {@link PythonError} with their traceback frames; calls
 * deeper than CPython's default recursion limit (1000 frames counting the module's) raise
 * RecursionError. Deep recursion needs a large Java stack: run it on a thread with a few
 * hundred megabytes of stack.
 */
public final class Evaluator {
  /** CPython's default {@code sys.getrecursionlimit()}. */
  public static final int RECURSION_LIMIT = 1000;

  private final Map<String, CompiledFunction> functions = new HashMap<>();
  private final Map<String, GlobalCell> globals = new HashMap<>();
  private final Map<String, BuiltinFunction> builtins;
  /** The exception states of the running frames that have entered a try, innermost last. */
  private final List<FrameExceptions> frameExceptions = new ArrayList<>();
  private int depth;

  /** Prepares {@code module} (a builtin.module of py.func ops) to run, printing to {@code out}. */
  public Evaluator(Operation module, PrintStream out) {
    this.builtins = Builtins.table(out);
    var compiler = new StepCompiler(this);
    for (Operation op : ModuleOp.body(module).operations()) {
      if (op.name().equals(FuncOp.NAME)) {
        functions.put(FuncOp.name(op), compiler.declare(op));
      }
    }
    for (CompiledFunction function : functions.values()) {
      compiler.compile(function);
    }
  }

  /** Runs the module's top-level code ({@code @__main__}). */
  public void run() {
    CompiledFunction main = function(FuncOp.MAIN);
    if (main == null) {
      throw new IllegalArgumentException("module has no py.func @" + FuncOp.MAIN);
    }
    invoke(main, new Object[0]);
  }

  /**
   * Calls function {@code name} with its full positional argument list (defaults filled in), as
   * code outside the module would after {@link #run()} (the embedding API does); gives back its
   * return value. An uncaught Python exception leaves as {@link PythonError}.
   */
  public Object call(String name, List<Object> arguments) {
    CompiledFunction function = name.equals(FuncOp.MAIN) ? null : functions.get(name);
    if (function == null) {
      throw new IllegalArgumentException("module has no function '" + name + "'");
    }
    if (arguments.size() != function.parameterSlots.length) {
      throw new IllegalArgumentException("'" + name + "' takes " + function.parameterSlots.length + " arguments, not "
          + arguments.size());
    }
    try {
      return invoke(function, arguments.toArray());
    } catch (PyException e) {
      throw PythonError.of(e, List.of());
    }
  }

  /** The value of global {@code name}, or empty while it is unbound. */
  public Optional<Object> globalValue(String name) {
    GlobalCell cell = globals.get(name);
    return cell == null ? Optional.empty() : Optional.ofNullable(cell.value());
  }

  CompiledFunction function(String name) {
    return functions.get(name);
  }

  GlobalCell global(String name) {
    return globals.computeIfAbsent(name, GlobalCell::new);
  }

  BuiltinFunction builtin(String name) {
    return builtins.get(name);
  }

  /** Calls {@code function} with its full argument list; gives back its return value. */
  Object invoke(CompiledFunction function, Object[] arguments) {
    if (depth >= RECURSION_LIMIT) {
      throw new PyException("RecursionError", "maximum recursion depth exceeded");
    }
    depth++;
    try {
      return function.execute(this, arguments);
    } finally {
      depth--;
    }
  }

  /** A new exception state for a frame that enters its first try; {@link #leave} ends it. */
  FrameExceptions enter() {
    var state = new FrameExceptions();
    frameExceptions.add(state);
    return state;
  }

  void leave(FrameExceptions state) {
    frameExceptions.remove(frameExceptions.size() - 1);
  }

  /** The exception being handled by the innermost frame that handles one (sys.exc_info()), or null. */
  PyException handled() {
    for (int i = frameExceptions.size() - 1; i >= 0; i--) {
      PyException handled = frameExceptions.get(i).handled();
      if (handled != null) {
        return handled;
      }
    }
    return null;
  }

  /** Called when {@code exception} is raised: the exception being handled becomes its context. */
  void raised(PyException exception) {
    PyException handled = handled();
    if (handled != null) {
      exception.setContext(handled);
    }
  }

  /** Names the builtins the evaluator implements (for consistency checks with the front end). */
  public static List<String> builtinNames() {
    return Builtins.table(System.out).keySet().stream().sorted().toList();
  }
}
