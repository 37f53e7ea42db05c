package dev.irc.dialect.llvm.translate;

import static org.bytedeco.llvm.global.LLVM.LLVMContextCreate;
import static org.bytedeco.llvm.global.LLVM.LLVMContextDispose;

import org.bytedeco.llvm.LLVM.LLVMContextRef;

/**
 * An LLVM context (the owner of types and constants) that is released deterministically with
 * {@link #close()}. A context borrowed from elsewhere (an ORC thread-safe context) is wrapped
 * with {@link #borrow} and not disposed here.
 */
public final class NativeContext implements AutoCloseable {
  private LLVMContextRef context;
  private final boolean owned;

  private NativeContext(LLVMContextRef context, boolean owned) {
    this.context = context;
    this.owned = owned;
  }

  /** A new context owned by the returned object. */
  public static NativeContext create() {
    NativeLlvm.initialize();
    return new NativeContext(LLVMContextCreate(), true);
  }

  /** Wraps a context owned by someone else. */
  public static NativeContext borrow(LLVMContextRef context) {
    NativeLlvm.initialize();
    return new NativeContext(context, false);
  }

  public LLVMContextRef ref() {
    if (context == null) {
      throw new IllegalStateException("context already closed");
    }
    return context;
  }

  @Override
  public void close() {
    if (context != null && owned) {
      LLVMContextDispose(context);
    }
    context = null;
  }
}
