package dev.irc.passes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One option a pass declares ({@code max-iterations=3}): a name, a description shown by
 * {@code --list-passes}, a default, and how its text is read. Options are set while a pipeline
 * is built and only read while it runs, so a pass instance can be shared by worker threads.
 *
 * @param <T> the type of the option's value
 */
public final class PassOption<T> {
  private final String name;
  private final String description;
  private final String typeName;
  private final T defaultValue;
  private final Function<String, T> reader;
  private volatile T value;
  private volatile boolean explicitlySet;

  private PassOption(String name, String description, String typeName, T defaultValue, Function<String, T> reader) {
    this.name = Objects.requireNonNull(name);
    this.description = description;
    this.typeName = typeName;
    this.defaultValue = defaultValue;
    this.reader = reader;
    this.value = defaultValue;
  }

  /** A {@code true}/{@code false} option; a bare name (without {@code =value}) means true. */
  public static PassOption<Boolean> flag(String name, boolean defaultValue, String description) {
    return new PassOption<>(name, description, "bool", defaultValue, text -> switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "1", "" -> true;
      case "false", "0" -> false;
      default -> throw new IllegalArgumentException("expected 'true' or 'false'");
    });
  }

  /** An integer option with a lower bound. */
  public static PassOption<Integer> integer(String name, int defaultValue, int min, String description) {
    return new PassOption<>(name, description, "int", defaultValue, text -> {
      int parsed;
      try {
        parsed = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected an integer");
      }
      if (parsed < min) {
        throw new IllegalArgumentException("expected an integer of at least " + min);
      }
      return parsed;
    });
  }

  /** A free-form string option. */
  public static PassOption<String> string(String name, String defaultValue, String description) {
    return new PassOption<>(name, description, "string", defaultValue, text -> text);
  }

  /** A comma-separated list of strings. */
  public static PassOption<List<String>> stringList(String name, String description) {
    return new PassOption<>(name, description, "list", List.of(),
        text -> text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList());
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The kind of value ({@code bool}, {@code int}, {@code string}, {@code list}) shown in help. */
  public String typeName() {
    return typeName;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public T get() {
    return value;
  }

  /** Whether the option was given in the pipeline rather than left at its default. */
  public boolean isExplicitlySet() {
    return explicitlySet;
  }

  /** Whether a bare {@code name} without {@code =value} is meaningful (only for flags). */
  public boolean acceptsBareName() {
    return typeName.equals("bool");
  }

  /**
   * Reads {@code text} as this option's value.
   *
   * @throws IllegalArgumentException with a message saying what was expected
   */
  public void setFromText(String text) {
    this.value = reader.apply(text);
    this.explicitlySet = true;
  }

  /** The value as pipeline text reads it back. */
  public String valueText() {
    return value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
  }
}
