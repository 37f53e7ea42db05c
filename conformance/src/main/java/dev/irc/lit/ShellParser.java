package dev.irc.lit;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the shell subset of RUN lines: words with {@code '...'}, {@code "..."} and backslash
 * quoting, {@code |}, {@code &&}, {@code < > >> 2> 2>&1} redirections and the {@code not}
 * prefix.
 *
 * <p>Tests must run identically on every machine without a shell, so the runner accepts only
 * this small, well-defined language and rejects anything else with a clear message.
 */
public final class ShellParser {
  private enum TokenKind {
    WORD,
    PIPE,
    AND,
    LESS,
    GREATER,
    APPEND,
    ERR_GREATER,
    ERR_TO_OUT
  }

  private record Token(TokenKind kind, String text) {}

  private ShellParser() {}

  /** Parses one substituted RUN command; throws {@link IllegalArgumentException} if invalid. */
  public static ShellScript parse(String command) {
    List<Token> tokens = tokenize(command);
    List<ShellScript.Pipeline> pipelines = new ArrayList<>();
    List<ShellScript.Stage> stages = new ArrayList<>();
    int i = 0;
    while (true) {
      List<String> argv = new ArrayList<>();
      int negations = 0;
      String stdin = null;
      String stdout = null;
      boolean append = false;
      String stderr = null;
      boolean errToOut = false;
      while (i < tokens.size()) {
        Token token = tokens.get(i);
        if (token.kind() == TokenKind.PIPE || token.kind() == TokenKind.AND) {
          break;
        }
        switch (token.kind()) {
          case WORD -> {
            if (argv.isEmpty() && token.text().equals("not")) {
              negations++;
            } else {
              argv.add(token.text());
            }
          }
          case ERR_TO_OUT -> errToOut = true;
          default -> {
            if (i + 1 >= tokens.size() || tokens.get(i + 1).kind() != TokenKind.WORD) {
              throw new IllegalArgumentException(
                  "missing file name after '" + token.text() + "' in: " + command);
            }
            String file = tokens.get(++i).text();
            switch (token.kind()) {
              case LESS -> stdin = file;
              case GREATER -> {
                stdout = file;
                append = false;
              }
              case APPEND -> {
                stdout = file;
                append = true;
              }
              default -> stderr = file;
            }
          }
        }
        i++;
      }
      if (argv.isEmpty()) {
        throw new IllegalArgumentException("empty command in: " + command);
      }
      stages.add(new ShellScript.Stage(argv, negations, stdin, stdout, append, stderr, errToOut));
      if (i == tokens.size()) {
        pipelines.add(new ShellScript.Pipeline(stages));
        return new ShellScript(pipelines);
      }
      if (tokens.get(i).kind() == TokenKind.AND) {
        pipelines.add(new ShellScript.Pipeline(stages));
        stages = new ArrayList<>();
      }
      i++;
    }
  }

  private static List<Token> tokenize(String command) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder word = null;
    int i = 0;
    while (i < command.length()) {
      char c = command.charAt(i);
      if (Character.isWhitespace(c)) {
        word = flush(word, tokens);
        i++;
      } else if (c == '\'') {
        int end = command.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated single quote in: " + command);
        }
        word = word == null ? new StringBuilder() : word;
        word.append(command, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        word = word == null ? new StringBuilder() : word;
        i++;
        while (true) {
          if (i >= command.length()) {
            throw new IllegalArgumentException("unterminated double quote in: " + command);
          }
          char d = command.charAt(i);
          if (d == '"') {
            i++;
            break;
          }
          if (d == '\\' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
            word.append(command.charAt(i + 1));
            i += 2;
          } else {
            word.append(d);
            i++;
          }
        }
      } else if (c == '\\') {
        word = word == null ? new StringBuilder() : word;
        if (i + 1 < command.length()) {
          word.append(command.charAt(i + 1));
        }
        i += 2;
      } else if (command.startsWith("&&", i)) {
        word = flush(word, tokens);
        tokens.add(new Token(TokenKind.AND, "&&"));
        i += 2;
      } else if (command.startsWith("||", i) || c == ';' || c == '&' || c == '`' || c == '$'
          && i + 1 < command.length() && command.charAt(i + 1) == '(') {
        throw new IllegalArgumentException(
            "unsupported shell syntax '" + c + "' at column " + (i + 1) + " in: " + command);
      } else if (c == '|') {
        word = flush(word, tokens);
        tokens.add(new Token(TokenKind.PIPE, "|"));
        i++;
      } else if (c == '<') {
        word = flush(word, tokens);
        tokens.add(new Token(TokenKind.LESS, "<"));
        i++;
      } else if (c == '>') {
        word = flush(word, tokens);
        boolean append = command.startsWith(">>", i);
        tokens.add(append ? new Token(TokenKind.APPEND, ">>") : new Token(TokenKind.GREATER, ">"));
        i += append ? 2 : 1;
      } else if (c == '2' && word == null && command.startsWith("2>", i)) {
        if (command.startsWith("2>&1", i)) {
          tokens.add(new Token(TokenKind.ERR_TO_OUT, "2>&1"));
          i += 4;
        } else {
          tokens.add(new Token(TokenKind.ERR_GREATER, "2>"));
          i += 2;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
        i++;
      }
    }
    flush(word, tokens);
    return tokens;
  }

  private static StringBuilder flush(StringBuilder word, List<Token> tokens) {
    if (word != null) {
      tokens.add(new Token(TokenKind.WORD, word.toString()));
    }
    return null;
  }
}
