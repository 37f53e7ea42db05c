package dev.irc.ir.rewrite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Declarative rewrite rules that belong to a dialect: text files in the rule language of
 * {@code dev.irc.passes.rules}, kept as resources next to the dialect's ops. A
 * {@link dev.irc.ir.Dialect} may implement it directly, or a separate class may announce it
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.irc.ir.rewrite.RewriteRuleSource}),
 * so that a dialect gains rules without depending on the pass infrastructure that compiles them.
 * The {@code canonicalize} pass applies the rules of every loaded dialect.
 */
public interface RewriteRuleSource {
  /** The namespace of the dialect the rules rewrite; they are used whenever it is loaded. */
  String dialectNamespace();

  /** The rule files. */
  List<RuleFile> ruleFiles();

  /**
   * One rule file: a name for diagnostics ({@code arith.rules}) and its text.
   *
   * @param name the file name shown in diagnostics
   * @param text the rules
   */
  record RuleFile(String name, String text) {
    /** Reads the resource {@code resourceName} (relative to {@code anchor}'s package) as UTF-8. */
    public static RuleFile resource(Class<?> anchor, String resourceName) {
      try (InputStream in = anchor.getResourceAsStream(resourceName)) {
        if (in == null) {
          throw new IllegalStateException("missing rule resource " + resourceName + " next to " + anchor.getName());
        }
        String simpleName = resourceName.substring(resourceName.lastIndexOf('/') + 1);
        return new RuleFile(simpleName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
