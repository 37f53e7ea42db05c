package dev.irc.filecheck;

import dev.irc.ir.diag.SpellingSuggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches parsed {@link CheckString}s against an input buffer with LLVM FileCheck's algorithm:
 * CHECK-LABEL partitioning first, then per block the DAG/NOT groups, the positive match, and
 * the NEXT/SAME/NOT checks on the skipped region.
 *
 * <p>It holds the mutable state of one run (variable values and collected diagnostics), which
 * keeps {@link FileCheck} itself stateless.
 */
final class InputMatcher {
  private static final int FUZZY_SEARCH_LIMIT = 4096;

  private final SourceBuffer input;
  private final String text;
  private final FileCheckOptions options;
  private final Map<String, String> variables = new HashMap<>();
  private final StringBuilder diagnostics = new StringBuilder();

  /** A successful positive match: its start and its length (spanning all COUNT repeats). */
  private record Found(int pos, int length) {}

  /** A CHECK-DAG match range. */
  private record Range(int start, int end) {}

  InputMatcher(SourceBuffer input, FileCheckOptions options) {
    this.input = input;
    this.text = input.text();
    this.options = options;
    variables.putAll(options.defines());
  }

  String diagnostics() {
    return diagnostics.toString();
  }

  /** Runs all check strings; returns whether every one matched. */
  boolean run(List<CheckString> strings) {
    boolean failed = false;
    int bufferStart = 0;
    int bufferEnd = text.length();
    int i = 0;
    int j = 0;
    while (true) {
      int regionStart = bufferStart;
      int regionEnd;
      if (j == strings.size()) {
        regionEnd = bufferEnd;
      } else {
        CheckString label = strings.get(j);
        if (label.pattern().kind() != CheckKind.LABEL) {
          j++;
          continue;
        }
        Found found = check(label, bufferStart, bufferEnd, true);
        if (found == null) {
          return false;
        }
        regionEnd = found.pos() + found.length();
        bufferStart = regionEnd;
        j++;
      }
      if (options.enableVarScope()) {
        variables.keySet().removeIf(name -> !name.startsWith("$"));
        variables.putAll(localDefines());
      }
      for (; i != j; i++) {
        Found found = check(strings.get(i), regionStart, regionEnd, false);
        if (found == null) {
          failed = true;
          i = j;
          break;
        }
        regionStart = found.pos() + found.length();
      }
      if (j == strings.size()) {
        break;
      }
    }
    return !failed;
  }

  private Map<String, String> localDefines() {
    Map<String, String> locals = new HashMap<>(options.defines());
    locals.keySet().removeIf(name -> name.startsWith("$"));
    return locals;
  }

  private Found check(CheckString string, int start, int end, boolean labelScan) {
    CheckPattern pattern = string.pattern();
    int lastPos = start;
    List<CheckPattern> nots = new ArrayList<>();
    if (!labelScan) {
      lastPos = checkDag(string, start, end, nots);
      if (lastPos < 0) {
        return null;
      }
    }
    int lastMatchEnd = lastPos;
    int firstMatchPos = lastPos;
    for (int n = 1; n <= pattern.count(); n++) {
      CheckPattern.Outcome outcome = pattern.match(text, lastMatchEnd, end, variables);
      if (outcome.match() == null) {
        reportNoMatch(pattern, lastMatchEnd, end, outcome, n);
        return null;
      }
      if (n == 1) {
        firstMatchPos = outcome.match().pos();
      }
      lastMatchEnd = outcome.match().pos() + outcome.match().length();
    }
    int length = lastMatchEnd - firstMatchPos;
    if (!labelScan) {
      if (checkNext(pattern, lastPos, firstMatchPos)
          || checkSame(pattern, lastPos, firstMatchPos)
          || checkNot(nots, lastPos, firstMatchPos)) {
        return null;
      }
    }
    return new Found(firstMatchPos, length);
  }

  private int checkDag(CheckString string, int start, int end, List<CheckPattern> nots) {
    List<CheckPattern> group = string.dagNots();
    if (group.isEmpty()) {
      return start;
    }
    int startPos = start;
    List<Range> ranges = new ArrayList<>();
    for (int k = 0; k < group.size(); k++) {
      CheckPattern pattern = group.get(k);
      if (pattern.kind() == CheckKind.NOT) {
        nots.add(pattern);
        continue;
      }
      int matchPos = startPos;
      int index = 0;
      while (true) {
        CheckPattern.Outcome outcome = pattern.match(text, matchPos, end, variables);
        if (outcome.match() == null) {
          reportNoMatch(pattern, matchPos, end, outcome, 1);
          return -1;
        }
        Range found =
            new Range(outcome.match().pos(), outcome.match().pos() + outcome.match().length());
        boolean overlap = false;
        for (; index < ranges.size(); index++) {
          Range previous = ranges.get(index);
          if (found.start() < previous.end()) {
            overlap = previous.start() < found.end();
            break;
          }
        }
        if (!overlap) {
          ranges.add(index, found);
          break;
        }
        matchPos = ranges.get(index).end();
      }
      boolean groupEnds =
          k + 1 == group.size() || group.get(k + 1).kind() == CheckKind.NOT;
      if (groupEnds) {
        if (!nots.isEmpty()) {
          if (checkNot(nots, startPos, ranges.getFirst().start())) {
            return -1;
          }
          nots.clear();
        }
        startPos = ranges.getLast().end();
        ranges.clear();
      }
    }
    return startPos;
  }

