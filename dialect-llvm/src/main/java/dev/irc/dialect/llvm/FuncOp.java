package dev.irc.dialect.llvm;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code llvm.func}: an LLVM function, a symbol with an {@code !llvm.func<...>} signature and a
 * body region (empty for an external declaration such as {@code llvm.func @printf(!llvm.ptr, ...) -> i32}).
 * Custom form as in MLIR: {@code llvm.func internal @f(%arg0: i64) -> i64 { ... }}.
 */
public final class FuncOp {
  public static final String NAME = "llvm.func";
  public static final String SYM_NAME = "sym_name";
  public static final String FUNCTION_TYPE = "function_type";
  public static final String LINKAGE = "linkage";
  /**
   * LLVM function attributes passed through as they are, as in MLIR: an array of attribute names
   * ({@code "nounwind"}, {@code "no-builtin-pow"}) or {@code ["key", "value"]} pairs.
   */
  public static final String PASSTHROUGH = "passthrough";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("An LLVM function definition or declaration.")
      .operands(0)
      .results(0)
      .regions(1)
      .attribute(FUNCTION_TYPE, TypeAttr.class)
      .traits(CoreTrait.SYMBOL, CoreTrait.ISOLATED_FROM_ABOVE)
      .verifier(FuncOp::verify)
      .syntax(new Syntax())
      .build();

  private FuncOp() {}

  /** Creates a detached function with an entry block whose arguments are the parameters. */
  public static Operation create(String name, LlvmFunctionType type, Linkage linkage, Location location) {
    var state = state(name, type, linkage, location);
    Block entry = new Block();
    type.parameters().forEach(p -> entry.addArgument(p, location));
    state.regions().getFirst().append(entry);
    return Operation.create(state, DEFINITION);
  }

  /** Creates a detached function whose body region is still empty (a lowering moves a body into it). */
  public static Operation createWithoutBody(String name, LlvmFunctionType type, Linkage linkage, Location location) {
    return Operation.create(state(name, type, linkage, location), DEFINITION);
  }

  /** Creates a detached external declaration. */
  public static Operation createDeclaration(String name, LlvmFunctionType type, Location location) {
    return Operation.create(state(name, type, Linkage.EXTERNAL, location), DEFINITION);
  }

  private static OperationState state(String name, LlvmFunctionType type, Linkage linkage, Location location) {
    var state = new OperationState(NAME, location)
        .addAttribute(SYM_NAME, new StringAttr(name))
        .addAttribute(FUNCTION_TYPE, new TypeAttr(type));
    if (linkage != Linkage.EXTERNAL) {
      state.addAttribute(LINKAGE, new LinkageAttr(linkage));
    }
    state.addRegion();
    return state;
  }

  public static String name(Operation func) {
    return func.attribute(SYM_NAME, StringAttr.class).value();
  }

  /** The signature, or null if {@code function_type} is not an {@code !llvm.func}. */
  public static LlvmFunctionType functionType(Operation func) {
    return func.attribute(FUNCTION_TYPE).orElse(null) instanceof TypeAttr(LlvmFunctionType type) ? type : null;
  }

  public static Linkage linkage(Operation op) {
    return op.attribute(LINKAGE).orElse(null) instanceof LinkageAttr(Linkage linkage) ? linkage : Linkage.EXTERNAL;
  }

  public static boolean isExternal(Operation func) {
    return func.region(0).isEmpty();
  }

  /**
   * The passed-through LLVM function attributes of {@code func} as (key, value) pairs, the value
   * empty for a plain attribute name; empty when there are none, null when the attribute is malformed.
   */
  public static List<Map.Entry<String, String>> passthrough(Operation func) {
    if (!(func.attribute(PASSTHROUGH).orElse(new ArrayAttr(List.of())) instanceof ArrayAttr entries)) {
      return null;
    }
    var result = new ArrayList<Map.Entry<String, String>>();
    for (Attribute entry : entries.elements()) {
      if (entry instanceof StringAttr(String key)) {
        result.add(Map.entry(key, ""));
      } else if (entry instanceof ArrayAttr(List<Attribute> pair) && pair.size() == 2
          && pair.get(0) instanceof StringAttr(String key) && pair.get(1) instanceof StringAttr(String value)) {
        result.add(Map.entry(key, value));
      } else {
        return null;
      }
    }
    return result;
  }

