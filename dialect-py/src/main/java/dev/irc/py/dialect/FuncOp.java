package dev.irc.py.dialect;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code py.func @name(%a, %b) attributes {arg_names = ["a", "b"]} { ... }}: a Python function
 * (the module's top-level code is {@code @__main__}). The entry block's arguments are the
 * parameters, all {@code !py.object}; {@code arg_names} names them and the optional
 * {@code defaults} holds constant defaults (py.constant value attributes) of the trailing ones.
 */
public final class FuncOp {
  public static final String NAME = "py.func";
  /** The symbol of the function holding the module's top-level code. */
  public static final String MAIN = "__main__";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("A Python function; its entry block arguments are the parameters.")
      .operands(0)
      .results(0)
      .regions(1)
      .attribute("sym_name", StringAttr.class)
      .attribute("arg_names", ArrayAttr.class)
      .traits(CoreTrait.SYMBOL, CoreTrait.ISOLATED_FROM_ABOVE)
      .verifier(FuncOp::verify)
      .syntax(new Syntax())
      .build();

  private FuncOp() {}

  /** A detached function with an entry block holding one argument per parameter. */
  public static Operation create(Location location, String name, List<String> parameterNames, List<Attribute> defaults) {
    var state = new OperationState(NAME, location)
        .addAttribute("sym_name", new StringAttr(name))
        .addAttribute("arg_names", new ArrayAttr(parameterNames.stream().<Attribute>map(StringAttr::new).toList()));
    if (!defaults.isEmpty()) {
      state.addAttribute("defaults", new ArrayAttr(defaults));
    }
    Block entry = new Block();
    for (int i = 0; i < parameterNames.size(); i++) {
      entry.addArgument(PyObjectType.INSTANCE, location);
    }
    state.addRegion().append(entry);
    return Operation.create(state, DEFINITION);
  }

  public static String name(Operation func) {
    return func.attribute("sym_name", StringAttr.class).value();
  }

  public static List<String> parameterNames(Operation func) {
    return func.attribute("arg_names", ArrayAttr.class).elements().stream()
        .map(a -> ((StringAttr) a).value()).toList();
  }

  /** The constant defaults of the trailing parameters (possibly none). */
  public static List<Attribute> defaults(Operation func) {
    return func.attribute("defaults").map(a -> ((ArrayAttr) a).elements()).orElse(List.of());
  }

  public static Block entryBlock(Operation func) {
    return func.region(0).entryBlock();
  }

  private static void verify(Operation op, dev.irc.ir.Verification verification) {
    Region body = op.region(0);
    if (body.isEmpty()) {
      verification.opError(op, "requires a body");
      return;
    }
    List<Attribute> names = op.attribute("arg_names", ArrayAttr.class).elements();
    if (!names.stream().allMatch(StringAttr.class::isInstance)) {
      verification.opError(op, "requires 'arg_names' to be an array of strings");
      return;
    }
    List<BlockArgument> arguments = body.entryBlock().arguments();
    if (names.size() != arguments.size()) {
      verification.opError(op, "has " + names.size() + " argument names but " + arguments.size() + " parameters");
      return;
    }
    for (BlockArgument argument : arguments) {
      if (!argument.type().equals(PyObjectType.INSTANCE)) {
        verification.opError(op, "requires parameters of type !py.object, but found " + argument.type());
        return;
      }
    }
    Attribute defaults = op.attribute("defaults").orElse(null);
    if (defaults != null) {
      if (!(defaults instanceof ArrayAttr(List<Attribute> values)) || !values.stream().allMatch(ConstantOp::isValidValue)) {
        verification.opError(op, "requires 'defaults' to be an array of constant values");
      } else if (values.size() > arguments.size()) {
        verification.opError(op, "has " + values.size() + " defaults for " + arguments.size() + " parameters");
      }
    }
  }

  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printSymbolName(name(op)).print("(")
          .printOperands(op.region(0).entryBlock().arguments()).print(")");
      printer.printOptionalAttrDictWithKeyword(op.attributes(), Set.of("sym_name"));
      printer.print(" ");
      printer.printRegion(op.region(0), false);
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      state.addAttribute("sym_name", new StringAttr(parser.parseSymbolName()));
      parser.parsePunctuation("(");
      var arguments = new ArrayList<OpAsmParser.Argument>();
      if (!parser.parseOptionalPunctuation(")")) {
        do {
          OpAsmParser.Argument parsed = parser.parseArgument(false);
          arguments.add(new OpAsmParser.Argument(parsed.ssaName(), PyObjectType.INSTANCE, parsed.location()));
        } while (parser.parseOptionalPunctuation(","));
        parser.parsePunctuation(")");
      }
      parser.parseOptionalAttrDictWithKeyword(state);
      parser.parseRegion(state.addRegion(), arguments);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numRegions() == 1 && !op.region(0).isEmpty();
    }
  }
}
