package dev.irc.dialect.arith;

import dev.irc.ir.Attribute;
import dev.irc.ir.text.DialectAsmParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MLIR's arith flag attributes, {@code #arith.overflow<nsw, nuw>} (the {@code overflowFlags} of
 * {@code addi}/{@code subi}/{@code muli}/{@code shli}) and {@code #arith.fastmath<nnan, contract>}
 * (the {@code fastmath} of float ops); {@code none} is the empty set. It exists so that
 * {@code mlir-opt}'s generic output, which spells these flags on every such op, parses in irc.
 * irc's folders and interpreter ignore the flags, which is always sound: they only allow an op
 * to produce poison.
 */
public record ArithFlagsAttr(Kind kind, List<String> flags) implements Attribute {
  /** Which flag set: the mnemonic after {@code #arith.} and the flags it may hold. */
  public enum Kind {
    OVERFLOW("overflow", Set.of("nsw", "nuw")),
    FASTMATH("fastmath", Set.of("reassoc", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "fast"));

    private final String mnemonic;
    private final Set<String> allowed;

    Kind(String mnemonic, Set<String> allowed) {
      this.mnemonic = mnemonic;
      this.allowed = allowed;
    }

    static Kind ofMnemonic(String mnemonic) {
      for (Kind kind : values()) {
        if (kind.mnemonic.equals(mnemonic)) {
          return kind;
        }
      }
      return null;
    }
  }

  public ArithFlagsAttr {
    flags = List.copyOf(flags);
  }

  /** Whether this is {@code <none>}, the default. */
  public boolean isNone() {
    return flags.isEmpty();
  }

  /** Parses {@code <flag, ...>} or {@code <none>} after {@code #arith.MNEMONIC}. */
  static ArithFlagsAttr parse(String mnemonic, DialectAsmParser parser) {
    Kind kind = Kind.ofMnemonic(mnemonic);
    if (kind == null) {
      throw parser.error("unknown arith attribute: " + mnemonic);
    }
    parser.parsePunctuation("<");
    var flags = new ArrayList<String>();
    do {
      String flag = parser.parseIdentifier();
      if (flag.equals("none")) {
        continue;
      }
      if (!kind.allowed.contains(flag)) {
        throw parser.error("unknown " + kind.mnemonic + " flag: " + flag);
      }
      if (!flags.contains(flag)) {
        flags.add(flag);
      }
    } while (parser.parseOptionalPunctuation(","));
    parser.parsePunctuation(">");
    return new ArithFlagsAttr(kind, flags);
  }

  @Override
  public String toString() {
    return "#arith." + kind.mnemonic + "<" + (flags.isEmpty() ? "none" : String.join(", ", flags)) + ">";
  }
}
