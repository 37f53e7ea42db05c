package dev.irc.passes.rules;

import dev.irc.ir.Attribute;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a match has bound so far: values, attributes and types by variable name. Bindings are
 * undone to a {@link #mark()} when a branch of the match fails (the second operand order of
 * a commutative op is tried from the same state as the first).
 */
final class Bindings {
  private final Map<String, Value> values = new HashMap<>();
  private final Map<String, Attribute> attributes = new HashMap<>();
  private final Map<String, Type> types = new HashMap<>();
  private final List<Map<String, ?>> undoMaps = new ArrayList<>();
  private final List<String> undoKeys = new ArrayList<>();

  Value value(String name) {
    return values.get(name);
  }

  Attribute attribute(String name) {
    return attributes.get(name);
  }

  Type type(String name) {
    return types.get(name);
  }

  /** Binds {@code name} to {@code value}, or checks it is already bound to that very value. */
  boolean bindValue(String name, Value value) {
    return bind(values, name, value);
  }

  boolean bindAttribute(String name, Attribute attribute) {
    return bind(attributes, name, attribute);
  }

  boolean bindType(String name, Type type) {
    return bind(types, name, type);
  }

  private <T> boolean bind(Map<String, T> map, String name, T value) {
    T bound = map.get(name);
    if (bound != null) {
      return value instanceof Value ? bound == value : bound.equals(value);
    }
    map.put(name, value);
    undoMaps.add(map);
    undoKeys.add(name);
    return true;
  }

  /** The current state, to {@link #reset} to. */
  int mark() {
    return undoKeys.size();
  }

  /** Forgets every binding made after {@code mark}. */
  void reset(int mark) {
    for (int i = undoKeys.size() - 1; i >= mark; i--) {
      undoMaps.remove(i).remove(undoKeys.remove(i));
    }
  }
}
