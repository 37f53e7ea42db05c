package dev.irc.passes;

/**
 * A textual pipeline that cannot be read: what is wrong, and where in the pipeline text, so the
 * tool can show the text with a caret under the offending spot.
 */
public final class PipelineParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String pipeline;
  private final int offset;

  public PipelineParseException(String message, String pipeline, int offset) {
    super(message, null, false, false);
    this.pipeline = pipeline;
    this.offset = offset;
  }

  /** The whole pipeline text. */
  public String pipeline() {
    return pipeline;
  }

  /** The 0-based offset of the problem in {@link #pipeline()}. */
  public int offset() {
    return offset;
  }

  /**
   * The error as a tool prints it:
   *
   * <pre>
   * irc-opt: error: unknown pass 'canonicalise'; did you mean 'canonicalize'?
   *   builtin.module(canonicalise)
   *                  ^
   * </pre>
   */
  public String render(String tool) {
    return tool + ": error: " + getMessage() + "\n  " + pipeline + "\n  " + " ".repeat(offset) + "^\n";
  }
}
