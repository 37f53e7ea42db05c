package dev.irc.py.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The test programs under {@code src/test/resources/dev/irc/py/syntax}. */
final class SourceCorpus {
  static final List<String> VALID_FILES =
      List.of("arith.py", "control.py", "functions.py", "lists.py", "layout.py");

  private SourceCorpus() {}

  /** File name to text of every valid program. */
  static Map<String, String> validPrograms() {
    var programs = new java.util.LinkedHashMap<String, String>();
    for (String name : VALID_FILES) {
      programs.put(name, resource("valid/" + name));
    }
    return programs;
  }

  /** The snippets of {@code invalid-snippets.txt} (the header block excluded). */
  static List<String> invalidSnippets() {
    List<String> parts = Arrays.asList(resource("invalid-snippets.txt").split("\n# -----\n"));
    return new ArrayList<>(parts.subList(1, parts.size()));
  }

  private static String resource(String name) {
    try (InputStream in = SourceCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
