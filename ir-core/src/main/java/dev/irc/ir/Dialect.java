package dev.irc.ir;

import dev.irc.ir.text.DialectAsmParser;
import java.util.List;

/**
 * A namespace of operations, types and attributes ({@code arith}, {@code py}, {@code llvm})
 * that plugs into the core through an {@link IrContext} without edits to the core.
 *
 * <p>A dialect lists its op definitions and parses the bodies of its types ({@code !ns.body})
 * and attributes ({@code #ns.body}); types and attributes print themselves.
 */
public interface Dialect {
  /** The prefix of every op, type and attribute name of this dialect. */
  String namespace();

  /** One sentence saying what the dialect is for (shown by {@code --show-dialects}). */
  default String description() {
    return "";
  }

  /** The op kinds of this dialect. */
  List<OpDefinition> operations();

  /**
   * Parses a type of this dialect after {@code !ns.}; the parser is positioned at the mnemonic.
   * The default rejects all types.
   */
  default Type parseType(DialectAsmParser parser) {
    throw parser.error("dialect '" + namespace() + "' has no types");
  }

  /** Parses an attribute of this dialect after {@code #ns.}. The default rejects all attributes. */
  default Attribute parseAttribute(DialectAsmParser parser) {
    throw parser.error("dialect '" + namespace() + "' has no attributes");
  }
}
