package dev.irc.conformance.suite;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The text table of a conformance run: passed / failed / unsupported per feature area, and a total row. */
public final class SummaryTable {
  private SummaryTable() {}

  public static String render(List<ProgramResult> results) {
    var byArea = new TreeMap<String, int[]>();
    for (ProgramResult r : results) {
      byArea.computeIfAbsent(r.program().header().area(), a -> new int[3])[r.status().ordinal()]++;
    }
    int width = Math.max(5, byArea.keySet().stream().mapToInt(String::length).max().orElse(5));
    var out = new StringBuilder();
    String format = "%-" + width + "s  %6s  %6s  %11s%n";
    out.append(String.format(format, "area", "passed", "failed", "unsupported"));
    int[] total = new int[3];
    for (Map.Entry<String, int[]> row : byArea.entrySet()) {
      int[] c = row.getValue();
      out.append(String.format(format, row.getKey(), c[0], c[1], c[2]));
      for (int i = 0; i < 3; i++) {
        total[i] += c[i];
      }
    }
    out.append(String.format(format, "total", total[0], total[1], total[2]));
    return out.toString();
  }
}
