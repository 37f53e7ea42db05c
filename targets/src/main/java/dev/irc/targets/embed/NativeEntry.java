package dev.irc.targets.embed;

import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.conversion.toarith.UntypedReason;
import dev.irc.py.conversion.toarith.runtime.StatusProtocol;
import dev.irc.py.eval.PythonError;
import dev.irc.py.semantics.PyNone;
import dev.irc.targets.jit.MachineCode;
import dev.irc.targets.run.RuntimeBinding;
import dev.irc.targets.runtime.RunContext;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A specialization in machine code: the downcall handle of
 * {@code @f$i64$entry(%context, %depth, args..., %out) -> i1 status} (the result through an
 * out-pointer, see {@link OutParameterEntry}) and a call under the status protocol: a
 * {@link RunContext} per concurrent call, holding the module's fixed globals, passed to the code
 * and bound for its host upcalls; then success, a pending Python exception or a
 * deoptimization. The context of a call that succeeded is reused by a later call; one whose
 * status flag was set is freed.
 */
final class NativeEntry implements AutoCloseable {
  /** How one call ended. */
  sealed interface Outcome {
    /** The function returned {@code value} (a Java value: Long, Double, Boolean or null for None). */
    record Returned(Object value) implements Outcome {}

    /** An uncaught Python exception with its traceback frames; the output before it is written. */
    record Raised(PythonError error) implements Outcome {}

    /** A guard failed at {@code where}; {@code restartable} when no output of the call was written. */
    record Deoptimized(boolean restartable, String where) implements Outcome {}
  }

  private final MachineCode compiled;
  private final MethodHandle invoker;
  private final int nativeArity;
  private final List<ScalarKind> arguments;
  private final ScalarKind result;
  private final SiteTable sites;
  private final int globalCount;
  /** Global slot to value (Python representation) of the fixed globals the code reads. */
  private final Map<Long, Object> globals;
  private final boolean prints;
  private final PrintStream out;
  private final Queue<CallFrame> idle = new ConcurrentLinkedQueue<>();

  /**
   * @param result the kind of the return value, or null when the function never returns one
   *     (every path raises), in which case the lowered function has no result slot
   * @param prints whether the code can print (its output is written after each call)
   */
  NativeEntry(MachineCode compiled, String symbol, List<ScalarKind> arguments, ScalarKind result, SiteTable sites,
      int globalCount, Map<Long, Object> globals, boolean prints, PrintStream out) {
    this.compiled = compiled;
    this.arguments = List.copyOf(arguments);
    this.result = result;
    this.sites = sites;
    this.globalCount = globalCount;
    this.globals = Map.copyOf(globals);
    this.prints = prints;
    this.out = out;
    var layouts = new ArrayList<MemoryLayout>(List.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    for (ScalarKind kind : arguments) {
      switch (kind) {
        case INT -> layouts.add(ValueLayout.JAVA_LONG);
        case FLOAT -> layouts.add(ValueLayout.JAVA_DOUBLE);
        case BOOL -> layouts.add(ValueLayout.JAVA_BYTE);
        case NONE -> { }
      }
    }
    if (hasResult()) {
      layouts.add(ValueLayout.ADDRESS);
    }
    MethodHandle handle = compiled.function(symbol, FunctionDescriptor.of(ValueLayout.JAVA_BYTE, layouts.toArray(MemoryLayout[]::new)));
    this.nativeArity = layouts.size();
    this.invoker = handle.asSpreader(Object[].class, nativeArity).asType(MethodType.methodType(byte.class, Object[].class));
  }

  private boolean hasResult() {
    return result != null && result != ScalarKind.NONE;
  }

  /** Calls the function with {@code values} (Python values of the argument kinds). */
  Outcome call(Object[] values) {
    CallFrame frame = idle.poll();
    if (frame == null) {
      frame = new CallFrame();
    }
    Object[] nativeArguments = new Object[nativeArity];
    nativeArguments[0] = frame.context.address();
    nativeArguments[1] = 0L;
    int next = 2;
    for (int i = 0; i < values.length; i++) {
      switch (arguments.get(i)) {
        case INT, FLOAT -> nativeArguments[next++] = values[i];
        case BOOL -> nativeArguments[next++] = (Boolean) values[i] ? (byte) 1 : (byte) 0;
        case NONE -> { }
      }
    }
    if (hasResult()) {
      nativeArguments[next] = frame.result;
    }
    long writtenBefore = frame.output.written;
    boolean failed;
    try {
      byte status = RuntimeBinding.call(frame.context, () -> (byte) invoker.invokeExact(nativeArguments));
      failed = (status & 1) != 0;
    } catch (StatusProtocol.EngineFailure e) {
      frame.close();
      return new Outcome.Deoptimized(frame.output.written == writtenBefore, e.getMessage());
    } catch (RuntimeException | Error e) {
      frame.close();
      throw e;
    } catch (Throwable t) {
      frame.close();
      throw new IllegalStateException(t);
    }
    if (failed) {
      // The context's status stays set: it is not reused.
      try {
        Long site = frame.context.deoptSite();
        PythonError error = frame.context.pendingError();
        if (site != null || error == null) {
          String where = site != null && site >= 0 ? UntypedReason.where(sites.get(site).location()) : "a runtime helper";
          return new Outcome.Deoptimized(frame.output.written == writtenBefore, where);
        }
        frame.context.commit();
        return new Outcome.Raised(error);
      } finally {
        frame.close();
      }
    }
    if (prints) {
      frame.context.commit();
    }
    Object value = switch (result) {
      case INT -> frame.result.get(ValueLayout.JAVA_LONG, 0);
      case FLOAT -> frame.result.get(ValueLayout.JAVA_DOUBLE, 0);
      case BOOL -> (frame.result.get(ValueLayout.JAVA_BYTE, 0) & 1) != 0;
      case NONE -> null;
      case null -> throw new IllegalStateException("a function that never returns returned");
    };
    idle.offer(frame);
    return new Outcome.Returned(value);
  }

  /** Frees the machine code and the idle contexts; no call may be in progress. */
  @Override
  public void close() {
    compiled.close();
    for (CallFrame frame = idle.poll(); frame != null; frame = idle.poll()) {
      frame.close();
    }
  }

  boolean isClosed() {
    return compiled.isClosed();
  }

  /**
   * What one call at a time uses: the run's context with the globals set, the result's
   * out-slot and the stream that counts what reaches the module's output.
   */
  private final class CallFrame implements AutoCloseable {
    final CountingOutput output = new CountingOutput(out);
    final PrintStream stream = new PrintStream(output, false);
    final RunContext context = new RunContext(sites, globalCount, stream);
    final MemorySegment result = Arena.ofAuto().allocate(ValueLayout.JAVA_LONG);

    CallFrame() {
      globals.forEach((slot, value) -> context.setGlobal(slot, value instanceof PyNone ? null : value));
    }

    @Override
    public void close() {
      context.close();
    }
  }

  /** Forwards to the module's stream, counting the bytes: a deoptimized call that wrote none can rerun. */
  private static final class CountingOutput extends OutputStream {
    private final PrintStream target;
    volatile long written;

    CountingOutput(PrintStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      written++;
      target.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      written += length;
      target.write(bytes, offset, length);
    }

    @Override
    public void flush() {
      target.flush();
    }
  }
}
