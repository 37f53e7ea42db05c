package dev.irc.conformance.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a conformance run as a JUnit XML report (one {@code testsuite}, one {@code testcase}
 * per program, classname {@code conformance.<mode>.<area>}), the format CI systems display;
 * unsupported programs are {@code skipped} with the reason.
 */
public final class JUnitXmlReport {
  private JUnitXmlReport() {}

  public static void write(Path file, String mode, List<ProgramResult> results) throws IOException {
    long failures = results.stream().filter(r -> r.status() == ProgramResult.Status.FAILED).count();
    long skipped = results.stream().filter(r -> r.status() == ProgramResult.Status.UNSUPPORTED).count();
    double seconds = results.stream().mapToLong(ProgramResult::millis).sum() / 1000.0;
    var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"conformance.").append(escape(mode)).append("\" tests=\"").append(results.size())
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped)
        .append("\" time=\"").append(seconds).append("\">\n");
    for (ProgramResult r : results) {
      xml.append("  <testcase classname=\"conformance.").append(escape(mode)).append('.').append(escape(r.program().header().area()))
          .append("\" name=\"").append(escape(r.program().name())).append("\" time=\"").append(r.millis() / 1000.0).append('"');
      switch (r.status()) {
        case PASSED -> xml.append("/>\n");
        case FAILED -> xml.append(">\n    <failure message=\"output differs from CPython 3.11\">")
            .append(escape(r.detail())).append("</failure>\n  </testcase>\n");
        case UNSUPPORTED -> xml.append(">\n    <skipped message=\"").append(escape(r.detail())).append("\"/>\n  </testcase>\n");
      }
    }
    xml.append("</testsuite>\n");
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, xml, StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
