package dev.irc.filecheck;

import java.util.List;

/**
 * One positive directive together with the {@code CHECK-DAG} and {@code CHECK-NOT} directives
 * written (or implied) before it.
 *
 * <p>LLVM matches DAG/NOT groups relative to the next positive match, so the matcher works on
 * this grouping rather than on a flat directive list.
 *
 * @param pattern the positive directive (or the implicit end-of-file check)
 * @param dagNots the preceding {@code CHECK-DAG}/{@code CHECK-NOT} patterns, in order
 */
record CheckString(CheckPattern pattern, List<CheckPattern> dagNots) {
  CheckString {
    dagNots = List.copyOf(dagNots);
  }
}
