package dev.irc.py.dialect;

import dev.irc.ir.Attribute;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/**
 * The custom form most py ops share: an optional leading attribute (a bare keyword such as
 * {@code add}, a string such as {@code "print"}, or a symbol such as {@code @f}), then the
 * {@code !py.object} operands (bare or in parentheses), then any other attributes. Result types
 * are fixed per op, so no types are printed: {@code %2 = py.binop add %0, %1},
 * {@code %r = py.builtin "print"(%a) {kwnames = []}}, {@code py.global_store @x, %v}.
 */
final class PySyntax implements OpSyntax {
  /** How the leading attribute is spelled. */
  enum Leading { NONE, KEYWORD, STRING, SYMBOL }

  private final Leading leading;
  private final String leadingAttribute;
  private final boolean hasOperands;
  private final boolean parenthesized;
  private final List<Type> resultTypes;

  private PySyntax(Leading leading, String leadingAttribute, boolean hasOperands, boolean parenthesized,
      List<Type> resultTypes) {
    this.leading = leading;
    this.leadingAttribute = leadingAttribute;
    this.hasOperands = hasOperands;
    this.parenthesized = parenthesized;
    this.resultTypes = List.copyOf(resultTypes);
  }

  /** {@code py.op %a, %b} with the given result types. */
  static PySyntax operands(List<Type> resultTypes) {
    return new PySyntax(Leading.NONE, null, true, false, resultTypes);
  }

  /** {@code py.op} with no operands. */
  static PySyntax nullary(List<Type> resultTypes) {
    return new PySyntax(Leading.NONE, null, false, false, resultTypes);
  }

  /** {@code py.op kind %a, %b}: a keyword stored as string attribute {@code attribute}. */
  static PySyntax keyword(String attribute, List<Type> resultTypes) {
    return new PySyntax(Leading.KEYWORD, attribute, true, false, resultTypes);
  }

  /** {@code py.op "text", %a} (or {@code py.op "text"(%a)} when {@code parenthesized}). */
  static PySyntax string(String attribute, boolean parenthesized, List<Type> resultTypes) {
    return new PySyntax(Leading.STRING, attribute, true, parenthesized, resultTypes);
  }

  /** {@code py.op @sym, %a} (or {@code py.op @sym(%a)} when {@code parenthesized}). */
  static PySyntax symbol(String attribute, boolean parenthesized, List<Type> resultTypes) {
    return new PySyntax(Leading.SYMBOL, attribute, true, parenthesized, resultTypes);
  }

  @Override
  public boolean canPrint(Operation op) {
    if (leading == Leading.NONE) {
      return true;
    }
    Attribute value = op.attribute(leadingAttribute).orElse(null);
    return switch (leading) {
      case KEYWORD -> value instanceof StringAttr(String text) && isKeyword(text);
      case STRING -> value instanceof StringAttr;
      case SYMBOL -> value instanceof SymbolRefAttr;
      case NONE -> true;
    };
  }

  private static boolean isKeyword(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
  }

  @Override
  public void print(Operation op, OpAsmPrinter printer) {
    Attribute value = leading == Leading.NONE ? null : op.attribute(leadingAttribute).orElseThrow();
    switch (leading) {
      case KEYWORD -> printer.print(" ").print(((StringAttr) value).value());
      case STRING, SYMBOL -> printer.print(" ").printAttribute(value);
      case NONE -> { }
    }
    if (parenthesized) {
      printer.print("(").printOperands(op.operands()).print(")");
    } else if (op.numOperands() > 0) {
      printer.print(leading == Leading.STRING || leading == Leading.SYMBOL ? ", " : " ").printOperands(op.operands());
    }
    printer.printOptionalAttrDict(op.attributes(), leadingAttribute == null ? Set.of() : Set.of(leadingAttribute));
  }

  @Override
  public void parse(OpAsmParser parser, OperationState state) {
    switch (leading) {
      case KEYWORD -> state.addAttribute(leadingAttribute, new StringAttr(parser.parseIdentifier()));
      case STRING -> state.addAttribute(leadingAttribute, new StringAttr(parser.parseString()));
      case SYMBOL -> state.addAttribute(leadingAttribute, SymbolRefAttr.of(parser.parseSymbolName()));
      case NONE -> { }
    }
    List<OpAsmParser.UnresolvedOperand> operands = List.of();
    if (parenthesized) {
      parser.parsePunctuation("(");
      operands = parser.parseOperandList();
      parser.parsePunctuation(")");
    } else if (hasOperands) {
      boolean separated = leading != Leading.STRING && leading != Leading.SYMBOL || parser.parseOptionalPunctuation(",");
      if (separated) {
        operands = parser.parseOperandList();
      }
    }
    parser.parseOptionalAttrDict(state);
    parser.resolveOperands(operands, PyObjectType.INSTANCE, state);
    state.addResultTypes(resultTypes);
  }
}
