package dev.irc.conformance.suite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first-line comment of a conformance program, {@code # tier: 1  area: floats}: which tier of
 * the Python subset it needs and which feature area it tests (the rows of the summary table).
 */
public record ProgramHeader(int tier, String area) {
  private static final Pattern FORM = Pattern.compile("#\\s*tier:\\s*(\\d+)\\s+area:\\s*([\\w-]+)\\s*");
  /** The header of a program that has none. */
  public static final ProgramHeader MISSING = new ProgramHeader(0, "unclassified");

  /** The header on the first line of {@code source}, or {@link #MISSING}. */
  public static ProgramHeader of(String source) {
    int end = source.indexOf('\n');
    Matcher m = FORM.matcher(end < 0 ? source : source.substring(0, end));
    return m.matches() ? new ProgramHeader(Integer.parseInt(m.group(1)), m.group(2)) : MISSING;
  }

  /** The header line as written in a program. */
  public String line() {
    return "# tier: " + tier + "  area: " + area;
  }
}
