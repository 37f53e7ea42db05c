/**
 * Embedding: Python functions called from Java. {@link dev.irc.targets.embed.PythonModule#compile}
 * parses a source and runs its top-level code once (as importing it would);
 * {@link dev.irc.targets.embed.PythonModule#function} gives a
 * {@link dev.irc.targets.embed.PythonFunction}, which is called with Java {@code long},
 * {@code double}, {@code boolean}, {@code BigInteger} or {@code null} arguments.
 *
 * <h2>Specializations</h2>
 * Like Numba's dispatcher, each argument-type signature of a function gets a
 * {@link dev.irc.targets.embed.PythonSpecialization}, made on its first call and cached: the
 * signature is typed from the function as the entry ({@code TypeInference.inferEntry}), lowered
 * by {@code py-to-arith} to {@code @f$i64(%depth, args...) -> (result, i1 status)} and compiled
 * through the compile cache ({@link dev.irc.targets.embed.SpecializationCode}: a stored shared
 * object when another run compiled the signature, else one compiled and stored now, else the
 * x86-64 JIT); Java calls it through a {@code java.lang.foreign} downcall handle with a
 * runtime bound for its upcalls and reads the status protocol. A signature that cannot be typed
 * runs on the reference evaluator ({@code explain()} says why).
 *
 * <h2>Exactness</h2>
 * Python ints are unbounded: an int argument beyond 64 bits runs the call on the evaluator; a
 * compiled call whose int leaves 64 bits deoptimizes (the status flag with a deoptimization
 * pending), its held-back output is dropped and the call reruns on the evaluator, which returns
 * the exact {@code BigInteger}. An uncaught Python exception is a
 * {@link dev.irc.targets.embed.PythonException} with CPython's traceback.
 *
 * <h2>Globals and threads</h2>
 * Compiled code reads the globals that only the top-level code assigns, as it left them; code
 * that reads or assigns a global some function assigns runs on the evaluator, which owns the
 * module's state. The evaluator runs one call at a time on its own large-stack thread (like
 * Python's global interpreter lock); compiled calls run in parallel on the callers' threads.
 */
package dev.irc.targets.embed;
