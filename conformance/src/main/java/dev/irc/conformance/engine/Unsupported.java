package dev.irc.conformance.engine;

/** Extracts the construct from an importer's "X is not supported by irc" diagnostic. */
final class Unsupported {
  private Unsupported() {}

  static String construct(String stderr) {
    for (String line : stderr.split("\n")) {
      int at = line.indexOf(" is not supported by irc");
      if (at >= 0) {
        int start = line.indexOf("error: ");
        return line.substring(start < 0 ? 0 : start + "error: ".length(), at);
      }
    }
    return "unsupported";
  }
}
