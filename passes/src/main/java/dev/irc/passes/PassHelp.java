package dev.irc.passes;

/**
 * The {@code --list-passes} text: every registered pass with its description and options
 * (type, default, description), aligned like {@code mlir-opt --help}.
 */
public final class PassHelp {
  private static final int COLUMN = 34;

  private PassHelp() {}

  public static String render(PassRegistry registry) {
    var out = new StringBuilder("Available Passes:\n");
    for (PassRegistration registration : registry.registrations()) {
      Pass pass = registration.create();
      String anchor = pass.anchor().map(a -> " (on '" + a + "')").orElse("");
      row(out, "  --" + pass.argument(), pass.description() + anchor);
      for (PassOption<?> option : pass.options().values()) {
        row(out, "    " + option.name() + "=<" + option.typeName() + ">",
            option.description() + " (default: " + describeDefault(option) + ")");
      }
    }
    return out.toString();
  }

  private static String describeDefault(PassOption<?> option) {
    Object value = option.defaultValue();
    return value instanceof java.util.List<?> list ? (list.isEmpty() ? "empty" : String.join(",", list.stream().map(String::valueOf).toList()))
        : String.valueOf(value);
  }

  private static void row(StringBuilder out, String left, String right) {
    out.append(left);
    if (left.length() < COLUMN) {
      out.append(" ".repeat(COLUMN - left.length()));
    } else {
      out.append("\n").append(" ".repeat(COLUMN));
    }
    out.append("- ").append(right).append('\n');
  }
}
