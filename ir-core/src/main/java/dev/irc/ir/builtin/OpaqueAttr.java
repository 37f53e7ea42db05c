package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;

/** An attribute of a dialect that is not registered, kept as its text ({@code #foo.bar<...>}). */
public record OpaqueAttr(String dialect, String body) implements Attribute {
  @Override
  public String toString() {
    return "#" + dialect + "." + body;
  }
}
