package dev.irc.ir.text;

import dev.irc.ir.Block;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * What a custom op syntax may parse: everything of {@link DialectAsmParser} plus SSA operand
 * references, block arguments, regions, successors and attribute dictionaries.
 */
public interface OpAsmParser extends DialectAsmParser {
  /** An SSA use not yet bound to a type: {@code %x}, {@code %r#1}. */
  record UnresolvedOperand(String name, int number, int offset, dev.irc.ir.diag.SourceFile source) {
    /** Where the reference is written (computed on demand: most are never reported). */
    public Location location() {
      return source.locationOf(offset);
    }
  }

  /** A block argument being declared: {@code %x: i64 loc(...)}. */
  record Argument(UnresolvedOperand ssaName, Type type, Location location) {}

  /** A branch target with the values passed to its arguments. */
  record SuccessorOperands(Block block, List<Value> operands) {}

  UnresolvedOperand parseOperand();

  Optional<UnresolvedOperand> parseOptionalOperand();

  /** A possibly empty comma-separated operand list (stops at the first non-operand). */
  List<UnresolvedOperand> parseOperandList();

  /** Binds {@code operand} to its value, which must have {@code type}. */
  Value resolveOperand(UnresolvedOperand operand, Type type);

  /** Resolves {@code operands} with one type each and adds them to {@code state}. */
  default void resolveOperands(List<UnresolvedOperand> operands, List<Type> types, OperationState state) {
    if (operands.size() != types.size()) {
      throw error(operands.size() + " operands present, but expected " + types.size());
    }
    for (int i = 0; i < operands.size(); i++) {
      state.addOperand(resolveOperand(operands.get(i), types.get(i)));
    }
  }

  /** Resolves {@code operands}, all of {@code type}, and adds them to {@code state}. */
  default void resolveOperands(List<UnresolvedOperand> operands, Type type, OperationState state) {
    for (UnresolvedOperand operand : operands) {
      state.addOperand(resolveOperand(operand, type));
    }
  }

  /** {@code %x: T} (with an optional trailing location); without a type when {@code withType} is false. */
  Argument parseArgument(boolean withType);

  /** {@code ^bb3}, a forward or backward block reference in the current region. */
  Block parseSuccessor();

  /** {@code ^bb3} or {@code ^bb3(%a, %b : i64, f64)}. */
  SuccessorOperands parseSuccessorAndUseList();

  /**
   * Parses {@code { ... }} into {@code region}; {@code entryArguments} (already parsed, e.g. from
   * a function signature) become the entry block's arguments.
   */
  void parseRegion(Region region, List<Argument> entryArguments);

  /** Like {@link #parseRegion}, if the next token is {@code {}; returns whether a region was parsed. */
  boolean parseOptionalRegion(Region region, List<Argument> entryArguments);

  /** {@code {a = 1, b}} if present, added to {@code state}. */
  void parseOptionalAttrDict(OperationState state);

  /** {@code attributes {a = 1}} if present, added to {@code state}. */
  void parseOptionalAttrDictWithKeyword(OperationState state);

  /** {@code @name}: returns the name. */
  String parseSymbolName();

  Optional<String> parseOptionalSymbolName();

  /** {@code : T}. */
  default Type parseColonType() {
    parsePunctuation(":");
    return parseType();
  }

  /** {@code : T, U}. */
  default List<Type> parseColonTypeList() {
    parsePunctuation(":");
    return parseTypeList();
  }

  /** After {@code ->}: a single type or a parenthesized list. */
  default List<Type> parseFunctionResultTypes() {
    if (parseOptionalPunctuation("(")) {
      var types = new java.util.ArrayList<Type>();
      if (!parseOptionalPunctuation(")")) {
        do {
          types.add(parseType());
        } while (parseOptionalPunctuation(","));
        parsePunctuation(")");
      }
      return types;
    }
    return List.of(parseType());
  }
}
