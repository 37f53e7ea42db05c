package dev.irc.ir;

import java.util.Objects;

/** A name bound to an attribute, one entry of an operation's attribute dictionary. */
public record NamedAttribute(String name, Attribute value) {
  public NamedAttribute {
    Objects.requireNonNull(name);
    Objects.requireNonNull(value);
  }
}
