package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;

/** An attribute whose presence is the information ({@code unit}; a bare name in a dictionary). */
public record UnitAttr() implements Attribute {
  public static final UnitAttr UNIT = new UnitAttr();

  @Override
  public String toString() {
    return "unit";
  }
}
