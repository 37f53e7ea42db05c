package dev.irc.py.eval;

import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import java.util.List;

/**
 * Formats a {@link PythonError} the way CPython 3.11 prints an uncaught exception: the
 * {@code Traceback (most recent call last):} header, a {@code File "...", line N, in f} entry per
 * frame with its source line (runs of more than three identical entries collapsed into
 * {@code [Previous line repeated N more times]}) and the {@code Type: message} line.
 */
public final class Traceback {
  private static final int REPEAT_LIMIT = 3;

  private Traceback() {}

  /**
   * The traceback text; frames in {@code source} show its line, and its file is called
   * {@code displayName} (CPython shows the absolute path of the main script).
   */
  public static String format(PythonError error, SourceFile source, String displayName) {
    var out = new StringBuilder("Traceback (most recent call last):\n");
    List<PythonError.Frame> frames = error.frames();
    int i = 0;
    while (i < frames.size()) {
      int run = 1;
      while (i + run < frames.size() && frames.get(i + run).equals(frames.get(i))) {
        run++;
      }
      for (int k = 0; k < Math.min(run, REPEAT_LIMIT); k++) {
        appendFrame(out, frames.get(i), source, displayName);
      }
      if (run > REPEAT_LIMIT) {
        int more = run - REPEAT_LIMIT;
        out.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
      }
      i += run;
    }
    return out.append(error.exception().lastLine()).append('\n').toString();
  }

  private static void appendFrame(StringBuilder out, PythonError.Frame frame, SourceFile source, String displayName) {
    if (frame.location() instanceof Location.FileLineCol(String file, int line, int column)) {
      boolean inSource = source != null && source.name().equals(file);
      out.append("  File \"").append(inSource ? displayName : file).append("\", line ").append(line).append(", in ").append(frame.function()).append('\n');
      if (inSource) {
        String text = source.lineText(line).strip();
        if (!text.isEmpty()) {
          out.append("    ").append(text).append('\n');
        }
      }
    } else {
      out.append("  File \"<unknown>\", in ").append(frame.function()).append('\n');
    }
  }
}
