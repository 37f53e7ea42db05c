package dev.irc.ir;

import dev.irc.ir.builtin.DictionaryAttr;
import dev.irc.ir.diag.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to create an {@link Operation}, gathered piece by piece by builders and
 * parsers before the operation exists.
 */
public final class OperationState {
  private final String name;
  private Location location;
  private final List<Value> operands = new ArrayList<>();
  private final List<Type> resultTypes = new ArrayList<>();
  private final List<Block> successors = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();
  private DictionaryAttr attributes = DictionaryAttr.EMPTY;

  public OperationState(String name, Location location) {
    this.name = name;
    this.location = location;
  }

  public String name() {
    return name;
  }

  public Location location() {
    return location;
  }

  public OperationState setLocation(Location location) {
    this.location = location;
    return this;
  }

  public List<Value> operands() {
    return operands;
  }

  public List<Type> resultTypes() {
    return resultTypes;
  }

  public List<Block> successors() {
    return successors;
  }

  public List<Region> regions() {
    return regions;
  }

  public DictionaryAttr attributes() {
    return attributes;
  }

  public OperationState addOperand(Value value) {
    operands.add(value);
    return this;
  }

  public OperationState addOperands(List<? extends Value> values) {
    operands.addAll(values);
    return this;
  }

  public OperationState addResultType(Type type) {
    resultTypes.add(type);
    return this;
  }

  public OperationState addResultTypes(List<? extends Type> types) {
    resultTypes.addAll(types);
    return this;
  }

  public OperationState addSuccessor(Block block) {
    successors.add(block);
    return this;
  }

  /** Adds and returns a new empty region. */
  public Region addRegion() {
    Region region = new Region();
    regions.add(region);
    return region;
  }

  public OperationState addRegion(Region region) {
    regions.add(region);
    return this;
  }

  public OperationState addAttribute(String attributeName, Attribute value) {
    attributes = attributes.with(attributeName, value);
    return this;
  }

  public OperationState setAttributes(DictionaryAttr attributes) {
    this.attributes = attributes;
    return this;
  }
}
