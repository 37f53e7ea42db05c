/**
 * {@code irc run} on the x86-64 JIT: the stages after {@code py-to-arith}
 * ({@link dev.irc.targets.run.JitPipeline}: canonicalize, cse, the IR runtime linked in with the
 * run's context threaded through every function,
 * convert-to-llvm, LLVM O2), the host function and the run
 * ({@link dev.irc.targets.run.JitProgramRunner}) under the status protocol shared with the IR
 * interpreter ({@link dev.irc.py.conversion.toarith.runtime.StatusProtocol}).
 *
 * <h2>The runtime is IR</h2>
 * Printing (CPython's float repr included), raising, tracebacks, deoptimization, globals and the
 * fallible helpers (int division, rounding, the math module, float power, with CPython's error
 * rules) are IR ({@link dev.irc.targets.runtime.IrRuntime}), compiled and optimized with each
 * program; their state is a per-run native context
 * ({@link dev.irc.targets.runtime.RunContext}). The host provides only the host write
 * (output to the run's Java stream), an upcall stub whose address is in the context
 * ({@link dev.irc.targets.runtime.HostWrite}).
 */
package dev.irc.targets.run;
