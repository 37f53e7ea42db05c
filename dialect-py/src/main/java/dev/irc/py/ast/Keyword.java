package dev.irc.py.ast;

/**
 * A keyword argument {@code name=value} of a call, such as {@code sep=", "} in
 * {@code print(a, b, sep=", ")}.
 */
public record Keyword(String name, Expr value, Span span) implements Node {}
