package dev.irc.ir.diag;

import java.util.Arrays;

/**
 * The text of one input file with a line index, so that a diagnostic can show the line it
 * points at. Lines and columns count from 1; a column counts characters (UTF-16 units).
 */
public final class SourceFile {
  private final String name;
  private final String text;
  private final int[] lineStarts;
  /**
   * The 0-based line of the last offset looked up. Parsers ask about offsets in increasing order,
   * so the next answer is usually this line or the one after. Racy but harmless: a stale value
   * only costs a binary search.
   */
  private int lastLine;

  public SourceFile(String name, String text) {
    this.name = name;
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line that holds character {@code offset}. */
  public int lineOf(int offset) {
    int last = lastLine;
    for (int line = last; line <= last + 1 && line < lineStarts.length; line++) {
      if (lineStarts[line] <= offset && (line + 1 == lineStarts.length || offset < lineStarts[line + 1])) {
        lastLine = line;
        return line + 1;
      }
    }
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index + 1 : -index - 1;
    lastLine = line - 1;
    return line;
  }

  /** The 1-based column of character {@code offset} within its line. */
  public int columnOf(int offset) {
    return offset - lineStarts[lineOf(offset) - 1] + 1;
  }

  /** The location of character {@code offset} in this file. */
  public Location locationOf(int offset) {
    int line = lineOf(offset);
    return Location.of(name, line, offset - lineStarts[line - 1] + 1);
  }

  /** The text of 1-based {@code line} without its line terminator, or "" past the end. */
  public String lineText(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, end);
  }

  /** The offset of the first character of 1-based {@code line}. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }
}
