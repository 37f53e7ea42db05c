package dev.irc.dialect.llvm.translate;

import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeModelDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeModelJITDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateTargetMachine;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeTargetMachine;
import static org.bytedeco.llvm.global.LLVM.LLVMGetDefaultTargetTriple;
import static org.bytedeco.llvm.global.LLVM.LLVMGetHostCPUFeatures;
import static org.bytedeco.llvm.global.LLVM.LLVMGetHostCPUName;
import static org.bytedeco.llvm.global.LLVM.LLVMGetTargetFromTriple;
import static org.bytedeco.llvm.global.LLVM.LLVMRelocDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMRelocPIC;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/**
 * An LLVM target machine for the host (its triple, CPU and CPU features), used to optimize for
 * the machine the JIT runs on. Created with LLVM's default target options, so floating-point
 * contraction is limited to explicit {@code llvm.fmuladd} (which irc never emits): no FMA
 * fusion of separate multiplies and adds, i.e. {@code -fp-contract=off} semantics for our IR.
 */
public final class NativeTargetMachine implements AutoCloseable {
  private LLVMTargetMachineRef machine;
  private final String triple;

  private NativeTargetMachine(LLVMTargetMachineRef machine, String triple) {
    this.machine = machine;
    this.triple = triple;
  }

  /** A target machine for the host CPU, for the JIT. */
  public static NativeTargetMachine host() {
    return host(LLVMRelocDefault, LLVMCodeModelJITDefault);
  }

  /**
   * A target machine for the host CPU that emits position-independent code with the default
   * code model, for object files linked into shared objects (the compile cache).
   */
  public static NativeTargetMachine hostPositionIndependent() {
    return host(LLVMRelocPIC, LLVMCodeModelDefault);
  }

  private static NativeTargetMachine host(int relocation, int codeModel) {
    NativeLlvm.initialize();
    String triple = NativeErrors.takeMessage(LLVMGetDefaultTargetTriple());
    String cpu = NativeErrors.takeMessage(LLVMGetHostCPUName());
    String features = NativeErrors.takeMessage(LLVMGetHostCPUFeatures());
    LLVMTargetRef target = new LLVMTargetRef();
    BytePointer error = new BytePointer((org.bytedeco.javacpp.Pointer) null);
    try (var triplePointer = new BytePointer(triple)) {
      if (LLVMGetTargetFromTriple(triplePointer, target, error) != 0) {
        throw new TranslationException("no LLVM target for " + triple + ": " + error.getString());
      }
    } finally {
      if (!error.isNull()) {
        org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage(error);
      }
    }
    LLVMTargetMachineRef machine = LLVMCreateTargetMachine(target, triple, cpu, features,
        LLVMCodeGenLevelDefault, relocation, codeModel);
    return new NativeTargetMachine(machine, triple);
  }

  public LLVMTargetMachineRef ref() {
    if (machine == null) {
      throw new IllegalStateException("target machine already closed");
    }
    return machine;
  }

  public String triple() {
    return triple;
  }

  @Override
  public void close() {
    if (machine != null) {
      LLVMDisposeTargetMachine(machine);
      machine = null;
    }
  }
}
