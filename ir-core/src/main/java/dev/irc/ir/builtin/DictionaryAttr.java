package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;
import dev.irc.ir.NamedAttribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An immutable set of named attributes sorted by name: {@code {a = 1 : i64, flag}}. It is also
 * how an operation holds its attributes, so that attribute sets compare and hash as values.
 */
public record DictionaryAttr(List<NamedAttribute> entries) implements Attribute {
  public static final DictionaryAttr EMPTY = new DictionaryAttr(List.of());

  public DictionaryAttr {
    var sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(NamedAttribute::name));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
        throw new IllegalArgumentException("duplicate attribute name '" + sorted.get(i).name() + "'");
      }
    }
    entries = List.copyOf(sorted);
  }

  public Optional<Attribute> get(String name) {
    for (NamedAttribute entry : entries) {
      if (entry.name().equals(name)) {
        return Optional.of(entry.value());
      }
    }
    return Optional.empty();
  }

  public boolean contains(String name) {
    return get(name).isPresent();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** A copy with {@code name} bound to {@code value} (replacing any old binding). */
  public DictionaryAttr with(String name, Attribute value) {
    var copy = new ArrayList<NamedAttribute>(entries.size() + 1);
    for (NamedAttribute entry : entries) {
      if (!entry.name().equals(name)) {
        copy.add(entry);
      }
    }
    copy.add(new NamedAttribute(name, value));
    return new DictionaryAttr(copy);
  }

  /** A copy without {@code name}. */
  public DictionaryAttr without(String name) {
    return new DictionaryAttr(entries.stream().filter(e -> !e.name().equals(name)).toList());
  }

  @Override
  public String toString() {
    var out = new StringBuilder("{");
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      NamedAttribute entry = entries.get(i);
      out.append(attributeName(entry.name()));
      if (!(entry.value() instanceof UnitAttr)) {
        out.append(" = ").append(entry.value());
      }
    }
    return out.append('}').toString();
  }

  /** A name as a dictionary key: bare when it is an identifier, else quoted. */
  public static String attributeName(String name) {
    return SymbolRefAttr.isBareIdentifier(name) ? name : StringAttr.quote(name);
  }
}
