package dev.irc.ir.text;

import dev.irc.ir.Attribute;
import dev.irc.ir.Type;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The token-level parsing services shared by dialect type/attribute parsers and custom op
 * syntax. Every {@code parseX} either consumes what it names or throws a located
 * {@link DiagnosticException}; every {@code parseOptionalX} consumes it only if present.
 */
public interface DialectAsmParser {
  /** The location of the next token. */
  Location currentLocation();

  /** An error at the next token, to be thrown by the caller. */
  DiagnosticException error(String message);

  /** Consumes the punctuation {@code spelling} ({@code (}, {@code ,}, {@code ->}, ...). */
  void parsePunctuation(String spelling);

  boolean parseOptionalPunctuation(String spelling);

  /** Consumes the bare keyword {@code keyword}. */
  void parseKeyword(String keyword);

  boolean parseOptionalKeyword(String keyword);

  /** Consumes and returns any bare identifier. */
  String parseIdentifier();

  Optional<String> parseOptionalIdentifier();

  /** Consumes an integer literal, with an optional leading minus sign. */
  BigInteger parseInteger();

  Optional<BigInteger> parseOptionalInteger();

  String parseString();

  Type parseType();

  Optional<Type> parseOptionalType();

  Attribute parseAttribute();

  /** {@code (T, U)} with possibly no elements. */
  default List<Type> parseParenTypeList() {
    parsePunctuation("(");
    var types = new java.util.ArrayList<Type>();
    if (!parseOptionalPunctuation(")")) {
      do {
        types.add(parseType());
      } while (parseOptionalPunctuation(","));
      parsePunctuation(")");
    }
    return types;
  }

  /** A non-empty comma-separated type list without delimiters. */
  default List<Type> parseTypeList() {
    var types = new java.util.ArrayList<Type>();
    do {
      types.add(parseType());
    } while (parseOptionalPunctuation(","));
    return types;
  }
}
