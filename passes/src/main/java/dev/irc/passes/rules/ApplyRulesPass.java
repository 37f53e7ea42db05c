package dev.irc.passes.rules;

import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassOption;
import dev.irc.passes.PassStatistic;
import dev.irc.passes.rewrite.FrozenPatternSet;
import dev.irc.passes.rewrite.GreedyRewriteConfig;
import dev.irc.passes.rewrite.GreedyRewriteDriver;
import dev.irc.passes.rewrite.GreedyRewriteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code apply-rules}: applies declarative rewrite rules, and nothing else, to a fixpoint: the
 * rules of a file given with {@code rules=PATH}, or else those of every loaded dialect. Folding
 * is off unless asked for, so a test sees exactly what the rules do; a malformed rule file
 * fails the pass with located errors.
 */
public final class ApplyRulesPass extends Pass {
  private final PassOption<String> rulesFile = option(PassOption.string("rules", "",
      "A rule file to apply instead of the loaded dialects' rules"));
  private final PassOption<Boolean> fold = option(PassOption.flag("fold", false, "Also apply op folders"));
  private final PassStatistic numRewrites = statistic("num-rewrites", "Number of rule applications");

  public ApplyRulesPass() {
    super("apply-rules", "ApplyRules", "Apply declarative rewrite rules (of a file, or of the loaded dialects)");
  }

  @Override
  public void runOnOperation(Operation op, PassExecution execution) {
    List<DeclarativePattern> patterns;
    try {
      patterns = rulesFile.get().isEmpty()
          ? RuleLibrary.patterns(execution.context())
          : RuleCompiler.compile(readRules(Path.of(rulesFile.get())), execution.context());
    } catch (DiagnosticException badRules) {
      badRules.diagnostics().forEach(execution::emitError);
      return;
    } catch (IOException unreadable) {
      execution.emitError(op, "cannot read rule file '" + rulesFile.get() + "': " + unreadable.getMessage());
      return;
    }
    var config = GreedyRewriteConfig.DEFAULT.withFolding(fold.get()).withRegionSimplification(false);
    GreedyRewriteResult result = GreedyRewriteDriver.apply(execution.context(), op, new FrozenPatternSet(patterns), config);
    numRewrites.add(result.patternRewrites());
  }

  private static SourceFile readRules(Path path) throws IOException {
    return new SourceFile(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
  }
}
