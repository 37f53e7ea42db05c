/**
 * irc's compile cache: a second {@code irc run} of a program skips the front end, the compiler
 * and LLVM, and runs the machine code stored by the first.
 *
 * <ul>
 *   <li>{@link dev.irc.targets.cache.CacheKey}: SHA-256 of the source, its name, the build of irc
 *       ({@code BuildIdentity}), the host CPU and the options; computed without LLVM.
 *   <li>{@link dev.irc.targets.cache.SharedObjectCompiler}: on a miss, the program after LLVM's O2
 *       as a position-independent object, linked by the bundled {@code lld} into a shared object
 *       that has no undefined host symbol (the host write is called through the run's context).
 *   <li>{@link dev.irc.targets.cache.CompileCache}: the private, self-checking, bounded directory
 *       of entries ({@code EntryFormat}: shared object, {@link dev.irc.targets.cache.ProgramMetadata},
 *       footer with a SHA-256), written atomically.
 *   <li>{@link dev.irc.targets.cache.CachedProgramRunner}: on a hit, the shared object opened with
 *       {@code java.lang.foreign} and {@code @__main__} called under the status protocol; the
 *       classes of a hit never touch LLVM.
 * </ul>
 */
package dev.irc.targets.cache;
