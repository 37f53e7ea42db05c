package dev.irc.ir;

import dev.irc.ir.diag.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A basic block: arguments, then operations in order, normally ending with a terminator whose
 * successors are other blocks of the same region.
 *
 * <p>Operations form an intrusive doubly linked list, so insertion and erasure are O(1); the
 * relative order of two operations is answered from lazily recomputed indices.
 */
public final class Block extends Usable<Block> {
  private final List<BlockArgument> arguments = new ArrayList<>();
  private Region parent;
  Operation first;
  Operation last;
  private int size;
  private boolean orderValid;

  public Block() {}

  /** A detached block with arguments of the given types and unknown locations. */
  public static Block withArguments(List<Type> types) {
    Block block = new Block();
    for (Type type : types) {
      block.addArgument(type, Location.UNKNOWN);
    }
    return block;
  }

  public Region parent() {
    return parent;
  }

  void setParent(Region parent) {
    this.parent = parent;
  }

  /** The operation owning the region holding this block, or null. */
  public Operation parentOp() {
    return parent == null ? null : parent.parentOp();
  }

  public List<BlockArgument> arguments() {
    return Collections.unmodifiableList(arguments);
  }

  public BlockArgument argument(int index) {
    return arguments.get(index);
  }

  public List<Type> argumentTypes() {
    return arguments.stream().map(Value::type).toList();
  }

  public BlockArgument addArgument(Type type, Location location) {
    var argument = new BlockArgument(this, arguments.size(), type, location);
    arguments.add(argument);
    return argument;
  }

  /** Inserts an argument at position {@code index}; the arguments after it shift by one. */
  public BlockArgument insertArgument(int index, Type type, Location location) {
    var argument = new BlockArgument(this, index, type, location);
    arguments.add(index, argument);
    for (int i = index + 1; i < arguments.size(); i++) {
      arguments.get(i).index = i;
    }
    return argument;
  }

  /** Removes argument {@code index}, which must have no uses. */
  public void eraseArgument(int index) {
    BlockArgument argument = arguments.get(index);
    if (argument.hasUses()) {
      throw new IllegalStateException("erasing a block argument that still has uses");
    }
    arguments.remove(index);
    for (int i = index; i < arguments.size(); i++) {
      arguments.get(i).index = i;
    }
  }

  public boolean isEntryBlock() {
    return parent != null && parent.entryBlock() == this;
  }

  public boolean isEmpty() {
    return first == null;
  }

  public int size() {
    return size;
  }

  public Operation firstOp() {
    return first;
  }

  public Operation lastOp() {
    return last;
  }

  /** The last operation if it is a terminator (by trait), else null. */
  public Operation terminator() {
    return last != null && last.isTerminator() ? last : null;
  }

  /** The operations in order; the iterator tolerates erasing the operation it just returned. */
  public Iterable<Operation> operations() {
    return () -> new Iterator<>() {
      private Operation next = first;

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Operation next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Operation current = next;
        next = current.next;
        return current;
      }
    };
  }

  /** A snapshot list of the operations. */
  public List<Operation> operationList() {
    var list = new ArrayList<Operation>(size);
    for (Operation op = first; op != null; op = op.next) {
      list.add(op);
    }
    return list;
  }

  /** Appends a detached operation. */
  public Operation append(Operation op) {
    return insertBefore(null, op);
  }

  /** Inserts a detached operation before {@code anchor} (or at the end when anchor is null). */
  public Operation insertBefore(Operation anchor, Operation op) {
    if (op.parent != null) {
      throw new IllegalStateException("operation is already in a block");
    }
    if (anchor != null && anchor.parent != this) {
      throw new IllegalArgumentException("anchor is not in this block");
    }
    op.parent = this;
    op.next = anchor;
    op.prev = anchor == null ? last : anchor.prev;
    if (op.prev == null) {
      first = op;
    } else {
      op.prev.next = op;
    }
    if (anchor == null) {
      last = op;
    } else {
      anchor.prev = op;
    }
    size++;
    orderValid = false;
    return op;
  }

  void unlink(Operation op) {
    if (op.prev == null) {
      first = op.next;
    } else {
      op.prev.next = op.next;
    }
    if (op.next == null) {
      last = op.prev;
    } else {
      op.next.prev = op.prev;
    }
    op.prev = null;
    op.next = null;
    op.parent = null;
    size--;
  }

  /** Whether {@code a} comes strictly before {@code b}; both must be in this block. */
  public boolean isBefore(Operation a, Operation b) {
    if (!orderValid) {
      int index = 0;
      for (Operation op = first; op != null; op = op.next) {
        op.orderIndex = index++;
      }
      orderValid = true;
    }
    return a.orderIndex < b.orderIndex;
  }

  /** The blocks this block's terminator may branch to. */
  public List<Block> successors() {
    Operation terminator = last;
    return terminator == null ? List.of() : terminator.successors();
  }

  /** The blocks whose terminators branch here, once per branch edge. */
  public List<Block> predecessors() {
    var result = new ArrayList<Block>();
    for (Operation user : users()) {
      result.add(user.parentBlock());
    }
    return result;
  }

  /** Moves the operations from {@code start} (inclusive) to the end of this block to the end of {@code dest}. */
  public void moveTailTo(Operation start, Block dest) {
    for (Operation op = start; op != null; ) {
      Operation next = op.next;
      unlink(op);
      dest.append(op);
      op = next;
    }
  }

  /** Splits before {@code op}: a new block holding {@code op} and everything after it is inserted after this one. */
  public Block splitBefore(Operation op) {
    Block tail = new Block();
    parent.insertAfter(this, tail);
    moveTailTo(op, tail);
    return tail;
  }

  /** Detaches this block from its region and drops all references held by its operations. */
  public void erase() {
    for (Operation op : operationList()) {
      op.dropAllReferences();
    }
    if (parent != null) {
      parent.remove(this);
    }
  }
}
