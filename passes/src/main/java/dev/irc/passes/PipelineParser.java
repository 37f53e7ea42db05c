package dev.irc.passes;

import dev.irc.ir.diag.SpellingSuggestion;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads textual pipelines: {@code builtin.module(func.func(canonicalize{max-iterations=3},cse),symbol-dce)}.
 *
 * <p>An element is either {@code op-name(elements)}, a pipeline nested on ops of that name
 * ({@code any(...)} for any op), or a registered pass with optional
 * {@code {key=value key2=value2}} options. A pipeline that is a single nested element is
 * anchored on that op; any other list ({@code canonicalize,cse}) runs on whatever op it is
 * given. Errors are {@link PipelineParseException}s pointing into the text.
 */
public final class PipelineParser {
  private final String text;
  private final PassRegistry registry;
  private int pos;

  private PipelineParser(String text, PassRegistry registry) {
    this.text = text;
    this.registry = registry;
  }

  /** Parses {@code text} into a pipeline whose passes are fresh instances from {@code registry}. */
  public static OpPassManager parse(String text, PassRegistry registry) {
    return new PipelineParser(text, registry).parseTopLevel();
  }

  /** One parsed element before it is placed in a manager. */
  private sealed interface Element {
    int offset();
  }

  private record PassElement(Pass pass, int offset) implements Element {}

  private record NestedElement(OpPassManager pipeline, int offset) implements Element {}

  private OpPassManager parseTopLevel() {
    List<Element> elements = parseElements();
    skipSpaces();
    if (pos < text.length()) {
      throw error(text.charAt(pos) == ')' ? "unbalanced ')' in pipeline" : "expected ',' or end of pipeline", pos);
    }
    if (elements.size() == 1 && elements.getFirst() instanceof NestedElement(OpPassManager pipeline, int offset)) {
      return pipeline;
    }
    var root = new OpPassManager(OpPassManager.ANY);
    addAll(root, elements);
    return root;
  }

  private List<Element> parseElements() {
    var elements = new ArrayList<Element>();
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) == ')') {
      return elements;
    }
    while (true) {
      elements.add(parseElement());
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      return elements;
    }
  }

  private Element parseElement() {
    skipSpaces();
    int start = pos;
    String name = parseName();
    if (name.isEmpty()) {
      throw error(pos >= text.length() ? "expected a pass or pipeline name at end of pipeline"
          : "expected a pass or pipeline name, found '" + text.charAt(pos) + "'", pos);
    }
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == '(') {
      int open = pos++;
      var nested = new OpPassManager(name);
      addAll(nested, parseElements());
      skipSpaces();
      if (pos >= text.length() || text.charAt(pos) != ')') {
        throw error(pos >= text.length() ? "unbalanced '(' in pipeline: expected ')'" : "expected ',' or ')'",
            pos >= text.length() ? open : pos);
      }
      pos++;
      return new NestedElement(nested, start);
    }
    PassRegistration registration = registry.lookup(name).orElseThrow(() -> error("unknown pass '" + name + "'"
        + registry.suggest(name).map(s -> "; did you mean '" + s + "'?").orElse(""), start));
    Pass pass = registration.create();
    if (pos < text.length() && text.charAt(pos) == '{') {
      parseOptions(pass);
    }
    return new PassElement(pass, start);
  }

  private void addAll(OpPassManager manager, List<Element> elements) {
    for (Element element : elements) {
      switch (element) {
        case PassElement(Pass pass, int offset) -> {
          String anchor = pass.anchor().orElse(null);
          if (anchor != null && !manager.isOpAgnostic() && !anchor.equals(manager.anchor())) {
            throw error("pass '" + pass.argument() + "' runs on '" + anchor + "' ops and cannot run in a pipeline on '"
                + manager.anchor() + "'", offset);
          }
          manager.addPass(pass);
        }
        case NestedElement(OpPassManager pipeline, int offset) -> manager.addNested(pipeline);
      }
    }
  }

  private void parseOptions(Pass pass) {
    int open = pos++;
    while (true) {
      skipSpaces();
      if (pos >= text.length()) {
        throw error("unbalanced '{' in options of pass '" + pass.argument() + "': expected '}'", open);
      }
      if (text.charAt(pos) == '}') {
        pos++;
        return;
      }
      int keyStart = pos;
      String key = parseName();
      if (key.isEmpty()) {
        throw error("expected an option name, found '" + text.charAt(pos) + "'", pos);
      }
      PassOption<?> option = pass.options().get(key);
      if (option == null) {
        String known = pass.options().isEmpty() ? "; the pass has no options"
            : SpellingSuggestion.closest(key, pass.options().keySet()).map(s -> "; did you mean '" + s + "'?").orElse("");
        throw error("unknown option '" + key + "' for pass '" + pass.argument() + "'" + known, keyStart);
      }
      skipSpaces();
      int valueStart = pos;
      String value;
      if (pos < text.length() && text.charAt(pos) == '=') {
        pos++;
        skipSpaces();
        valueStart = pos;
        value = parseOptionValue(open);
      } else if (option.acceptsBareName()) {
        value = "";
      } else {
        throw error("option '" + key + "' of pass '" + pass.argument() + "' needs a value: " + key + "=<"
            + option.typeName() + ">", pos);
      }
      try {
        option.setFromText(value);
      } catch (IllegalArgumentException e) {
        throw error("invalid value '" + value + "' for option '" + key + "' of pass '" + pass.argument() + "': "
            + e.getMessage(), valueStart);
      }
    }
  }

  /** A quoted string, a braced group, or text up to white space or the closing brace (parentheses balanced). */
  private String parseOptionValue(int optionsOpen) {
    if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
      char quote = text.charAt(pos);
      int close = text.indexOf(quote, pos + 1);
      if (close < 0) {
        throw error("unterminated quoted option value", pos);
      }
      String value = text.substring(pos + 1, close);
      pos = close + 1;
      return value;
    }
    int start = pos;
    int depth = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '{' || c == '(') {
        depth++;
      } else if (c == '}' || c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (Character.isWhitespace(c) && depth == 0) {
        break;
      }
      pos++;
    }
    if (depth > 0) {
      throw error("unbalanced brackets in option value", start);
    }
    String value = text.substring(start, pos);
    if (value.startsWith("{") && value.endsWith("}")) {
      value = value.substring(1, value.length() - 1);
    }
    return value;
  }

  private String parseName() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '$';
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private PipelineParseException error(String message, int offset) {
    return new PipelineParseException(message, text, Math.min(offset, text.length()));
  }
}
