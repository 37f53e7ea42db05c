package dev.irc.tools.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrcMainTest {
  private record Outcome(int exitCode, String out, String err) {}

  private static Outcome run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = IrcMain.run(List.of(args), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void versionPrintsTheBuildVersionAndTheJavaVersionLikeIrcOpt() {
    for (String flag : List.of("--version", "-V")) {
      Outcome outcome = run(flag);
      assertEquals(0, outcome.exitCode(), flag);
      assertEquals("", outcome.err(), flag);
      assertTrue(outcome.out().matches("irc [0-9][^ $]* \\(Java " + java.util.regex.Pattern.quote(Runtime.version().toString()) + "\\)\\R"),
          flag + ": " + outcome.out());
    }
  }

  @Test
  void helpPrintsTheUsageOnStandardOutput() {
    for (String flag : List.of("--help", "-h")) {
      Outcome outcome = run(flag);
      assertEquals(0, outcome.exitCode(), flag);
      assertTrue(outcome.out().startsWith("usage: irc run"), outcome.out());
      assertTrue(outcome.out().contains("--version"), outcome.out());
    }
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Outcome outcome = run("--no-such-option");
    assertEquals(2, outcome.exitCode());
    assertTrue(outcome.err().startsWith("irc: unknown option '--no-such-option'"), outcome.err());
  }
}
