package dev.irc.passes;

import dev.irc.ir.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A transformation or analysis run on one operation at a time: on every op of one kind (its
 * anchor, e.g. {@code func.func}) or on any op. A pass has a command-line argument
 * ({@code canonicalize}), a display name ({@code Canonicalizer}), a description, declared
 * {@link PassOption options} and {@link PassStatistic statistics}.
 *
 * <p>One instance stands for one position in a pipeline and may run on several ops at once
 * (functions in parallel), so {@link #runOnOperation} must keep its working state in locals;
 * only statistics are shared, and they are thread-safe.
 */
public abstract class Pass {
  private final String argument;
  private final String name;
  private final String description;
  private final String anchor;
  private final Map<String, PassOption<?>> options = new LinkedHashMap<>();
  private final List<PassStatistic> statistics = new ArrayList<>();

  /** A pass that runs on any operation. */
  protected Pass(String argument, String name, String description) {
    this(argument, name, description, null);
  }

  /** A pass that only runs on operations named {@code anchorOpName} (null for any op). */
  protected Pass(String argument, String name, String description, String anchorOpName) {
    this.argument = argument;
    this.name = name;
    this.description = description;
    this.anchor = anchorOpName;
  }

  /** Transforms {@code op}; reports failure through {@code execution}. */
  public abstract void runOnOperation(Operation op, PassExecution execution);

  /** The command-line name: {@code canonicalize}. */
  public final String argument() {
    return argument;
  }

  /** The display name used in reports and IR dumps: {@code Canonicalizer}. */
  public final String name() {
    return name;
  }

  public final String description() {
    return description;
  }

  /** The op name this pass is anchored on, or empty for an op-agnostic pass. */
  public final Optional<String> anchor() {
    return Optional.ofNullable(anchor);
  }

  /** Whether this pass may run on {@code op}. */
  public boolean canScheduleOn(Operation op) {
    return anchor == null || op.name().equals(anchor);
  }

  /** Declares an option; call from a field initializer. */
  protected final <T> PassOption<T> option(PassOption<T> option) {
    if (options.putIfAbsent(option.name(), option) != null) {
      throw new IllegalArgumentException("pass '" + argument + "' declares option '" + option.name() + "' twice");
    }
    return option;
  }

  /** Declares a statistic; call from a field initializer. */
  protected final PassStatistic statistic(String statisticName, String statisticDescription) {
    var statistic = new PassStatistic(statisticName, statisticDescription);
    statistics.add(statistic);
    return statistic;
  }

  /** The declared options in declaration order. */
  public final Map<String, PassOption<?>> options() {
    return Collections.unmodifiableMap(options);
  }

  public final List<PassStatistic> statistics() {
    return Collections.unmodifiableList(statistics);
  }

  /** This pass as pipeline text, with every option: {@code canonicalize{max-iterations=10}}. */
  public final String pipelineText() {
    if (options.isEmpty()) {
      return argument;
    }
    var text = new StringBuilder(argument).append('{');
    boolean first = true;
    for (PassOption<?> option : options.values()) {
      if (!first) {
        text.append(' ');
      }
      first = false;
      String value = option.valueText();
      boolean quote = value.isEmpty() || value.chars().anyMatch(c -> c == ' ' || c == '{' || c == '}');
      text.append(option.name()).append('=').append(quote ? "\"" + value + "\"" : value);
    }
    return text.append('}').toString();
  }

  @Override
  public String toString() {
    return pipelineText();
  }
}
