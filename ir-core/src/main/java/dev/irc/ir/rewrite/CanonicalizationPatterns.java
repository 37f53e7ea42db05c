package dev.irc.ir.rewrite;

import java.util.List;

/**
 * The canonicalization rules of an op kind (declared with
 * {@code OpDefinition.builder(..).implement(CanonicalizationPatterns.class, ...)}) or of a
 * whole dialect (a {@link dev.irc.ir.Dialect} that also implements this). The
 * {@code canonicalize} pass collects them from every loaded dialect and op, next to the
 * folders, so rules live beside the op they simplify.
 */
@FunctionalInterface
public interface CanonicalizationPatterns {
  List<RewritePattern> patterns();
}