  private static void verify(Operation op, Verification verification) {
    LlvmFunctionType type = functionType(op);
    if (type == null) {
      verification.opError(op, "requires attribute 'function_type' to be an !llvm.func type");
      return;
    }
    if (op.attribute(LINKAGE).isPresent() && !(op.attribute(LINKAGE).get() instanceof LinkageAttr)) {
      verification.opError(op, "requires attribute 'linkage' to be a #llvm.linkage");
      return;
    }
    if (op.attribute(PASSTHROUGH).isPresent() && passthrough(op) == null) {
      verification.opError(op, "requires attribute 'passthrough' to be an array of strings and [\"key\", \"value\"] pairs");
      return;
    }
    if (isExternal(op)) {
      if (linkage(op) != Linkage.EXTERNAL && linkage(op) != Linkage.EXTERN_WEAK) {
        verification.opError(op, "external functions must have 'external' or 'extern_weak' linkage");
      }
      return;
    }
    if (type.variadic()) {
      verification.opError(op, "variadic function definitions are not supported");
      return;
    }
    List<Type> arguments = op.region(0).entryBlock().argumentTypes();
    if (!arguments.equals(type.parameters())) {
      verification.opError(op, "entry block argument types " + arguments
          + " must match the signature's parameter types " + type.parameters());
    }
  }

  /** {@code [linkage] @name(%a: T, ...) [-> R] [attributes {...}] [{ body }]}. */
  private static final class Syntax implements OpSyntax {
    private static final Set<String> ELIDED = Set.of(SYM_NAME, FUNCTION_TYPE, LINKAGE);

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      LlvmFunctionType type = functionType(op);
      printer.print(" ");
      if (linkage(op) != Linkage.EXTERNAL) {
        printer.print(linkage(op).keyword()).print(" ");
      }
      printer.printSymbolName(name(op)).print("(");
      if (isExternal(op)) {
        printer.printTypes(type.parameters());
      } else {
        Block entry = op.region(0).entryBlock();
        for (int i = 0; i < entry.arguments().size(); i++) {
          printer.print(i > 0 ? ", " : "").printArgument(entry.argument(i));
        }
      }
      if (type.variadic()) {
        printer.print(type.parameters().isEmpty() ? "..." : ", ...");
      }
      printer.print(")");
      if (!type.returnsVoid()) {
        printer.print(" -> ").printType(type.result());
      }
      printer.printOptionalAttrDictWithKeyword(op.attributes(), ELIDED);
      if (!isExternal(op)) {
        printer.print(" ").printRegion(op.region(0), false);
      }
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      for (Linkage linkage : Linkage.values()) {
        if (parser.parseOptionalKeyword(linkage.keyword())) {
          if (linkage != Linkage.EXTERNAL) {
            state.addAttribute(LINKAGE, new LinkageAttr(linkage));
          }
          break;
        }
      }
      state.addAttribute(SYM_NAME, new StringAttr(parser.parseSymbolName()));
      parser.parsePunctuation("(");
      var arguments = new ArrayList<OpAsmParser.Argument>();
      var parameters = new ArrayList<Type>();
      boolean variadic = false;
      if (!parser.parseOptionalPunctuation(")")) {
        do {
          if (parser.parseOptionalPunctuation("...")) {
            variadic = true;
            break;
          }
          var bare = parser.parseOptionalType();
          if (bare.isPresent()) {
            parameters.add(bare.get());
          } else {
            OpAsmParser.Argument argument = parser.parseArgument(true);
            arguments.add(argument);
            parameters.add(argument.type());
          }
        } while (parser.parseOptionalPunctuation(","));
        parser.parsePunctuation(")");
      }
      if (!arguments.isEmpty() && arguments.size() != parameters.size()) {
        throw parser.error("expected either all named arguments or only types");
      }
      Type result = parser.parseOptionalPunctuation("->") ? parser.parseType() : LlvmVoidType.INSTANCE;
      state.addAttribute(FUNCTION_TYPE, new TypeAttr(new LlvmFunctionType(result, parameters, variadic)));
      parser.parseOptionalAttrDictWithKeyword(state);
      Region body = state.addRegion();
      boolean hasBody = parser.parseOptionalRegion(body, arguments);
      if (!hasBody && !arguments.isEmpty()) {
        throw parser.error("expected '{' to begin a function body after named arguments");
      }
    }

    @Override
    public boolean canPrint(Operation op) {
      LlvmFunctionType type = functionType(op);
      return type != null && op.numRegions() == 1 && op.attribute(SYM_NAME).orElse(null) instanceof StringAttr
          && op.attribute(LINKAGE).map(LinkageAttr.class::isInstance).orElse(true)
          && (isExternal(op) || op.region(0).entryBlock().argumentTypes().equals(type.parameters()));
    }
  }
}
