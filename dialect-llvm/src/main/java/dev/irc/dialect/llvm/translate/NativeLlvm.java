package dev.irc.dialect.llvm.translate;

import static org.bytedeco.llvm.global.LLVM.LLVMInitializeNativeAsmParser;
import static org.bytedeco.llvm.global.LLVM.LLVMInitializeNativeAsmPrinter;
import static org.bytedeco.llvm.global.LLVM.LLVMInitializeNativeTarget;

/** One-time initialization of LLVM's native (host) target, needed before target machines or the JIT exist. */
public final class NativeLlvm {
  private static volatile boolean initialized;

  private NativeLlvm() {}

  /** Initializes the host target, its assembly printer and parser; idempotent and thread-safe. */
  public static void initialize() {
    if (!initialized) {
      synchronized (NativeLlvm.class) {
        if (!initialized) {
          if (LLVMInitializeNativeTarget() != 0 || LLVMInitializeNativeAsmPrinter() != 0
              || LLVMInitializeNativeAsmParser() != 0) {
            throw new IllegalStateException("LLVM has no native target for this host");
          }
          initialized = true;
        }
      }
    }
  }
}
