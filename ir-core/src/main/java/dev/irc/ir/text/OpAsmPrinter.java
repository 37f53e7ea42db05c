package dev.irc.ir.text;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.DictionaryAttr;
import java.util.List;
import java.util.Set;

/** What a custom op syntax may print: values by their assigned names, types, attributes, regions, successors. */
public interface OpAsmPrinter {
  OpAsmPrinter print(String text);

  OpAsmPrinter printOperand(Value value);

  /** Comma-separated operands. */
  OpAsmPrinter printOperands(List<? extends Value> values);

  OpAsmPrinter printType(Type type);

  /** Comma-separated types. */
  OpAsmPrinter printTypes(List<? extends Type> types);

  OpAsmPrinter printAttribute(Attribute attribute);

  /** {@code @name}, quoted if needed. */
  OpAsmPrinter printSymbolName(String name);

  /** {@code  {a = 1}} (with a leading space) for the attributes not in {@code elided}, or nothing. */
  OpAsmPrinter printOptionalAttrDict(DictionaryAttr attributes, Set<String> elided);

  /** {@code  attributes {a = 1}} for the attributes not in {@code elided}, or nothing. */
  OpAsmPrinter printOptionalAttrDictWithKeyword(DictionaryAttr attributes, Set<String> elided);

  /** {@code %arg0: i64}, plus its location when debug info is printed. */
  OpAsmPrinter printArgument(BlockArgument argument);

  OpAsmPrinter printSuccessor(Block block);

  /** {@code ^bb1} or {@code ^bb1(%a, %b : i64, f64)}. */
  OpAsmPrinter printSuccessorAndUseList(Block block, List<? extends Value> operands);

  /**
   * Prints {@code {...}} for {@code region}; the entry block's label and arguments are printed
   * only if {@code printEntryBlockArgs} (otherwise the custom syntax printed them itself).
   */
  OpAsmPrinter printRegion(Region region, boolean printEntryBlockArgs);
}
