package dev.irc.targets.jit;

import static org.bytedeco.llvm.global.LLVM.LLVMGetNamedFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMJITSymbolGenericFlagsCallable;
import static org.bytedeco.llvm.global.LLVM.LLVMJITSymbolGenericFlagsExported;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcAbsoluteSymbols;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcJITDylibDefine;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcLLJITMangleAndIntern;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcCreateLLJIT;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcCreateLLJITBuilder;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcCreateNewThreadSafeContext;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcCreateNewThreadSafeModule;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcDisposeLLJIT;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcDisposeThreadSafeContext;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcJITDylibAddGenerator;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcJITDylibCreateResourceTracker;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcLLJITAddLLVMIRModuleWithRT;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcLLJITGetDataLayoutStr;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcLLJITGetGlobalPrefix;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcLLJITGetMainJITDylib;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcLLJITGetTripleString;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcLLJITLookup;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcReleaseResourceTracker;
import static org.bytedeco.llvm.global.LLVM.LLVMOrcResourceTrackerRemove;
import static org.bytedeco.llvm.global.LLVM.LLVMSetDataLayout;
import static org.bytedeco.llvm.global.LLVM.LLVMSetTarget;
import static org.bytedeco.llvm.global.LLVM.LLVMSetValueName2;

import dev.irc.conversion.tollvm.ConvertToLlvmPass;
import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.dialect.llvm.FuncOp;
import dev.irc.dialect.llvm.Linkage;
import dev.irc.dialect.llvm.LlvmDialect;
import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.dialect.llvm.translate.LlvmTranslation;
import dev.irc.dialect.llvm.translate.NativeContext;
import dev.irc.dialect.llvm.translate.NativeErrors;
import dev.irc.dialect.llvm.translate.NativeLlvm;
import dev.irc.dialect.llvm.translate.NativeModule;
import dev.irc.dialect.llvm.translate.NativeTargetMachine;
import dev.irc.dialect.llvm.translate.TranslationException;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.verify.Verifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.javacpp.PointerPointer;
import java.lang.foreign.MemorySegment;
import org.bytedeco.llvm.LLVM.LLVMOrcCSymbolMapPair;
import org.bytedeco.llvm.LLVM.LLVMOrcDefinitionGeneratorRef;
import org.bytedeco.llvm.LLVM.LLVMOrcLLJITRef;
import org.bytedeco.llvm.LLVM.LLVMOrcResourceTrackerRef;
import org.bytedeco.llvm.LLVM.LLVMOrcThreadSafeContextRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * irc's x86-64 JIT: one ORC LLJIT for the host whose main library also resolves symbols of the
 * running process (libc's {@code printf}, {@code abort}, ...). {@link #compile} lowers a
 * func/arith/cf module to the llvm dialect if needed, translates it, runs LLVM's O2 pipeline
 * ({@link NativeModule#optimizeO2}) for the host CPU (without fast-math or FP contraction),
 * links it and returns its entry points ({@link CompiledModule#compileTimes} says how long each
 * stage took). Each module gets its own resource tracker, so closing it frees its code; exported
 * symbols are renamed per module so that modules never clash. Thread-safe.
 */
public final class JitEngine implements AutoCloseable {
  private static final AtomicLong MODULE_IDS = new AtomicLong();

  private final LLVMOrcLLJITRef jit;
  private final IrContext context;
  private final Set<CompiledModule> open = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  /** Idle host target machines for {@link #optimize}, one per compile that ran concurrently. */
  private final ConcurrentLinkedDeque<NativeTargetMachine> machines = new ConcurrentLinkedDeque<>();
  private boolean closed;

  private JitEngine(LLVMOrcLLJITRef jit) {
    this.jit = jit;
    this.context = IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect(), new LlvmDialect());
  }

  /** Creates a JIT for the host. */
  public static JitEngine create() {
    NativeLlvm.initialize();
    LLVMOrcLLJITRef jit = new LLVMOrcLLJITRef();
    NativeErrors.check(LLVMOrcCreateLLJIT(jit, LLVMOrcCreateLLJITBuilder()), "creating the LLJIT");
    try (var generator = new PointerPointer<LLVMOrcDefinitionGeneratorRef>(1)) {
      NativeErrors.check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(generator,
          LLVMOrcLLJITGetGlobalPrefix(jit), null, null), "creating the process symbol generator");
      LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(jit), generator.get(LLVMOrcDefinitionGeneratorRef.class, 0));
    } catch (RuntimeException failure) {
      LLVMOrcDisposeLLJIT(jit);
      throw failure;
    }
    return new JitEngine(jit);
  }

  /**
   * Defines {@code symbols} (name to address, e.g. upcall stubs of a runtime written in Java) in
   * the JIT's main library, so that modules compiled afterwards which declare one of the names
   * call that address. Each name can be defined once per engine; redefining one fails.
   */
  public void defineAbsoluteSymbols(Map<String, MemorySegment> symbols) {
    if (symbols.isEmpty()) {
      return;
    }
    byte flags = (byte) (LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable);
    try (var pairs = new LLVMOrcCSymbolMapPair(symbols.size())) {
      int index = 0;
      for (var symbol : symbols.entrySet()) {
        LLVMOrcCSymbolMapPair pair = pairs.getPointer(index++);
        pair.Name(LLVMOrcLLJITMangleAndIntern(jit, symbol.getKey()));
        pair.Sym().Address(symbol.getValue().address());
        pair.Sym().Flags().GenericFlags(flags).TargetFlags((byte) 0);
      }
      NativeErrors.check(LLVMOrcJITDylibDefine(LLVMOrcLLJITGetMainJITDylib(jit),
          LLVMOrcAbsoluteSymbols(pairs, symbols.size())), "defining runtime symbols " + symbols.keySet());
    }
  }

  /** The target triple the JIT compiles for. */
  public String triple() {
    return LLVMOrcLLJITGetTripleString(jit).getString();
  }

  /**
   * Compiles {@code module} (a {@code builtin.module} in the llvm dialect, or in func/arith/cf,
   * which is lowered on a copy) and returns its functions. The caller closes the result.
   */
  public CompiledModule compile(Operation module) {
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("JIT engine is closed");
      }
    }
    long start = System.nanoTime();
    Operation lowered = lower(module);
    String suffix = "$irc" + MODULE_IDS.incrementAndGet();
    Map<String, LlvmFunctionType> signatures = new LinkedHashMap<>();
    Map<String, String> symbols = new HashMap<>();
    for (Operation op : ModuleOp.body(lowered).operations()) {
      if (op.name().equals(FuncOp.NAME) && !FuncOp.isExternal(op) && FuncOp.linkage(op) == Linkage.EXTERNAL) {
        signatures.put(FuncOp.name(op), FuncOp.functionType(op));
        symbols.put(FuncOp.name(op), FuncOp.name(op) + suffix);
      }
    }
    LLVMOrcThreadSafeContextRef threadSafeContext = LLVMOrcCreateNewThreadSafeContext();
    LLVMOrcResourceTrackerRef tracker = null;
    try {
      long loweredAt = System.nanoTime();
      var translated = translate(lowered, threadSafeContext, symbols);
      long translatedAt = System.nanoTime();
      optimize(translated);
      long optimizedAt = System.nanoTime();
      var threadSafeModule = LLVMOrcCreateNewThreadSafeModule(translated.release(), threadSafeContext);
      tracker = LLVMOrcJITDylibCreateResourceTracker(LLVMOrcLLJITGetMainJITDylib(jit));
      NativeErrors.check(LLVMOrcLLJITAddLLVMIRModuleWithRT(jit, tracker, threadSafeModule), "adding the module to the JIT");
      Map<String, Long> addresses = new HashMap<>();
      for (var symbol : symbols.entrySet()) {
        long[] address = new long[1];
        NativeErrors.check(LLVMOrcLLJITLookup(jit, address, symbol.getValue()), "looking up @" + symbol.getKey());
        addresses.put(symbol.getKey(), address[0]);
      }
      var times = new CompileTimes(loweredAt - start, translatedAt - loweredAt, optimizedAt - translatedAt,
          System.nanoTime() - optimizedAt);
      var compiled = new CompiledModule(this, tracker, addresses, signatures, times);
      open.add(compiled);
      return compiled;
    } catch (TranslationException failure) {
      if (tracker != null) {
        LLVMOrcResourceTrackerRemove(tracker);
        LLVMOrcReleaseResourceTracker(tracker);
      }
      throw new JitException(failure.getMessage(), failure);
    } finally {
      LLVMOrcDisposeThreadSafeContext(threadSafeContext);
    }
  }

  private Operation lower(Operation module) {
    boolean needsLowering = false;
    for (Operation op : ModuleOp.body(module).operations()) {
      needsLowering |= !op.name().startsWith("llvm.");
    }
    var diagnostics = new DiagnosticEngine();
    Operation lowered = module;
    if (needsLowering) {
      lowered = module.clone();
      if (!ConvertToLlvmPass.convert(context, lowered, diagnostics)) {
        throw new JitException("lowering to the llvm dialect failed: " + diagnostics.diagnostics());
      }
    }
    if (!Verifier.verify(lowered, diagnostics)) {
      throw new JitException("invalid llvm dialect module: " + diagnostics.diagnostics());
    }
    return lowered;
  }

  private NativeModule translate(Operation lowered, LLVMOrcThreadSafeContextRef threadSafeContext,
      Map<String, String> symbols) {
    var nativeContext = NativeContext.borrow(org.bytedeco.llvm.global.LLVM.LLVMOrcThreadSafeContextGetContext(threadSafeContext));
    NativeModule translated = LlvmTranslation.translate(lowered, nativeContext);
    try {
      LLVMSetTarget(translated.ref(), LLVMOrcLLJITGetTripleString(jit));
      LLVMSetDataLayout(translated.ref(), LLVMOrcLLJITGetDataLayoutStr(jit));
      for (var symbol : symbols.entrySet()) {
        LLVMValueRef function = LLVMGetNamedFunction(translated.ref(), symbol.getKey());
        LLVMSetValueName2(function, symbol.getValue(), symbol.getValue().length());
      }
      return translated;
    } catch (RuntimeException failure) {
      translated.close();
      throw failure;
    }
  }

  /**
   * Runs irc's O2 pipeline ({@link NativeModule#optimizeO2}) on {@code translated} with an idle
   * host target machine, creating one only when every machine is busy with another compile (a
   * target machine is not thread-safe, and creating one per compile cost about a millisecond).
   */
  private void optimize(NativeModule translated) {
    NativeTargetMachine machine = machines.poll();
    if (machine == null) {
      machine = NativeTargetMachine.host();
    }
    try {
      translated.optimizeO2(machine);
    } catch (RuntimeException failure) {
      translated.close();
      throw failure;
    } finally {
      machines.push(machine);
    }
  }

  void forget(CompiledModule module) {
    open.remove(module);
  }

  /** Closes every module still open, then the JIT itself. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    List<CompiledModule> remaining;
    synchronized (open) {
      remaining = List.copyOf(open);
    }
    remaining.forEach(CompiledModule::close);
    for (NativeTargetMachine machine; (machine = machines.poll()) != null; ) {
      machine.close();
    }
    NativeErrors.check(LLVMOrcDisposeLLJIT(jit), "disposing the LLJIT");
  }
}
