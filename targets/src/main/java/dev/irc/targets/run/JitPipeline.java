package dev.irc.targets.run;

import static org.bytedeco.llvm.global.LLVM.LLVMAssemblyFile;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMemoryBuffer;
import static org.bytedeco.llvm.global.LLVM.LLVMGetBufferSize;
import static org.bytedeco.llvm.global.LLVM.LLVMGetBufferStart;
import static org.bytedeco.llvm.global.LLVM.LLVMObjectFile;
import static org.bytedeco.llvm.global.LLVM.LLVMSetDataLayout;
import static org.bytedeco.llvm.global.LLVM.LLVMSetTarget;
import static org.bytedeco.llvm.global.LLVM.LLVMTargetMachineEmitToMemoryBuffer;

import dev.irc.conversion.tollvm.ConvertToLlvmPass;
import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.dialect.llvm.LlvmDialect;
import dev.irc.dialect.llvm.translate.LlvmTranslation;
import dev.irc.dialect.llvm.translate.NativeContext;
import dev.irc.dialect.llvm.translate.NativeErrors;
import dev.irc.dialect.llvm.translate.NativeTargetMachine;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistry;
import dev.irc.targets.jit.JitException;
import dev.irc.targets.runtime.IrRuntime;
import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.global.LLVM;

/**
 * The stages after {@code py-to-arith} on the way to machine code, each printable by
 * {@code irc --emit}: {@code canonicalize,cse} on the typed func/arith/cf module, the runtime
 * linked in with the run's context threaded through ({@link IrRuntime}), {@code convert-to-llvm}
 * (multi-result functions return LLVM structs), libm functions that are not exact marked as no
 * builtins for LLVM ({@link InexactLibm}); then LLVM IR
 * after LLVM's O2, host assembly and a position-independent object file. The JIT ({@link JitProgramRunner}) compiles the llvm-dialect
 * module this produces.
 */
public final class JitPipeline {
  private static final IrContext CONTEXT = IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect(), new LlvmDialect());

  private JitPipeline() {}

  /**
   * Lowers a module produced by {@code py-to-arith} to the llvm dialect, in place (its
   * {@code irc.sites}/{@code irc.strings} attributes, which the runtime reads, stay). In place
   * because {@code Operation.clone} does not yet remap a use whose definition is in a later
   * block of the region (py-to-arith emits such block orders), so a copy would share values
   * with the original.
   */
  public static Operation toLlvmDialect(Operation arithModule) {
    Operation module = arithModule;
    var diagnostics = new DiagnosticEngine();
    if (!PassManager.parse(CONTEXT, "builtin.module(canonicalize,cse)", PassRegistry.loadAvailable()).run(module, diagnostics)) {
      throw new JitException("canonicalize,cse failed: " + diagnostics.diagnostics());
    }
    IrRuntime.linkInto(module, CONTEXT);
    if (!ConvertToLlvmPass.convert(CONTEXT, module, diagnostics)) {
      throw new JitException("convert-to-llvm failed: " + diagnostics.diagnostics());
    }
    InexactLibm.markNoBuiltin(module);
    return module;
  }

  /** The LLVM IR of an llvm-dialect module after LLVM's O2 for the host, as text. */
  public static String llvmIr(Operation llvmModule) {
    return LlvmTranslation.toLlvmIr(llvmModule, true);
  }

  /** The host assembly of an llvm-dialect module after LLVM's O2, as the target machine prints it. */
  public static String assembly(Operation llvmModule) {
    try (var machine = NativeTargetMachine.host()) {
      return new String(emit(llvmModule, machine, LLVMAssemblyFile), StandardCharsets.UTF_8);
    }
  }

  /**
   * A host ELF object file of an llvm-dialect module after LLVM's O2, position-independent, for
   * linking into a shared object (the compile cache, {@code dev.irc.targets.cache}).
   */
  public static byte[] objectFile(Operation llvmModule) {
    try (var machine = NativeTargetMachine.hostPositionIndependent()) {
      return emit(llvmModule, machine, LLVMObjectFile);
    }
  }

  private static byte[] emit(Operation llvmModule, NativeTargetMachine machine, int fileType) {
    try (var context = NativeContext.create(); var translated = LlvmTranslation.translate(llvmModule, context)) {
      LLVMSetTarget(translated.ref(), machine.triple());
      var layout = LLVM.LLVMCreateTargetDataLayout(machine.ref());
      try {
        LLVMSetDataLayout(translated.ref(), NativeErrors.takeMessage(LLVM.LLVMCopyStringRepOfTargetData(layout)));
      } finally {
        LLVM.LLVMDisposeTargetData(layout);
      }
      translated.optimizeO2(machine);
      var error = new BytePointer((org.bytedeco.javacpp.Pointer) null);
      var buffer = new LLVMMemoryBufferRef();
      if (LLVMTargetMachineEmitToMemoryBuffer(machine.ref(), translated.ref(), fileType, error, buffer) != 0) {
        throw new JitException("emitting machine code failed: " + NativeErrors.takeMessage(error));
      }
      try {
        BytePointer start = LLVMGetBufferStart(buffer);
        byte[] bytes = new byte[(int) LLVMGetBufferSize(buffer)];
        start.get(bytes);
        return bytes;
      } finally {
        LLVMDisposeMemoryBuffer(buffer);
      }
    }
  }
}
