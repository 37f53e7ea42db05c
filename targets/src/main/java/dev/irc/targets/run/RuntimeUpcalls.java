package dev.irc.targets.run;

import dev.irc.dialect.llvm.FuncOp;
import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.targets.jit.JitEngine;
import dev.irc.targets.jit.JitException;
import dev.irc.targets.runtime.RunContext;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Binds the one host function of JIT-compiled programs, {@code @irc_host_write(ctx, data, length)}
 * (the IR runtime flushing output to the run's Java stream), through a {@code java.lang.foreign}
 * upcall stub defined as an absolute symbol in the {@link JitEngine}. Every other runtime
 * function is IR ({@link dev.irc.targets.runtime.IrRuntime}). The stub forwards to the run bound
 * to the calling thread ({@link #CURRENT}). A Java exception must not unwind through native
 * frames: a failing write is recorded and the run ends as an engine failure.
 */
final class RuntimeUpcalls {
  /** The run on this thread. */
  static final ScopedValue<Binding> CURRENT = ScopedValue.newInstance();

  private static final String HOST_WRITE = "irc_host_write";
  private static final FunctionDescriptor HOST_WRITE_TYPE =
      FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);
  private static final MemorySegment HOST_WRITE_STUB = hostWriteStub();

  private final JitEngine engine;
  private boolean hostWriteDefined;

  RuntimeUpcalls(JitEngine engine) {
    this.engine = engine;
  }

  /** The run on this thread: its native context and the first failure of a host write, if any. */
  static final class Binding {
    final RunContext context;
    Throwable failure;

    Binding(RunContext context) {
      this.context = context;
    }
  }

  /**
   * Defines {@code @irc_host_write} in the engine if {@code module} (llvm dialect, the runtime
   * linked in) declares it; any other external runtime function is an error.
   */
  synchronized void bind(Operation module) {
    for (Operation op : ModuleOp.body(module).operations()) {
      if (!op.name().equals(FuncOp.NAME) || !FuncOp.isExternal(op) || !FuncOp.name(op).startsWith("irc_")) {
        continue;
      }
      String name = FuncOp.name(op);
      LlvmFunctionType type = FuncOp.functionType(op);
      if (!name.equals(HOST_WRITE) || type.parameters().size() != 3 || !type.returnsVoid()) {
        throw new JitException("no host function @" + name + " " + type + ": the host provides only @"
            + HOST_WRITE + "(!llvm.ptr, !llvm.ptr, i64)");
      }
      if (!hostWriteDefined) {
        engine.defineAbsoluteSymbols(Map.of(HOST_WRITE, HOST_WRITE_STUB));
        hostWriteDefined = true;
      }
    }
  }

  private static MemorySegment hostWriteStub() {
    try {
      var target = MethodHandles.lookup().findStatic(RuntimeUpcalls.class, "hostWrite",
          MethodType.methodType(void.class, MemorySegment.class, MemorySegment.class, long.class));
      return Linker.nativeLinker().upcallStub(target, HOST_WRITE_TYPE, Arena.global());
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The target of the stub: {@code length} bytes at {@code data} go to the run's stream. */
  private static void hostWrite(MemorySegment context, MemorySegment data, long length) {
    Binding binding = CURRENT.get();
    try {
      binding.context.hostWrite(data, length);
    } catch (RuntimeException | Error e) {
      if (binding.failure == null) {
        binding.failure = e;
      }
    }
  }
}
