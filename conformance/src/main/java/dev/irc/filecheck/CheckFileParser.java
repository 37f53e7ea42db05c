package dev.irc.filecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a check file into {@link CheckString}s, finding directives the way LLVM FileCheck does:
 * the earliest prefix on a line that is not inside a word and is followed by a directive suffix.
 *
 * <p>Parsing is separate from matching so that malformed check files fail with exit code 2
 * before any input is looked at, as in LLVM.
 */
final class CheckFileParser {
  private static final Pattern VALID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern LINE_EXPRESSION = Pattern.compile("@LINE(?:\\s*([+-])\\s*(\\d+))?");

  private final SourceBuffer check;
  private final FileCheckOptions options;
  private final List<String> prefixesLongestFirst;
  private int groupCounter;

  /** The kind and extent of a directive found on a line. */
  private record Directive(CheckKind kind, int count, boolean literal, int rest, boolean bad) {}

  CheckFileParser(SourceBuffer check, FileCheckOptions options) {
    this.check = check;
    this.options = options;
    List<String> all = new ArrayList<>(options.checkPrefixes());
    all.addAll(options.commentPrefixes());
    all.sort(Comparator.comparingInt(String::length).reversed());
    this.prefixesLongestFirst = all;
  }

  /** Validates the prefixes the way LLVM's option handling does. */
  static void validatePrefixes(FileCheckOptions options) {
    Set<String> seen = new LinkedHashSet<>();
    for (String prefix : concat(options.checkPrefixes(), options.commentPrefixes())) {
      if (!VALID_PREFIX.matcher(prefix).matches() || !seen.add(prefix)) {
        throw new FileCheckException(
            "Supplied "
                + (options.checkPrefixes().contains(prefix) ? "check" : "comment")
                + " prefix '"
                + prefix
                + "' is invalid! Prefixes must be unique and start with a letter and contain"
                + " only alphanumeric characters, hyphens and underscores\n");
      }
    }
    if (options.checkPrefixes().isEmpty()) {
      throw new FileCheckException("error: no check prefixes given\n");
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Builds the {@code --implicit-check-not} patterns, each in its own command-line buffer. */
  List<CheckPattern> implicitCheckNots() {
    List<CheckPattern> patterns = new ArrayList<>();
    for (String text : options.implicitCheckNot()) {
      String line = "-implicit-check-not='" + text + "'";
      SourceBuffer buffer = new SourceBuffer("command line", line);
      int start = line.indexOf('\'') + 1;
      patterns.add(
          parsePattern(
              buffer, CheckKind.NOT, "IMPLICIT-CHECK", start, text, start, 0, 1, false));
    }
    return patterns;
  }

  /** Parses the whole check file; throws {@link FileCheckException} on the first error. */
  List<CheckString> parse() {
    String text = check.text();
    List<CheckPattern> implicitNots = implicitCheckNots();
    List<CheckString> strings = new ArrayList<>();
    List<CheckPattern> dagNots = new ArrayList<>(implicitNots);
    Set<String> used = new LinkedHashSet<>();
    int lineStart = 0;
    int lineNumber = 1;
    while (lineStart <= text.length()) {
      int eol = text.indexOf('\n', lineStart);
      if (eol < 0) {
        eol = text.length();
      }
      int scan = lineStart;
      while (scan < eol) {
        int[] found = earliestPrefix(text, scan, eol);
        if (found == null) {
          break;
        }
        int prefixStart = found[0];
        String prefix = prefixesLongestFirst.get(found[1]);
        int afterPrefix = prefixStart + prefix.length();
        if (prefixStart > 0 && isWordChar(text.charAt(prefixStart - 1))) {
          scan = afterPrefix;
          continue;
        }
        boolean comment = !options.checkPrefixes().contains(prefix);
        Directive directive = directiveType(text, afterPrefix, eol, comment);
        if (directive == null) {
          scan = prefixStart + 1;
          continue;
        }
        if (comment) {
          break;
        }
        if (directive.bad()) {
          throw error(directive.rest(), "invalid count in -COUNT specification on prefix '"
              + prefix + "'");
        }
        used.add(prefix);
        CheckPattern pattern = directivePattern(prefix, prefixStart, directive, eol, lineNumber);
        if ((pattern.kind() == CheckKind.NEXT
                || pattern.kind() == CheckKind.SAME
                || pattern.kind() == CheckKind.EMPTY)
            && strings.isEmpty()) {
          String type = pattern.kind().describe("", 1).substring(1);
          throw error(prefixStart, "found '" + prefix + "-" + type + "' without previous '"
              + prefix + ": line");
        }
        if (pattern.kind() == CheckKind.DAG || pattern.kind() == CheckKind.NOT) {
          dagNots.add(pattern);
        } else {
          strings.add(new CheckString(pattern, dagNots));
          dagNots = new ArrayList<>(implicitNots);
        }
        break;
      }
      if (eol == text.length()) {
        break;
      }
      lineStart = eol + 1;
      lineNumber++;
    }
    if (!dagNots.isEmpty()) {
      CheckPattern eof =
          new CheckPattern(CheckKind.EOF, options.checkPrefixes().getFirst(), check,
              text.length(), 1, List.of(), options);
      strings.add(new CheckString(eof, dagNots));
    }
    List<String> missing = new ArrayList<>();
    for (String prefix : options.checkPrefixes()) {
      if (!used.contains(prefix)) {
        missing.add(prefix);
      }
    }
    boolean noneUsed = used.isEmpty() && options.implicitCheckNot().isEmpty();
    if (noneUsed || (!options.allowUnusedPrefixes() && !missing.isEmpty() && !used.isEmpty())) {
      List<String> listed = used.isEmpty() ? options.checkPrefixes() : missing;
      StringBuilder message = new StringBuilder("error: no check strings found with prefix");
      message.append(listed.size() > 1 ? "es " : " ");
      for (int i = 0; i < listed.size(); i++) {
        message.append(i == 0 ? "" : ", ").append('\'').append(listed.get(i)).append(":'");
      }
      throw new FileCheckException(message.append('\n').toString());
    }
    return strings;
  }

  /** Returns {position, index into prefixesLongestFirst} of the earliest prefix, or null. */
  private int[] earliestPrefix(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      for (int p = 0; p < prefixesLongestFirst.size(); p++) {
        String prefix = prefixesLongestFirst.get(p);
        if (i + prefix.length() <= to && text.startsWith(prefix, i)) {
          return new int[] {i, p};
        }
      }
    }
    return null;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  private static char at(String text, int i, int end) {
    return i < end ? text.charAt(i) : '\0';
  }

  /** Recognizes the suffix after a prefix ({@code :}, {@code -NEXT:}, ...), or returns null. */
  private Directive directiveType(String text, int rest, int eol, boolean comment) {
    if (comment) {
      return at(text, rest, eol) == ':' ? new Directive(CheckKind.PLAIN, 1, false, rest + 1, false) : null;
    }
    if (at(text, rest, eol) == ':' || at(text, rest, eol) == '{') {
      return modifiers(text, rest, eol, CheckKind.PLAIN, 1);
    }
    if (at(text, rest, eol) != '-') {
      return null;
    }
    rest++;
    if (text.startsWith("COUNT-", rest)) {
      int digits = rest + 6;
      int end = digits;
      while (end < eol && Character.isDigit(text.charAt(end))) {
        end++;
      }
      long count;
      try {
        count = Long.parseLong(text.substring(digits, end));
      } catch (NumberFormatException e) {
        return new Directive(CheckKind.PLAIN, 0, false, digits, true);
      }
      if (count <= 0 || count > Integer.MAX_VALUE
          || (at(text, end, eol) != ':' && at(text, end, eol) != '{')) {
        return new Directive(CheckKind.PLAIN, 0, false, end, true);
      }
      return modifiers(text, end, eol, CheckKind.PLAIN, (int) count);
    }
    for (CheckKind kind :
        List.of(CheckKind.NEXT, CheckKind.SAME, CheckKind.NOT, CheckKind.DAG, CheckKind.LABEL,
            CheckKind.EMPTY)) {
      String name = kind.describe("", 1).substring(1);
      if (text.startsWith(name, rest)) {
        return modifiers(text, rest + name.length(), eol, kind, 1);
      }
    }
    return null;
  }

  private Directive modifiers(String text, int rest, int eol, CheckKind kind, int count) {
    if (at(text, rest, eol) == ':') {
      return new Directive(kind, count, false, rest + 1, false);
    }
    if (at(text, rest, eol) != '{') {
      return null;
    }
    int i = rest + 1;
    boolean literal = false;
    while (true) {
      while (i < eol && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (!text.startsWith("LITERAL", i)) {
        return null;
      }
      literal = true;
      i += "LITERAL".length();
      while (i < eol && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (at(text, i, eol) != ',') {
        break;
      }
      i++;
    }
    if (!text.startsWith("}:", i)) {
      return null;
    }
    return new Directive(kind, count, literal, i + 2, false);
  }

  private CheckPattern directivePattern(
      String prefix, int prefixStart, Directive directive, int eol, int lineNumber) {
    String text = check.text();
    boolean keepSpace = options.strictWhitespace() && options.matchFullLines();
    int start = directive.rest();
    if (!keepSpace) {
      while (start < eol && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
        start++;
      }
    }
    int end = start;
    while (end < eol && text.charAt(end) != '\r') {
      end++;
    }
    if (!keepSpace) {
      while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
        end--;
      }
    }
    String patternText = text.substring(start, end);
    CheckKind kind = directive.kind();
    if (patternText.isEmpty() && kind != CheckKind.EMPTY) {
      throw error(start, "found empty check string with prefix '" + prefix + ":'");
    }
    if (!patternText.isEmpty() && kind == CheckKind.EMPTY) {
      throw error(start, "found non-empty check string for empty check with prefix '"
          + prefix + ":'");
    }
    CheckPattern pattern =
        parsePattern(check, kind, prefix, start, patternText, start, lineNumber,
            directive.count(), directive.literal());
    if (kind == CheckKind.LABEL && !directive.literal() && patternText.contains("[[")) {
      throw error(prefixStart, "found '" + prefix + "-LABEL:' with variable definition or use");
    }
    return pattern;
  }

  private CheckPattern parsePattern(
      SourceBuffer source,
      CheckKind kind,
      String prefix,
      int location,
      String text,
      int textStart,
      int lineNumber,
      int count,
      boolean literal) {
    List<CheckPattern.Part> parts = new ArrayList<>();
    StringBuilder pendingLiteral = new StringBuilder();
    if (literal || kind == CheckKind.EMPTY) {
      pendingLiteral.append(text);
    } else {
      int i = 0;
      while (i < text.length()) {
        if (text.startsWith("{{", i)) {
          int end = text.indexOf("}}", i + 2);
          if (end < 0) {
            throw error(source, textStart + i, "found start of regex string with no end '}}'");
          }
          flush(pendingLiteral, parts);
          parts.add(new CheckPattern.RegexPart(
              translate(source, text.substring(i + 2, end), textStart + i + 2)));
          i = end + 2;
        } else if (text.startsWith("[[", i)) {
          int end = substitutionEnd(source, text, i + 2, textStart);
          if (end < 0) {
            throw error(source, textStart + i, "Invalid substitution block, no ]] found");
          }
          String block = text.substring(i + 2, end);
          CheckPattern.Part part = substitution(source, block, textStart + i + 2, lineNumber);
          if (part instanceof CheckPattern.Literal(String value)) {
            pendingLiteral.append(value);
          } else {
            flush(pendingLiteral, parts);
            parts.add(part);
          }
          i = end + 2;
        } else {
          int next = text.length();
          int regex = text.indexOf("{{", i + 1);
          int variable = text.indexOf("[[", i + 1);
          if (regex >= 0) {
            next = Math.min(next, regex);
          }
          if (variable >= 0) {
            next = Math.min(next, variable);
          }
          pendingLiteral.append(text, i, next);
          i = next;
        }
      }
    }
    flush(pendingLiteral, parts);
    if (kind == CheckKind.EMPTY) {
      parts.clear();
    }
    return new CheckPattern(kind, prefix, source, location, count, parts, options);
  }

  private static void flush(StringBuilder literal, List<CheckPattern.Part> parts) {
    if (!literal.isEmpty()) {
      parts.add(new CheckPattern.Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  /** Finds the {@code ]]} closing a substitution block, skipping nested brackets and escapes. */
  private int substitutionEnd(SourceBuffer source, String text, int from, int textStart) {
    int depth = 0;
    int i = from;
    while (i < text.length()) {
      if (depth == 0 && text.startsWith("]]", i)) {
        return i;
      }
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (depth == 0) {
          throw error(source, textStart + i, "missing closing \"]\" for regex variable");
        }
        depth--;
      }
      i++;
    }
    return -1;
  }

  private CheckPattern.Part substitution(
      SourceBuffer source, String block, int blockStart, int lineNumber) {
    String body = block;
    int bodyStart = blockStart;
    if (body.startsWith("#")) {
      body = body.substring(1).strip();
      bodyStart = blockStart + block.indexOf(body.isEmpty() ? "#" : body);
      var line = LINE_EXPRESSION.matcher(body);
      if (!line.matches()) {
        throw error(source, bodyStart,
            "numeric substitution blocks other than [[#@LINE]] are not supported");
      }
    }
    var line = LINE_EXPRESSION.matcher(body);
    if (line.matches()) {
      long value = lineNumber;
      if (line.group(1) != null) {
        long delta = Long.parseLong(line.group(2));
        value += line.group(1).equals("+") ? delta : -delta;
      }
      return new CheckPattern.Literal(Long.toString(value));
    }
    int j = 0;
    if (j < body.length() && body.charAt(j) == '$') {
      j++;
    }
    int nameStart = j;
    if (j < body.length() && (Character.isLetter(body.charAt(j)) || body.charAt(j) == '_')) {
      j++;
      while (j < body.length()
          && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '_')) {
        j++;
      }
    }
    if (j == nameStart) {
      throw error(source, bodyStart, "invalid variable name");
    }
    String name = body.substring(0, j);
    if (j == body.length()) {
      return new CheckPattern.VariableUse(name, bodyStart);
    }
    if (body.charAt(j) != ':') {
      throw error(source, bodyStart + j, "invalid name in string variable definition");
    }
    String regex = translate(source, body.substring(j + 1), bodyStart + j + 1);
    return new CheckPattern.VariableDefinition(name, regex, "v" + groupCounter++);
  }

  private String translate(SourceBuffer source, String ere, int offset) {
    try {
      String java = PosixRegexTranslator.toJava(ere);
      Pattern.compile(java);
      return java;
    } catch (IllegalArgumentException e) {
      String reason =
          e instanceof PatternSyntaxException syntax ? syntax.getDescription() : e.getMessage();
      throw error(source, offset, "invalid regex: " + reason);
    }
  }

  private FileCheckException error(int offset, String message) {
    return error(check, offset, message);
  }

  private static FileCheckException error(SourceBuffer source, int offset, String message) {
    return new FileCheckException(source.render(offset, "error", message));
  }
}
