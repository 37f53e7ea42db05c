package dev.irc.targets.run;

import dev.irc.dialect.llvm.FuncOp;
import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.dialect.llvm.LlvmPointerType;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.interp.ExternalFunction;
import dev.irc.py.conversion.toarith.runtime.JavaRuntime;
import dev.irc.targets.jit.JitEngine;
import dev.irc.targets.jit.JitException;
import dev.irc.targets.runtime.RunContext;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the host functions of JIT-compiled programs, the runtime functions the IR runtime leaves
 * external, through {@code java.lang.foreign} upcall stubs defined as absolute symbols in the
 * {@link JitEngine}: {@code @irc_host_write} (output reaches the run's Java stream) and the
 * fallible math helpers not yet written as IR ({@code irc_math_sqrt}, {@code irc_float_pow},
 * ...), which forward to their {@link JavaRuntime} implementations. A stub is made per function
 * the first time a module declares it and forwards, boxed, to the run bound to the calling
 * thread ({@link #CURRENT}). Every function takes the run's context first.
 *
 * <p>Booleans cross as bytes ({@code i1} registers have undefined upper bits); results beyond the
 * status flag arrive as trailing out-pointers ({@link MultiResultLowering}). A Java exception
 * must not unwind through native frames: a failing upcall records the failure, returns a set
 * status flag (or zero) and the run ends as an engine failure.
 */
final class RuntimeUpcalls {
  /** The runtime and failure record of the run on this thread. */
  static final ScopedValue<Binding> CURRENT = ScopedValue.newInstance();

  private static final String HOST_WRITE = "irc_host_write";
  private static final MethodHandle DISPATCH;

  static {
    try {
      DISPATCH = MethodHandles.lookup().findStatic(RuntimeUpcalls.class, "dispatch",
          MethodType.methodType(Object.class, String.class, int.class, Class.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final JitEngine engine;
  private final Set<String> defined = new HashSet<>();

  RuntimeUpcalls(JitEngine engine) {
    this.engine = engine;
  }

  /**
   * The run on this thread: its native context, the Java implementations of the runtime
   * functions not yet in the IR runtime, and the first failure of an upcall, if any.
   */
  static final class Binding {
    final RunContext context;
    final JavaRuntime helpers;
    Throwable failure;

    Binding(RunContext context, JavaRuntime helpers) {
      this.context = context;
      this.helpers = helpers;
    }
  }

  /** Defines stubs for the runtime functions {@code module} (llvm dialect) declares and that are not yet bound. */
  synchronized void bind(Operation module) {
    Map<String, MemorySegment> stubs = new LinkedHashMap<>();
    for (Operation op : ModuleOp.body(module).operations()) {
      if (op.name().equals(FuncOp.NAME) && FuncOp.isExternal(op) && FuncOp.name(op).startsWith("irc_")
          && !defined.contains(FuncOp.name(op))) {
        stubs.put(FuncOp.name(op), stub(FuncOp.name(op), FuncOp.functionType(op)));
      }
    }
    engine.defineAbsoluteSymbols(stubs);
    defined.addAll(stubs.keySet());
  }

  private static MemorySegment stub(String name, LlvmFunctionType type) {
    List<Type> parameters = type.parameters();
    int outs = 0;
    while (outs < parameters.size() && parameters.get(parameters.size() - 1 - outs) instanceof LlvmPointerType) {
      outs++;
    }
    MemoryLayout[] layouts = parameters.stream().map(RuntimeUpcalls::layout).toArray(MemoryLayout[]::new);
    FunctionDescriptor descriptor = type.returnsVoid() ? FunctionDescriptor.ofVoid(layouts)
        : FunctionDescriptor.of(layout(type.result()), layouts);
    Class<?> returnType = descriptor.returnLayout().<Class<?>>map(l -> ((ValueLayout) l).carrier()).orElse(void.class);
    MethodHandle target = MethodHandles.insertArguments(DISPATCH, 0, name, outs, returnType)
        .asCollector(Object[].class, parameters.size())
        .asType(descriptor.toMethodType());
    return Linker.nativeLinker().upcallStub(target, descriptor, Arena.global());
  }

  private static MemoryLayout layout(Type type) {
    return switch (type) {
      case IntegerType(int width) when width == 1 -> ValueLayout.JAVA_BYTE;
      case IntegerType(int width) when width == 64 -> ValueLayout.JAVA_LONG;
      case FloatType(int width) when width == 64 -> ValueLayout.JAVA_DOUBLE;
      case LlvmPointerType pointer -> ValueLayout.ADDRESS;
      default -> throw new JitException("runtime function parameter type " + type + " is not supported");
    };
  }

  /**
   * The target of every stub: {@code @irc_host_write} goes to the run's context; other functions
   * are called without the context argument, with their raise or deoptimization recorded in the
   * context, and their out-results written.
   */
  private static Object dispatch(String name, int outs, Class<?> returnType, Object[] arguments) {
    Binding binding = CURRENT.get();
    try {
      if (name.equals(HOST_WRITE)) {
        binding.context.hostWrite((MemorySegment) arguments[1], (Long) arguments[2]);
        return null;
      }
      ExternalFunction function = binding.helpers.functions().get(name);
      if (function == null) {
        throw new JitException("no runtime function @" + name);
      }
      var values = Arrays.stream(arguments, 1, arguments.length - outs)
          .map(a -> a instanceof Byte b ? (Object) ((b & 1) != 0) : a).toList();
      List<Object> results = function.call(values);
      if (binding.helpers.pendingError() != null) {
        binding.context.raiseFromHost(binding.helpers.pendingError().exception());
      } else if (binding.helpers.deoptSite() != null) {
        binding.context.deoptimizeFromHost();
      }
      for (int i = 0; i < outs; i++) {
        MemorySegment slot = ((MemorySegment) arguments[arguments.length - outs + i]).reinterpret(8);
        switch (results.get(i)) {
          case Long v -> slot.set(ValueLayout.JAVA_LONG_UNALIGNED, 0, v);
          case Double v -> slot.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, 0, v);
          case Boolean v -> slot.set(ValueLayout.JAVA_BYTE, 0, (byte) (v ? 1 : 0));
          default -> throw new JitException("@" + name + " returned " + results.get(i));
        }
      }
      return returnType == void.class ? null : carrier(results.get(outs), returnType);
    } catch (RuntimeException | Error e) {
      if (binding.failure == null) {
        binding.failure = e;
      }
      return failureValue(returnType);
    }
  }

  private static Object carrier(Object value, Class<?> returnType) {
    return value instanceof Boolean b && returnType == byte.class ? (Object) (byte) (b ? 1 : 0) : value;
  }

  private static Object failureValue(Class<?> returnType) {
    if (returnType == byte.class) {
      return (byte) 1;
    } else if (returnType == long.class) {
      return 0L;
    } else if (returnType == double.class) {
      return 0.0;
    }
    return null;
  }
}
