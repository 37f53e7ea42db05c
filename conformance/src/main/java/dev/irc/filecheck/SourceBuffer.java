package dev.irc.filecheck;

import java.util.Arrays;

/**
 * A named, whitespace-canonicalized text buffer (the check file or the input) that renders
 * diagnostics at offsets in the style of LLVM's {@code SourceMgr}.
 *
 * <p>FileCheck reports every position as {@code name:line:col} followed by the source line and
 * a caret line, so both buffers share this one renderer.
 */
final class SourceBuffer {
  private final String name;
  private final String text;
  private final int[] lineStarts;

  SourceBuffer(String name, String text) {
    this.name = name;
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  String name() {
    return name;
  }

  String text() {
    return text;
  }

  /** Returns the 1-based line number holding {@code offset}. */
  int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /**
   * Renders one diagnostic: the location header, the source line and a caret line with {@code
   * ~} under the rest of {@code [offset, rangeEnd)} on the same line.
   */
  String render(int offset, String severity, String message, int rangeEnd) {
    int line = lineOf(offset);
    int lineStart = lineStarts[line - 1];
    int lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int column = offset - lineStart + 1;
    StringBuilder out = new StringBuilder();
    out.append(name).append(':').append(line).append(':').append(column).append(": ");
    out.append(severity).append(": ").append(message).append('\n');
    String sourceLine = text.substring(lineStart, lineEnd);
    if (sourceLine.endsWith("\r")) {
      sourceLine = sourceLine.substring(0, sourceLine.length() - 1);
    }
    // Expand tabs to 8-column stops, as SourceMgr does, keeping the caret aligned.
    StringBuilder shown = new StringBuilder();
    StringBuilder caret = new StringBuilder();
    int caretEnd = Math.min(Math.max(rangeEnd, offset + 1), lineEnd + 1);
    for (int i = lineStart; i <= lineEnd; i++) {
      int width = 1;
      if (i < lineStart + sourceLine.length()) {
        char c = text.charAt(i);
        if (c == '\t') {
          width = 8 - (shown.length() % 8);
          shown.repeat(' ', width);
        } else {
          shown.append(c);
        }
      }
      char mark = i == offset ? '^' : (i > offset && i < caretEnd ? '~' : ' ');
      caret.repeat(mark, width);
    }
    out.append(shown).append('\n');
    out.append(caret.toString().stripTrailing()).append('\n');
    return out.toString();
  }

  /** Renders a diagnostic pointing at one character. */
  String render(int offset, String severity, String message) {
    return render(offset, severity, message, offset + 1);
  }
}
