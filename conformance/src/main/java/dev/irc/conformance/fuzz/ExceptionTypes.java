package dev.irc.conformance.fuzz;

import java.util.Collection;
import java.util.List;

/**
 * The built-in exception classes generated programs raise and catch, so that the generator knows which {@code except} clause catches which
 * {@code raise} (and mostly raises what an enclosing handler catches, keeping most programs
 * running to the end). Every exception a generated program raises is an {@code Exception}, so
 * the generator treats a bare {@code except:} as {@code except Exception:}.
 */
final class ExceptionTypes {
  /** The classes a {@code raise} or an {@code except} names. */
  static final List<String> NAMES = List.of("ValueError", "TypeError", "ZeroDivisionError", "OverflowError",
      "ArithmeticError", "RuntimeError", "AssertionError", "IndexError", "KeyError", "NotImplementedError",
      "LookupError", "Exception");
  /** The root of {@link #NAMES}: what a bare {@code except:} amounts to here. */
  static final String ANY = "Exception";

  private ExceptionTypes() {}

  /** Whether {@code except handler:} catches every exception of class {@code raised} (CPython's hierarchy). */
  static boolean catches(String handler, String raised) {
    return dev.irc.py.semantics.ExceptionTypes.isSubclass(raised, handler);
  }

  /** Whether one of the {@code handlers} catches {@code raised}. */
  static boolean caughtBy(Collection<String> handlers, String raised) {
    return handlers.stream().anyMatch(h -> catches(h, raised));
  }

  /** The classes of {@link #NAMES} that one of the {@code handlers} catches. */
  static List<String> caughtBy(Collection<String> handlers) {
    return NAMES.stream().filter(n -> caughtBy(handlers, n)).toList();
  }
}
