package dev.irc.py.eval;

import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.semantics.PyException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Formats a {@link PythonError} the way CPython 3.11 prints an uncaught exception: its chained
 * exceptions first ({@code raise ... from} causes, and the exceptions being handled when it was
 * raised), each with the {@code Traceback (most recent call last):} header when it has frames,
 * a {@code File "...", line N, in f} entry per frame with its source line (runs of more than
 * three identical entries collapsed into {@code [Previous line repeated N more times]}) and the
 * {@code Type: message} line.
 */
public final class Traceback {
  private static final int REPEAT_LIMIT = 3;
  private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
  private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

  private Traceback() {}

  /**
   * The traceback text; frames in {@code source} show its line, and its file is called
   * {@code displayName} (CPython shows the absolute path of the main script).
   */
  public static String format(PythonError error, SourceFile source, String displayName) {
    var out = new StringBuilder();
    Set<PyException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    append(out, error.exception(), true, seen, source, displayName);
    return out.toString();
  }

  /** Appends {@code exception} after its chain; a chained one without frames has no header, as in CPython. */
  private static void append(StringBuilder out, PyException exception, boolean raised, Set<PyException> seen,
      SourceFile source, String displayName) {
    seen.add(exception);
    if (exception.cause() != null && !seen.contains(exception.cause())) {
      append(out, exception.cause(), false, seen, source, displayName);
      out.append(CAUSE);
    } else if (exception.context() != null && !exception.suppressContext() && !seen.contains(exception.context())) {
      append(out, exception.context(), false, seen, source, displayName);
      out.append(CONTEXT);
    }
    List<PyException.Frame> frames = exception.traceback().reversed();
    if (raised || !frames.isEmpty()) {
      out.append("Traceback (most recent call last):\n");
    }
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
    out.append(exception.lastLine()).append('\n');
  }

  private static void appendFrame(StringBuilder out, PyException.Frame frame, SourceFile source, String displayName) {
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
