package dev.irc.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each pass and nested pipeline, for {@code --timing}. A pass's time is
 * summed over every op it ran on; a nested pipeline's time is the wall time of running it over
 * all its ops (in parallel, less than the sum of its passes). The tool may add its own phases
 * ({@code Parser}, {@code Output}); the report mimics MLIR's execution time report.
 */
public final class PassTimings {
  private final Map<Object, LongAdder> nanos = new ConcurrentHashMap<>();
  private final LongAdder parser = new LongAdder();
  private final LongAdder output = new LongAdder();

  /** Adds {@code elapsed} nanoseconds to a {@link Pass} or {@link OpPassManager}. */
  void record(Object step, long elapsed) {
    nanos.computeIfAbsent(step, key -> new LongAdder()).add(elapsed);
  }

  public void recordParser(long elapsedNanos) {
    parser.add(elapsedNanos);
  }

  public void recordOutput(long elapsedNanos) {
    output.add(elapsedNanos);
  }

  private long of(Object step) {
    LongAdder adder = nanos.get(step);
    return adder == null ? 0 : adder.sum();
  }

  /** The report for {@code pipeline}, with {@code totalNanos} as the whole run's wall time. */
  public String report(OpPassManager pipeline, long totalNanos) {
    var rows = new ArrayList<Row>();
    if (parser.sum() > 0) {
      rows.add(new Row(0, "Parser", parser.sum()));
    }
    long accounted = parser.sum() + output.sum();
    if (pipeline.isOpAgnostic()) {
      accounted += addSteps(pipeline, 0, rows);
    } else {
      long time = of(pipeline);
      rows.add(new Row(0, "'" + pipeline.anchor() + "' Pipeline", time));
      addSteps(pipeline, 1, rows);
      accounted += time;
    }
    if (output.sum() > 0) {
      rows.add(new Row(0, "Output", output.sum()));
    }
    long total = Math.max(totalNanos, accounted);
    rows.add(new Row(0, "Rest", total - accounted));
    rows.add(new Row(0, "Total", total));
    var out = new StringBuilder();
    String rule = "===" + "-".repeat(73) + "===\n";
    out.append(rule).append(" ".repeat(25)).append("... Execution time report ...\n").append(rule);
    out.append(String.format(Locale.ROOT, "  Total Execution Time: %.4f seconds%n%n", total / 1e9));
    out.append("  ----Wall Time----  ----Name----\n");
    for (Row row : rows) {
      double percent = total == 0 ? 0 : 100.0 * row.nanos / total;
      out.append(String.format(Locale.ROOT, "  %8.4f (%5.1f%%)  %s%s%n", row.nanos / 1e9, percent,
          "  ".repeat(row.depth), row.name));
    }
    return out.toString();
  }

  /** Adds rows for the steps of {@code pipeline}; returns their summed time. */
  private long addSteps(OpPassManager pipeline, int depth, List<Row> rows) {
    long sum = 0;
    for (PipelineStep step : pipeline.steps()) {
      switch (step) {
        case PipelineStep.RunPass(Pass pass) -> {
          long time = of(pass);
          rows.add(new Row(depth, pass.name(), time));
          sum += time;
        }
        case PipelineStep.Nested(OpPassManager nested) -> {
          long time = of(nested);
          rows.add(new Row(depth, "'" + nested.anchor() + "' Pipeline", time));
          addSteps(nested, depth + 1, rows);
          sum += time;
        }
      }
    }
    return sum;
  }

  private record Row(int depth, String name, long nanos) {}
}
