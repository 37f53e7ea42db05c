/**
 * {@code irc run} on the x86-64 JIT: the stages after {@code py-to-arith}
 * ({@link dev.irc.targets.run.JitPipeline}: canonicalize, cse, the IR runtime linked in with the
 * run's context threaded through every function, out-parameters for multi-result functions,
 * convert-to-llvm, LLVM O2), the host functions and the run
 * ({@link dev.irc.targets.run.JitProgramRunner}) under the status protocol shared with the IR
 * interpreter ({@link dev.irc.py.conversion.toarith.runtime.StatusProtocol}).
 *
 * <h2>The runtime is IR; a few helpers are still Java</h2>
 * Printing (CPython's float repr included), raising, tracebacks, deoptimization, globals and the
 * simple fallible helpers are IR ({@link dev.irc.targets.runtime.IrRuntime}), compiled and
 * optimized with each program; their state is a per-run native context
 * ({@link dev.irc.targets.runtime.RunContext}). The host provides {@code irc_host_write} (output
 * to the run's Java stream) and, until they are written as IR, the math helpers with CPython's
 * error rules ({@code irc_math_*}, {@code irc_math2_*}, {@code irc_float_pow}), bound by
 * {@link dev.irc.targets.run.RuntimeUpcalls} to their
 * {@link dev.irc.py.conversion.toarith.runtime.JavaRuntime} implementations.
 */
package dev.irc.targets.run;
