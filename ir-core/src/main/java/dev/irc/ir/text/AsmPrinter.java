package dev.irc.ir.text;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.NamedAttribute;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.DictionaryAttr;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import java.util.List;
import java.util.Set;

/**
 * Prints IR as text: each op in its custom form when it has one (unless the generic form is
 * asked for), else in MLIR's generic form, two spaces of indentation per region level.
 */
public final class AsmPrinter implements OpAsmPrinter {
  private final StringBuilder out;
  private final PrintOptions options;
  private final ValueNames names;
  private int indent;

  private AsmPrinter(StringBuilder out, PrintOptions options, ValueNames names) {
    this.out = out;
    this.options = options;
    this.names = names;
  }

  /** The text of {@code op} and everything nested in it, ending with a newline. */
  public static String printToString(Operation op, PrintOptions options) {
    var out = new StringBuilder();
    print(op, options, out);
    return out.toString();
  }

  /** Appends the text of {@code op} to {@code out}. */
  public static void print(Operation op, PrintOptions options, StringBuilder out) {
    new AsmPrinter(out, options, new ValueNames(op)).printOperation(op);
  }

  private void printOperation(Operation op) {
    out.repeat(' ', indent);
    if (op.numResults() > 0) {
      out.append(names.groupName(op));
      if (op.numResults() > 1) {
        out.append(':').append(op.numResults());
      }
      out.append(" = ");
    }
    var syntax = op.definition() == null ? null : op.definition().syntax().orElse(null);
    if (syntax != null && !options.generic() && syntax.canPrint(op)) {
      out.append(op.name().startsWith("builtin.") ? op.name().substring("builtin.".length()) : op.name());
      syntax.print(op, this);
    } else {
      printGeneric(op);
    }
    if (options.debugInfo()) {
      out.append(' ').append(op.location());
    }
    out.append('\n');
  }

  private void printGeneric(Operation op) {
    out.append(StringAttr.quote(op.name())).append('(');
    printOperands(op.operands());
    out.append(')');
    if (op.numSuccessors() > 0) {
      out.append('[');
      List<Block> successors = op.successors();
      for (int i = 0; i < successors.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        printSuccessor(successors.get(i));
      }
      out.append(']');
    }
    if (op.numRegions() > 0) {
      out.append(" (");
      for (int i = 0; i < op.numRegions(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        printRegion(op.region(i), true);
      }
      out.append(')');
    }
    printOptionalAttrDict(op.attributes(), Set.of());
    out.append(" : ").append(new FunctionType(op.operandTypes(), op.resultTypes()));
  }

  @Override
  public OpAsmPrinter print(String text) {
    out.append(text);
    return this;
  }

  @Override
  public OpAsmPrinter printOperand(Value value) {
    out.append(names.name(value));
    return this;
  }

  @Override
  public OpAsmPrinter printOperands(List<? extends Value> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(names.name(values.get(i)));
    }
    return this;
  }

  @Override
  public OpAsmPrinter printType(Type type) {
    out.append(type);
    return this;
  }

  @Override
  public OpAsmPrinter printTypes(List<? extends Type> types) {
    for (int i = 0; i < types.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(types.get(i));
    }
    return this;
  }

  @Override
  public OpAsmPrinter printAttribute(Attribute attribute) {
    out.append(attribute);
    return this;
  }

  @Override
  public OpAsmPrinter printSymbolName(String name) {
    out.append(SymbolRefAttr.symbolName(name));
    return this;
  }

  @Override
  public OpAsmPrinter printOptionalAttrDict(DictionaryAttr attributes, Set<String> elided) {
    List<NamedAttribute> shown = attributes.entries().stream().filter(e -> !elided.contains(e.name())).toList();
    if (!shown.isEmpty()) {
      out.append(' ').append(new DictionaryAttr(shown));
    }
    return this;
  }

  @Override
  public OpAsmPrinter printOptionalAttrDictWithKeyword(DictionaryAttr attributes, Set<String> elided) {
    List<NamedAttribute> shown = attributes.entries().stream().filter(e -> !elided.contains(e.name())).toList();
    if (!shown.isEmpty()) {
      out.append(" attributes ").append(new DictionaryAttr(shown));
    }
    return this;
  }

  @Override
  public OpAsmPrinter printArgument(BlockArgument argument) {
    out.append(names.name(argument)).append(": ").append(argument.type());
    if (options.debugInfo()) {
      out.append(' ').append(argument.location());
    }
    return this;
  }

  @Override
  public OpAsmPrinter printSuccessor(Block block) {
    out.append(names.name(block));
    return this;
  }

  @Override
  public OpAsmPrinter printSuccessorAndUseList(Block block, List<? extends Value> operands) {
    printSuccessor(block);
    if (!operands.isEmpty()) {
      out.append('(');
      printOperands(operands);
      out.append(" : ");
      printTypes(operands.stream().map(Value::type).toList());
      out.append(')');
    }
    return this;
  }

  @Override
  public OpAsmPrinter printRegion(Region region, boolean printEntryBlockArgs) {
    out.append("{\n");
    indent += 2;
    for (Block block : region.blocks()) {
      boolean entry = block == region.entryBlock();
      boolean label = !entry
          || (printEntryBlockArgs && (!block.arguments().isEmpty() || block.isEmpty()));
      if (label) {
        printBlockLabel(block);
      }
      for (Operation op = block.firstOp(); op != null; op = op.nextOp()) {
        printOperation(op);
      }
    }
    indent -= 2;
    out.repeat(' ', indent).append('}');
    return this;
  }

  private void printBlockLabel(Block block) {
    out.repeat(' ', Math.max(0, indent - 2)).append(names.name(block));
    if (!block.arguments().isEmpty()) {
      out.append('(');
      List<BlockArgument> arguments = block.arguments();
      for (int i = 0; i < arguments.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        printArgument(arguments.get(i));
      }
      out.append(')');
    }
    out.append(":\n");
  }
}
