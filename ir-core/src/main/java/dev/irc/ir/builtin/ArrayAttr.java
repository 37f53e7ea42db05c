package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;
import java.util.List;
import java.util.stream.Collectors;

/** An ordered list of attributes: {@code [1 : i64, "a"]}. */
public record ArrayAttr(List<Attribute> elements) implements Attribute {
  public ArrayAttr {
    elements = List.copyOf(elements);
  }

  @Override
  public String toString() {
    return elements.stream().map(Attribute::toString).collect(Collectors.joining(", ", "[", "]"));
  }
}
