package dev.irc.passes;

/**
 * Renders the statistics of every pass in a pipeline for {@code --pass-statistics}, nested
 * like the pipeline, in the shape of MLIR's pass statistics report.
 */
public final class StatisticsReport {
  private StatisticsReport() {}

  public static String render(OpPassManager pipeline) {
    String rule = "===" + "-".repeat(73) + "===\n";
    var out = new StringBuilder();
    out.append(rule).append(" ".repeat(25)).append("... Pass statistics report ...\n").append(rule);
    if (pipeline.isOpAgnostic()) {
      appendSteps(pipeline, 0, out);
    } else {
      out.append("'").append(pipeline.anchor()).append("' Pipeline\n");
      appendSteps(pipeline, 1, out);
    }
    return out.toString();
  }

  private static void appendSteps(OpPassManager pipeline, int depth, StringBuilder out) {
    String indent = "  ".repeat(depth);
    for (PipelineStep step : pipeline.steps()) {
      switch (step) {
        case PipelineStep.RunPass(Pass pass) -> {
          out.append(indent).append(pass.name()).append('\n');
          int width = pass.statistics().stream().mapToInt(s -> Long.toString(s.value()).length()).max().orElse(1);
          for (PassStatistic statistic : pass.statistics()) {
            String value = Long.toString(statistic.value());
            out.append(indent).append("  (S) ").append(" ".repeat(width - value.length())).append(value).append(' ')
                .append(statistic.name()).append(" - ").append(statistic.description()).append('\n');
          }
        }
        case PipelineStep.Nested(OpPassManager nested) -> {
          out.append(indent).append("'").append(nested.anchor()).append("' Pipeline\n");
          appendSteps(nested, depth + 1, out);
        }
      }
    }
  }
}
