package dev.irc.conformance.fuzz;

/**
 * Reads seeds the way every property test of irc does: decimal or {@code 0x} hex, from the
 * {@code irc.seed} system property or a command-line argument.
 */
public final class SeedText {
  /** The system property that replays a seed. */
  public static final String PROPERTY = "irc.seed";
  /** The master seed of the normal test run. */
  public static final long DEFAULT_SEED = 0x1BC5EEDL;

  private SeedText() {}

  public static long parse(String text) {
    text = text.strip();
    return text.startsWith("0x") || text.startsWith("0X") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
  }

  /** The seed from {@value #PROPERTY}, or the default. */
  public static long configured() {
    String text = System.getProperty(PROPERTY);
    return text == null || text.isBlank() ? DEFAULT_SEED : parse(text);
  }
}
