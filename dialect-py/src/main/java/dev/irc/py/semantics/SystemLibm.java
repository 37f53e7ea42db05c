package dev.irc.py.semantics;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The platform C math library (glibc's {@code libm} on Linux), called through
 * {@code java.lang.foreign}. CPython computes {@code math.exp}, {@code math.log}, {@code **} and
 * friends with this library, and results may differ from Java's fdlibm ({@link StrictMath}) in
 * the last bit, which changes printed digits; calling the same library gives the same bits.
 *
 * <p>Where no libm can be loaded (not Linux), each function falls back to {@link StrictMath}.
 * The JVM must allow native access ({@code --enable-native-access=ALL-UNNAMED}; the launchers and
 * the build set it).
 */
final class SystemLibm {
  private static final SymbolLookup LIBM = load();

  static final MethodHandle EXP = unary("exp");
  static final MethodHandle EXPM1 = unary("expm1");
  static final MethodHandle LOG = unary("log");
  static final MethodHandle LOG2 = unary("log2");
  static final MethodHandle LOG10 = unary("log10");
  static final MethodHandle LOG1P = unary("log1p");
  static final MethodHandle SIN = unary("sin");
  static final MethodHandle COS = unary("cos");
  static final MethodHandle TAN = unary("tan");
  static final MethodHandle ASIN = unary("asin");
  static final MethodHandle ACOS = unary("acos");
  static final MethodHandle ATAN = unary("atan");
  static final MethodHandle SINH = unary("sinh");
  static final MethodHandle COSH = unary("cosh");
  static final MethodHandle TANH = unary("tanh");
  static final MethodHandle ATAN2 = binary("atan2");
  static final MethodHandle POW = binary("pow");

  private SystemLibm() {}

  static double exp(double x) {
    return call(EXP, x, StrictMath::exp);
  }

  static double expm1(double x) {
    return call(EXPM1, x, StrictMath::expm1);
  }

  static double log(double x) {
    return call(LOG, x, StrictMath::log);
  }

  static double log2(double x) {
    return call(LOG2, x, v -> StrictMath.log(v) / StrictMath.log(2.0));
  }

  static double log10(double x) {
    return call(LOG10, x, StrictMath::log10);
  }

  static double log1p(double x) {
    return call(LOG1P, x, StrictMath::log1p);
  }

  static double sin(double x) {
    return call(SIN, x, StrictMath::sin);
  }

  static double cos(double x) {
    return call(COS, x, StrictMath::cos);
  }

  static double tan(double x) {
    return call(TAN, x, StrictMath::tan);
  }

  static double asin(double x) {
    return call(ASIN, x, StrictMath::asin);
  }

  static double acos(double x) {
    return call(ACOS, x, StrictMath::acos);
  }

  static double atan(double x) {
    return call(ATAN, x, StrictMath::atan);
  }

  static double sinh(double x) {
    return call(SINH, x, StrictMath::sinh);
  }

  static double cosh(double x) {
    return call(COSH, x, StrictMath::cosh);
  }

  static double tanh(double x) {
    return call(TANH, x, StrictMath::tanh);
  }

  static double atan2(double y, double x) {
    if (ATAN2 == null) {
      return StrictMath.atan2(y, x);
    }
    try {
      return (double) ATAN2.invokeExact(y, x);
    } catch (Throwable e) {
      throw new IllegalStateException("libm atan2 failed", e);
    }
  }

  static double pow(double x, double y) {
    if (POW == null) {
      return StrictMath.pow(x, y);
    }
    try {
      return (double) POW.invokeExact(x, y);
    } catch (Throwable e) {
      throw new IllegalStateException("libm pow failed", e);
    }
  }

  private static double call(MethodHandle handle, double x, java.util.function.DoubleUnaryOperator fallback) {
    if (handle == null) {
      return fallback.applyAsDouble(x);
    }
    try {
      return (double) handle.invokeExact(x);
    } catch (Throwable e) {
      throw new IllegalStateException("libm call failed", e);
    }
  }

  private static SymbolLookup load() {
    for (String name : new String[] {"libm.so.6", "libm.dylib", "libm.so"}) {
      try {
        return SymbolLookup.libraryLookup(name, Arena.global());
      } catch (IllegalArgumentException notFound) {
        // try the next name
      }
    }
    return null;
  }

  private static MethodHandle unary(String name) {
    return handle(name, FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE));
  }

  private static MethodHandle binary(String name) {
    return handle(name, FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE));
  }

  private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
    if (LIBM == null) {
      return null;
    }
    Optional<java.lang.foreign.MemorySegment> symbol = LIBM.find(name);
    return symbol.map(address -> Linker.nativeLinker().downcallHandle(address, descriptor, Linker.Option.critical(false)))
        .orElse(null);
  }
}
