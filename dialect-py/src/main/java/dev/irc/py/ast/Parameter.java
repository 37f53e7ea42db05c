package dev.irc.py.ast;

import java.util.Optional;

/**
 * A positional parameter of a {@code def}, with its optional annotation and default value.
 *
 * <p>Annotations are kept for tools and diagnostics; irc does not use them for typing.
 */
public record Parameter(String name, Optional<Expr> annotation, Optional<Expr> defaultValue, Span span)
    implements Node {}
