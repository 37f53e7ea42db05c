package dev.irc.targets.cache;

import dev.irc.targets.runtime.HostWrite;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Start-up work of a cache hit that does not depend on the entry, done on a second thread while
 * the first computes the key and reads the entry: generating the {@code java.lang.foreign} stubs
 * (the host write's upcall stub and the downcall handle of {@code @__main__}'s signature) costs
 * tens of milliseconds of the JVM spinning classes, about as much as the rest of a hit. Class
 * initialization makes it safe: a thread that needs a stub first waits for the one making it.
 */
public final class HitWarmup {
  private HitWarmup() {}

  /** The downcall handle of {@code byte @__main__(ptr context, long)}, taking the function's address first. */
  static final class MainHandle {
    static final MethodHandle HANDLE = Linker.nativeLinker()
        .downcallHandle(FunctionDescriptor.of(ValueLayout.JAVA_BYTE, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));

    private MainHandle() {}
  }

  /** Starts making the stubs on a daemon thread; returns at once. */
  public static void start() {
    Thread.ofPlatform().daemon().name("irc-cache-warmup").start(() -> {
      try {
        HostWrite.prepare();
        MethodHandle unused = MainHandle.HANDLE;
      } catch (RuntimeException | Error e) {
        // The run makes them itself (and reports a failure there).
      }
    });
  }
}
