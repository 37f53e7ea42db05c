package dev.irc.dialect.arith;

import dev.irc.ir.rewrite.RewriteRuleSource;
import java.util.List;

/**
 * The declarative canonicalization rules of {@code arith} ({@code arith.rules}, next to this
 * class), announced through {@link java.util.ServiceLoader} so that {@code canonicalize}
 * applies them whenever the dialect is loaded. Rules live in text so that each reads like the
 * identity it states; Java patterns are only for what the rule language cannot say.
 */
public final class ArithRules implements RewriteRuleSource {
  private static final List<RuleFile> FILES = List.of(RuleFile.resource(ArithRules.class, "arith.rules"));

  /** Public for {@code java.util.ServiceLoader}. */
  public ArithRules() {}

  @Override
  public String dialectNamespace() {
    return "arith";
  }

  @Override
  public List<RuleFile> ruleFiles() {
    return FILES;
  }
}
