package dev.irc.ir;

import dev.irc.ir.builtin.DictionaryAttr;
import dev.irc.ir.diag.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one IR node: a named operation with operands, results, an attribute dictionary,
 * successor blocks, nested regions and a location.
 *
 * <p>Operations are generic; meaning comes from the {@link OpDefinition} registered under the
 * name (verifier, traits, syntax, folding). Typed views of particular ops are thin wrappers
 * over this class, never a second IR.
 */
public final class Operation {
  private final String name;
  private final OpDefinition definition;
  private Location location;
  private OpOperand[] operands;
  private final OpResult[] results;
  private BlockOperand[] successors;
  private final Region[] regions;
  private DictionaryAttr attributes;

  Block parent;
  Operation prev;
  Operation next;
  int orderIndex;

  private Operation(OperationState state, OpDefinition definition) {
    this.name = state.name();
    this.definition = definition;
    this.location = state.location();
    this.attributes = state.attributes();
    List<Value> operandValues = state.operands();
    this.operands = new OpOperand[operandValues.size()];
    for (int i = 0; i < operands.length; i++) {
      operands[i] = new OpOperand(this, i, operandValues.get(i));
    }
    List<Type> resultTypes = state.resultTypes();
    this.results = new OpResult[resultTypes.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = new OpResult(this, i, resultTypes.get(i));
    }
    List<Block> successorBlocks = state.successors();
    this.successors = new BlockOperand[successorBlocks.size()];
    for (int i = 0; i < successors.length; i++) {
      successors[i] = new BlockOperand(this, i, successorBlocks.get(i));
    }
    List<Region> stateRegions = state.regions();
    this.regions = new Region[stateRegions.size()];
    for (int i = 0; i < regions.length; i++) {
      Region region = stateRegions.get(i);
      if (region.parentOp() != null) {
        throw new IllegalStateException("region already belongs to an operation");
      }
      region.setParent(this);
      regions[i] = region;
    }
  }

  /**
   * Creates a detached operation. {@code definition} is the registered definition of the name,
   * or null for an unregistered operation.
   */
  public static Operation create(OperationState state, OpDefinition definition) {
    return new Operation(state, definition);
  }

  // ---- identity -------------------------------------------------------------------------

  /** The full name, {@code dialect.op}. */
  public String name() {
    return name;
  }

