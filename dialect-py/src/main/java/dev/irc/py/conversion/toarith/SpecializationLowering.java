package dev.irc.py.conversion.toarith;

import static dev.irc.py.conversion.toarith.RuntimeAbi.I1;
import static dev.irc.py.conversion.toarith.RuntimeAbi.I64;

import dev.irc.dialect.arith.CmpIPredicate;
import dev.irc.dialect.cf.BranchOp;
import dev.irc.dialect.cf.CondBranchOp;
import dev.irc.dialect.func.CallOp;
import dev.irc.dialect.func.FuncOp;
import dev.irc.dialect.func.ReturnOp;
import dev.irc.ir.Block;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.analysis.DominanceInfo;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.py.dialect.CallOps;
import dev.irc.py.dialect.ConstantOp;
import dev.irc.py.dialect.ControlOps;
import dev.irc.py.dialect.ExceptionOps;
import dev.irc.py.dialect.IterationOps;
import dev.irc.py.dialect.OperatorOps;
import dev.irc.py.dialect.VariableOps;
import dev.irc.py.eval.Evaluator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers one typed {@link Specialization} of a {@code py.func} to a {@code func.func}
 * {@code @f$i64(%depth: i64, %n: i64) -> (i64, i1)}: the extra first argument is the Python call
 * depth (RecursionError at {@value Evaluator#RECURSION_LIMIT}), the extra last result the status
 * flag (true: an exception or deoptimization is pending in the runtime, unwind). Blocks map one to
 * one (in reverse post-order), with block arguments per {@link PyType#irTypes} plus the current
 * position of every range iterator whose {@code py.iter} dominates the block.
 */
final class SpecializationLowering {
  private final ModuleLowering module;
  private final FunctionTypes types;
  private final Operation pyFunction;
  private final Map<Value, List<Value>> values = new IdentityHashMap<>();
  private final Map<Block, Block> blocks = new IdentityHashMap<>();
  private final Map<Block, List<Value>> blockIterators = new IdentityHashMap<>();
  private final Map<Value, Block> iteratorBlocks = new IdentityHashMap<>();
  /** The current position of each live range iterator in the block being lowered. */
  private final Map<Value, Value> positions = new IdentityHashMap<>();
  /** The lowered {@code has} flag of each py.next in the block being lowered: (iterator, advanced position, current position). */
  private final Map<Value, Value[]> advances = new IdentityHashMap<>();
  private Emitter e;
  private NumericLowering numeric;
  private BuiltinLowering builtins;
  private Value calleeDepth;
  /** Accumulator recursion ({@link #findTailCall}): the self call, the restart block and the accumulator, or null. */
  private Operation tailCall;
  private Block restart;
  private Value accumulator;

  SpecializationLowering(ModuleLowering module, FunctionTypes types, Operation pyFunction) {
    this.module = module;
    this.types = types;
    this.pyFunction = pyFunction;
  }

  /** The lowered function's signature for {@code types}. */
  static FunctionType signature(Specialization specialization, PyType returnType) {
    var inputs = new ArrayList<Type>(List.of(I64));
    specialization.argumentTypes().forEach(t -> inputs.addAll(t.irTypes()));
    var results = new ArrayList<>(returnType.irTypes());
    results.add(I1);
    return new FunctionType(inputs, results);
  }

  Operation lower() {
    Specialization specialization = types.specialization();
    FunctionType type = signature(specialization, types.returnType());
    Operation func = FuncOp.create(specialization.symbol(), type, pyFunction.location());
    Region body = func.region(0);
    Block entry = body.entryBlock();
    var builder = new OpBuilder(module.context());
    Block unwind = builder.createBlock(body, List.of(), pyFunction.location());
    String pythonName = specialization.function().equals(dev.irc.py.dialect.FuncOp.MAIN) ? "<module>" : specialization.function();
    e = new Emitter(builder, body, unwind, pythonName, module.sites(), module.module());
    numeric = new NumericLowering(e);
    builtins = new BuiltinLowering(e, numeric, module::stringId);
    e.at(pyFunction.location());
    var zeros = new ArrayList<Value>();
    for (Type result : type.results().subList(0, type.results().size() - 1)) {
      zeros.add(zero(result));
    }
    zeros.add(e.bool(true));
    ReturnOp.create(builder, zeros, pyFunction.location());

    List<Block> order = reversePostOrder(dev.irc.py.dialect.FuncOp.entryBlock(pyFunction));
    collectIterators(order);
    var dominance = new DominanceInfo();
    for (Block pyBlock : order) {
      var argumentTypes = new ArrayList<Type>();
      pyBlock.arguments().forEach(a -> argumentTypes.addAll(types.typeOf(a).irTypes()));
      var live = new ArrayList<Value>();
      for (var iterator : iteratorBlocks.entrySet()) {
        if (iterator.getValue() != pyBlock && dominance.dominates(iterator.getValue(), pyBlock)) {
          live.add(iterator.getKey());
          argumentTypes.add(I64);
        }
      }
      blockIterators.put(pyBlock, live);
      blocks.put(pyBlock, builder.createBlock(body, argumentTypes, pyBlock.parentOp().location()));
    }

    // Entry: the recursion limit, then the first py block with the parameters. With accumulator
    // recursion, a restart block between them carries (depth, parameters, accumulator).
    builder.setInsertionPointToEnd(entry);
    Value depth = entry.argument(0);
    List<Value> parameters = List.copyOf(entry.arguments().subList(1, entry.arguments().size()));
    tailCall = findTailCall(order);
    if (tailCall != null) {
      var restartTypes = new ArrayList<Type>(List.of(I64));
      parameters.forEach(p -> restartTypes.add(p.type()));
      restartTypes.add(I64);
      restart = builder.createBlock(body, restartTypes, pyFunction.location());
      body.remove(restart);
      body.insertAfter(entry, restart);
      builder.setInsertionPointToEnd(entry);
      var initial = new ArrayList<Value>(entry.arguments());
      initial.add(e.i64(0));
      BranchOp.create(builder, restart, initial, pyFunction.location());
      builder.setInsertionPointToEnd(restart);
      depth = restart.argument(0);
      parameters = List.copyOf(restart.arguments().subList(1, restart.arguments().size() - 1));
      accumulator = restart.arguments().getLast();
    }
    e.raiseInCallerIf(e.cmpi(CmpIPredicate.SGE, depth, e.i64(Evaluator.RECURSION_LIMIT)), "RecursionError",
        "maximum recursion depth exceeded");
    calleeDepth = e.op("arith.addi", List.of(depth, e.i64(1)), I64);
    BranchOp.create(builder, blocks.get(order.getFirst()), parameters, pyFunction.location());

    for (Block pyBlock : order) {
      lowerBlock(pyBlock);
    }
    if (tailCall != null) {
      addVirtualFrames(body, unwind, entry.argument(0));
    }
    LoopVersioning.apply(LoopVersioning.find(order, types),
        new LoopVersioning.Lowered(blocks, this::valuesOf, blockIterators, types), e);
    // Keep the unwind block last, after the code, for readability.
    body.remove(unwind);
    body.append(unwind);
    return func;
  }

  /**
   * Accumulator recursion: the one {@code return e + f(...)} of an int function {@code f} whose
   * self call has this specialization's signature and whose other returns are ints, or null.
   * Such a call does not recurse: {@code e} joins an accumulator (a checked add; ints are
   * unbounded, so reassociating the sum is exact, and an overflow deoptimizes) and control goes
   * back to the restart block with the call's arguments at depth + 1, as a virtual frame. Every
   * return gives back accumulator + value; unwinding adds one traceback frame (the call's site)
   * per virtual frame, so recursion limits and tracebacks are those of the recursive calls.
   */
  private Operation findTailCall(List<Block> order) {
    Specialization self = types.specialization();
    if (self.function().equals(dev.irc.py.dialect.FuncOp.MAIN) || !(types.returnType() instanceof PyType.Int)) {
      return null;
    }
    Operation found = null;
    for (Block block : order) {
      for (Operation op : block.operations()) {
        if (op.name().equals(ControlOps.RETURN.name()) && !(types.typeOf(op.operand(0)) instanceof PyType.Int)) {
          return null;
        }
        if (!op.name().equals(CallOps.CALL.name()) || !new Specialization(CallOps.callee(op), operandTypes(op)).equals(self)) {
          continue;
        }
        Operation add = op.nextOp();
        Operation ret = add == null ? null : add.nextOp();
        if (add != null && ret != null && add.name().equals(OperatorOps.BINOP.name()) && OperatorOps.kind(add).equals("add")
            && add.operand(1) == op.result() && add.operand(0) != op.result() && op.result().hasOneUse()
            && types.typeOf(add.operand(0)) instanceof PyType.Int && types.typeOf(add.result()) instanceof PyType.Int
            && ret.name().equals(ControlOps.RETURN.name()) && ret.operand(0) == add.result() && add.result().hasOneUse()) {
          if (found != null) {
            return null;
          }
          found = op;
        }
      }
    }
    return found;
  }

  /** The unwind block of accumulator recursion: one traceback frame per virtual frame, then the failed return. */
  private void addVirtualFrames(Region body, Block unwind, Value entryDepth) {
    OpBuilder builder = e.builder();
    e.at(tailCall.location());
    Block done = builder.createBlock(body, List.of(), tailCall.location());
    unwind.moveTailTo(unwind.firstOp(), done);
    builder.setInsertionPointToEnd(unwind);
    Value frames = e.op("arith.subi", List.of(restart.argument(0), entryDepth), I64);
    Block loop = builder.createBlock(body, List.of(I64), tailCall.location());
    builder.setInsertionPointToEnd(unwind);
    BranchOp.create(builder, loop, List.of(frames), tailCall.location());
    builder.setInsertionPointToEnd(loop);
    Value remaining = loop.argument(0);
    Block frame = builder.createBlock(body, List.of(), tailCall.location());
    builder.setInsertionPointToEnd(loop);
    CondBranchOp.create(builder, e.cmpi(CmpIPredicate.SGT, remaining, e.i64(0)), frame, List.of(), done, List.of(),
        tailCall.location());
    builder.setInsertionPointToEnd(frame);
    e.runtime("irc_traceback", List.of(e.i64(e.tracebackSite())));
    BranchOp.create(builder, loop, List.of(e.op("arith.subi", List.of(remaining, e.i64(1)), I64)), tailCall.location());
  }

  /** The tail call of accumulator recursion: add the left operand to the accumulator and restart. */
  private void lowerTailCall(Operation op) {
    Value sum = numeric.checked("arith.checked_addi", accumulator, single(op.nextOp().operand(0)));
    var arguments = new ArrayList<Value>(List.of(calleeDepth));
    op.operands().forEach(v -> arguments.addAll(valuesOf(v)));
    arguments.add(sum);
    BranchOp.create(e.builder(), restart, arguments, op.location());
  }

  private Value zero(Type type) {
    if (type.equals(I1)) {
      return e.bool(false);
    }
    return type.equals(I64) ? e.i64(0) : e.f64(0.0);
  }

  private static List<Block> reversePostOrder(Block entry) {
    var post = new ArrayList<Block>();
    Set<Block> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    var stack = new ArrayDeque<Object[]>();
    seen.add(entry);
    stack.push(new Object[] {entry, 0});
    while (!stack.isEmpty()) {
      Object[] frame = stack.peek();
      Block block = (Block) frame[0];
      int next = (Integer) frame[1];
      List<Block> successors = block.successors();
      if (next < successors.size()) {
        frame[1] = next + 1;
        Block successor = successors.get(next);
        if (seen.add(successor)) {
          stack.push(new Object[] {successor, 0});
        }
      } else {
        stack.pop();
        post.add(block);
      }
    }
    Collections.reverse(post);
    return post;
  }

  private void collectIterators(List<Block> order) {
    for (Block block : order) {
      for (Operation op : block.operations()) {
        if (op.name().equals(IterationOps.ITER.name()) && types.typeOf(op.result()) instanceof PyType.RangeIterator) {
          iteratorBlocks.put(op.result(), block);
        }
      }
    }
  }

  private List<Value> valuesOf(Value pyValue) {
    return values.getOrDefault(pyValue, List.of());
  }

  private Value single(Value pyValue) {
    return valuesOf(pyValue).getFirst();
  }

  private void lowerBlock(Block pyBlock) {
    Block block = blocks.get(pyBlock);
    e.builder().setInsertionPointToEnd(block);
    positions.clear();
    advances.clear();
    int index = 0;
    for (Value argument : pyBlock.arguments()) {
      int n = types.typeOf(argument).irTypes().size();
      values.put(argument, new ArrayList<>(block.arguments().subList(index, index + n)));
      index += n;
    }
    for (Value iterator : blockIterators.get(pyBlock)) {
      positions.put(iterator, block.argument(index++));
    }
    for (Operation op : pyBlock.operations()) {
      e.at(op.location());
      boolean unreachableInput = op.operands().stream().anyMatch(v -> types.typeOf(v) instanceof PyType.Bottom);
      // An operand whose definition was never lowered was defined after a deopt point that
      // dominates this op: the op cannot run either.
      boolean afterDeopt = op.operands().stream().anyMatch(v -> !values.containsKey(v));
      if ((unreachableInput && !op.isTerminator()) || afterDeopt) {
        e.deopt();
        return;
      }
      if (!lowerOp(op)) {
        return;
      }
    }
  }

  private List<PyType> operandTypes(Operation op) {
    return op.operands().stream().map(types::typeOf).toList();
  }

  /** Lowers one op; false when it ended the block (a raise). */
  private boolean lowerOp(Operation op) {
    String name = op.name();
    List<PyType> t = operandTypes(op);
    if (name.equals(ConstantOp.NAME)) {
      PyType type = types.typeOf(op.result());
      values.put(op.result(), switch (type) {
        case PyType.Int i -> List.of(e.i64(((dev.irc.ir.builtin.IntegerAttr) ConstantOp.value(op)).longValue()));
        case PyType.Bool b -> List.of(e.bool(((dev.irc.ir.builtin.IntegerAttr) ConstantOp.value(op)).longValue() != 0));
        case PyType.Float f -> List.of(e.f64(((dev.irc.ir.builtin.FloatAttr) ConstantOp.value(op)).value()));
        default -> List.of();
      });
    } else if (name.equals(OperatorOps.BINOP.name())) {
      PyType result = types.typeOf(op.result());
      Long exponent = OperatorOps.kind(op).equals("pow") ? OperatorTyping.constantInt(op.operand(1)).orElse(null) : null;
      if (OperatorOps.kind(op).equals("pow") && result instanceof PyType.Float && t.get(0).isIntLike() && t.get(1).isIntLike()) {
        // int ** negative int is float ** float.
        values.put(op.result(), List.of(numeric.binary("pow", PyType.FLOAT, numeric.toFloat(single(op.operand(0)), t.get(0)),
            PyType.FLOAT, numeric.toFloat(single(op.operand(1)), t.get(1)), PyType.FLOAT, null)));
      } else {
        values.put(op.result(), List.of(numeric.binary(OperatorOps.kind(op), t.get(0), single(op.operand(0)), t.get(1),
            single(op.operand(1)), result, exponent)));
      }
    } else if (name.equals(OperatorOps.UNOP.name())) {
      values.put(op.result(), List.of(numeric.unary(OperatorOps.kind(op), t.get(0), valueOrNull(op.operand(0)))));
    } else if (name.equals(OperatorOps.COMPARE.name())) {
      values.put(op.result(), List.of(numeric.compare(OperatorOps.kind(op), t.get(0), valueOrNull(op.operand(0)), t.get(1),
          valueOrNull(op.operand(1)))));
    } else if (name.equals(OperatorOps.TRUTH.name())) {
      values.put(op.result(), List.of(numeric.truth(valueOrNull(op.operand(0)), t.get(0))));
    } else if (name.equals(CallOps.CALL.name())) {
      if (op == tailCall) {
        lowerTailCall(op);
        return false;
      }
      lowerCall(op, t);
    } else if (name.equals(CallOps.BUILTIN.name()) && types.typeOf(op.result()) instanceof PyType.ConstantException) {
      values.put(op.result(), List.of());
    } else if (name.equals(ExceptionOps.THROW.name())) {
      PyType.ConstantException exception = (PyType.ConstantException) t.get(0);
      e.raise(exception.type(), exception.message());
      return false;
    } else if (name.equals(CallOps.BUILTIN.name())) {
      String builtin = CallOps.builtinName(op);
      Long exponent = builtin.equals("pow") && op.numOperands() == 2 ? OperatorTyping.constantInt(op.operand(1)).orElse(null) : null;
      PyType result = types.typeOf(op.result());
      if (builtin.equals("pow")) {
        values.put(op.result(), List.of(powBuiltin(op, t, result, exponent)));
      } else {
        var arguments = new ArrayList<List<Value>>(op.operands().stream().map(this::valuesOf).toList());
        if (builtin.equals("range") && arguments.size() == 3 && t.get(2) instanceof PyType.Int) {
          // A constant step (-1 is a negated constant in py IR) stays visible to py.next.
          OperatorTyping.constantInt(op.operand(2)).ifPresent(step -> arguments.set(2, List.of(e.i64(step))));
        }
        values.put(op.result(), builtins.lower(builtin, t, arguments, CallOps.keywordNames(op), result, exponent));
      }
    } else if (name.equals(VariableOps.GLOBAL_LOAD.name())) {
      lowerGlobalLoad(op);
    } else if (name.equals(VariableOps.GLOBAL_STORE.name())) {
      lowerGlobalStore(op, t.get(0));
    } else if (name.equals(VariableOps.UNBOUND.name())) {
      values.put(op.result(), List.of());
    } else if (name.equals(VariableOps.CHECK_BOUND.name())) {
      if (t.get(0) instanceof PyType.Unbound) {
        e.raise("UnboundLocalError", "cannot access local variable '" + VariableOps.variableName(op)
            + "' where it is not associated with a value");
        return false;
      }
    } else if (name.equals(IterationOps.ITER.name())) {
      List<Value> range = valuesOf(op.operand(0));
      positions.put(op.result(), range.get(0));
      values.put(op.result(), List.of(range.get(1), range.get(2)));
    } else if (name.equals(IterationOps.NEXT.name())) {
      lowerNext(op);
    } else if (name.equals(IterationOps.UNPACK.name())) {
      List<Value> tuple = valuesOf(op.operand(0));
      int index = 0;
      for (int i = 0; i < op.numResults(); i++) {
        int n = types.typeOf(op.result(i)).irTypes().size();
        values.put(op.result(i), new ArrayList<>(tuple.subList(index, index + n)));
        index += n;
      }
    } else if (name.equals(ControlOps.ASSERT.name())) {
      String message = op.numOperands() > 1 && t.get(1) instanceof PyType.Str(String s) ? s : "";
      e.raiseIf(e.not(numeric.truth(valueOrNull(op.operand(0)), t.get(0))), "AssertionError", message);
    } else if (name.equals(ControlOps.RAISE.name())) {
      e.raise(op.attribute("type", dev.irc.ir.builtin.StringAttr.class).value(),
          op.attribute("message", dev.irc.ir.builtin.StringAttr.class).value());
      return false;
    } else if (name.equals(ControlOps.BR.name()) || name.equals(ControlOps.COND_BR.name())) {
      lowerBranch(op);
    } else if (name.equals(ControlOps.RETURN.name())) {
      var results = new ArrayList<>(valuesOf(op.operand(0)));
      if (results.size() != types.returnType().irTypes().size()) {
        e.deopt();
        return false;
      }
      if (accumulator != null) {
        results.set(0, numeric.checked("arith.checked_addi", accumulator, results.getFirst()));
      }
      results.add(e.bool(false));
      ReturnOp.create(e.builder(), results, op.location());
    } else {
      throw new IllegalStateException("py-to-arith: no lowering for '" + name + "'");
    }
    return true;
  }

  private Value valueOrNull(Value pyValue) {
    List<Value> lowered = valuesOf(pyValue);
    return lowered.isEmpty() ? null : lowered.getFirst();
  }

  private Value powBuiltin(Operation op, List<PyType> t, PyType result, Long exponent) {
    if (t.size() == 3) {
      var ints = new ArrayList<Value>();
      for (int i = 0; i < 3; i++) {
        ints.add(numeric.toInt(single(op.operand(i)), t.get(i)));
      }
      return e.fallible("irc_int_pow_mod", ints).getFirst();
    }
    if (result instanceof PyType.Float && t.get(0).isIntLike() && t.get(1).isIntLike()) {
      return numeric.binary("pow", PyType.FLOAT, numeric.toFloat(single(op.operand(0)), t.get(0)),
          PyType.FLOAT, numeric.toFloat(single(op.operand(1)), t.get(1)), PyType.FLOAT, null);
    }
    return numeric.binary("pow", t.get(0), single(op.operand(0)), t.get(1), single(op.operand(1)), result, exponent);
  }

  private void lowerCall(Operation op, List<PyType> t) {
    var callee = new Specialization(CallOps.callee(op), t);
    FunctionTypes calleeTypes = module.program().functions().get(callee);
    var arguments = new ArrayList<Value>(List.of(calleeDepth));
    op.operands().forEach(v -> arguments.addAll(valuesOf(v)));
    FunctionType signature = signature(callee, calleeTypes.returnType());
    var results = new ArrayList<Value>(CallOp.create(e.builder(), callee.symbol(), arguments, signature.results(),
        op.location()).results());
    Value failed = results.removeLast();
    e.unwindIf(failed);
    values.put(op.result(), results);
  }

  private void lowerGlobalLoad(Operation op) {
    String variable = VariableOps.variableName(op);
    Value slot = e.i64(module.globalSlot(variable));
    Value bound = e.runtime("irc_global_bound", List.of(slot)).getFirst();
    e.raiseIf(e.not(bound), "NameError", "name '" + variable + "' is not defined");
    values.put(op.result(), switch (types.typeOf(op.result())) {
      case PyType.Int i -> e.runtime("irc_global_get_i64", List.of(slot));
      case PyType.Float f -> e.runtime("irc_global_get_f64", List.of(slot));
      case PyType.Bool b -> e.runtime("irc_global_get_bool", List.of(slot));
      default -> List.of();
    });
  }

  private void lowerGlobalStore(Operation op, PyType type) {
    Value slot = e.i64(module.globalSlot(VariableOps.variableName(op)));
    switch (type) {
      case PyType.Int i -> e.runtime("irc_global_set_i64", List.of(slot, single(op.operand(0))));
      case PyType.Float f -> e.runtime("irc_global_set_f64", List.of(slot, single(op.operand(0))));
      case PyType.Bool b -> e.runtime("irc_global_set_bool", List.of(slot, single(op.operand(0))));
      default -> e.runtime("irc_global_set_none", List.of(slot));
    }
  }

  /** {@code py.next} on a range iterator: (position in range, position); advances the position. */
  private void lowerNext(Operation op) {
    Value iterator = op.operand(0);
    List<Value> state = valuesOf(iterator);
    Value stop = state.get(0);
    Value step = state.get(1);
    Value current = positions.get(iterator);
    Value upward = e.cmpi(CmpIPredicate.SGT, step, e.i64(0));
    Value has = e.select(upward, e.cmpi(CmpIPredicate.SLT, current, stop), e.cmpi(CmpIPredicate.SGT, current, stop));
    Value advanced;
    Long unit = NumericLowering.constantValue(step);
    if (unit != null && (unit == 1 || unit == -1)) {
      // The new position is only taken when current < stop (step 1) or current > stop (step -1),
      // so current + step stays within i64: no overflow check.
      advanced = e.op("arith.addi", List.of(current, step), I64);
    } else {
      Operation sum = e.opMulti("arith.checked_addi", List.of(current, step), List.of(I64, I1));
      advanced = e.select(sum.result(1), stop, sum.result(0));
    }
    positions.put(iterator, e.select(has, advanced, current));
    // A branch on `has` passes the advanced position to its true successor and the current one
    // to its false successor, without the select.
    advances.put(has, new Value[] {iterator, advanced, current});
    values.put(op.result(0), List.of(has));
    values.put(op.result(1), List.of(current));
  }

  private void lowerBranch(Operation op) {
    var forwarded = new ArrayList<List<Value>>();
    for (int s = 0; s < op.numSuccessors(); s++) {
      Block target = op.successor(s);
      var arguments = new ArrayList<Value>();
      List<Value> operands = ControlOps.successorOperands(op, s);
      for (int i = 0; i < operands.size(); i++) {
        List<Value> lowered = valuesOf(operands.get(i));
        if (lowered.size() != types.typeOf(target.argument(i)).irTypes().size()) {
          e.deopt();
          return;
        }
        arguments.addAll(lowered);
      }
      Value[] advance = op.name().equals(ControlOps.COND_BR.name()) ? advances.get(single(op.operand(0))) : null;
      for (Value iterator : blockIterators.get(target)) {
        arguments.add(advance != null && advance[0] == iterator ? advance[s == 0 ? 1 : 2] : positions.get(iterator));
      }
      forwarded.add(arguments);
    }
    if (op.name().equals(ControlOps.BR.name())) {
      BranchOp.create(e.builder(), blocks.get(op.successor(0)), forwarded.get(0), op.location());
    } else {
      CondBranchOp.create(e.builder(), single(op.operand(0)), blocks.get(op.successor(0)), forwarded.get(0),
          blocks.get(op.successor(1)), forwarded.get(1), op.location());
    }
  }
}
