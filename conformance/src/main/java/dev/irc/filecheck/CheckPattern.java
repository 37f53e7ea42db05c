package dev.irc.filecheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed pattern of one check directive: literal text, {@code {{regex}}} pieces, and
 * {@code [[VAR:regex]]} / {@code [[VAR]]} variable definitions and uses.
 *
 * <p>Variable uses are only resolved when the pattern is matched, because their values come
 * from earlier matches; keeping the pattern as parts lets each match build its own regex.
 */
final class CheckPattern {

  /** One piece of a pattern, in check-file order. */
  sealed interface Part {}

  /** Text matched literally. */
  record Literal(String text) implements Part {}

  /** A {@code {{...}}} regex, already translated to Java syntax. */
  record RegexPart(String javaRegex) implements Part {}

  /** A {@code [[NAME:regex]]} definition; {@code group} is the Java group name it captures. */
  record VariableDefinition(String name, String javaRegex, String group) implements Part {}

  /** A {@code [[NAME]]} use; {@code offset} is where the name sits in the check buffer. */
  record VariableUse(String name, int offset) implements Part {}

  /** A use of a variable that has no value when the pattern is matched. */
  record UndefinedVariable(String name, int offset) {}

  /** Where a pattern matched: {@code [pos, pos + length)} in the input. */
  record Match(int pos, int length) {}

  /** The result of matching: a match, or no match, or undefined variables. */
  record Outcome(Match match, List<UndefinedVariable> undefined) {
    static Outcome noMatch() {
      return new Outcome(null, List.of());
    }
  }

  private final CheckKind kind;
  private final String prefix;
  private final SourceBuffer source;
  private final int location;
  private final int count;
  private final List<Part> parts;
  private final String fixedString;
  private final boolean matchFullLines;
  private final boolean strictWhitespace;
  private final boolean ignoreCase;
  private final Pattern compiled;

  CheckPattern(
      CheckKind kind,
      String prefix,
      SourceBuffer source,
      int location,
      int count,
      List<Part> parts,
      FileCheckOptions options) {
    this.kind = kind;
    this.prefix = prefix;
    this.source = source;
    this.location = location;
    this.count = count;
    this.parts = List.copyOf(parts);
    this.matchFullLines = options.matchFullLines() && kind != CheckKind.NOT;
    this.strictWhitespace = options.strictWhitespace();
    this.ignoreCase = options.ignoreCase();
    boolean allLiteral = parts.stream().allMatch(p -> p instanceof Literal);
    if (kind != CheckKind.EMPTY && kind != CheckKind.EOF && allLiteral && !matchFullLines) {
      StringBuilder text = new StringBuilder();
      parts.forEach(p -> text.append(((Literal) p).text()));
      this.fixedString = text.toString();
    } else {
      this.fixedString = null;
    }
    boolean needsValues = parts.stream().anyMatch(p -> p instanceof VariableUse);
    this.compiled =
        fixedString != null || needsValues || kind == CheckKind.EOF
            ? null
            : Pattern.compile(buildRegex(Map.of()), flags());
  }

  CheckKind kind() {
    return kind;
  }

  String prefix() {
    return prefix;
  }

  SourceBuffer source() {
    return source;
  }

  int location() {
    return location;
  }

  int count() {
    return count;
  }

  /** The name LLVM uses for this directive in messages, e.g. {@code CHECK-NEXT}. */
  String description() {
    return kind.describe(prefix, count);
  }

  private int flags() {
    int flags = Pattern.MULTILINE | Pattern.UNIX_LINES;
    if (ignoreCase) {
      flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    }
    return flags;
  }

  /** The variables this pattern substitutes from earlier matches, in order of use. */
  List<String> substitutedVariables() {
    List<String> names = new ArrayList<>();
    List<String> definedHere = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof VariableDefinition def) {
        definedHere.add(def.name());
      } else if (part instanceof VariableUse use && !definedHere.contains(use.name())) {
        names.add(use.name());
      }
    }
    return names;
  }

  /** The text the fuzzy matcher compares candidate input against. */
  String exampleString() {
    if (fixedString != null) {
      return fixedString;
    }
    return buildRegex(Map.of());
  }

  private String buildRegex(Map<String, String> values) {
    if (kind == CheckKind.EMPTY) {
      return "\n$";
    }
    StringBuilder regex = new StringBuilder();
    if (matchFullLines) {
      regex.append('^');
      if (!strictWhitespace) {
        regex.append(" *");
      }
    }
    Map<String, String> definedHere = new HashMap<>();
    for (Part part : parts) {
      switch (part) {
        case Literal literal -> regex.append(escape(literal.text()));
        case RegexPart r -> regex.append('(').append(r.javaRegex()).append(')');
        case VariableDefinition def -> {
          regex.append("(?<").append(def.group()).append('>').append(def.javaRegex()).append(')');
          definedHere.put(def.name(), def.group());
        }
        case VariableUse use -> {
          String group = definedHere.get(use.name());
          if (group != null) {
            regex.append("\\k<").append(group).append('>');
          } else {
            regex.append(escape(values.getOrDefault(use.name(), "")));
          }
        }
      }
    }
    if (matchFullLines) {
      if (!strictWhitespace) {
        regex.append(" *");
      }
      regex.append('$');
    }
    return regex.toString();
  }

  /** Escapes regex metacharacters the way LLVM's {@code Regex::escape} does. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("()^$|*+?.[]\\{}".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Matches this pattern in {@code input[from, to)}, treating that region as the whole buffer
   * (so {@code ^} matches at {@code from}), and records variable definitions on success.
   */
  Outcome match(String input, int from, int to, Map<String, String> variables) {
    if (kind == CheckKind.EOF) {
      return new Outcome(new Match(to, 0), List.of());
    }
    if (fixedString != null) {
      int pos = find(input, from, to, fixedString);
      return pos < 0 ? Outcome.noMatch() : new Outcome(new Match(pos, fixedString.length()), List.of());
    }
    Pattern regex = compiled;
    if (regex == null) {
      List<UndefinedVariable> undefined = new ArrayList<>();
      List<String> definedEarlier = new ArrayList<>();
      for (Part part : parts) {
        if (part instanceof VariableDefinition def) {
          definedEarlier.add(def.name());
        } else if (part instanceof VariableUse use
            && !definedEarlier.contains(use.name())
            && !variables.containsKey(use.name())) {
          undefined.add(new UndefinedVariable(use.name(), use.offset()));
        }
      }
      if (!undefined.isEmpty()) {
        return new Outcome(null, undefined);
      }
      regex = Pattern.compile(buildRegex(variables), flags());
    }
    Matcher matcher = regex.matcher(input);
    matcher.region(from, to);
    if (!matcher.find()) {
      return Outcome.noMatch();
    }
    for (Part part : parts) {
      if (part instanceof VariableDefinition def) {
        variables.put(def.name(), matcher.group(def.group()));
      }
    }
    int skip = kind == CheckKind.EMPTY ? 1 : 0;
    return new Outcome(new Match(matcher.start() + skip, matcher.end() - matcher.start() - skip), List.of());
  }

  private int find(String input, int from, int to, String needle) {
    if (!ignoreCase) {
      int pos = input.indexOf(needle, from);
      return pos >= 0 && pos + needle.length() <= to ? pos : -1;
    }
    for (int i = from; i + needle.length() <= to; i++) {
      if (input.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}
