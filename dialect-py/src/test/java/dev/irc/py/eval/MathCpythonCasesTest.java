package dev.irc.py.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.Repr;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's {@code math} functions against CPython 3.11's results, recorded by
 * {@code record-math-cases.py} (beside {@code math-cases.txt} in the test resources): special
 * values, subnormals, huge arguments, the integers and half-integers where gamma changes method,
 * and seeded random values. Results are compared as repr() strings, so every bit counts; errors
 * as CPython's last traceback line.
 */
class MathCpythonCasesTest {
  private static final Map<String, BuiltinFunction> TABLE = Builtins.table(new PrintStream(OutputStream.nullOutputStream()));

  @Test
  void everyRecordedCaseMatchesCpython() throws IOException {
    String text;
    try (InputStream in = MathCpythonCasesTest.class.getResourceAsStream("math-cases.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String function = fields[0];
      List<Object> args = arguments(fields[1]);
      String actual;
      try {
        actual = Repr.repr(TABLE.get("math." + function).call(args, List.of(), List.of()));
      } catch (PyException e) {
        actual = e.lastLine();
      }
      cases++;
      if (!actual.equals(fields[2])) {
        failures.add(function + "(" + fields[1] + "): CPython " + fields[2] + ", irc " + actual);
      }
    }
    assertTrue(cases > 10_000, "the recorded file has " + cases + " cases");
    assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " of " + cases + " cases differ");
  }

  private static List<Object> arguments(String field) {
    List<Object> args = new ArrayList<>();
    if (field.isEmpty()) {
      return args;
    }
    for (String token : field.split(", ")) {
      args.add(switch (token) {
        case "True" -> Boolean.TRUE;
        case "False" -> Boolean.FALSE;
        case "inf" -> Double.POSITIVE_INFINITY;
        case "-inf" -> Double.NEGATIVE_INFINITY;
        case "nan" -> Double.NaN;
        default -> token.contains(".") || token.contains("e")
            ? (Object) Double.parseDouble(token) : PyInt.normalize(new BigInteger(token));
      });
    }
    return args;
  }
}
