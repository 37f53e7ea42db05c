package dev.irc.py.conversion.toarith;

import static dev.irc.py.conversion.toarith.RuntimeAbi.I1;
import static dev.irc.py.conversion.toarith.RuntimeAbi.I64;

import dev.irc.dialect.arith.CmpIPredicate;
import dev.irc.dialect.cf.BranchOp;
import dev.irc.dialect.cf.CondBranchOp;
import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.IrMapping;
import dev.irc.ir.OpResult;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Use;
import dev.irc.ir.Value;
import dev.irc.ir.analysis.DominanceInfo;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.py.dialect.ConstantOp;
import dev.irc.py.dialect.ControlOps;
import dev.irc.py.dialect.IterationOps;
import dev.irc.py.dialect.OperatorOps;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Versions range loops whose int accumulators move by a bounded amount per iteration, so that
 * a fast copy of the loop can add without overflow checks.
 *
 * <p>An accumulator is an int argument {@code s} of the loop header (the block with the range
 * iterator's {@code py.next}) that every back edge passes either unchanged or as {@code s + t},
 * {@code t + s} or {@code s - t} (through block arguments of the body, too), where the term
 * {@code t} is an int constant, a value defined before the loop, or the loop's own induction
 * value. One iteration then moves {@code s} by at most {@code M} (the largest magnitude of its
 * terms; the induction value lies between the iterator's position on entry {@code p} and its
 * stop) and the loop runs at most {@code |stop - p|} iterations, so when
 * {@code |s0| + |stop - p| * M} fits in i64 (checked once, before the loop) no partial sum can
 * overflow. The lowered loop is then cloned; the preheader branches to the copy, in which those
 * additions are plain wrapping ops (exact, since they cannot wrap), when the bound holds, and to
 * the original checked loop otherwise. Values of the loop used after it reach the exit through
 * new block arguments of the exit block. LLVM can then compute such loops' results in closed
 * form (a sum over a range) and delete them.
 */
final class LoopVersioning {
  /** Loops with more lowered ops than this are not duplicated. */
  private static final int MAX_LOOP_OPS = 400;

  /** How far one increment can move an accumulator. */
  sealed interface Term {
    /** The loop's induction value: between the iterator's position on entry and its stop. */
    record Induction() implements Term {}

    /** A value defined before the loop. */
    record Invariant(Value pyValue) implements Term {}

    /** An int constant. */
    record Constant(long value) implements Term {}
  }

  /** A {@code py.binop add/sub} that moves an accumulator by {@code term}. */
  record Increment(Operation pyOp, Term term) {}

  /** Header argument {@code argument} and the increments that may move it. */
  record Accumulator(int argument, List<Increment> increments) {}

  /** A range loop with its header, iterator and accumulators (py IR). */
  record Candidate(Block header, Value iterator, Block exit, List<Accumulator> accumulators, int size) {}

  private LoopVersioning() {}

  // ---- finding candidates (py IR) -----------------------------------------------------------

  /** The range loops of a py function (blocks in reverse post-order) with at least one accumulator. */
  static List<Candidate> find(List<Block> order, FunctionTypes types) {
    var dominance = new DominanceInfo();
    var candidates = new ArrayList<Candidate>();
    for (Block header : order) {
      Operation next = header.firstOp();
      Operation terminator = header.terminator();
      if (next == null || !next.name().equals(IterationOps.NEXT.name())
          || !(types.typeOf(next.operand(0)) instanceof PyType.RangeIterator)
          || terminator == null || !terminator.name().equals(ControlOps.COND_BR.name())
          || terminator.operand(0) != next.result(0)) {
        continue;
      }
      Set<Block> loop = naturalLoop(header, dominance);
      if (loop == null || !loop.contains(terminator.successor(0)) || loop.contains(terminator.successor(1))
          || loop.contains(definingBlock(next.operand(0)))) {
        continue;
      }
      var accumulators = new ArrayList<Accumulator>();
      for (int a = 0; a < header.arguments().size(); a++) {
        BlockArgument s = header.argument(a);
        if (!(types.typeOf(s) instanceof PyType.Int)) {
          continue;
        }
        var increments = new ArrayList<Increment>();
        boolean valid = true;
        for (Block latch : distinct(header.predecessors())) {
          if (loop.contains(latch)) {
            for (Value passed : passedTo(latch, header, a)) {
              valid &= collect(passed, s, next.result(1), loop, types, increments, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
          }
        }
        if (valid && !increments.isEmpty()) {
          accumulators.add(new Accumulator(a, increments));
        }
      }
      if (!accumulators.isEmpty()) {
        candidates.add(new Candidate(header, next.operand(0), terminator.successor(1), accumulators, loop.size()));
      }
    }
    return candidates;
  }

  /** Whether {@code value}, passed back to the header for {@code s}, is {@code s} moved by at most one increment. */
  private static boolean collect(Value value, Value s, Value induction, Set<Block> loop, FunctionTypes types,
      List<Increment> increments, Set<Value> visited) {
    if (value == s) {
      return true;
    }
    if (value instanceof OpResult result && result.owner().name().equals(OperatorOps.BINOP.name())
        && loop.contains(result.owner().parentBlock()) && types.typeOf(value) instanceof PyType.Int) {
      Operation op = result.owner();
      String kind = OperatorOps.kind(op);
      Value other = null;
      if ((kind.equals("add") || kind.equals("sub")) && op.operand(0) == s) {
        other = op.operand(1);
      } else if (kind.equals("add") && op.operand(1) == s) {
        other = op.operand(0);
      }
      Term term = other == null ? null : term(other, induction, loop, types);
      if (term == null) {
        return false;
      }
      increments.add(new Increment(op, term));
      return true;
    }
    if (value instanceof BlockArgument argument && loop.contains(argument.owner()) && argument.owner() != s.parentBlock()) {
      Block block = argument.owner();
      if (!visited.add(value)) {
        // A cycle through body arguments brings no value that the other edges do not.
        return true;
      }
      for (Block predecessor : distinct(block.predecessors())) {
        for (Value passed : passedTo(predecessor, block, argument.index())) {
          if (!collect(passed, s, induction, loop, types, increments, visited)) {
            return false;
          }
        }
      }
      return true;
    }
    return false;
  }

  private static Term term(Value value, Value induction, Set<Block> loop, FunctionTypes types) {
    if (!(types.typeOf(value) instanceof PyType.Int)) {
      return null;
    }
    if (value == induction) {
      return new Term.Induction();
    }
    Operation definition = value.definingOp();
    if (definition != null && definition.name().equals(ConstantOp.NAME)
        && ConstantOp.value(definition) instanceof IntegerAttr attr && attr.value().bitLength() < 64) {
      return new Term.Constant(attr.longValue());
    }
    return loop.contains(definingBlock(value)) ? null : new Term.Invariant(value);
  }

  private static Block definingBlock(Value value) {
    return value.parentBlock();
  }

  /** The values {@code from}'s terminator passes to argument {@code index} of {@code to}, one per edge. */
  private static List<Value> passedTo(Block from, Block to, int index) {
    Operation terminator = from.terminator();
    var passed = new ArrayList<Value>();
    for (int i = 0; i < terminator.numSuccessors(); i++) {
      if (terminator.successor(i) == to) {
        passed.add(ControlOps.successorOperands(terminator, i).get(index));
      }
    }
    return passed;
  }

  private static List<Block> distinct(List<Block> blocks) {
    Set<Block> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return blocks.stream().filter(seen::add).toList();
  }

  /**
   * The blocks of the natural loop of {@code header} (those reaching a back edge without passing
   * the header), or null when it has no back edge or is entered other than through one edge.
   */
  private static Set<Block> naturalLoop(Block header, DominanceInfo dominance) {
    if (!dominance.isReachable(header)) {
      return null;
    }
    Set<Block> loop = Collections.newSetFromMap(new IdentityHashMap<>());
    loop.add(header);
    var work = new ArrayDeque<Block>();
    int entries = 0;
    for (Block predecessor : header.predecessors()) {
      if (!dominance.isReachable(predecessor)) {
        continue;
      }
      if (dominance.dominates(header, predecessor)) {
        if (loop.add(predecessor)) {
          work.add(predecessor);
        }
      } else {
        entries++;
      }
    }
    if (loop.size() == 1 || entries != 1) {
      return null;
    }
    while (!work.isEmpty()) {
      for (Block predecessor : work.poll().predecessors()) {
        if (dominance.isReachable(predecessor) && loop.add(predecessor)) {
          work.add(predecessor);
        }
      }
    }
    return loop;
  }

  // ---- versioning (lowered IR) --------------------------------------------------------------

  /** What versioning needs of the lowering: the lowered blocks and values of py blocks and values. */
  record Lowered(Map<Block, Block> blocks, Function<Value, List<Value>> values, Map<Block, List<Value>> blockIterators,
      FunctionTypes types) {}

  /**
   * Versions each candidate whose lowered form allows it, innermost first; a loop that contains
   * an already versioned one is left alone (no code growth beyond a factor of two per loop).
   */
  static void apply(List<Candidate> candidates, Lowered lowered, Emitter e) {
    Set<Block> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
    var ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.comparingInt(Candidate::size));
    for (Candidate candidate : ordered) {
      version(candidate, lowered, e, claimed);
    }
  }

  private static void version(Candidate candidate, Lowered lowered, Emitter e, Set<Block> claimed) {
    Block header = lowered.blocks().get(candidate.header());
    Block exit = lowered.blocks().get(candidate.exit());
    Region body = header.parent();
    var dominance = new DominanceInfo();
    Set<Block> loop = naturalLoop(header, dominance);
    if (loop == null || loop.contains(exit) || !Collections.disjoint(loop, claimed)) {
      return;
    }
    List<Block> loopBlocks = body.blocks().stream().filter(loop::contains).toList();
    int ops = loopBlocks.stream().mapToInt(Block::size).sum();
    if (ops > MAX_LOOP_OPS) {
      return;
    }
    // The single entry edge: an unconditional branch from the preheader.
    Block preheader = distinct(header.predecessors()).stream()
        .filter(b -> dominance.isReachable(b) && !loop.contains(b)).findFirst().orElseThrow();
    Operation entry = preheader.terminator();
    if (!entry.name().equals(BranchOp.NAME) || entry.successor(0) != header) {
      return;
    }
    // The exit is reached from one loop block only; every use of a loop value outside the loop
    // is dominated by it (guard exits to raise/deopt blocks use none).
    List<Block> exitPredecessors = distinct(exit.predecessors()).stream().filter(dominance::isReachable).toList();
    if (exitPredecessors.size() != 1 || !loop.contains(exitPredecessors.getFirst())) {
      return;
    }
    Block exiting = exitPredecessors.getFirst();
    var liveOuts = new ArrayList<Value>();
    for (Block block : loopBlocks) {
      var defined = new ArrayList<Value>(block.arguments());
      block.operations().forEach(op -> defined.addAll(op.results()));
      for (Value value : defined) {
        boolean usedOutside = false;
        for (Use<Value> use : value.uses()) {
          Block user = use.owner().parentBlock();
          if (!loop.contains(user)) {
            if (!dominance.isReachable(user)) {
              continue;
            }
            if (!dominance.dominates(exit, user)) {
              return;
            }
            usedOutside = true;
          }
        }
        if (usedOutside) {
          liveOuts.add(value);
        }
      }
    }
    // The lowered accumulator additions, checked ops in the loop.
    var unchecked = new ArrayList<Operation>();
    for (Accumulator accumulator : candidate.accumulators()) {
      for (Increment increment : accumulator.increments()) {
        List<Value> result = lowered.values().apply(increment.pyOp().result());
        Operation op = result.size() == 1 ? result.getFirst().definingOp() : null;
        if (op == null || !(op.name().equals("arith.checked_addi") || op.name().equals("arith.checked_subi"))
            || !loop.contains(op.parentBlock())) {
          return;
        }
        if (!unchecked.contains(op)) {
          unchecked.add(op);
        }
        if (increment.term() instanceof Term.Invariant(Value pyValue) && lowered.values().apply(pyValue).size() != 1) {
          return;
        }
      }
    }
    // Header argument positions of the accumulators and of the iterator's position.
    List<Value> entryValues = entry.operands();
    int iteratorIndex = lowered.blockIterators().get(candidate.header()).indexOf(candidate.iterator());
    int pyArguments = loweredIndex(candidate.header(), candidate.header().arguments().size(), lowered.types());
    if (iteratorIndex < 0 || entryValues.size() != header.arguments().size()) {
      return;
    }
    List<Value> range = lowered.values().apply(candidate.iterator());
    if (range.size() != 2) {
      return;
    }

    // The bound, computed before the loop.
    e.builder().setInsertionPoint(entry);
    var overflows = new ArrayList<Value>();
    Value position = entryValues.get(pyArguments + iteratorIndex);
    Value stop = range.get(0);
    Value iterations = abs(e, checked(e, "arith.checked_subi", stop, position, overflows), overflows);
    Value inductionBound = null;
    for (Accumulator accumulator : candidate.accumulators()) {
      Value step = null;
      for (Increment increment : accumulator.increments()) {
        Value magnitude = switch (increment.term()) {
          case Term.Induction induction -> {
            if (inductionBound == null) {
              inductionBound = e.op("arith.maxsi", List.of(abs(e, position, overflows), abs(e, stop, overflows)), I64);
            }
            yield inductionBound;
          }
          case Term.Invariant(Value pyValue) -> abs(e, lowered.values().apply(pyValue).getFirst(), overflows);
          case Term.Constant(long value) -> abs(e, e.i64(value), overflows);
        };
        step = step == null ? magnitude : e.op("arith.maxsi", List.of(step, magnitude), I64);
      }
      Value start = abs(e, entryValues.get(loweredIndex(candidate.header(), accumulator.argument(), lowered.types())), overflows);
      checked(e, "arith.checked_addi", start, checked(e, "arith.checked_muli", iterations, step, overflows), overflows);
    }
    Value anyOverflow = overflows.getFirst();
    for (Value overflow : overflows.subList(1, overflows.size())) {
      anyOverflow = e.or(anyOverflow, overflow);
    }

    // The copy, with plain additions.
    var mapping = new IrMapping();
    var copies = new ArrayList<Block>();
    Block insertAfter = loopBlocks.getLast();
    for (Block block : loopBlocks) {
      var copy = new Block();
      for (BlockArgument argument : block.arguments()) {
        mapping.map(argument, copy.addArgument(argument.type(), argument.location()));
      }
      mapping.map(block, copy);
      body.insertAfter(insertAfter, copy);
      insertAfter = copy;
      copies.add(copy);
    }
    var cloned = new ArrayList<Operation>();
    for (Block block : loopBlocks) {
      Block copy = mapping.lookupOrSelf(block);
      for (Operation op : block.operations()) {
        cloned.add(copy.append(op.clone(mapping)));
      }
    }
    for (Operation op : cloned) {
      for (int i = 0; i < op.numOperands(); i++) {
        Value mapped = mapping.lookupOrSelf(op.operand(i));
        if (mapped != op.operand(i)) {
          op.setOperand(i, mapped);
        }
      }
    }
    for (Operation original : unchecked) {
      Operation copy = mapping.lookupOrSelf(original.result(0)).definingOp();
      e.builder().setInsertionPoint(copy);
      String plain = copy.name().equals("arith.checked_addi") ? "arith.addi" : "arith.subi";
      Value sum = e.op(plain, copy.operands(), I64);
      copy.result(0).replaceAllUsesWith(sum);
      copy.result(1).replaceAllUsesWith(e.bool(false));
      copy.erase();
    }

    // Live-outs reach the exit as block arguments.
    for (Value value : liveOuts) {
      BlockArgument argument = exit.addArgument(value.type(), entry.location());
      for (Use<Value> use : value.uses()) {
        if (!loop.contains(use.owner().parentBlock()) && !copies.contains(use.owner().parentBlock())) {
          use.set(argument);
        }
      }
    }
    if (!liveOuts.isEmpty()) {
      appendExitOperands(exiting.terminator(), exit, liveOuts);
      appendExitOperands(mapping.lookupOrSelf(exiting).terminator(),
          exit, liveOuts.stream().map(mapping::lookupOrSelf).toList());
    }

    // The preheader picks the version.
    e.builder().setInsertionPoint(entry);
    var arguments = List.copyOf(entry.operands());
    CondBranchOp.create(e.builder(), anyOverflow, header, arguments, mapping.lookupOrSelf(header), arguments, entry.location());
    entry.erase();
    claimed.addAll(loop);
    claimed.addAll(copies);
  }

  private static void appendExitOperands(Operation terminator, Block exit, List<Value> values) {
    BranchOpInterface branch = terminator.getInterface(BranchOpInterface.class).orElseThrow();
    for (int i = 0; i < terminator.numSuccessors(); i++) {
      if (terminator.successor(i) == exit) {
        var operands = new ArrayList<>(branch.successorOperands(terminator, i));
        operands.addAll(values);
        branch.setSuccessorOperands(terminator, i, operands);
      }
    }
  }

  /** The index of py argument {@code index}'s first lowered argument. */
  private static int loweredIndex(Block pyBlock, int index, FunctionTypes types) {
    int lowered = 0;
    for (int i = 0; i < index; i++) {
      lowered += types.typeOf(pyBlock.argument(i)).irTypes().size();
    }
    return lowered;
  }

  /** A checked op's result; its overflow flag joins {@code overflows}. */
  private static Value checked(Emitter e, String name, Value x, Value y, List<Value> overflows) {
    Operation op = e.opMulti(name, List.of(x, y), List.of(I64, I1));
    overflows.add(op.result(1));
    return op.result(0);
  }

  /** {@code |x|}; overflows for the minimum i64. */
  private static Value abs(Emitter e, Value x, List<Value> overflows) {
    Value negated = checked(e, "arith.checked_subi", e.i64(0), x, overflows);
    return e.select(e.cmpi(CmpIPredicate.SLT, x, e.i64(0)), negated, x);
  }
}
