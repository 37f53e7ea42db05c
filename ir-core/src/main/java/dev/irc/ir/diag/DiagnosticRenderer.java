package dev.irc.ir.diag;

/**
 * Formats diagnostics the way compilers do:
 *
 * <pre>
 * prog.py:3:7: error: message
 *     x = 1 +
 *           ^
 * </pre>
 *
 * The source line and caret are shown when the file is known to the {@link SourceManager}.
 */
public final class DiagnosticRenderer {
  private final SourceManager sources;

  public DiagnosticRenderer(SourceManager sources) {
    this.sources = sources;
  }

  public String render(Diagnostic diagnostic) {
    var out = new StringBuilder();
    append(out, diagnostic);
    for (Diagnostic note : diagnostic.notes()) {
      append(out, note);
    }
    return out.toString();
  }

  private void append(StringBuilder out, Diagnostic diagnostic) {
    Location location = diagnostic.location();
    switch (location) {
      case Location.FileLineCol(String file, int line, int column) -> {
        out.append(file).append(':').append(line).append(':').append(column).append(": ");
        out.append(diagnostic.severity().label()).append(": ").append(diagnostic.message()).append('\n');
        sources.find(file).ifPresent(source -> {
          if (line <= source.lineCount()) {
            String text = source.lineText(line);
            out.append(text).append('\n');
            out.append(caretLine(text, column)).append('\n');
          }
        });
      }
      case Location.Unknown unknown ->
          out.append(diagnostic.severity().label()).append(": ").append(diagnostic.message()).append('\n');
    }
  }

  /** Spaces up to {@code column} (tabs kept, so the caret lines up) then a caret. */
  private static String caretLine(String text, int column) {
    var caret = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      caret.append(i < text.length() && text.charAt(i) == '\t' ? '\t' : ' ');
    }
    return caret.append('^').toString();
  }
}
