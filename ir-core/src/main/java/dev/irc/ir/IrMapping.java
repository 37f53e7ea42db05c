package dev.irc.ir;

import java.util.HashMap;
import java.util.Map;

/** A map from old values and blocks to new ones, filled while cloning or inlining IR. */
public final class IrMapping {
  private final Map<Value, Value> values = new HashMap<>();
  private final Map<Block, Block> blocks = new HashMap<>();

  public void map(Value from, Value to) {
    values.put(from, to);
  }

  public void map(Block from, Block to) {
    blocks.put(from, to);
  }

  public Value lookupOrSelf(Value value) {
    return values.getOrDefault(value, value);
  }

  public Block lookupOrSelf(Block block) {
    return blocks.getOrDefault(block, block);
  }

  public boolean contains(Value value) {
    return values.containsKey(value);
  }
}
