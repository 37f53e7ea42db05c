package dev.irc.targets.embed;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One argument-type signature of a {@link PythonFunction}, like an entry of Numba's dispatcher:
 * either compiled to machine code (as {@code @fib$i64}) or, when the function cannot be typed
 * for these argument types, run on the reference evaluator. Made on the first call with the
 * signature (or by {@link PythonFunction#specialize}) and reused by every later one.
 * {@link #explain()} says which, and why not.
 */
public final class PythonSpecialization {
  private final String function;
  private final List<ScalarKind> kinds;
  private final NativeEntry entry;
  private final String symbol;
  private final String explanation;

  PythonSpecialization(String function, List<ScalarKind> kinds, NativeEntry entry, String symbol, String explanation) {
    this.function = function;
    this.kinds = List.copyOf(kinds);
    this.entry = entry;
    this.symbol = symbol;
    this.explanation = explanation;
  }

  /**
   * The argument types: {@code long.class} for an int (within 64 bits), {@code double.class}
   * for a float, {@code boolean.class} for a bool, {@code Void.class} for None.
   */
  public List<Class<?>> argumentTypes() {
    return kinds.stream().<Class<?>>map(k -> k.javaType).toList();
  }

  /** Whether calls with this signature run as machine code (else on the reference evaluator). */
  public boolean isCompiled() {
    return entry != null;
  }

  /** The symbol of the compiled function, e.g. {@code fib$i64}; empty when not compiled. */
  public Optional<String> symbol() {
    return Optional.ofNullable(symbol);
  }

  /**
   * Whether it is compiled, as which function, and for every function the call reaches its
   * typing, or the reasons (with {@code file:line:col}) it is not compiled.
   */
  public String explain() {
    return explanation;
  }

  @Override
  public String toString() {
    return signature(function, kinds) + (isCompiled() ? ": compiled as @" + symbol : ": runs on the reference evaluator");
  }

  /** {@code fib(int, float)}: a signature as the explanations spell it. */
  static String signature(String function, List<ScalarKind> kinds) {
    return function + kinds.stream().map(k -> k.pythonName).collect(Collectors.joining(", ", "(", ")"));
  }

  /** Whether {@code values} (Python values) have exactly this signature's kinds. */
  boolean accepts(Object[] values) {
    if (values.length != kinds.size()) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (ScalarKind.of(values[i]) != kinds.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The machine code, or null when the signature runs on the evaluator. */
  NativeEntry nativeEntry() {
    return entry;
  }

  /** Frees the machine code, if any. */
  void release() {
    if (entry != null) {
      entry.close();
    }
  }

  /** Whether the machine code is freed (true when there is none). */
  boolean isReleased() {
    return entry == null || entry.isClosed();
  }
}
