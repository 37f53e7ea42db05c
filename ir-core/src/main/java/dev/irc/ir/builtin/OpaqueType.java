package dev.irc.ir.builtin;

import dev.irc.ir.Type;

/** A type of a dialect that is not registered, kept as its text ({@code !foo.bar<...>}); only with unregistered dialects allowed. */
public record OpaqueType(String dialect, String body) implements Type {
  @Override
  public String toString() {
    return "!" + dialect + "." + body;
  }
}
