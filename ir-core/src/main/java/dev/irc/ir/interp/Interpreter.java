package dev.irc.ir.interp;

import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.interp.InterpreterException.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes IR directly: runs a function body block by block from its entry, executing each op
 * through the {@link OpSemantics} its definition declares and following the {@link Outcome}
 * (continue, branch to a successor, return). Calls resolve symbols through the nearest symbol
 * table. It is the oracle for testing that passes preserve meaning: run before, run after,
 * compare.
 *
 * <p>Values are represented as described in {@link RuntimeValue}. A step limit and a
 * call-depth limit stop runaway programs with an {@link InterpreterException} of kind
 * {@link Kind#LIMIT_EXCEEDED}. Symbol lookups are cached, so the IR must not change while an
 * interpreter is in use. Not thread-safe; use one interpreter per thread.
 */
public final class Interpreter {
  /**
   * Bounds on one interpreter's work.
   *
   * @param maxSteps how many ops may execute in total
   * @param maxCallDepth how deeply calls may nest
   */
  public record Limits(long maxSteps, int maxCallDepth) {
    public static final Limits DEFAULT = new Limits(50_000_000L, 1_000);
  }

  private final Limits limits;
  private final Map<String, ExternalFunction> externals = new HashMap<>();
  private final ArrayDeque<Map<Value, Object>> frames = new ArrayDeque<>();
  private final Map<Operation, ResolvedSymbol> resolved = new IdentityHashMap<>();
  private long steps;

  public Interpreter() {
    this(Limits.DEFAULT);
  }

  public Interpreter(Limits limits) {
    this.limits = limits;
  }

  /** Lets calls to the body-less function declaration {@code @symbol} run {@code function}. */
  public Interpreter defineExternal(String symbol, ExternalFunction function) {
    externals.put(symbol, function);
    return this;
  }

  /** How many ops have executed so far. */
  public long steps() {
    return steps;
  }

  /** Calls the function {@code @name} defined in the symbol table {@code scope} (usually a module). */
  public List<Object> call(Operation scope, String name, List<Object> arguments) {
    Operation function = new SymbolTable(scope).lookup(name)
        .orElseThrow(() -> new InterpreterException(Kind.UNSUPPORTED, null, "no symbol named '@" + name + "'"));
    return call(function, arguments);
  }

  /**
   * Calls the function-like op {@code function}: binds {@code arguments} to its body's entry
   * block arguments and runs it to a return. A body-less declaration runs the external function
   * registered under its {@code sym_name}.
   */
  public List<Object> call(Operation function, List<Object> arguments) {
    if (function.numRegions() == 0 || function.region(0).isEmpty()) {
      String name = SymbolTable.symbolName(function).orElse("<unnamed>");
      ExternalFunction external = externals.get(name);
      if (external == null) {
        throw new InterpreterException(Kind.UNSUPPORTED, function, "call to external function '@" + name
            + "', which has no body and no Java implementation");
      }
      return external.call(List.copyOf(arguments));
    }
    if (frames.size() >= limits.maxCallDepth()) {
      throw new InterpreterException(Kind.LIMIT_EXCEEDED, function,
          "call depth limit of " + limits.maxCallDepth() + " exceeded");
    }
    frames.push(new IdentityHashMap<>());
    try {
      return runRegion(function.region(0), arguments);
    } catch (StackOverflowError e) {
      throw new InterpreterException(Kind.LIMIT_EXCEEDED, function, "Java stack exhausted at call depth " + frames.size());
    } finally {
      frames.pop();
    }
  }

  /** The op {@code reference} names as seen from {@code from}, searching the enclosing symbol tables. */
  public Operation resolveSymbol(Operation from, SymbolRefAttr reference) {
    ResolvedSymbol cached = resolved.get(from);
    if (cached != null && cached.reference().equals(reference)) {
      return cached.target();
    }
    Operation target = SymbolTable.lookupNearest(from, reference)
        .orElseThrow(() -> InterpreterException.unsupported(from, "symbol " + reference + " not found"));
    resolved.put(from, new ResolvedSymbol(reference, target));
    return target;
  }

  /** A symbol lookup remembered per referring op (the IR must not change while an interpreter runs it). */
  private record ResolvedSymbol(SymbolRefAttr reference, Operation target) {}

  /**
   * Runs {@code region} in the current call frame (so it sees the values of enclosing regions)
   * from its entry block, bound to {@code entryArguments}, until an op returns; gives back the
   * returned values. Ops with nested regions (loops, conditionals) use this from their semantics.
   */
  public List<Object> runRegion(Region region, List<Object> entryArguments) {
    boolean ownFrame = frames.isEmpty();
    if (ownFrame) {
      frames.push(new IdentityHashMap<>());
    }
    try {
      return runBlocks(region, entryArguments);
    } finally {
      if (ownFrame) {
        frames.pop();
      }
    }
  }

  private List<Object> runBlocks(Region region, List<Object> entryArguments) {
    if (region.isEmpty()) {
      throw InterpreterException.unsupported(region.parentOp(), "cannot run an empty region");
    }
    Block block = region.entryBlock();
    bindArguments(block, entryArguments, region.parentOp());
    while (true) {
      Block next = null;
      for (Operation op = block.firstOp(); op != null && next == null; op = op.nextOp()) {
        Outcome outcome = execute(op);
        switch (outcome) {
          case Outcome.Continue(List<Object> results) -> bindResults(op, results);
          case Outcome.Branch(int successor, List<Object> arguments) -> {
            if (successor < 0 || successor >= op.numSuccessors()) {
              throw InterpreterException.unsupported(op, "branches to successor #" + successor + " of " + op.numSuccessors());
            }
            next = op.successor(successor);
            bindArguments(next, arguments, op);
          }
          case Outcome.Return(List<Object> values) -> {
            return values;
          }
        }
      }
      if (next == null) {
        throw InterpreterException.unsupported(block.lastOp(), "block ended without transferring control");
      }
      block = next;
    }
  }

  /** The runtime value of {@code value} in the current frame. */
  public Object valueOf(Value value) {
    Object runtime = frames.isEmpty() ? null : frames.peek().get(value);
    if (runtime == null) {
      Operation user = value.definingOp();
      throw InterpreterException.unsupported(user, "use of a value (" + value + ") that has not been computed");
    }
    return runtime;
  }

  private Outcome execute(Operation op) {
    if (++steps > limits.maxSteps()) {
      throw new InterpreterException(Kind.LIMIT_EXCEEDED, op, "step limit of " + limits.maxSteps() + " exceeded");
    }
    OpSemantics semantics = op.getInterface(OpSemantics.class)
        .orElseThrow(() -> InterpreterException.unsupported(op, "has no interpreter semantics"));
    var operands = new ArrayList<Object>(op.numOperands());
    for (Value operand : op.operands()) {
      operands.add(valueOf(operand));
    }
    return semantics.execute(op, operands, this);
  }

  private void bindResults(Operation op, List<Object> results) {
    if (results.size() != op.numResults()) {
      throw InterpreterException.unsupported(op, "semantics produced " + results.size() + " values for "
          + op.numResults() + " results");
    }
    for (int i = 0; i < results.size(); i++) {
      bind(op.result(i), results.get(i), op);
    }
  }

  private void bindArguments(Block block, List<Object> arguments, Operation at) {
    if (arguments.size() != block.arguments().size()) {
      throw InterpreterException.unsupported(at, "passes " + arguments.size() + " values to a block with "
          + block.arguments().size() + " arguments");
    }
    for (int i = 0; i < arguments.size(); i++) {
      bind(block.argument(i), arguments.get(i), at);
    }
  }

  private void bind(Value value, Object runtime, Operation at) {
    Type type = value.type();
    if (runtime == null || !RuntimeValue.conforms(runtime, type)) {
      throw InterpreterException.unsupported(at, "value " + runtime + " is not a valid runtime value of type " + type);
    }
    frames.peek().put(value, runtime);
  }
}
