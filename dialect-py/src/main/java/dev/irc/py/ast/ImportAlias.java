package dev.irc.py.ast;

import java.util.Optional;

/**
 * One imported name, {@code name} or {@code name as asName}, in an {@code import} or
 * {@code from ... import} statement.
 */
public record ImportAlias(String name, Optional<String> asName, Span span) implements Node {

  /** The name this import binds in the importing scope. */
  public String boundName() {
    return asName.orElse(name);
  }
}
