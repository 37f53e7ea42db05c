package dev.irc.py.semantics;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

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
 * <p>Where no libm can be loaded (not Linux), each function falls back to {@link StrictMath}
 * (those StrictMath lacks, such as {@code erf}, then throw).
 * The JVM must allow native access ({@code --enable-native-access=ALL-UNNAMED}; the launchers and
 * the build set it).
 */
public final class SystemLibm {
  private static final SymbolLookup LIBM = load();

  static final MethodHandle EXP = unaryHandle("exp");
  static final MethodHandle EXPM1 = unaryHandle("expm1");
  static final MethodHandle LOG = unaryHandle("log");
  static final MethodHandle LOG2 = unaryHandle("log2");
  static final MethodHandle LOG10 = unaryHandle("log10");
  static final MethodHandle LOG1P = unaryHandle("log1p");
  static final MethodHandle SIN = unaryHandle("sin");
  static final MethodHandle COS = unaryHandle("cos");
  static final MethodHandle TAN = unaryHandle("tan");
  static final MethodHandle ASIN = unaryHandle("asin");
  static final MethodHandle ACOS = unaryHandle("acos");
  static final MethodHandle ATAN = unaryHandle("atan");
  static final MethodHandle SINH = unaryHandle("sinh");
  static final MethodHandle COSH = unaryHandle("cosh");
  static final MethodHandle TANH = unaryHandle("tanh");
  static final MethodHandle ASINH = unaryHandle("asinh");
  static final MethodHandle ACOSH = unaryHandle("acosh");
  static final MethodHandle ATANH = unaryHandle("atanh");
  static final MethodHandle CBRT = unaryHandle("cbrt");
  static final MethodHandle EXP2 = unaryHandle("exp2");
  static final MethodHandle ERF = unaryHandle("erf");
  static final MethodHandle ERFC = unaryHandle("erfc");
  static final MethodHandle ATAN2 = binaryHandle("atan2");
  static final MethodHandle NEXTAFTER = binaryHandle("nextafter");
  static final MethodHandle LDEXP = handle("ldexp", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_INT));
  static final MethodHandle POW = binaryHandle("pow");

  private SystemLibm() {}

  /** The names {@link #function} knows. */
  public static final java.util.Set<String> UNARY_FUNCTIONS = java.util.Set.of("exp", "expm1", "log", "log2", "log10",
      "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "sqrt", "asinh", "acosh", "atanh",
      "cbrt", "exp2", "erf", "erfc");

  /** The libm function {@code name} of one double (one of the functions above), or null if there is none. */
  public static java.util.function.DoubleUnaryOperator function(String name) {
    return switch (name) {
      case "exp" -> SystemLibm::exp;
      case "expm1" -> SystemLibm::expm1;
      case "log" -> SystemLibm::log;
      case "log2" -> SystemLibm::log2;
      case "log10" -> SystemLibm::log10;
      case "log1p" -> SystemLibm::log1p;
      case "sin" -> SystemLibm::sin;
      case "cos" -> SystemLibm::cos;
      case "tan" -> SystemLibm::tan;
      case "asin" -> SystemLibm::asin;
      case "acos" -> SystemLibm::acos;
      case "atan" -> SystemLibm::atan;
      case "sinh" -> SystemLibm::sinh;
      case "cosh" -> SystemLibm::cosh;
      case "tanh" -> SystemLibm::tanh;
      case "sqrt" -> Math::sqrt;
      case "asinh" -> SystemLibm::asinh;
      case "acosh" -> SystemLibm::acosh;
      case "atanh" -> SystemLibm::atanh;
      case "cbrt" -> SystemLibm::cbrt;
      case "exp2" -> SystemLibm::exp2;
      case "erf" -> SystemLibm::erf;
      case "erfc" -> SystemLibm::erfc;
      default -> null;
    };
  }

  public static double exp(double x) {
    return call(EXP, x, StrictMath::exp);
  }

  public static double expm1(double x) {
    return call(EXPM1, x, StrictMath::expm1);
  }

  public static double log(double x) {
    return call(LOG, x, StrictMath::log);
  }

  public static double log2(double x) {
    return call(LOG2, x, v -> StrictMath.log(v) / StrictMath.log(2.0));
  }

  public static double log10(double x) {
    return call(LOG10, x, StrictMath::log10);
  }

  public static double log1p(double x) {
    return call(LOG1P, x, StrictMath::log1p);
  }

  public static double sin(double x) {
    return call(SIN, x, StrictMath::sin);
  }

  public static double cos(double x) {
    return call(COS, x, StrictMath::cos);
  }

  public static double tan(double x) {
    return call(TAN, x, StrictMath::tan);
  }

  public static double asin(double x) {
    return call(ASIN, x, StrictMath::asin);
  }

  public static double acos(double x) {
    return call(ACOS, x, StrictMath::acos);
  }

  public static double atan(double x) {
    return call(ATAN, x, StrictMath::atan);
  }

  public static double sinh(double x) {
    return call(SINH, x, StrictMath::sinh);
  }

  public static double cosh(double x) {
    return call(COSH, x, StrictMath::cosh);
  }

  public static double tanh(double x) {
    return call(TANH, x, StrictMath::tanh);
  }

  public static double asinh(double x) {
    return call(ASINH, x, SystemLibm::unavailable);
  }

  public static double acosh(double x) {
    return call(ACOSH, x, SystemLibm::unavailable);
  }

  public static double atanh(double x) {
    return call(ATANH, x, SystemLibm::unavailable);
  }

  public static double cbrt(double x) {
    return call(CBRT, x, StrictMath::cbrt);
  }

  public static double exp2(double x) {
    return call(EXP2, x, v -> StrictMath.pow(2.0, v));
  }

  public static double erf(double x) {
    return call(ERF, x, SystemLibm::unavailable);
  }

  public static double erfc(double x) {
    return call(ERFC, x, SystemLibm::unavailable);
  }

  /** C's {@code nextafter(x, y)}; Java's {@link Math#nextAfter} where no libm is loaded. */
  public static double nextafter(double x, double y) {
    if (NEXTAFTER == null) {
      return Math.nextAfter(x, y);
    }
    try {
      return (double) NEXTAFTER.invokeExact(x, y);
    } catch (Throwable e) {
      throw new IllegalStateException("libm nextafter failed", e);
    }
  }

  /** C's {@code ldexp(x, e)}: x * 2**e, rounded once. */
  public static double ldexp(double x, int e) {
    if (LDEXP == null) {
      return Math.scalb(x, e);
    }
    try {
      return (double) LDEXP.invokeExact(x, e);
    } catch (Throwable t) {
      throw new IllegalStateException("libm ldexp failed", t);
    }
  }

  public static double atan2(double y, double x) {
    if (ATAN2 == null) {
      return StrictMath.atan2(y, x);
    }
    try {
      return (double) ATAN2.invokeExact(y, x);
    } catch (Throwable e) {
      throw new IllegalStateException("libm atan2 failed", e);
    }
  }

  public static double pow(double x, double y) {
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

  /** The fallback of functions Java's StrictMath does not have. */
  private static double unavailable(double x) {
    throw new UnsupportedOperationException("this function needs the C math library, which could not be loaded");
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

  private static MethodHandle unaryHandle(String name) {
    return handle(name, FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE));
  }

  private static MethodHandle binaryHandle(String name) {
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
