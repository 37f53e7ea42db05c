package dev.irc.passes.rules;

import dev.irc.ir.Dialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticRenderer;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.diag.SourceManager;
import dev.irc.ir.rewrite.RewriteRuleSource;
import dev.irc.ir.rewrite.RewriteRuleSource.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the rule files of the loaded dialects (dialects that implement
 * {@link RewriteRuleSource}, and sources announced through {@link ServiceLoader} for a loaded
 * namespace) and compiles them into patterns. Parsed files are cached for the life of the JVM;
 * checking them against a context is cheap and done on every call.
 */
public final class RuleLibrary {
  private static final Map<RuleFile, RuleSet> PARSED = new ConcurrentHashMap<>();
  private static volatile List<RewriteRuleSource> announced;

  private RuleLibrary() {}

  /**
   * The compiled rules of every dialect loaded in {@code context}.
   *
   * @throws dev.irc.ir.diag.DiagnosticException if a rule file is malformed
   */
  public static List<DeclarativePattern> patterns(IrContext context) {
    var patterns = new ArrayList<DeclarativePattern>();
    for (RuleFile file : ruleFiles(context)) {
      patterns.addAll(RuleCompiler.compile(parsed(file), context));
    }
    return patterns;
  }

  /** The rule files that apply in {@code context}. */
  public static List<RuleFile> ruleFiles(IrContext context) {
    var files = new ArrayList<RuleFile>();
    for (Dialect dialect : context.dialects()) {
      if (dialect instanceof RewriteRuleSource source) {
        files.addAll(source.ruleFiles());
      }
    }
    for (RewriteRuleSource source : announcedSources()) {
      if (context.dialect(source.dialectNamespace()).isPresent()
          && !(context.dialect(source.dialectNamespace()).get() instanceof RewriteRuleSource)) {
        files.addAll(source.ruleFiles());
      }
    }
    return files;
  }

  /** Renders {@code diagnostic} with the quoted line and caret of the rule file it points into. */
  public static String render(Diagnostic diagnostic, List<SourceFile> files) {
    var sources = new SourceManager();
    files.forEach(sources::add);
    return new DiagnosticRenderer(sources).render(diagnostic);
  }

  /** The source files of the rule files of {@code context}, for {@link #render}. */
  public static List<SourceFile> sourceFiles(IrContext context) {
    return ruleFiles(context).stream().map(file -> parsed(file).source()).toList();
  }

  private static RuleSet parsed(RuleFile file) {
    RuleSet cached = PARSED.get(file);
    if (cached == null) {
      cached = RuleParser.parse(new SourceFile(file.name(), file.text()));
      PARSED.put(file, cached);
    }
    return cached;
  }

  private static List<RewriteRuleSource> announcedSources() {
    List<RewriteRuleSource> sources = announced;
    if (sources == null) {
      sources = new ArrayList<>();
      for (RewriteRuleSource source : ServiceLoader.load(RewriteRuleSource.class)) {
        sources.add(source);
      }
      sources = List.copyOf(sources);
      announced = sources;
    }
    return sources;
  }
}
