/**
 * The irc runtime as IR ({@code runtime.mlir}, loaded by {@link dev.irc.targets.runtime.IrRuntime}):
 * what compiled Python programs call to print with CPython's formatting, raise, unwind,
 * deoptimize and keep module globals. It is linked into each program before LLVM's optimizer,
 * takes the run's context ({@link dev.irc.targets.runtime.RunContext}) as first argument, and
 * calls only libc and the host's write ({@link dev.irc.targets.runtime.HostWrite}, through a
 * pointer in the context), so every target can compile it.
 */
package dev.irc.targets.runtime;
