package dev.irc.passes.rules;

import dev.irc.ir.diag.SourceFile;
import java.util.List;

/**
 * The parsed rules of one file, not yet checked against any dialect.
 *
 * @param source the file, kept so diagnostics can quote it
 * @param rules the rules in file order
 */
public record RuleSet(SourceFile source, List<Rule> rules) {
  public RuleSet {
    rules = List.copyOf(rules);
  }
}
