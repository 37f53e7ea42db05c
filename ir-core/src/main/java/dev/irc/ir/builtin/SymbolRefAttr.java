package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;
import java.util.List;

/** A reference to a symbol by name, {@code @f}, or a nested path {@code @module::@f}. */
public record SymbolRefAttr(String root, List<String> nested) implements Attribute {
  public SymbolRefAttr {
    nested = List.copyOf(nested);
  }

  public static SymbolRefAttr of(String name) {
    return new SymbolRefAttr(name, List.of());
  }

  /** The last name of the path, the symbol itself. */
  public String leaf() {
    return nested.isEmpty() ? root : nested.getLast();
  }

  @Override
  public String toString() {
    var out = new StringBuilder(symbolName(root));
    for (String name : nested) {
      out.append("::").append(symbolName(name));
    }
    return out.toString();
  }

  /** {@code @name} when {@code name} is a bare identifier, else {@code @"quoted name"}. */
  public static String symbolName(String name) {
    return "@" + (isBareIdentifier(name) ? name : StringAttr.quote(name));
  }

  static boolean isBareIdentifier(String name) {
    char first = name.isEmpty() ? 0 : name.charAt(0);
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.'))) {
        return false;
      }
    }
    return true;
  }
}
