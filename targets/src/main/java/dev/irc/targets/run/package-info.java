/**
 * {@code irc run} on the x86-64 JIT: the stages after {@code py-to-arith}
 * ({@link dev.irc.targets.run.JitPipeline}: canonicalize, cse, out-parameters for multi-result
 * functions, convert-to-llvm, LLVM O2), the runtime binding and the run
 * ({@link dev.irc.targets.run.JitProgramRunner}) under the status protocol shared with the IR
 * interpreter ({@link dev.irc.py.conversion.toarith.runtime.StatusProtocol}).
 *
 * <h2>The runtime is Java, for now</h2>
 * Compiled code calls the runtime ABI ({@code irc_print_*}, {@code irc_raise/deopt/traceback},
 * {@code irc_global_*}, the fallible helpers) through {@code java.lang.foreign} upcall stubs
 * bound to {@link dev.irc.py.conversion.toarith.runtime.JavaRuntime}, the same implementation
 * the IR interpreter uses, so both engines print identically; libm functions ({@code floor},
 * {@code fabs}) resolve from the process. This is a stopgap: DESIGN §6 wants the runtime
 * generated as IR so AOT targets (aarch64, riscv64, wasm32) link the same runtime without a
 * JVM; that is the next step. Until then every runtime call is an upcall (tens of nanoseconds),
 * which matters for module-level loops over globals ({@code irc_global_get/set} per access) and
 * for print-heavy programs, not for kernels in functions.
 */
package dev.irc.targets.run;
