package dev.irc.ir.text;

import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Value;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The names values and blocks get when printed, in textual order: results {@code %0, %1, ...}
 * (a multi-result op gets one group name, used as {@code %3#1}), entry block arguments
 * {@code %arg0, ...}, other block arguments numbered like results, and blocks
 * {@code ^bb0, ^bb1, ...} per region.
 * Numbering restarts inside every isolated-from-above op, so a function prints the same
 * wherever it sits.
 */
final class ValueNames {
  private final Map<Value, String> values = new IdentityHashMap<>();
  private final Map<Block, String> blocks = new IdentityHashMap<>();
  private int nextValue;
  private int nextArgument;

  ValueNames(Operation root) {
    number(root);
  }

  String name(Value value) {
    String name = values.get(value);
    return name != null ? name : "<<UNKNOWN SSA VALUE>>";
  }

  String name(Block block) {
    String name = blocks.get(block);
    return name != null ? name : "^<<UNKNOWN BLOCK>>";
  }

  private void number(Operation op) {
    int results = op.numResults();
    if (results == 1) {
      values.put(op.result(0), "%" + nextValue++);
    } else if (results > 1) {
      String group = "%" + nextValue++;
      values.put(op.result(0), group);
      for (int i = 0; i < results; i++) {
        values.put(op.result(i), i == 0 ? group : group + "#" + i);
      }
    }
    if (op.numRegions() == 0) {
      return;
    }
    boolean isolated = op.hasTrait(CoreTrait.ISOLATED_FROM_ABOVE);
    int savedValue = nextValue;
    int savedArgument = nextArgument;
    if (isolated) {
      nextValue = 0;
      nextArgument = 0;
    }
    for (Region region : op.regions()) {
      int nextBlock = 0;
      for (Block block : region.blocks()) {
        blocks.put(block, "^bb" + nextBlock++);
      }
      // Values are numbered in textual order: a block's arguments, then its ops.
      for (Block block : region.blocks()) {
        for (BlockArgument argument : block.arguments()) {
          values.put(argument, block.isEntryBlock() ? "%arg" + nextArgument++ : "%" + nextValue++);
        }
        for (Operation child = block.firstOp(); child != null; child = child.nextOp()) {
          number(child);
        }
      }
    }
    if (isolated) {
      nextValue = savedValue;
      nextArgument = savedArgument;
    }
  }

  /** The group name of a result (without {@code #i}), as printed before {@code =}. */
  String groupName(Operation op) {
    return name(op.result(0));
  }
}
