package dev.irc.py.ast;

import dev.irc.ir.diag.Location;

/**
 * Where an AST node sits in its source file: the {@link Location} of its first character plus
 * the character offsets it covers ({@code [startOffset, endOffset)}).
 *
 * <p>Every node carries one so that diagnostics from any later stage (SSA construction, type
 * inference, runtime errors) can point at the Python text the user wrote.
 */
public record Span(Location location, int startOffset, int endOffset) {}
