package dev.irc.ir.text;

/**
 * How IR is printed: generic form for every op, and whether locations are shown.
 *
 * @param generic print every op in MLIR's generic form ({@code --print-op-generic})
 * @param debugInfo print each op's location ({@code --print-debuginfo})
 */
public record PrintOptions(boolean generic, boolean debugInfo) {
  public static final PrintOptions DEFAULT = new PrintOptions(false, false);
}
