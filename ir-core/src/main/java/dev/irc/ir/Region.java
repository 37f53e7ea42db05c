package dev.irc.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An ordered list of blocks owned by an operation: a function body, a loop body, a module.
 * The first block is the entry block; control enters there and may not branch back to it.
 */
public final class Region {
  private final List<Block> blocks = new ArrayList<>();
  private Operation parent;

  public Region() {}

  /** The operation that owns this region, or null while detached. */
  public Operation parentOp() {
    return parent;
  }

  void setParent(Operation parent) {
    this.parent = parent;
  }

  /** The blocks in order (read-only view). */
  public List<Block> blocks() {
    return Collections.unmodifiableList(blocks);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  public Block entryBlock() {
    return blocks.isEmpty() ? null : blocks.getFirst();
  }

  /** Appends {@code block}, which must be detached. */
  public Block append(Block block) {
    return insert(blocks.size(), block);
  }

  /** Inserts a detached {@code block} at position {@code index}. */
  public Block insert(int index, Block block) {
    if (block.parent() != null) {
      throw new IllegalStateException("block is already in a region");
    }
    blocks.add(index, block);
    block.setParent(this);
    return block;
  }

  /** Inserts a detached {@code block} right after {@code anchor}. */
  public Block insertAfter(Block anchor, Block block) {
    return insert(indexOf(anchor) + 1, block);
  }

  public int indexOf(Block block) {
    int index = blocks.indexOf(block);
    if (index < 0) {
      throw new IllegalArgumentException("block is not in this region");
    }
    return index;
  }

  /** Detaches {@code block} without destroying it. */
  public void remove(Block block) {
    blocks.remove(indexOf(block));
    block.setParent(null);
  }

  /** Moves all blocks of {@code other} to the end of this region. */
  public void takeBody(Region other) {
    for (Block block : new ArrayList<>(other.blocks)) {
      other.remove(block);
      append(block);
    }
  }

  /** Whether {@code this} is {@code other} or contains it at any depth. */
  public boolean isAncestorOf(Region other) {
    for (Region r = other; r != null; ) {
      if (r == this) {
        return true;
      }
      Operation op = r.parentOp();
      r = op == null ? null : op.parentRegion();
    }
    return false;
  }

  /**
   * Appends deep copies of this region's blocks to {@code dest}; block arguments, results and
   * successors are remapped through {@code mapping} (which is extended as it goes).
   */
  public void cloneInto(Region dest, IrMapping mapping) {
    for (Block block : blocks) {
      Block copy = new Block();
      for (BlockArgument argument : block.arguments()) {
        mapping.map(argument, copy.addArgument(argument.type(), argument.location()));
      }
      mapping.map(block, copy);
      dest.append(copy);
    }
    // Operations are cloned after all blocks exist, so forward successors resolve; operands
    // defined later in the region (graph regions, back edges) are fixed up afterwards.
    var pending = new java.util.ArrayList<Operation>();
    for (Block block : blocks) {
      Block copy = mapping.lookupOrSelf(block);
      for (Operation op : block.operations()) {
        Operation clone = op.clone(mapping);
        copy.append(clone);
        pending.add(clone);
      }
    }
    for (Operation clone : pending) {
      clone.walk(nested -> {
        for (int i = 0; i < nested.numOperands(); i++) {
          Value mapped = mapping.lookupOrSelf(nested.operand(i));
          if (mapped != nested.operand(i)) {
            nested.setOperand(i, mapped);
          }
        }
      });
    }
  }

  /** Drops every operand and successor of every operation inside, so the body can be discarded. */
  public void dropAllReferences() {
    for (Block block : blocks) {
      for (Operation op : block.operations()) {
        op.dropAllReferences();
      }
    }
  }
}
