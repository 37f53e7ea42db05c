package dev.irc.py.semantics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CPython 3.11's builtin exception classes and their hierarchy, for {@code except} clauses
 * (a handler for {@code ArithmeticError} catches {@code ZeroDivisionError}) and for calls that
 * create exceptions.
 *
 * <p>Only the classes whose instances behave like {@code BaseException} (any positional
 * arguments, {@code str} from the arguments) can be created by a program; the others
 * ({@code OSError} formats errno arguments, {@code SystemExit} ends the process, the Unicode
 * errors need five arguments, ...) may be named in {@code except} but not raised.
 */
public final class ExceptionTypes {
  private static final Map<String, String> PARENT = new LinkedHashMap<>();

  /** The classes whose instances need more than BaseException's behaviour (not creatable here). */
  private static final Set<String> NOT_CONSTRUCTIBLE = Set.of(
      "BaseExceptionGroup", "ExceptionGroup", "SystemExit", "KeyboardInterrupt", "GeneratorExit",
      "OSError", "EnvironmentError", "IOError", "BlockingIOError", "ChildProcessError", "ConnectionError",
      "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
      "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
      "PermissionError", "ProcessLookupError", "TimeoutError", "SyntaxError", "IndentationError", "TabError",
      "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError");

  static {
    extend("BaseException", null);
    extend("BaseExceptionGroup", "BaseException");
    extend("GeneratorExit", "BaseException");
    extend("KeyboardInterrupt", "BaseException");
    extend("SystemExit", "BaseException");
    extend("Exception", "BaseException");
    extend("ArithmeticError", "Exception");
    extend("FloatingPointError", "ArithmeticError");
    extend("OverflowError", "ArithmeticError");
    extend("ZeroDivisionError", "ArithmeticError");
    extend("AssertionError", "Exception");
    extend("AttributeError", "Exception");
    extend("BufferError", "Exception");
    extend("EOFError", "Exception");
    extend("ExceptionGroup", "BaseExceptionGroup");
    extend("ImportError", "Exception");
    extend("ModuleNotFoundError", "ImportError");
    extend("LookupError", "Exception");
    extend("IndexError", "LookupError");
    extend("KeyError", "LookupError");
    extend("MemoryError", "Exception");
    extend("NameError", "Exception");
    extend("UnboundLocalError", "NameError");
    extend("OSError", "Exception");
    for (String os : new String[] {"BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
        "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
        "ProcessLookupError", "TimeoutError"}) {
      extend(os, "OSError");
    }
    for (String connection : new String[] {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
        "ConnectionResetError"}) {
      extend(connection, "ConnectionError");
    }
    extend("ReferenceError", "Exception");
    extend("RuntimeError", "Exception");
    extend("NotImplementedError", "RuntimeError");
    extend("RecursionError", "RuntimeError");
    extend("StopAsyncIteration", "Exception");
    extend("StopIteration", "Exception");
    extend("SyntaxError", "Exception");
    extend("IndentationError", "SyntaxError");
    extend("TabError", "IndentationError");
    extend("SystemError", "Exception");
    extend("TypeError", "Exception");
    extend("ValueError", "Exception");
    extend("UnicodeError", "ValueError");
    extend("UnicodeDecodeError", "UnicodeError");
    extend("UnicodeEncodeError", "UnicodeError");
    extend("UnicodeTranslateError", "UnicodeError");
    extend("Warning", "Exception");
    for (String warning : new String[] {"BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
        "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
        "UnicodeWarning", "UserWarning"}) {
      extend(warning, "Warning");
    }
  }

  private ExceptionTypes() {}

  private static void extend(String type, String parent) {
    PARENT.put(type, parent);
  }

  /** Whether {@code name} is a builtin exception class (or one of its aliases). */
  public static boolean isException(String name) {
    return canonical(name).isPresent();
  }

  /** Whether a program may call {@code name(...)} and raise the result. */
  public static boolean isConstructible(String name) {
    return isException(name) && !NOT_CONSTRUCTIBLE.contains(name);
  }

  /** {@code issubclass(type, base)} for builtin exception class names. */
  public static boolean isSubclass(String type, String base) {
    String target = canonical(base).orElse(base);
    for (String t = canonical(type).orElse(type); t != null; t = PARENT.get(t)) {
      if (t.equals(target)) {
        return true;
      }
    }
    return false;
  }

  /** Every builtin exception class name, aliases excluded. */
  public static Set<String> names() {
    return PARENT.keySet();
  }

  /** {@code EnvironmentError} and {@code IOError} are {@code OSError} itself. */
  private static Optional<String> canonical(String name) {
    if (name.equals("EnvironmentError") || name.equals("IOError")) {
      return Optional.of("OSError");
    }
    return PARENT.containsKey(name) ? Optional.of(name) : Optional.empty();
  }
}
