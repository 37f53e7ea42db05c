package dev.irc.passes.rewrite;

import dev.irc.ir.Operation;
import dev.irc.ir.rewrite.RewritePattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of patterns indexed by root op name, so a driver finds the candidates for an op
 * without scanning every pattern. Candidates come in decreasing benefit; ties keep the order
 * the patterns were given in.
 */
public final class FrozenPatternSet {
  private static final Comparator<RewritePattern> BY_BENEFIT = Comparator.comparingInt(RewritePattern::benefit).reversed();

  private final Map<String, List<RewritePattern>> byRoot = new HashMap<>();
  private final List<RewritePattern> anyRoot = new ArrayList<>();
  private final List<RewritePattern> all;
  private final Map<String, List<RewritePattern>> merged = new java.util.concurrent.ConcurrentHashMap<>();

  public FrozenPatternSet(List<? extends RewritePattern> patterns) {
    this.all = List.copyOf(patterns);
    for (RewritePattern pattern : all) {
      pattern.rootName().ifPresentOrElse(
          name -> byRoot.computeIfAbsent(name, key -> new ArrayList<>()).add(pattern),
          () -> anyRoot.add(pattern));
    }
    byRoot.values().forEach(list -> list.sort(BY_BENEFIT));
    anyRoot.sort(BY_BENEFIT);
  }

  public static FrozenPatternSet of(RewritePattern... patterns) {
    return new FrozenPatternSet(List.of(patterns));
  }

  /** The patterns that may match {@code op}, highest benefit first. */
  public List<RewritePattern> candidates(Operation op) {
    return merged.computeIfAbsent(op.name(), name -> {
      var list = new ArrayList<RewritePattern>(byRoot.getOrDefault(name, List.of()));
      list.addAll(anyRoot);
      list.sort(BY_BENEFIT);
      return List.copyOf(list);
    });
  }

  public List<RewritePattern> patterns() {
    return all;
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }
}
