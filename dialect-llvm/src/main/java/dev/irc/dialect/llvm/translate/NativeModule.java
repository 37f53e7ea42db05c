package dev.irc.dialect.llvm.translate;

import static org.bytedeco.llvm.global.LLVM.LLVMCreatePassBuilderOptions;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposePassBuilderOptions;
import static org.bytedeco.llvm.global.LLVM.LLVMPassBuilderOptionsSetLoopUnrolling;
import static org.bytedeco.llvm.global.LLVM.LLVMPrintModuleToString;
import static org.bytedeco.llvm.global.LLVM.LLVMReturnStatusAction;
import static org.bytedeco.llvm.global.LLVM.LLVMRunPasses;
import static org.bytedeco.llvm.global.LLVM.LLVMVerifyModule;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;

/**
 * A translated LLVM module, released with {@link #close()} unless its ownership was handed on
 * (to the JIT) with {@link #release()}. It verifies, optimizes ({@link #optimizeO2}) and prints
 * itself as LLVM IR text.
 */
public final class NativeModule implements AutoCloseable {
  private LLVMModuleRef module;

  NativeModule(LLVMModuleRef module) {
    this.module = module;
  }

  public LLVMModuleRef ref() {
    if (module == null) {
      throw new IllegalStateException("module already closed or released");
    }
    return module;
  }

  /** Runs LLVM's verifier; throws a {@link TranslationException} with its report if the module is invalid. */
  public NativeModule verify() {
    BytePointer message = new BytePointer((Pointer) null);
    int broken = LLVMVerifyModule(ref(), LLVMReturnStatusAction, message);
    String report = NativeErrors.takeMessage(message);
    if (broken != 0) {
      throw new TranslationException("LLVM module verification failed: " + report);
    }
    return this;
  }

  /** Runs the pass pipeline {@code pipeline} (e.g. {@code default<O2>}) tuned for {@code machine}. */
  public NativeModule optimize(String pipeline, NativeTargetMachine machine) {
    return optimize(pipeline, machine, true);
  }

  /**
   * irc's optimization pipeline, the one the JIT runs: LLVM's {@code default<O2>} without loop
   * unrolling. Our loops carry overflow checks and deoptimization exits, which unrolling only
   * copies: on bench/kernels it made no kernel faster (fib slower) and cost up to 15% of compile
   * time (more IR for every later pass and for code generation).
   */
  public NativeModule optimizeO2(NativeTargetMachine machine) {
    return optimize("default<O2>", machine, false);
  }

  private NativeModule optimize(String pipeline, NativeTargetMachine machine, boolean loopUnrolling) {
    LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
    try {
      LLVMPassBuilderOptionsSetLoopUnrolling(options, loopUnrolling ? 1 : 0);
      NativeErrors.check(LLVMRunPasses(ref(), pipeline, machine.ref(), options), "LLVM pipeline " + pipeline);
    } finally {
      LLVMDisposePassBuilderOptions(options);
    }
    return this;
  }

  /** The module as LLVM IR text. */
  public String toIrText() {
    return NativeErrors.takeMessage(LLVMPrintModuleToString(ref()));
  }

  /** Gives up ownership (e.g. to an ORC thread-safe module) and returns the raw module. */
  public LLVMModuleRef release() {
    LLVMModuleRef released = ref();
    module = null;
    return released;
  }

  @Override
  public void close() {
    if (module != null) {
      LLVMDisposeModule(module);
      module = null;
    }
  }
}