  /** The dialect namespace: the part of the name before the first dot. */
  public String dialectNamespace() {
    int dot = name.indexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  /** The registered definition, or null for an unregistered operation. */
  public OpDefinition definition() {
    return definition;
  }

  public boolean isRegistered() {
    return definition != null;
  }

  public Location location() {
    return location;
  }

  public void setLocation(Location location) {
    this.location = location;
  }

  // ---- traits and interfaces ------------------------------------------------------------

  public boolean hasTrait(OpTrait trait) {
    return definition != null && definition.hasTrait(trait);
  }

  public <T extends OpTrait> Optional<T> trait(Class<T> kind) {
    return definition == null ? Optional.empty() : definition.trait(kind);
  }

  /** The implementation of {@code iface} the definition declares, if any. */
  public <I> Optional<I> getInterface(Class<I> iface) {
    return definition == null ? Optional.empty() : definition.getInterface(iface);
  }

  public boolean isTerminator() {
    return hasTrait(CoreTrait.TERMINATOR);
  }

  // ---- operands ---------------------------------------------------------------------------

  public int numOperands() {
    return operands.length;
  }

  public Value operand(int index) {
    return operands[index].get();
  }

  public OpOperand operandSlot(int index) {
    return operands[index];
  }

  public List<Value> operands() {
    var values = new ArrayList<Value>(operands.length);
    for (OpOperand operand : operands) {
      values.add(operand.get());
    }
    return values;
  }

  public List<Type> operandTypes() {
    return operands().stream().map(Value::type).toList();
  }

  public void setOperand(int index, Value value) {
    operands[index].set(value);
  }

  /** Replaces the whole operand list. */
  public void setOperands(List<Value> values) {
    for (OpOperand operand : operands) {
      operand.unlink();
    }
    operands = new OpOperand[values.size()];
    for (int i = 0; i < operands.length; i++) {
      operands[i] = new OpOperand(this, i, values.get(i));
    }
  }

  // ---- results ----------------------------------------------------------------------------

  public int numResults() {
    return results.length;
  }

  public OpResult result(int index) {
    return results[index];
  }

  /** The single result; fails if there is not exactly one. */
  public OpResult result() {
    if (results.length != 1) {
      throw new IllegalStateException(name + " has " + results.length + " results");
    }
    return results[0];
  }

  public List<OpResult> results() {
    return List.of(results);
  }

  public List<Type> resultTypes() {
    return Arrays.stream(results).map(Value::type).toList();
  }

  /** Whether no result of this operation is used. */
  public boolean resultsUnused() {
    for (OpResult result : results) {
      if (result.hasUses()) {
        return false;
      }
    }
    return true;
  }

  /** Replaces every use of each result with the corresponding value of {@code values}. */
  public void replaceAllUsesWith(List<? extends Value> values) {
    if (values.size() != results.length) {
      throw new IllegalArgumentException("replacing " + results.length + " results with " + values.size() + " values");
    }
    for (int i = 0; i < results.length; i++) {
      results[i].replaceAllUsesWith(values.get(i));
    }
  }

  // ---- attributes -------------------------------------------------------------------------

  public DictionaryAttr attributes() {
    return attributes;
  }

  public Optional<Attribute> attribute(String attributeName) {
    return attributes.get(attributeName);
  }

  /** The attribute {@code attributeName} as {@code kind}; fails if absent or of another kind. */
  public <A extends Attribute> A attribute(String attributeName, Class<A> kind) {
    Attribute value = attributes.get(attributeName)
        .orElseThrow(() -> new IllegalStateException(name + " has no attribute '" + attributeName + "'"));
    return kind.cast(value);
  }

  public void setAttribute(String attributeName, Attribute value) {
    attributes = attributes.with(attributeName, value);
  }

  public void removeAttribute(String attributeName) {
    attributes = attributes.without(attributeName);
  }

  public void setAttributes(DictionaryAttr attributes) {
    this.attributes = attributes;
  }

  // ---- successors -------------------------------------------------------------------------

  public int numSuccessors() {
    return successors.length;
  }

  public Block successor(int index) {
    return successors[index].get();
  }

  public List<Block> successors() {
    var blocks = new ArrayList<Block>(successors.length);
    for (BlockOperand successor : successors) {
      blocks.add(successor.get());
    }
    return blocks;
  }

  public void setSuccessor(int index, Block block) {
    successors[index].set(block);
  }

  // ---- regions ----------------------------------------------------------------------------

  public int numRegions() {
    return regions.length;
  }

  public Region region(int index) {
    return regions[index];
  }

  public List<Region> regions() {
    return List.of(regions);
  }

  // ---- position ---------------------------------------------------------------------------

  public Block parentBlock() {
    return parent;
  }

  public Region parentRegion() {
    return parent == null ? null : parent.parent();
  }

  /** The operation whose region holds this one, or null at the top. */
  public Operation parentOp() {
    return parent == null ? null : parent.parentOp();
  }

  public Operation nextOp() {
    return next;
  }

  public Operation prevOp() {
    return prev;
  }

  /** Whether this operation is {@code other} or contains it at any depth. */
  public boolean isAncestorOf(Operation other) {
    for (Operation op = other; op != null; op = op.parentOp()) {
      if (op == this) {
        return true;
      }
    }
    return false;
  }

  /** Whether this comes before {@code other}; both must be in the same block. */
  public boolean isBeforeInBlock(Operation other) {
    if (parent == null || parent != other.parent) {
      throw new IllegalArgumentException("operations are not in the same block");
    }
    return parent.isBefore(this, other);
  }

  /** Moves this (attached or detached) operation right before {@code anchor}. */
  public void moveBefore(Operation anchor) {
    removeFromParent();
    anchor.parent.insertBefore(anchor, this);
  }

  /** Moves this operation right after {@code anchor}. */
  public void moveAfter(Operation anchor) {
    removeFromParent();
    anchor.parent.insertBefore(anchor.next, this);
  }

  /** Detaches this operation from its block, keeping its operands and regions. */
  public void removeFromParent() {
    if (parent != null) {
      parent.unlink(this);
    }
  }

  /** Drops all operands and successors of this op and of everything nested in it. */
  public void dropAllReferences() {
    for (OpOperand operand : operands) {
      operand.unlink();
    }
    for (BlockOperand successor : successors) {
      successor.unlink();
    }
    for (Region region : regions) {
      region.dropAllReferences();
    }
  }

  /** Detaches and destroys this operation; its results must be unused. */
  public void erase() {
    for (OpResult result : results) {
      if (result.hasUses()) {
        throw new IllegalStateException("erasing " + name + " whose result #" + result.index() + " still has uses");
      }
    }
    removeFromParent();
    dropAllReferences();
  }

  // ---- traversal --------------------------------------------------------------------------

  /** Visits this operation and all nested ones, children before parents (post-order). */
  public void walk(Consumer<Operation> visitor) {
    for (Region region : regions) {
      for (Block block : region.blocks()) {
        for (Operation op : block.operations()) {
          op.walk(visitor);
        }
      }
    }
    visitor.accept(this);
  }

  /** Visits this operation and all nested ones, parents before children (pre-order). */
  public void walkPreOrder(Consumer<Operation> visitor) {
    visitor.accept(this);
    for (Region region : regions) {
      for (Block block : region.blocks()) {
        for (Operation op : block.operations()) {
          op.walkPreOrder(visitor);
        }
      }
    }
  }

  // ---- copying ----------------------------------------------------------------------------

  /** A deep copy; operands defined outside are remapped through {@code mapping} when mapped there. */
  public Operation clone(IrMapping mapping) {
    var state = new OperationState(name, location);
    for (Value operand : operands()) {
      state.addOperand(mapping.lookupOrSelf(operand));
    }
    state.addResultTypes(resultTypes());
    for (Block successor : successors()) {
      state.addSuccessor(mapping.lookupOrSelf(successor));
    }
    state.setAttributes(attributes);
    for (Region region : regions) {
      Region copy = state.addRegion();
      region.cloneInto(copy, mapping);
    }
    Operation copy = create(state, definition);
    for (int i = 0; i < results.length; i++) {
      mapping.map(results[i], copy.results[i]);
    }
    return copy;
  }

  public Operation clone() {
    return clone(new IrMapping());
  }

  @Override
  public String toString() {
    return dev.irc.ir.text.AsmPrinter.printToString(this, dev.irc.ir.text.PrintOptions.DEFAULT);
  }
}
