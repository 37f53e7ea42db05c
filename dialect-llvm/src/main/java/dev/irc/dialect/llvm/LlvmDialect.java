package dev.irc.dialect.llvm;

import dev.irc.ir.Attribute;
import dev.irc.ir.Dialect;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Type;
import dev.irc.ir.text.DialectAsmParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code llvm} dialect: LLVM IR as MLIR ops with MLIR's textual syntax, the last level
 * before translation to real LLVM IR ({@code dev.irc.dialect.llvm.translate}). Integer and
 * float types are the builtin ones; the dialect adds pointers, void, literal structs, arrays
 * and function types.
 */
public final class LlvmDialect implements Dialect {
  private static final List<OpDefinition> OPERATIONS = collect();

  /** Public for {@code java.util.ServiceLoader}. */
  public LlvmDialect() {}

  private static List<OpDefinition> collect() {
    var ops = new ArrayList<OpDefinition>();
    ops.add(FuncOp.DEFINITION);
    ops.add(ReturnOp.DEFINITION);
    ops.add(CallOp.DEFINITION);
    ops.add(ConstantOp.DEFINITION);
    ops.addAll(ArithmeticOps.all());
    ops.addAll(CompareOps.all());
    ops.add(SelectOp.DEFINITION);
    ops.addAll(CastOps.all());
    ops.addAll(BranchOps.all());
    ops.addAll(OverflowIntrinsics.all());
    ops.add(ExtractValueOp.DEFINITION);
    ops.add(InsertValueOp.DEFINITION);
    ops.addAll(UndefOps.all());
    ops.addAll(MemoryOps.all());
    ops.addAll(GlobalOps.all());
    return List.copyOf(ops);
  }

  @Override
  public String namespace() {
    return "llvm";
  }

  @Override
  public String description() {
    return "LLVM IR as ops (MLIR's llvm dialect): the input of translation to LLVM IR.";
  }

  @Override
  public List<OpDefinition> operations() {
    return OPERATIONS;
  }

  @Override
  public Type parseType(DialectAsmParser parser) {
    return parseBody(parser);
  }

  /** Parses a type nested in an llvm type: {@code ptr} and friends bare, or any full type. */
  static Type parseNested(DialectAsmParser parser) {
    for (String mnemonic : List.of("ptr", "void", "struct", "array", "func")) {
      if (parser.parseOptionalKeyword(mnemonic)) {
        return parseAfterMnemonic(mnemonic, parser);
      }
    }
    return parser.parseType();
  }

  private static Type parseBody(DialectAsmParser parser) {
    String mnemonic = parser.parseIdentifier();
    return parseAfterMnemonic(mnemonic, parser);
  }

  private static Type parseAfterMnemonic(String mnemonic, DialectAsmParser parser) {
    return switch (mnemonic) {
      case "ptr" -> LlvmPointerType.INSTANCE;
      case "void" -> LlvmVoidType.INSTANCE;
      case "struct" -> {
        parser.parsePunctuation("<");
        parser.parsePunctuation("(");
        var elements = new ArrayList<Type>();
        if (!parser.parseOptionalPunctuation(")")) {
          do {
            elements.add(parseNested(parser));
          } while (parser.parseOptionalPunctuation(","));
          parser.parsePunctuation(")");
        }
        parser.parsePunctuation(">");
        yield new LlvmStructType(elements);
      }
      case "array" -> {
        parser.parsePunctuation("<");
        long size = parser.parseInteger().longValueExact();
        parser.parseKeyword("x");
        Type element = parseNested(parser);
        parser.parsePunctuation(">");
        yield new LlvmArrayType(size, element);
      }
      case "func" -> {
        parser.parsePunctuation("<");
        Type result = parseNested(parser);
        parser.parsePunctuation("(");
        var parameters = new ArrayList<Type>();
        boolean variadic = false;
        if (!parser.parseOptionalPunctuation(")")) {
          do {
            if (parser.parseOptionalPunctuation("...")) {
              variadic = true;
              break;
            }
            parameters.add(parseNested(parser));
          } while (parser.parseOptionalPunctuation(","));
          parser.parsePunctuation(")");
        }
        parser.parsePunctuation(">");
        yield new LlvmFunctionType(result, parameters, variadic);
      }
      default -> throw parser.error("unknown llvm type: " + mnemonic);
    };
  }

  @Override
  public Attribute parseAttribute(DialectAsmParser parser) {
    String mnemonic = parser.parseIdentifier();
    if (!mnemonic.equals("linkage")) {
      throw parser.error("unknown llvm attribute: " + mnemonic);
    }
    parser.parsePunctuation("<");
    String keyword = parser.parseIdentifier();
    Linkage linkage = Linkage.ofKeyword(keyword);
    if (linkage == null) {
      throw parser.error("unknown linkage: " + keyword);
    }
    parser.parsePunctuation(">");
    return new LinkageAttr(linkage);
  }
}
