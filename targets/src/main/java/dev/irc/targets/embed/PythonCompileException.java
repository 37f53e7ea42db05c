package dev.irc.targets.embed;

import dev.irc.ir.diag.Diagnostic;
import java.util.List;

/**
 * A Python source that cannot be compiled: a syntax error or a construct outside irc's Python
 * subset. The message is the rendered diagnostics as {@code irc} prints them
 * ({@code kernels.py:3:7: error: message}, the source line and a caret).
 */
public final class PythonCompileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  PythonCompileException(String rendered, List<Diagnostic> diagnostics) {
    super(rendered);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The diagnostics, each with its location. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
