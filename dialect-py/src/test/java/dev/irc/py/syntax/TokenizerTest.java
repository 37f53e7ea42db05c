package dev.irc.py.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  private static List<Token> tokens(String text) {
    return Tokenizer.tokenize(new SourceFile("t.py", text));
  }

  /** Kinds, with names, numbers and operators shown by their text. */
  private static String dump(String text) {
    return tokens(text).stream()
        .map(t -> switch (t.kind()) {
          case NAME, INT, FLOAT -> t.text();
          case STRING -> "STRING(" + t.stringValue() + ")";
          default -> t.kind().spelling() != null ? t.kind().spelling() : t.kind().name();
        })
        .collect(Collectors.joining(" "));
  }

  private static String error(String text) {
    var e = assertThrows(DiagnosticException.class, () -> tokens(text));
    var d = e.diagnostics().getFirst();
    return d.location() + " " + d.message();
  }

  @Test
  void indentationProducesIndentAndDedent() {
    String program = """
        if x:
            y = 1

            # comment at any indentation
        # another
            if y:
                pass
        z
        """;
    assertEquals(
        "if x : NEWLINE INDENT y = 1 NEWLINE if y : NEWLINE INDENT pass NEWLINE DEDENT DEDENT "
            + "z NEWLINE END_OF_FILE",
        dump(program));
  }

  @Test
  void missingFinalNewlineAndOpenBlocksAreClosedAtEndOfFile() {
    assertEquals("def f ( ) : NEWLINE INDENT return NEWLINE DEDENT END_OF_FILE",
        dump("def f():\n    return"));
  }

  @Test
  void bracketsJoinLinesAndBackslashContinues() {
    assertEquals("x = ( 1 , 2 ) + 3 NEWLINE END_OF_FILE", dump("x = (1,\n        2) + \\\n  3\n"));
  }

  @Test
  void crlfLineEndings() {
    assertEquals("if x : NEWLINE INDENT y NEWLINE DEDENT END_OF_FILE", dump("if x:\r\n  y\r\n"));
  }

  @Test
  void tabsCountToMultiplesOfEight() {
    assertEquals("if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT END_OF_FILE",
        dump("if x:\n\ta\n\tb\n"));
  }

  @Test
  void operatorsTakeTheLongestMatch() {
    assertEquals("**= //= -> := ** // << >>= != <= @ ... . NEWLINE END_OF_FILE",
        dump("**= //= -> := ** // << >>= != <= @ ... ."));
  }

  @Test
  void keywordsAreNotNames() {
    assertEquals(List.of(TokenKind.NOT, TokenKind.IN, TokenKind.NAME, TokenKind.NEWLINE, TokenKind.END_OF_FILE),
        tokens("not in match").stream().map(Token::kind).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 | 0",
      "00 | 0",
      "0_0 | 0",
      "1_000_000 | 1000000",
      "0xff | 255",
      "0XfF_0 | 4080",
      "0o17 | 15",
      "0b1_0 | 2",
      "0x_1 | 1",
      "123456789012345678901234567890 | 123456789012345678901234567890",
  })
  void intLiterals(String text, String value) {
    Token token = tokens(text).getFirst();
    assertEquals(TokenKind.INT, token.kind());
    assertEquals(new BigInteger(value), token.intValue());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. | 1.0",
      ".5 | 0.5",
      "1e10 | 1e10",
      "1E+3 | 1000",
      "1_0.5e-3 | 0.0105",
      "0.1 | 0.1",
      "00.5 | 0.5",
      "09.5 | 9.5",
      "1e400 | Infinity",
  })
  void floatLiterals(String text, double value) {
    Token token = tokens(text).getFirst();
    assertEquals(TokenKind.FLOAT, token.kind());
    assertEquals(value, token.floatValue());
  }

  @Test
  void numberBeforeKeywordIsAccepted() {
    assertEquals("1 if x else 2 NEWLINE END_OF_FILE", dump("1if x else 2"));
  }

  @Test
  void stringEscapesAndPrefixes() {
    assertEquals("STRING(a\nb\t\\'\"AB\u00e9\u20ac\u0001) NEWLINE END_OF_FILE",
        dump("'a\\nb\\t\\\\\\'\\\"\\x41\\u0042\\xe9\\U000020ac\\1'"));
    assertEquals("STRING(\\n) STRING(\\d) STRING(x) NEWLINE END_OF_FILE", dump("r'\\n' '\\d' U'x'"));
    assertEquals("STRING(a\n'b) NEWLINE END_OF_FILE", dump("'''a\n'b'''"));
    assertEquals("STRING(ab) NEWLINE END_OF_FILE", dump("'a\\\nb'"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "x = 012 | 1:5 | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      "x = 1_ | 1:6 | invalid decimal literal",
      "x = 1__0 | 1:6 | invalid decimal literal",
      "x = 1abc | 1:5 | invalid decimal literal",
      "x = 1e | 1:5 | invalid decimal literal",
      "x = 1e+ | 1:7 | invalid decimal literal",
      "x = 1._5 | 1:6 | invalid decimal literal",
      "x = 0x | 1:6 | invalid hexadecimal literal",
      "x = 0x1g | 1:7 | invalid hexadecimal literal",
      "x = 0b2 | 1:7 | invalid digit '2' in binary literal",
      "x = 0b1a | 1:7 | invalid binary literal",
      "x = 0o8 | 1:7 | invalid digit '8' in octal literal",
      "x = 1j | 1:5 | complex number is not supported by irc",
      "x = 1.5e3J | 1:5 | complex number is not supported by irc",
      "x = 'abc | 1:5 | unterminated string literal (detected at line 1)",
      "x = '''abc | 1:5 | unterminated triple-quoted string literal (detected at line 1)",
      "x = f'{a}' | 1:5 | f-string is not supported by irc",
      "x = b'a' | 1:5 | bytes literal is not supported by irc",
      "x = Rb'a' | 1:5 | bytes literal is not supported by irc",
      "x = '\\N{DASH}' | 1:6 | '\\N{...}' escape is not supported by irc",
      "x = '\\x4' | 1:6 | (unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape",
      "x = $ | 1:5 | invalid syntax",
      "x = € | 1:5 | invalid character '€' (U+20AC)",
      "x = 1 \\ 2 | 1:8 | unexpected character after line continuation character",
      "x = 1 \\ | 1:8 | unexpected EOF while parsing",
      "x = ( | 1:5 | '(' was never closed",
      "x = ) | 1:5 | unmatched ')'",
      "x = (1] | 1:7 | closing parenthesis ']' does not match opening parenthesis '('",
  })
  void errors(String text, String lineCol, String message) {
    assertEquals("loc(\"t.py\":" + lineCol + ") " + message, error(text));
  }

  @Test
  void multiLineErrors() {
    assertEquals("loc(\"t.py\":1:5) unterminated triple-quoted string literal (detected at line 3)",
        error("x = '''a\nb\nc"));
    assertEquals("loc(\"t.py\":2:7) closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        error("x = (1,\n     2]"));
    assertEquals("loc(\"t.py\":3:5) unindent does not match any outer indentation level",
        error("if x:\n        a\n    b\n"));
    assertEquals("loc(\"t.py\":3:1) inconsistent use of tabs and spaces in indentation",
        error("if x:\n\ta\n        b\n"));
    assertEquals("loc(\"t.py\":1:5) source code cannot contain null bytes", error("x = \0"));
    assertEquals("loc(\"t.py\":2:3) source code cannot contain null bytes", error("x = 1 +\n# \0"));
  }
}
