package dev.irc.targets.embed;

import dev.irc.py.eval.PythonError;
import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyNone;
import dev.irc.py.semantics.PyTuple;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A function of a {@link PythonModule}, callable from Java with Python's semantics, like a
 * Numba dispatcher: each call's argument types pick a {@link PythonSpecialization}, compiled on
 * the first call with that signature and cached. Arguments are {@code Long}, {@code Integer},
 * {@code BigInteger} (int), {@code Double}, {@code Float} (float), {@code Boolean} (bool) or
 * {@code null} (None); missing trailing arguments take the function's defaults.
 *
 * <p>Results are exactly Python's. An int argument beyond 64 bits, a signature that cannot be
 * typed, or a compiled call that deoptimizes (an int result leaving 64 bits) runs on the
 * reference evaluator, which computes the exact result; an uncaught Python exception leaves as a
 * {@link PythonException}. Safe to call from many threads at once: compiled code runs in
 * parallel, evaluator calls of a module one at a time.
 */
public final class PythonFunction {
  private final PythonModule module;
  private final String name;
  private final ArgumentBinding binding;
  private final Map<List<ScalarKind>, PythonSpecialization> specializations = new ConcurrentHashMap<>();
  /** The specialization of the latest call: a monomorphic call site skips the map. */
  private volatile PythonSpecialization latest;

  PythonFunction(PythonModule module, String name, ArgumentBinding binding) {
    this.module = module;
    this.name = name;
    this.binding = binding;
  }

  /** The function's name. */
  public String name() {
    return name;
  }

  /** The names of its parameters. */
  public List<String> parameterNames() {
    return binding.parameters();
  }

  /**
   * Calls the function; gives back its result as a {@code Long} (an int within 64 bits),
   * {@code BigInteger} (an int beyond), {@code Double}, {@code Boolean}, or {@code null} for
   * None.
   *
   * @throws PythonException the call raised a Python exception (TypeError for a wrong number of
   *     arguments)
   * @throws IllegalArgumentException an argument is of a Java type with no Python counterpart
   * @throws IllegalStateException the module is closed
   */
  public Object call(Object... arguments) {
    if (arguments == null) {
      arguments = new Object[] {null}; // call(null): one None argument, not no arguments
    }
    long stamp = module.enter();
    try {
      Object[] values;
      try {
        values = binding.bind(arguments);
      } catch (PyException e) {
        throw module.exception(PythonError.of(e, List.of()));
      }
      PythonSpecialization specialization = specializationFor(values);
      if (specialization != null && specialization.isCompiled()) {
        switch (specialization.nativeEntry().call(values)) {
          case NativeEntry.Outcome.Returned returned -> {
            return returned.value();
          }
          case NativeEntry.Outcome.Raised raised -> throw module.exception(raised.error());
          case NativeEntry.Outcome.Deoptimized deopt when !deopt.restartable() ->
              throw new IllegalStateException("internal error: a guard failed at " + deopt.where() + " in " + name
                  + " after its output was written; cannot resume in the evaluator");
          case NativeEntry.Outcome.Deoptimized deopt -> { }
        }
      }
      return toJava(module.evaluate(name, Arrays.asList(values)));
    } finally {
      module.exit(stamp);
    }
  }

  /**
   * Calls the function and gives back its int result as a {@code long} (a bool counts as 0 or 1).
   *
   * @throws ArithmeticException the int does not fit in a long
   * @throws ClassCastException the result is not an int
   */
  public long callLong(Object... arguments) {
    Object result = call(arguments);
    return switch (result) {
      case Long l -> l;
      case Boolean b -> b ? 1L : 0L;
      case BigInteger b -> throw new ArithmeticException(name + " returned " + b + ", which does not fit in a long");
      case null, default -> throw notA("an int", result);
    };
  }

  /** Calls the function and gives back its int result (any size) as a {@code BigInteger}. */
  public BigInteger callBigInteger(Object... arguments) {
    Object result = call(arguments);
    return switch (result) {
      case Long l -> BigInteger.valueOf(l);
      case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
      case BigInteger b -> b;
      case null, default -> throw notA("an int", result);
    };
  }

  /**
   * Calls the function and gives back its float result.
   *
   * @throws ClassCastException the result is not a float (an int is not converted, as Python does not)
   */
  public double callDouble(Object... arguments) {
    Object result = call(arguments);
    if (result instanceof Double d) {
      return d;
    }
    throw notA("a float", result);
  }

  /** Calls the function and gives back its bool result. */
  public boolean callBoolean(Object... arguments) {
    Object result = call(arguments);
    if (result instanceof Boolean b) {
      return b;
    }
    throw notA("a bool", result);
  }

  private ClassCastException notA(String expected, Object result) {
    String got = result == null ? "None" : result instanceof BigInteger || result instanceof Long ? "an int " + result
        : result instanceof Double ? "a float " + result : result instanceof Boolean ? "a bool" : "a " + result.getClass().getSimpleName();
    return new ClassCastException(name + " returned " + got + ", not " + expected);
  }

  /**
   * The specialization for arguments of {@code argumentTypes} ({@code long.class} or another
   * integral type for int, {@code double.class} for float, {@code boolean.class} for bool,
   * {@code Void.class} for None; omitted trailing parameters take their defaults' types),
   * compiling it now if no call has yet.
   */
  public PythonSpecialization specialize(Class<?>... argumentTypes) {
    List<ScalarKind> given = Arrays.stream(argumentTypes).map(ScalarKind::ofClass).toList();
    List<ScalarKind> kinds;
    try {
      kinds = binding.bindKinds(given);
    } catch (PyException e) {
      throw new IllegalArgumentException(e.lastLine());
    }
    long stamp = module.enter();
    try {
      return specialization(kinds);
    } finally {
      module.exit(stamp);
    }
  }

  /** Whether calls with arguments of {@code argumentTypes} run as machine code; see {@link #specialize}. */
  public boolean isCompiled(Class<?>... argumentTypes) {
    return specialize(argumentTypes).isCompiled();
  }

  /** {@link PythonSpecialization#explain()} of the specialization for {@code argumentTypes}; see {@link #specialize}. */
  public String explain(Class<?>... argumentTypes) {
    return specialize(argumentTypes).explain();
  }

  /** The specializations made so far. */
  public List<PythonSpecialization> specializations() {
    return List.copyOf(specializations.values());
  }

  /** The specialization for {@code values} (Python values), or null when one is an int beyond 64 bits. */
  private PythonSpecialization specializationFor(Object[] values) {
    PythonSpecialization last = latest;
    if (last != null && last.accepts(values)) {
      return last;
    }
    ScalarKind[] kinds = new ScalarKind[values.length];
    for (int i = 0; i < values.length; i++) {
      kinds[i] = ScalarKind.of(values[i]);
      if (kinds[i] == null) {
        return null;
      }
    }
    PythonSpecialization specialization = specialization(List.of(kinds));
    latest = specialization;
    return specialization;
  }

  private PythonSpecialization specialization(List<ScalarKind> kinds) {
    return specializations.computeIfAbsent(kinds, k -> module.compiler().compile(name, k));
  }

  /** Frees the machine code of every specialization. */
  void release() {
    specializations.values().forEach(PythonSpecialization::release);
  }

  @Override
  public String toString() {
    return "<function " + name + " of " + module.fileName() + ">";
  }

  private static Object toJava(Object value) {
    return switch (value) {
      case PyNone n -> null;
      case PyTuple t -> t.items().stream().map(PythonFunction::toJava).toList();
      default -> value;
    };
  }
}
