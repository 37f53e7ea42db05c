package dev.irc.dialect.func;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code func.func}: a named function, a symbol whose single region is its body (entry block
 * arguments are the parameters), or, with an empty region, an external declaration. Custom
 * form as in MLIR: {@code func.func @f(%arg0: i64) -> (i64, f64) attributes {...} { ... }} and
 * {@code func.func private @g(i64) -> i64}.
 */
public final class FuncOp {
  public static final String NAME = "func.func";
  public static final String FUNCTION_TYPE = "function_type";
  public static final String SYM_NAME = "sym_name";
  public static final String SYM_VISIBILITY = "sym_visibility";
  private static final Set<String> VISIBILITIES = Set.of("public", "private", "nested");

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("A function: a symbol with a signature and a body region (empty for a declaration).")
      .operands(0)
      .results(0)
      .regions(1)
      .successors(0)
      .attribute(FUNCTION_TYPE, TypeAttr.class)
      .traits(CoreTrait.SYMBOL, CoreTrait.ISOLATED_FROM_ABOVE)
      .defaultDialect("func")
      .verifier(FuncOp::verify)
      .syntax(new Syntax())
      .build();

  private FuncOp() {}

  /** Creates a detached function {@code @name} of {@code type} with an entry block whose arguments are the parameters. */
  public static Operation create(String name, FunctionType type, Location location) {
    var state = new OperationState(NAME, location)
        .addAttribute(SYM_NAME, new StringAttr(name))
        .addAttribute(FUNCTION_TYPE, new TypeAttr(type));
    Region body = state.addRegion();
    Block entry = new Block();
    for (Type input : type.inputs()) {
      entry.addArgument(input, location);
    }
    body.append(entry);
    return Operation.create(state, DEFINITION);
  }

  /** Creates a detached private declaration (no body) of {@code @name}. */
  public static Operation createDeclaration(String name, FunctionType type, Location location) {
    var state = new OperationState(NAME, location)
        .addAttribute(SYM_NAME, new StringAttr(name))
        .addAttribute(FUNCTION_TYPE, new TypeAttr(type))
        .addAttribute(SYM_VISIBILITY, new StringAttr("private"));
    state.addRegion();
    return Operation.create(state, DEFINITION);
  }

  /** The signature of {@code func}, or null if its {@code function_type} is missing or not a function type. */
  public static FunctionType functionType(Operation func) {
    return func.attribute(FUNCTION_TYPE).orElse(null) instanceof TypeAttr(FunctionType type) ? type : null;
  }

  public static String name(Operation func) {
    return func.attribute(SYM_NAME, StringAttr.class).value();
  }

  /** Whether {@code func} is a declaration (has no body). */
  public static boolean isExternal(Operation func) {
    return func.region(0).isEmpty();
  }

  /** The entry block of {@code func}'s body. */
  public static Block body(Operation func) {
    return func.region(0).entryBlock();
  }

  private static void verify(Operation op, Verification verification) {
    FunctionType type = functionType(op);
    if (type == null) {
      verification.opError(op, "requires attribute 'function_type' to be a function type");
      return;
    }
    String visibility = op.attribute(SYM_VISIBILITY).orElse(null) instanceof StringAttr(String v) ? v : null;
    if (op.attribute(SYM_VISIBILITY).isPresent() && (visibility == null || !VISIBILITIES.contains(visibility))) {
      verification.opError(op, "visibility expected to be one of [\"public\", \"private\", \"nested\"], but got "
          + op.attribute(SYM_VISIBILITY).get());
      return;
    }
    if (isExternal(op)) {
      if (visibility == null || visibility.equals("public")) {
        verification.opError(op, "symbol declaration cannot have public visibility");
      }
      return;
    }
    Block entry = body(op);
    if (entry.arguments().size() != type.inputs().size()) {
      verification.opError(op, "entry block must have " + type.inputs().size()
          + " arguments to match function signature");
      return;
    }
    for (int i = 0; i < type.inputs().size(); i++) {
      Type argument = entry.argument(i).type();
      if (!argument.equals(type.inputs().get(i))) {
        verification.opError(op, "type of entry block argument #" + i + "('" + argument
            + "') must match the type of the corresponding argument in function signature('" + type.inputs().get(i) + "')");
        return;
      }
    }
  }

