package dev.irc.passes.transforms;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.IrMapping;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.interfaces.CallOpInterface;
import dev.irc.ir.interfaces.UnconditionalBranch;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassOption;
import dev.irc.passes.PassStatistic;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code inline}: replaces calls ({@link CallOpInterface}) of functions with a body by a copy
 * of the body. Runs on a symbol table (a module); visits functions callees first (bottom-up
 * over the call graph's strongly connected components), so a chain of calls flattens in one
 * run, and never inlines a function that is part of a recursive cycle (a component with more
 * than one function, or one that calls itself). A single-block callee is
 * copied in place of the call; a multi-block callee is copied between the two halves of the
 * split caller block, its returns becoming jumps ({@link dev.irc.ir.interfaces.UnconditionalBranch})
 * to the continuation block, whose arguments are the call's results.
 */
public final class Inliner extends Pass {
  private final PassOption<Integer> maxOps = option(PassOption.integer("max-ops", 64, 0,
      "Inline only callees with at most this many ops"));
  private final PassStatistic numInlined = statistic("num-inlined", "Number of calls inlined");

  public Inliner() {
    super("inline", "Inliner", "Inline calls of functions with a body, except within recursive cycles");
  }

  @Override
  public boolean canScheduleOn(Operation op) {
    return op.hasTrait(CoreTrait.SYMBOL_TABLE);
  }

  @Override
  public void runOnOperation(Operation module, PassExecution execution) {
    var graph = CallGraph.build(module);
    for (List<Operation> component : graph.componentsCalleesFirst()) {
      for (Operation caller : component) {
        for (Operation call : graph.callsIn(caller)) {
          Operation callee = graph.callee(call);
          if (callee != null && !graph.isRecursive(graph.componentOf(callee)) && countOps(callee) <= maxOps.get()
              && inline(call, callee, ControlFlowOps.unconditionalBranch(execution.context(),
                  call.parentRegion(), callee.region(0)).orElse(null), execution)) {
            numInlined.increment();
          }
        }
      }
    }
  }

  private static int countOps(Operation callee) {
    int[] count = {0};
    callee.walk(op -> count[0]++);
    return count[0] - 1;
  }

  /** Inlines {@code callee} at {@code call}; returns false (changing nothing) when it cannot. */
  private static boolean inline(Operation call, Operation callee, UnconditionalBranch jump, PassExecution execution) {
    Region body = callee.region(0);
    List<Value> arguments = call.getInterface(CallOpInterface.class).orElseThrow().arguments(call);
    if (!body.entryBlock().argumentTypes().equals(arguments.stream().map(Value::type).toList())
        || !returnsMatch(body, call.resultTypes())) {
      return false;
    }
    if (body.blocks().size() == 1) {
      inlineSingleBlock(call, body.entryBlock(), arguments);
      return true;
    }
    Operation owner = call.parentOp();
    if (jump == null || owner == null || owner.hasTrait(CoreTrait.SINGLE_BLOCK) || owner.hasTrait(CoreTrait.GRAPH_REGIONS)) {
      return false;
    }
    inlineBlocks(call, body, arguments, jump, execution);
    return true;
  }

  private static boolean returnsMatch(Region body, List<Type> resultTypes) {
    for (Block block : body.blocks()) {
      Operation terminator = block.lastOp();
      if (terminator == null || !terminator.isTerminator()) {
        return false;
      }
      if (terminator.hasTrait(CoreTrait.RETURN_LIKE)) {
        if (terminator.numSuccessors() != 0 || !terminator.operandTypes().equals(resultTypes)) {
          return false;
        }
      } else if (terminator.numSuccessors() == 0) {
        return false; // a terminator that leaves the function some other way
      }
    }
    return true;
  }

  private static void inlineSingleBlock(Operation call, Block entry, List<Value> arguments) {
    var mapping = new IrMapping();
    for (int i = 0; i < arguments.size(); i++) {
      mapping.map(entry.argument(i), arguments.get(i));
    }
    for (Operation op = entry.firstOp(); op != entry.lastOp(); op = op.nextOp()) {
      call.parentBlock().insertBefore(call, op.clone(mapping));
    }
    List<Value> returned = entry.lastOp().operands().stream().map(mapping::lookupOrSelf).toList();
    call.replaceAllUsesWith(returned);
    call.erase();
  }

  private static void inlineBlocks(Operation call, Region body, List<Value> arguments, UnconditionalBranch jump,
      PassExecution execution) {
    Block before = call.parentBlock();
    Region region = before.parent();
    Block continuation = before.splitBefore(call.nextOp());
    for (int i = 0; i < call.numResults(); i++) {
      Value result = continuation.addArgument(call.result(i).type(), call.location());
      call.result(i).replaceAllUsesWith(result);
    }
    var copy = new Region();
    body.cloneInto(copy, new IrMapping());
    Block anchor = before;
    var builder = new OpBuilder(execution.context());
    for (Block block : new ArrayList<>(copy.blocks())) {
      copy.remove(block);
      region.insertAfter(anchor, block);
      anchor = block;
      Operation terminator = block.lastOp();
      if (terminator.hasTrait(CoreTrait.RETURN_LIKE)) {
        builder.setInsertionPoint(terminator);
        jump.create(builder, continuation, terminator.operands(), terminator.location());
        terminator.erase();
      }
    }
    Block entry = region.blocks().get(region.indexOf(before) + 1);
    builder.setInsertionPoint(call);
    jump.create(builder, entry, arguments, call.location());
    call.erase();
  }

  /** Direct calls between the function-like symbols of one symbol table, with its strongly connected components. */
  private static final class CallGraph {
    private final List<Operation> functions = new ArrayList<>();
    private final Map<Operation, List<Operation>> calls = new IdentityHashMap<>();
    private final Map<Operation, Operation> callees = new IdentityHashMap<>();
    private final Map<Operation, List<Operation>> componentOf = new IdentityHashMap<>();
    private final List<List<Operation>> components = new ArrayList<>();

    static CallGraph build(Operation module) {
      var graph = new CallGraph();
      for (Region region : module.regions()) {
        for (Block block : region.blocks()) {
          for (Operation op : block.operations()) {
            if (SymbolTable.symbolName(op).isPresent() && op.numRegions() > 0 && !op.region(0).isEmpty()) {
              graph.functions.add(op);
            }
          }
        }
      }
      SymbolTable.withCachedTables(() -> {
        for (Operation function : graph.functions) {
          var found = new ArrayList<Operation>();
          function.walk(op -> op.getInterface(CallOpInterface.class).ifPresent(call -> {
            found.add(op);
            SymbolTable.lookupNearest(op, call.callee(op)).ifPresent(target -> graph.callees.put(op, target));
          }));
          graph.calls.put(function, found);
        }
        return null;
      });
      graph.computeComponents();
      return graph;
    }

    List<Operation> callsIn(Operation function) {
      return calls.getOrDefault(function, List.of());
    }

    Operation callee(Operation call) {
      Operation target = callees.get(call);
      return target != null && calls.containsKey(target) ? target : null;
    }

    List<Operation> componentOf(Operation function) {
      return componentOf.get(function);
    }

    List<List<Operation>> componentsCalleesFirst() {
      return components;
    }

    boolean isRecursive(List<Operation> component) {
      if (component.size() > 1) {
        return true;
      }
      Operation only = component.getFirst();
      return callsIn(only).stream().anyMatch(call -> callee(call) == only);
    }

    /** Tarjan's algorithm; components come out callees first. */
    private void computeComponents() {
      var index = new IdentityHashMap<Operation, Integer>();
      var low = new IdentityHashMap<Operation, Integer>();
      var stack = new java.util.ArrayDeque<Operation>();
      var onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<Operation, Boolean>());
      for (Operation function : functions) {
        if (!index.containsKey(function)) {
          connect(function, index, low, stack, onStack);
        }
      }
    }

    private void connect(Operation function, Map<Operation, Integer> index, Map<Operation, Integer> low,
        java.util.ArrayDeque<Operation> stack, java.util.Set<Operation> onStack) {
      index.put(function, index.size());
      low.put(function, index.get(function));
      stack.push(function);
      onStack.add(function);
      for (Operation call : callsIn(function)) {
        Operation target = callee(call);
        if (target == null) {
          continue;
        }
        if (!index.containsKey(target)) {
          connect(target, index, low, stack, onStack);
          low.put(function, Math.min(low.get(function), low.get(target)));
        } else if (onStack.contains(target)) {
          low.put(function, Math.min(low.get(function), index.get(target)));
        }
      }
      if (low.get(function).equals(index.get(function))) {
        var component = new ArrayList<Operation>();
        Operation member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (member != function);
        components.add(component);
        component.forEach(m -> componentOf.put(m, component));
      }
    }
  }
}
