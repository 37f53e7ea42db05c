package dev.irc.passes.rules;

import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerType;

/**
 * A type as a rule writes it after a colon: a builtin type ({@code i64}), a class of types
 * ({@code int}, {@code float}), a type variable ({@code T}) or, in results, the type of a bound
 * value ({@code type(x)}). In patterns it constrains a type; in results it computes one.
 */
public sealed interface TypeExpr {
  /** Any type: no annotation. */
  record AnyType() implements TypeExpr {}

  /** Exactly {@code type}. */
  record Exact(Type type) implements TypeExpr {}

  /** Every type of a class: {@code int} (integers and index) or {@code float}. */
  record TypeClass(String name) implements TypeExpr {
    /** Whether {@code type} belongs to this class. */
    public boolean contains(Type type) {
      return switch (name) {
        case "int" -> type instanceof IntegerType || type instanceof IndexType;
        case "float" -> type instanceof FloatType;
        default -> false;
      };
    }
  }

  /** A type variable: bound by its first occurrence in a pattern, equal at every other one. */
  record Variable(String name) implements TypeExpr {}

  /** The type of the bound value {@code value} (results only). */
  record TypeOf(String value) implements TypeExpr {}

  TypeExpr ANY = new AnyType();
}