  /** Reports every CHECK-NOT found in {@code [start, end)}; returns whether any was. */
  private boolean checkNot(List<CheckPattern> nots, int start, int end) {
    boolean failed = false;
    for (CheckPattern not : nots) {
      CheckPattern.Outcome outcome = not.match(text, start, end, variables);
      if (!outcome.undefined().isEmpty()) {
        reportUndefined(not, outcome);
        failed = true;
      } else if (outcome.match() != null) {
        CheckPattern.Match match = outcome.match();
        error(not, not.description() + ": excluded string found in input");
        note(match.pos(), "found here", match.pos() + match.length());
        noteSubstitutions(not, match.pos(), match.pos() + match.length());
        failed = true;
      }
    }
    return failed;
  }

  private boolean checkNext(CheckPattern pattern, int previousEnd, int matchStart) {
    if (pattern.kind() != CheckKind.NEXT && pattern.kind() != CheckKind.EMPTY) {
      return false;
    }
    String name = pattern.description();
    int firstNewline = -1;
    int newlines = countNewlines(previousEnd, matchStart);
    if (newlines > 0) {
      firstNewline = text.indexOf('\n', previousEnd);
    }
    if (newlines == 0) {
      error(pattern, name + ": is on the same line as previous match");
      note(matchStart, "'next' match was here");
      note(previousEnd, "previous match ended here");
      return true;
    }
    if (newlines != 1) {
      error(pattern, name + ": is not on the line after the previous match");
      note(matchStart, "'next' match was here");
      note(previousEnd, "previous match ended here");
      note(firstNewline + 1, "non-matching line after previous match is here");
      return true;
    }
    return false;
  }

  private boolean checkSame(CheckPattern pattern, int previousEnd, int matchStart) {
    if (pattern.kind() != CheckKind.SAME) {
      return false;
    }
    if (countNewlines(previousEnd, matchStart) != 0) {
      error(pattern, pattern.description() + ": is not on the same line as the previous match");
      note(matchStart, "'next' match was here");
      note(previousEnd, "previous match ended here");
      return true;
    }
    return false;
  }

  /** Counts line breaks, treating {@code \r\n} and {@code \n\r} as one. */
  private int countNewlines(int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        continue;
      }
      if (i + 1 < end) {
        char d = text.charAt(i + 1);
        if ((d == '\n' || d == '\r') && d != c) {
          i++;
        }
      }
      count++;
    }
    return count;
  }

  private void reportNoMatch(
      CheckPattern pattern, int start, int end, CheckPattern.Outcome outcome, int matched) {
    if (!outcome.undefined().isEmpty()) {
      reportUndefined(pattern, outcome);
      return;
    }
    String message = pattern.description() + ": expected string not found in input";
    if (pattern.count() > 1) {
      message += " (" + matched + " out of " + pattern.count() + ")";
    }
    error(pattern, message);
    note(start, "scanning from here");
    noteSubstitutions(pattern, start, start + 1);
    int best = fuzzyMatch(pattern, start, end);
    if (best > start) {
      note(best, "possible intended match here");
    }
  }

  private void noteSubstitutions(CheckPattern pattern, int offset, int rangeEnd) {
    for (String name : pattern.substitutedVariables()) {
      note(offset, "with \"" + name + "\" equal to \"" + escaped(variables.get(name)) + "\"",
          rangeEnd);
    }
  }

  /** Escapes a value the way LLVM's {@code write_escaped} does. */
  private static String escaped(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private void reportUndefined(CheckPattern pattern, CheckPattern.Outcome outcome) {
    for (CheckPattern.UndefinedVariable undefined : outcome.undefined()) {
      diagnostics.append(
          pattern.source().render(undefined.offset(), "error",
              "undefined variable: " + undefined.name()));
    }
  }

  /**
   * Finds the input position that best resembles the pattern, preferring nearer lines; returns
   * -1 when nothing is close enough.
   */
  private int fuzzyMatch(CheckPattern pattern, int start, int end) {
    String example = pattern.exampleString();
    int lines = 0;
    int best = -1;
    double bestQuality = 0;
    int limit = Math.min(end, start + FUZZY_SEARCH_LIMIT);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines++;
      }
      if (c == ' ' || c == '\t') {
        continue;
      }
      int candidateEnd = Math.min(end, i + example.length());
      int newline = text.indexOf('\n', i);
      if (newline >= 0 && newline < candidateEnd) {
        candidateEnd = newline;
      }
      double quality = SpellingSuggestion.editDistance(text.substring(i, candidateEnd), example) + lines / 100.0;
      if (best < 0 || quality < bestQuality) {
        best = i;
        bestQuality = quality;
      }
    }
    return best >= 0 && bestQuality < 50 ? best : -1;
  }

  private void error(CheckPattern pattern, String message) {
    diagnostics.append(pattern.source().render(pattern.location(), "error", message));
  }

  private void note(int offset, String message) {
    diagnostics.append(input.render(offset, "note", message));
  }

  private void note(int offset, String message, int rangeEnd) {
    diagnostics.append(input.render(offset, "note", message, rangeEnd));
  }
}
