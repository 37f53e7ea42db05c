package dev.irc.ir.builtin;

import dev.irc.ir.Type;

/** The target's pointer-sized integer used for sizes and indices ({@code index}). */
public record IndexType() implements Type {
  public static final IndexType INDEX = new IndexType();

  @Override
  public String toString() {
    return "index";
  }
}
