package dev.irc.py.eval;

import dev.irc.py.semantics.PyException;

/** The storage of one module global, resolved once per {@code py.global_load/store} op. */
final class GlobalCell {
  private final String name;
  private Object value;

  GlobalCell(String name) {
    this.name = name;
  }

  Object load() {
    if (value == null) {
      throw new PyException("NameError", "name '" + name + "' is not defined");
    }
    return value;
  }

  /** The current value, or null while unbound. */
  Object value() {
    return value;
  }

  void store(Object newValue) {
    value = newValue;
  }

  /** Unbinds the global, as {@code del} does. */
  void delete() {
    value = null;
  }
}
