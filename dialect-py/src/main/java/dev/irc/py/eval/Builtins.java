package dev.irc.py.eval;

import dev.irc.py.semantics.ExceptionTypes;
import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.PyNone;
import dev.irc.py.semantics.PyType;
import dev.irc.py.semantics.Repr;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the builtins irc supports to their {@code py.builtin} names: the value semantics come
 * from {@link dev.irc.py.semantics.Builtins}; this class adds CPython's argument checking,
 * {@code print}'s keywords and output stream, {@code range} and iterable arguments of
 * {@code min}/{@code max}.
 */
final class Builtins {
  private Builtins() {}

  /** The builtins by name, {@code print} bound to {@code out}. */
  static Map<String, BuiltinFunction> table(PrintStream out) {
    var table = new HashMap<String, BuiltinFunction>();
    table.put("print", (args, names, values) -> print(out, args, names, values));
    table.put("abs", (args, names, values) -> dev.irc.py.semantics.Builtins.abs(exactlyOne("abs", args)));
    table.put("min", (args, names, values) -> dev.irc.py.semantics.Builtins.min(candidates("min", args)));
    table.put("max", (args, names, values) -> dev.irc.py.semantics.Builtins.max(candidates("max", args)));
    table.put("int", (args, names, values) -> args.isEmpty() ? 0L : dev.irc.py.semantics.Builtins.intOf(atMostOne("int", args)));
    table.put("float", (args, names, values) -> args.isEmpty() ? 0.0 : dev.irc.py.semantics.Builtins.floatOf(atMostOne("float", args)));
    table.put("bool", (args, names, values) -> !args.isEmpty() && dev.irc.py.semantics.Builtins.boolOf(atMostOne("bool", args)));
    table.put("round", Builtins::round);
    table.put("divmod", (args, names, values) -> {
      if (args.size() != 2) {
        throw PyException.type("divmod expected 2 arguments, got " + args.size());
      }
      return dev.irc.py.semantics.Builtins.divmod(args.get(0), args.get(1));
    });
    table.put("pow", (args, names, values) -> switch (args.size()) {
      case 2 -> dev.irc.py.semantics.Builtins.pow(args.get(0), args.get(1));
      case 3 -> dev.irc.py.semantics.Builtins.pow(args.get(0), args.get(1), args.get(2));
      default -> throw PyException.type("pow expected at least 2 arguments, got " + args.size());
    });
    table.put("range", (args, names, values) -> range(args));
    MathFunctions.register(table);
    for (String type : ExceptionTypes.names()) {
      if (ExceptionTypes.isConstructible(type)) {
        table.put(type, (args, names, values) -> PyException.of(type, args));
      }
    }
    return table;
  }

  /** {@code str(value)}, also for the evaluator's own values (ranges). */
  static String str(Object value) {
    return value instanceof RangeValue range ? range.toString() : Repr.str(value);
  }

  private static Object print(PrintStream out, List<Object> args, List<String> names, List<Object> values) {
    String sep = " ";
    String end = "\n";
    for (int i = 0; i < names.size(); i++) {
      Object value = values.get(i);
      if (value != PyNone.NONE && !(value instanceof String)) {
        throw PyException.type(names.get(i) + " must be None or a string, not " + PyType.nameOf(value));
      }
      if (value instanceof String text) {
        if (names.get(i).equals("sep")) {
          sep = text;
        } else {
          end = text;
        }
      }
    }
    var line = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        line.append(sep);
      }
      line.append(str(args.get(i)));
    }
    out.print(line.append(end));
    return PyNone.NONE;
  }

  private static Object exactlyOne(String name, List<Object> args) {
    if (args.size() != 1) {
      throw PyException.type(name + "() takes exactly one argument (" + args.size() + " given)");
    }
    return args.get(0);
  }

  private static Object atMostOne(String name, List<Object> args) {
    if (args.size() > 1) {
      throw PyException.type(name + "() takes at most 1 argument (" + args.size() + " given)");
    }
    return args.get(0);
  }

  /** The values min/max choose from: the arguments, or the items of a single iterable argument. */
  private static List<Object> candidates(String name, List<Object> args) {
    if (args.size() != 1) {
      return args;
    }
    PyIterator items = PyIterator.of(args.get(0));
    var list = new ArrayList<Object>();
    for (Object item = items.next(); item != null; item = items.next()) {
      list.add(item);
    }
    if (list.isEmpty()) {
      throw PyException.value(name + "() arg is an empty sequence");
    }
    if (list.size() == 1) {
      list.add(list.getFirst());
    }
    return list;
  }

  private static Object round(List<Object> args, List<String> names, List<Object> values) {
    if (args.isEmpty() || args.size() + values.size() > 2) {
      throw PyException.type("round() takes at most 2 arguments (" + (args.size() + values.size()) + " given)");
    }
    Object ndigits = args.size() == 2 ? args.get(1) : values.isEmpty() ? PyNone.NONE : values.get(0);
    return dev.irc.py.semantics.Builtins.round(args.get(0), ndigits);
  }

  private static Object range(List<Object> args) {
    if (args.isEmpty() || args.size() > 3) {
      throw PyException.type("range expected at least 1 argument, got " + args.size());
    }
    long[] bounds = new long[args.size()];
    for (int i = 0; i < bounds.length; i++) {
      Object value = args.get(i);
      if (!PyType.isInt(value)) {
        throw PyException.type("'" + PyType.nameOf(value) + "' object cannot be interpreted as an integer");
      }
      if (!(PyInt.of(value) instanceof Long l)) {
        throw PyException.overflow("Python int too large to convert to C ssize_t");
      }
      bounds[i] = l;
    }
    return switch (bounds.length) {
      case 1 -> new RangeValue(0, bounds[0], 1);
      case 2 -> new RangeValue(bounds[0], bounds[1], 1);
      default -> {
        if (bounds[2] == 0) {
          throw PyException.value("range() arg 3 must not be zero");
        }
        yield new RangeValue(bounds[0], bounds[1], bounds[2]);
      }
    };
  }
}
