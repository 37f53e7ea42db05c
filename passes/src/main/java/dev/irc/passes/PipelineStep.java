package dev.irc.passes;

/**
 * One entry of an {@link OpPassManager}: a pass to run on the current op, or a nested
 * pipeline to run on each op of its anchor kind found directly inside the current op.
 */
public sealed interface PipelineStep {
  /** The step as pipeline text. */
  String pipelineText();

  /** Runs {@code pass} on the current op. */
  record RunPass(Pass pass) implements PipelineStep {
    @Override
    public String pipelineText() {
      return pass.pipelineText();
    }
  }

  /** Runs {@code pipeline} on every matching op nested directly in the current op's regions. */
  record Nested(OpPassManager pipeline) implements PipelineStep {
    @Override
    public String pipelineText() {
      return pipeline.pipelineText();
    }
  }
}
