package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;
import dev.irc.ir.Type;

/** A type used as an attribute, e.g. a function's signature {@code function_type = (i64) -> i64}. */
public record TypeAttr(Type type) implements Attribute {
  @Override
  public String toString() {
    return type.toString();
  }
}
