package dev.irc.ir;

/** A successor slot of a terminator: a use of a {@link Block} as a branch target. */
public final class BlockOperand extends Use<Block> {
  BlockOperand(Operation owner, int index, Block block) {
    super(owner, index, block);
  }
}
