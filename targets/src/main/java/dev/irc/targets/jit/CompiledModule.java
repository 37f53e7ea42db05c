package dev.irc.targets.jit;

import static org.bytedeco.llvm.global.LLVM.LLVMOrcReleaseResourceTracker;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcResourceTrackerRemove;

import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.dialect.llvm.translate.NativeErrors;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.bytedeco.llvm.LLVM.LLVMOrcResourceTrackerRef;

/**
 * Machine code of one module in a {@link JitEngine}: its functions' addresses and Java
 * {@link MethodHandle}s calling them through {@code java.lang.foreign}. {@link #close()} frees
 * the code; the typed {@code invoke*} helpers are safe against a concurrent close (they fail
 * instead of jumping into freed memory), raw handles from {@link #function} must not outlive it.
 */
public final class CompiledModule implements MachineCode {
  private final JitEngine engine;
  private final LLVMOrcResourceTrackerRef tracker;
  private final Map<String, Long> addresses;
  private final Map<String, LlvmFunctionType> signatures;
  private final CompileTimes times;
  private final Map<String, MethodHandle> handles = new ConcurrentHashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  CompiledModule(JitEngine engine, LLVMOrcResourceTrackerRef tracker, Map<String, Long> addresses,
      Map<String, LlvmFunctionType> signatures, CompileTimes times) {
    this.engine = engine;
    this.times = times;
    this.tracker = tracker;
    this.addresses = Map.copyOf(addresses);
    this.signatures = Map.copyOf(signatures);
  }

  /** How long compiling this module took, per stage. */
  public CompileTimes compileTimes() {
    return times;
  }

  /** The names of the functions defined by the module (as written in the IR). */
  public java.util.Set<String> functionNames() {
    return addresses.keySet();
  }

  /** The entry address of function {@code name}. */
  public MemorySegment address(String name) {
    lock.readLock().lock();
    try {
      checkOpen();
      Long address = addresses.get(name);
      if (address == null) {
        throw new JitException("no function @" + name + " in this module");
      }
      return MemorySegment.ofAddress(address);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** A downcall handle for {@code name} with an explicit C signature. */
  @Override
  public MethodHandle function(String name, FunctionDescriptor descriptor) {
    return Linker.nativeLinker().downcallHandle(address(name), descriptor);
  }

  /** A downcall handle for {@code name} with the signature its {@code llvm.func} declares. */
  public MethodHandle function(String name) {
    return handles.computeIfAbsent(name, n -> {
      LlvmFunctionType type = signatures.get(n);
      if (type == null) {
        throw new JitException("no function @" + n + " in this module");
      }
      return function(n, NativeSignatures.descriptor(type));
    });
  }

  /** Calls {@code name}, an {@code (i64...) -> i64} function. */
  public long invokeLong(String name, long... arguments) {
    return (long) invoke(name, boxed(arguments));
  }

  /** Calls {@code name}, an {@code (f64...) -> f64} function. */
  public double invokeDouble(String name, double... arguments) {
    Object[] boxed = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      boxed[i] = arguments[i];
    }
    return (double) invoke(name, boxed);
  }

  /** Calls {@code name} with boxed arguments matching its signature; returns the boxed result (null for void). */
  public Object invoke(String name, Object... arguments) {
    MethodHandle handle = function(name);
    lock.readLock().lock();
    try {
      checkOpen();
      return handle.invokeWithArguments(arguments);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new JitException("call of @" + name + " failed", t);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static Object[] boxed(long[] arguments) {
    Object[] boxed = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      boxed[i] = arguments[i];
    }
    return boxed;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("compiled module is closed");
    }
  }

  @Override
  public boolean isClosed() {
    lock.readLock().lock();
    try {
      return closed;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Frees the module's code and data in the JIT. Idempotent. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        NativeErrors.check(LLVMOrcResourceTrackerRemove(tracker), "removing JIT code");
      } finally {
        LLVMOrcReleaseResourceTracker(tracker);
        engine.forget(this);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
