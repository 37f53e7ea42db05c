package dev.irc.py.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Table test: {@code cpython311-table.txt} lists operations on literal arguments with CPython
 * 3.11's answers (each line {@code OP arg... => expected}); every line must give exactly that.
 */
class SemanticsTableTest {

  private static final Pattern TOKEN = Pattern.compile("'[^']*'|\\S+");

  record Case(int line, PyOp op, List<Object> args, String expected) {}

  @TestFactory
  Stream<DynamicTest> everyLineMatchesCPython() throws IOException {
    List<Case> cases = read();
    assertFalse(cases.isEmpty());
    return cases.stream().map(c -> DynamicTest.dynamicTest(
        c.line() + ": " + c.op().python(c.args()),
        () -> assertEquals(c.expected(), c.op().evaluate(c.args()), c.op().python(c.args()))));
  }

  private static List<Case> read() throws IOException {
    String text;
    try (InputStream in = SemanticsTableTest.class.getResourceAsStream("cpython311-table.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int arrow = line.indexOf(" => ");
      Matcher m = TOKEN.matcher(line.substring(0, arrow));
      List<String> tokens = new ArrayList<>();
      while (m.find()) {
        tokens.add(m.group());
      }
      PyOp op = PyOp.valueOf(tokens.get(0));
      List<Object> args = tokens.subList(1, tokens.size()).stream().map(SemanticsTableTest::value)
          .toList();
      cases.add(new Case(i + 1, op, args, line.substring(arrow + 4)));
    }
    return cases;
  }

  /** A Python literal token as a value: True/False/None, 'str', nan/inf, float, int. */
  static Object value(String token) {
    return switch (token) {
      case "True" -> true;
      case "False" -> false;
      case "None" -> PyNone.NONE;
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        if (token.startsWith("'")) {
          yield token.substring(1, token.length() - 1);
        }
        if (token.contains(".") || token.contains("e")) {
          yield Double.parseDouble(token);
        }
        yield PyInt.normalize(new BigInteger(token));
      }
    };
  }
}
