package dev.irc.py.syntax;

import java.util.List;
import java.util.Random;

/**
 * Makes malformed Python from a seed: random token soups, and valid programs with characters
 * deleted, duplicated, swapped or inserted (brackets, quotes, colons, indentation, newlines).
 */
final class SourceMutator {
  private static final String[] FRAGMENTS = {
    "if", "elif", "else", "while", "for", "in", "not", "and", "or", "is", "def", "return",
    "break", "continue", "pass", "global", "assert", "import", "from", "math", "as", "lambda",
    "class", "try", "yield", "del", "True", "False", "None", "x", "y", "print", "f", "_",
    "0", "1", "007", "0x1F", "0b2", "1_000", "1e5", "1.", ".5", "1j", "'s'", "\"t\"", "'''u'''",
    "r'\\n'", "b'x'", "f'x'", "'\\x4'", "'\\N{X}'", "(", ")", "[", "]", "{", "}", ":", ",", ";",
    ".", "...", "=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "**", "/", "//", "%",
    "@", "&", "|", "^", "~", "<<", ">>", "+=", "**=", "//=", "->", ":=", "\\", "#c", "$", "?",
    "\u20ac", "\t", "\n", "\n    ", "\n  ", "\n\t", "'", "\"", "\"\"\"", "\r\n", "\0",
  };
  private static final String INSERTABLE = "()[]{}:'\"\\\n\t #,=.*-+0a_";

  private final Random random;

  SourceMutator(long seed) {
    this.random = new Random(seed);
  }

  /** One random input: a token soup or a mutation of one of {@code programs}. */
  String next(List<String> programs) {
    if (random.nextInt(4) == 0) {
      return tokenSoup();
    }
    String program = programs.get(random.nextInt(programs.size()));
    var text = new StringBuilder(program);
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      mutate(text);
    }
    return text.toString();
  }

  private String tokenSoup() {
    var soup = new StringBuilder();
    int length = 1 + random.nextInt(30);
    for (int i = 0; i < length; i++) {
      soup.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      soup.append(random.nextInt(3) == 0 ? "" : " ");
    }
    return soup.toString();
  }

  private void mutate(StringBuilder text) {
    if (text.isEmpty()) {
      text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      return;
    }
    int at = random.nextInt(text.length());
    switch (random.nextInt(8)) {
      case 0 -> text.deleteCharAt(at);
      case 1 -> text.insert(at, text.charAt(at));
      case 2 -> {
        if (at + 1 < text.length()) {
          char c = text.charAt(at);
          text.setCharAt(at, text.charAt(at + 1));
          text.setCharAt(at + 1, c);
        }
      }
      case 3 -> text.insert(at, INSERTABLE.charAt(random.nextInt(INSERTABLE.length())));
      case 4 -> text.insert(lineStart(text, at), random.nextBoolean() ? "    " : "\t");
      case 5 -> {
        int end = Math.min(text.length(), at + 1 + random.nextInt(20));
        text.delete(at, end);
      }
      case 6 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      default -> {
        int start = lineStart(text, at);
        int end = text.indexOf("\n", at);
        end = end < 0 ? text.length() : end + 1;
        text.insert(start, text.substring(start, end));
      }
    }
  }

  private static int lineStart(StringBuilder text, int at) {
    int newline = text.lastIndexOf("\n", Math.max(0, at - 1));
    return newline < 0 ? 0 : newline + 1;
  }
}
