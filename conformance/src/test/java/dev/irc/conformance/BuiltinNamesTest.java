package dev.irc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.conformance.engine.DriverEngine;
import dev.irc.conformance.engine.Outcome;
import dev.irc.py.irgen.KnownFunctions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every name of CPython 3.11's {@code builtins} and {@code math} modules (recorded from CPython by
 * {@code dialect-py/record-cpython-names.sh}), called and used as a value, is either supported
 * or refused at compile time with a located "... is not supported by irc": never a NameError at
 * run time, which a program could catch or reach after printing, unlike CPython.
 */
class BuiltinNamesTest {
  private static final long TIMEOUT_MILLIS = 20_000;

  @Test
  void everyBuiltinIsSupportedOrACompileTimeError() {
    Set<String> names = KnownFunctions.CPYTHON_BUILTINS;
    assertTrue(names.size() > 150 && names.contains("print") && names.contains("ValueError"),
        "the recorded list of builtins looks incomplete: " + names.size());
    var failures = new ArrayList<String>();
    try (DriverEngine engine = DriverEngine.interp(TIMEOUT_MILLIS)) {
      for (String name : new TreeSet<>(names)) {
        if (name.equals("__name__")) {
          continue; // a module global, not a builtin, in a running program ('__main__')
        }
        check(engine, name + "(1)", "print(" + name + "(1))\n", failures);
        check(engine, name + " as a value", "v = " + name + "\nprint(1)\n", failures);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void everyMathAttributeIsSupportedOrACompileTimeError() {
    List<String> names = recorded("/cpython-names/math.txt");
    assertTrue(names.size() > 50 && names.contains("sqrt") && names.contains("pi"),
        "the recorded list of math names looks incomplete: " + names.size());
    var failures = new ArrayList<String>();
    try (DriverEngine engine = DriverEngine.interp(TIMEOUT_MILLIS)) {
      for (String name : names) {
        check(engine, "math." + name + "(1.0)", "import math\nprint(math." + name + "(1.0))\n", failures);
        check(engine, "math." + name + " as a value", "import math\nv = math." + name + "\nprint(1)\n", failures);
        check(engine, "from math import " + name, "from math import " + name + "\nprint(1)\n", failures);
      }
    }
    assertEquals(List.of(), failures);
  }

  /**
   * Runs {@code source}: a refusal is fine ({@link DriverEngine} reports one only for the
   * compile-time "... is not supported by irc" diagnostic), a run must not end in NameError.
   */
  private static void check(DriverEngine engine, String what, String source, List<String> failures) {
    Outcome outcome = engine.run("names.py", source);
    switch (outcome.kind()) {
      case UNSUPPORTED -> { }
      case RAN -> {
        if (outcome.exceptionType().equals("NameError")) {
          failures.add(what + ": NameError at run time: " + outcome.stderrLast());
        }
      }
      default -> failures.add(what + ": " + outcome.kind() + " " + outcome.stderrLast());
    }
  }

  private static List<String> recorded(String resource) {
    try (InputStream in = BuiltinNamesTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
