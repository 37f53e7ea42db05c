package dev.irc.ir.builtin;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code builtin.module}: the top-level container, one block of symbols (functions, globals)
 * and other ops. Custom form: {@code module @name attributes {...} { ... }}.
 */
public final class ModuleOp {
  public static final String NAME = "builtin.module";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("A top-level container of operations; a symbol table.")
      .operands(0)
      .results(0)
      .regions(1)
      .traits(CoreTrait.ISOLATED_FROM_ABOVE, CoreTrait.SYMBOL_TABLE, CoreTrait.NO_TERMINATOR,
          CoreTrait.SINGLE_BLOCK, CoreTrait.GRAPH_REGIONS)
      .verifier((op, verification) -> {
        Region body = op.region(0);
        if (body.blocks().size() != 1) {
          verification.opError(op, "expects a body with exactly one block");
        } else if (!body.entryBlock().arguments().isEmpty()) {
          verification.opError(op, "expects a body block without arguments");
        }
        if (op.attribute("sym_name").isPresent() && !(op.attribute("sym_name").get() instanceof StringAttr)) {
          verification.opError(op, "requires attribute 'sym_name' to be a string");
        }
      })
      .syntax(new Syntax())
      .build();

  private ModuleOp() {}

  /** A new detached, empty module. */
  public static Operation create(Location location) {
    var state = new OperationState(NAME, location);
    state.addRegion().append(new Block());
    return Operation.create(state, DEFINITION);
  }

  /** The single block of {@code module}. */
  public static Block body(Operation module) {
    return module.region(0).entryBlock();
  }

  /** The module's name, if it has a string {@code sym_name} (the verifier rejects any other kind). */
  public static Optional<String> symbolName(Operation module) {
    return module.attribute("sym_name").filter(StringAttr.class::isInstance).map(a -> ((StringAttr) a).value());
  }

  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      symbolName(op).ifPresent(name -> printer.print(" ").printSymbolName(name));
      printer.printOptionalAttrDictWithKeyword(op.attributes(), Set.of("sym_name"));
      printer.print(" ");
      printer.printRegion(op.region(0), false);
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      parser.parseOptionalSymbolName().ifPresent(name -> state.addAttribute("sym_name", new StringAttr(name)));
      parser.parseOptionalAttrDictWithKeyword(state);
      Region body = state.addRegion();
      parser.parseRegion(body, List.of());
      if (body.isEmpty()) {
        body.append(new Block());
      }
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numRegions() == 1 && op.region(0).blocks().size() == 1
          && op.region(0).entryBlock().arguments().isEmpty()
          && op.attribute("sym_name").map(StringAttr.class::isInstance).orElse(true);
    }
  }
}
