package dev.irc.tools.opt;

import dev.irc.ir.diag.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an input at {@code // -----} lines ({@code --split-input-file}). Each chunk keeps the
 * line numbers of the whole file (earlier text becomes empty lines), so diagnostics and
 * {@code expected-error} annotations refer to the lines the user sees.
 */
final class InputChunks {
  static final String MARKER = "// -----";

  private InputChunks() {}

  static List<SourceFile> split(String name, String text) {
    var chunks = new ArrayList<SourceFile>();
    var lines = text.split("\n", -1);
    var current = new StringBuilder();
    int linesBefore = 0;
    int chunkStartLine = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals(MARKER)) {
        chunks.add(new SourceFile(name, "\n".repeat(chunkStartLine) + current));
        current.setLength(0);
        chunkStartLine = i + 1;
        linesBefore = chunkStartLine;
        continue;
      }
      current.append(lines[i]);
      if (i < lines.length - 1) {
        current.append('\n');
      }
    }
    chunks.add(new SourceFile(name, "\n".repeat(linesBefore) + current));
    return chunks;
  }
}
