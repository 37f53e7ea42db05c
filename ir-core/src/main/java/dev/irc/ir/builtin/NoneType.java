package dev.irc.ir.builtin;

import dev.irc.ir.Type;

/** The unit type {@code none}, for values that carry no information. */
public record NoneType() implements Type {
  public static final NoneType NONE = new NoneType();

  @Override
  public String toString() {
    return "none";
  }
}
