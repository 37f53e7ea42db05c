package dev.irc.targets.embed;

import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.PyNone;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the Java arguments of a call to a Python function's parameters, as a Python call with
 * positional arguments does: converts each value ({@code Long}/{@code Integer}/{@code BigInteger}
 * to int, {@code Double}/{@code Float} to float, {@code Boolean} to bool, {@code null} to None),
 * fills the constant defaults of missing trailing parameters and raises CPython's TypeError for
 * too many or too few arguments.
 */
final class ArgumentBinding {
  private final String function;
  private final List<String> parameters;
  /** Python values of the defaults of the last {@code defaults.size()} parameters. */
  private final List<Object> defaults;

  ArgumentBinding(String function, List<String> parameters, List<Object> defaults) {
    this.function = function;
    this.parameters = List.copyOf(parameters);
    this.defaults = List.copyOf(defaults);
  }

  List<String> parameters() {
    return parameters;
  }

  /** The full argument list as Python values; throws {@link PyException} (TypeError) for a wrong count. */
  Object[] bind(Object[] arguments) {
    checkCount(arguments.length);
    Object[] values = new Object[parameters.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = i < arguments.length ? toPython(arguments[i], i) : defaultOf(i);
    }
    return values;
  }

  /** The kinds of the full argument list of a call whose given arguments have {@code given} kinds. */
  List<ScalarKind> bindKinds(List<ScalarKind> given) {
    checkCount(given.size());
    var kinds = new ArrayList<>(given);
    for (int i = given.size(); i < parameters.size(); i++) {
      ScalarKind kind = ScalarKind.of(defaultOf(i));
      if (kind == null) {
        throw new IllegalArgumentException(function + "(): the default of '" + parameters.get(i)
            + "' is an int beyond 64 bits, so calls that omit it run on the evaluator");
      }
      kinds.add(kind);
    }
    return kinds;
  }

  private Object defaultOf(int parameter) {
    return defaults.get(parameter - (parameters.size() - defaults.size()));
  }

  private void checkCount(int given) {
    int total = parameters.size();
    int required = total - defaults.size();
    if (given > total) {
      String takes = required == total ? Integer.toString(total) : "from " + required + " to " + total;
      throw PyException.type(function + "() takes " + takes + " positional argument"
          + (total == 1 && required == total ? "" : "s") + " but " + given + (given == 1 ? " was" : " were") + " given");
    }
    if (given < required) {
      List<String> missing = parameters.subList(given, required).stream().map(p -> "'" + p + "'").toList();
      throw PyException.type(function + "() missing " + missing.size() + " required positional argument"
          + (missing.size() == 1 ? "" : "s") + ": " + englishList(missing));
    }
  }

  /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}: CPython's list of missing names. */
  private static String englishList(List<String> names) {
    if (names.size() == 1) {
      return names.getFirst();
    }
    if (names.size() == 2) {
      return names.get(0) + " and " + names.get(1);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.getLast();
  }

  private Object toPython(Object value, int parameter) {
    return switch (value) {
      case null -> PyNone.NONE;
      case Long l -> l;
      case Integer i -> (long) i;
      case Short s -> (long) s;
      case Byte b -> (long) b;
      case BigInteger b -> PyInt.normalize(b);
      case Double d -> d;
      case Float f -> (double) f;
      case Boolean b -> b;
      default -> throw new IllegalArgumentException(function + "(): cannot pass a " + value.getClass().getName()
          + " as '" + parameters.get(parameter)
          + "'; Python arguments are Long, Integer, BigInteger (int), Double, Float (float), Boolean (bool) or null (None)");
    };
  }
}
