package dev.irc.targets.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The one host function of compiled programs: {@code write(ctx, data, length)}, the IR runtime
 * flushing output to the run's Java stream. It is a {@code java.lang.foreign} upcall stub whose
 * address every {@link RunContext} stores in its slot 11, where {@code runtime.mlir} calls it
 * through; so compiled code has no undefined host symbol, and JIT code and a cached shared
 * object ({@code dev.irc.targets.cache}) call it alike. The stub forwards to the run bound to the
 * calling thread by {@link #call}. A Java exception must not unwind through native frames: a
 * failing write is recorded and the run ends as an engine failure.
 */
public final class HostWrite {
  private static final ScopedValue<Binding> CURRENT = ScopedValue.newInstance();
  private static final FunctionDescriptor TYPE =
      FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);
  /** The address stored in every context's host-write slot. */
  static final MemorySegment STUB = stub();

  private HostWrite() {}

  /** Makes the upcall stub now (it is made on first use otherwise), e.g. on a thread of its own during start-up. */
  public static void prepare() {
    if (STUB == null) {
      throw new IllegalStateException("no host write stub");
    }
  }

  /** The run on this thread: its context and the first failure of a host write, if any. */
  private static final class Binding {
    final RunContext context;
    Throwable failure;

    Binding(RunContext context) {
      this.context = context;
    }
  }

  /** A host write failed: the run cannot be trusted to have printed what it should. */
  public static final class WriteFailure extends Exception {
    WriteFailure(Throwable cause) {
      super("runtime upcall failed: " + cause, cause);
    }
  }

  /**
   * Runs {@code call} (which invokes compiled code with {@code context}) with {@code context}
   * bound on this thread; gives back its result, or throws {@link WriteFailure} when a host
   * write failed during it.
   */
  public static <R, X extends Throwable> R call(RunContext context, ScopedValue.CallableOp<R, X> call)
      throws X, WriteFailure {
    var binding = new Binding(context);
    R result = ScopedValue.where(CURRENT, binding).call(call);
    if (binding.failure != null) {
      throw new WriteFailure(binding.failure);
    }
    return result;
  }

  private static MemorySegment stub() {
    try {
      var target = MethodHandles.lookup().findStatic(HostWrite.class, "write",
          MethodType.methodType(void.class, MemorySegment.class, MemorySegment.class, long.class));
      return Linker.nativeLinker().upcallStub(target, TYPE, Arena.global());
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The target of the stub: {@code length} bytes at {@code data} go to the run's stream. */
  private static void write(MemorySegment context, MemorySegment data, long length) {
    Binding binding = CURRENT.isBound() ? CURRENT.get() : null;
    if (binding == null) {
      return;
    }
    try {
      binding.context.hostWrite(data, length);
    } catch (RuntimeException | Error e) {
      if (binding.failure == null) {
        binding.failure = e;
      }
    }
  }
}