  /** MLIR's function syntax; signature arguments name the entry block's arguments. */
  private static final class Syntax implements OpSyntax {
    private static final Set<String> ELIDED = Set.of(SYM_NAME, FUNCTION_TYPE, SYM_VISIBILITY);

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      FunctionType type = functionType(op);
      printer.print(" ");
      // An explicit visibility prints, "public" too (as in MLIR): the custom form keeps every attribute.
      if (op.attribute(SYM_VISIBILITY).orElse(null) instanceof StringAttr(String visibility)) {
        printer.print(visibility).print(" ");
      }
      printer.printSymbolName(name(op)).print("(");
      if (isExternal(op)) {
        printer.printTypes(type.inputs());
      } else {
        Block entry = body(op);
        for (int i = 0; i < entry.arguments().size(); i++) {
          if (i > 0) {
            printer.print(", ");
          }
          printer.printArgument(entry.argument(i));
        }
      }
      printer.print(")");
      if (!type.results().isEmpty()) {
        printer.print(" -> ").print(FunctionType.resultsToString(type.results()));
      }
      printer.printOptionalAttrDictWithKeyword(op.attributes(), ELIDED);
      if (!isExternal(op)) {
        printer.print(" ");
        printer.printRegion(op.region(0), false);
      }
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      for (String visibility : List.of("private", "public", "nested")) {
        if (parser.parseOptionalKeyword(visibility)) {
          state.addAttribute(SYM_VISIBILITY, new StringAttr(visibility));
          break;
        }
      }
      Location nameLocation = parser.currentLocation();
      state.addAttribute(SYM_NAME, new StringAttr(parser.parseSymbolName()));
      parser.parsePunctuation("(");
      var arguments = new ArrayList<OpAsmParser.Argument>();
      var inputs = new ArrayList<Type>();
      if (!parser.parseOptionalPunctuation(")")) {
        var firstType = parser.parseOptionalType();
        if (firstType.isPresent()) {
          inputs.add(firstType.get());
          while (parser.parseOptionalPunctuation(",")) {
            inputs.add(parser.parseType());
          }
        } else {
          do {
            OpAsmParser.Argument argument = parser.parseArgument(true);
            arguments.add(argument);
            inputs.add(argument.type());
          } while (parser.parseOptionalPunctuation(","));
        }
        parser.parsePunctuation(")");
      }
      List<Type> results = parser.parseOptionalPunctuation("->") ? parser.parseFunctionResultTypes() : List.of();
      state.addAttribute(FUNCTION_TYPE, new TypeAttr(new FunctionType(inputs, results)));
      parser.parseOptionalAttrDictWithKeyword(state);
      Region body = state.addRegion();
      boolean hasBody = parser.parseOptionalRegion(body, arguments);
      if (!hasBody && !arguments.isEmpty()) {
        throw new DiagnosticException(Diagnostic.error(nameLocation,
            "expected '{' to begin a function body after named arguments"));
      }
      if (hasBody && body.isEmpty()) {
        throw new DiagnosticException(Diagnostic.error(nameLocation, "expected a non-empty function body"));
      }
    }

    @Override
    public boolean canPrint(Operation op) {
      FunctionType type = functionType(op);
      if (type == null || op.numRegions() != 1 || !(op.attribute(SYM_NAME).orElse(null) instanceof StringAttr)
          || op.attribute("arg_attrs").isPresent() || op.attribute("res_attrs").isPresent()) {
        return false;
      }
      if (op.attribute(SYM_VISIBILITY).isPresent()
          && !(op.attribute(SYM_VISIBILITY).get() instanceof StringAttr(String v) && VISIBILITIES.contains(v))) {
        return false;
      }
      return isExternal(op) || body(op).argumentTypes().equals(type.inputs());
    }
  }
}
