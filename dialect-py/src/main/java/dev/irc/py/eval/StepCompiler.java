package dev.irc.py.eval;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.UnitAttr;
import dev.irc.py.dialect.CallOps;
import dev.irc.py.dialect.ConstantOp;
import dev.irc.py.dialect.ControlOps;
import dev.irc.py.dialect.ExceptionOps;
import dev.irc.py.dialect.FuncOp;
import dev.irc.py.dialect.OperatorOps;
import dev.irc.py.dialect.VariableOps;
import dev.irc.py.eval.CompiledFunction.ExecBlock;
import dev.irc.py.eval.CompiledFunction.Step;
import dev.irc.py.semantics.Arithmetic;
import dev.irc.py.semantics.Comparison;
import dev.irc.py.semantics.ExceptionTypes;
import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.PyNone;
import dev.irc.py.semantics.PyType;

import dev.irc.py.semantics.Truth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Translates each op of a {@code py.func} into a {@link Step} closure over slot numbers: the
 * meaning of every py op for the evaluator lives here.
 */
final class StepCompiler {
  /** The value of a local before its first assignment ({@code py.unbound}). */
  private enum Unbound { VALUE }

  private final Evaluator evaluator;

  StepCompiler(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  CompiledFunction declare(Operation func) {
    String name = FuncOp.name(func);
    return new CompiledFunction(func, name.equals(FuncOp.MAIN) ? "<module>" : name);
  }

  void compile(CompiledFunction function) {
    Map<Value, Integer> slots = new IdentityHashMap<>();
    int next = 1;
    List<Block> blocks = function.op.region(0).blocks();
    for (Block block : blocks) {
      for (Value argument : block.arguments()) {
        slots.put(argument, next++);
      }
      for (Operation op : block.operations()) {
        for (Value result : op.results()) {
          slots.put(result, next++);
        }
      }
    }
    function.stateSlot = next++;
    Map<String, Integer> cells = new HashMap<>();
    for (Block block : blocks) {
      for (Operation op : block.operations()) {
        if (op.name().equals(VariableOps.LOCAL_LOAD.name()) || op.name().equals(VariableOps.LOCAL_STORE.name())) {
          if (!cells.containsKey(VariableOps.variableName(op))) {
            cells.put(VariableOps.variableName(op), next++);
          }
        }
      }
    }
    function.slotCount = next;
    Block entryBlock = blocks.getFirst();
    function.parameterSlots = entryBlock.arguments().stream().mapToInt(slots::get).toArray();
    Map<Block, ExecBlock> execBlocks = new IdentityHashMap<>();
    for (Block block : blocks) {
      execBlocks.put(block, new ExecBlock());
    }
    for (Block block : blocks) {
      ExecBlock exec = execBlocks.get(block);
      var steps = new ArrayList<Step>();
      var locations = new ArrayList<dev.irc.ir.diag.Location>();
      for (Operation op : block.operations()) {
        steps.add(step(op, slots, execBlocks, cells, function.stateSlot));
        locations.add(op.location());
      }
      exec.steps = steps.toArray(Step[]::new);
      exec.locations = locations.toArray(dev.irc.ir.diag.Location[]::new);
    }
    function.entry = execBlocks.get(entryBlock);
  }

  private static int[] slotsOf(List<? extends Value> values, Map<Value, Integer> slots) {
    return values.stream().mapToInt(slots::get).toArray();
  }

  private Step step(Operation op, Map<Value, Integer> slots, Map<Block, ExecBlock> blocks, Map<String, Integer> cells,
      int stateSlot) {
    int[] in = slotsOf(op.operands(), slots);
    int out = op.numResults() > 0 ? slots.get(op.result(0)) : -1;
    return switch (op.name()) {
      case "py.local_load" -> {
        int cell = cells.get(VariableOps.variableName(op));
        String message = unboundMessage(op);
        yield s -> {
          Object value = s[cell];
          if (value == null || value == Unbound.VALUE) {
            throw new PyException("UnboundLocalError", message);
          }
          s[out] = value;
          return null;
        };
      }
      case "py.local_store" -> {
        int cell = cells.get(VariableOps.variableName(op));
        int a = in[0];
        yield s -> {
          s[cell] = s[a];
          return null;
        };
      }
      case "py.global_delete" -> {
        GlobalCell cell = evaluator.global(VariableOps.variableName(op));
        yield s -> {
          cell.delete();
          return null;
        };
      }
      case "py.try_enter" -> {
        ExecBlock body = blocks.get(op.successor(0));
        ExecBlock handler = blocks.get(op.successor(1));
        yield s -> {
          if (s[stateSlot] == null) {
            s[stateSlot] = evaluator.enter();
          }
          ((FrameExceptions) s[stateSlot]).enter(handler);
          return body;
        };
      }
      case "py.try_exit" -> s -> {
        ((FrameExceptions) s[stateSlot]).exit();
        return null;
      };
      case "py.caught" -> s -> {
        s[out] = ((FrameExceptions) s[stateSlot]).beginHandling();
        return null;
      };
      case "py.except_end" -> s -> {
        ((FrameExceptions) s[stateSlot]).endHandling();
        return null;
      };
      case "py.exception_match" -> {
        String type = ExceptionOps.matchedType(op);
        int a = in[0];
        yield s -> {
          s[out] = s[a] instanceof PyException e && ExceptionTypes.isSubclass(e.type(), type);
          return null;
        };
      }
      case "py.throw" -> {
        int a = in[0];
        int cause = in.length > 1 ? in[1] : -1;
        yield s -> {
          if (!(s[a] instanceof PyException exception)) {
            throw PyException.type("exceptions must derive from BaseException");
          }
          if (cause >= 0) {
            switch (s[cause]) {
              case PyException c -> exception.setCause(c);
              case PyNone n -> exception.setCause(null);
              default -> throw PyException.type("exception causes must derive from BaseException");
            }
          }
          throw exception;
        };
      }
      case "py.reraise" -> s -> {
        PyException handled = evaluator.handled();
        if (handled == null) {
          throw new PyException("RuntimeError", "No active exception to reraise");
        }
        // As in CPython, a bare raise adds no traceback entry for the frame it is in.
        throw PythonError.reraise(handled);
      };
      case "py.constant" -> {
        Object value = constantValue(ConstantOp.value(op));
        yield s -> {
          s[out] = value;
          return null;
        };
      }
      case "py.binop" -> {
        BinaryOperator<Object> f = binary(OperatorOps.kind(op));
        int a = in[0];
        int b = in[1];
        yield s -> {
          s[out] = f.apply(s[a], s[b]);
          return null;
        };
      }
      case "py.unop" -> {
        UnaryOperator<Object> f = unary(OperatorOps.kind(op));
        int a = in[0];
        yield s -> {
          s[out] = f.apply(s[a]);
          return null;
        };
      }
      case "py.compare" -> {
        BinaryOperator<Object> f = comparison(OperatorOps.kind(op));
        int a = in[0];
        int b = in[1];
        yield s -> {
          s[out] = f.apply(s[a], s[b]);
          return null;
        };
      }
      case "py.truth" -> {
        int a = in[0];
        yield s -> {
          s[out] = Truth.isTrue(s[a]);
          return null;
        };
      }
      case "py.call" -> {
        String callee = CallOps.callee(op);
        CompiledFunction[] target = new CompiledFunction[1];
        yield s -> {
          if (target[0] == null) {
            target[0] = evaluator.function(callee);
          }
          Object[] arguments = new Object[in.length];
          for (int i = 0; i < in.length; i++) {
            arguments[i] = s[in[i]];
          }
          s[out] = evaluator.invoke(target[0], arguments);
          return null;
        };
      }
      case "py.builtin" -> builtinStep(op, in, out);
      case "py.call_value" -> {
        int callee = in[0];
        yield s -> {
          throw PyException.type("'" + PyType.nameOf(s[callee]) + "' object is not callable");
        };
      }
      case "py.global_load" -> {
        GlobalCell cell = evaluator.global(VariableOps.variableName(op));
        yield s -> {
          s[out] = cell.load();
          return null;
        };
      }
      case "py.global_store" -> {
        GlobalCell cell = evaluator.global(VariableOps.variableName(op));
        int a = in[0];
        yield s -> {
          cell.store(s[a]);
          return null;
        };
      }
      case "py.unbound" -> s -> {
        s[out] = Unbound.VALUE;
        return null;
      };
      case "py.check_bound" -> {
        String message = unboundMessage(op);
        int a = in[0];
        yield s -> {
          if (s[a] == Unbound.VALUE) {
            throw new PyException("UnboundLocalError", message);
          }
          return null;
        };
      }
      case "py.iter" -> {
        int a = in[0];
        yield s -> {
          s[out] = PyIterator.of(s[a]);
          return null;
        };
      }
      case "py.next" -> {
        int a = in[0];
        int value = slots.get(op.result(1));
        yield s -> {
          Object item = ((PyIterator) s[a]).next();
          s[out] = item != null;
          s[value] = item != null ? item : PyNone.NONE;
          return null;
        };
      }
      case "py.unpack" -> unpackStep(op, slots, in[0]);
      case "py.br" -> branchStep(blocks.get(op.successor(0)), in, slotsOf(op.successor(0).arguments(), slots));
      case "py.cond_br" -> {
        Step whenTrue = branchStep(blocks.get(op.successor(0)), slotsOf(ControlOps.successorOperands(op, 0), slots),
            slotsOf(op.successor(0).arguments(), slots));
        Step whenFalse = branchStep(blocks.get(op.successor(1)), slotsOf(ControlOps.successorOperands(op, 1), slots),
            slotsOf(op.successor(1).arguments(), slots));
        int c = in[0];
        yield s -> (Boolean) s[c] ? whenTrue.run(s) : whenFalse.run(s);
      }
      case "py.return" -> {
        int a = in[0];
        yield s -> {
          s[0] = s[a];
          return CompiledFunction.RETURN;
        };
      }
      case "py.assert" -> {
        int a = in[0];
        int message = in.length > 1 ? in[1] : -1;
        yield s -> {
          if (!Truth.isTrue(s[a])) {
            throw new PyException("AssertionError", message < 0 ? "" : Builtins.str(s[message]));
          }
          return null;
        };
      }
      case "py.raise" -> {
        String type = op.attribute("type", StringAttr.class).value();
        String message = op.attribute("message", StringAttr.class).value();
        yield s -> {
          throw new PyException(type, message);
        };
      }
      default -> throw new IllegalArgumentException("the evaluator cannot run '" + op.name() + "'");
    };
  }

  private static String unboundMessage(Operation op) {
    return "cannot access local variable '" + VariableOps.variableName(op) + "' where it is not associated with a value";
  }

  private Step builtinStep(Operation op, int[] in, int out) {
    String name = CallOps.builtinName(op);
    BuiltinFunction function = evaluator.builtin(name);
    if (function == null) {
      throw new IllegalArgumentException("the evaluator has no builtin '" + name + "'");
    }
    List<String> keywordNames = CallOps.keywordNames(op);
    int positionalCount = in.length - keywordNames.size();
    return s -> {
      Object[] positional = new Object[positionalCount];
      for (int i = 0; i < positionalCount; i++) {
        positional[i] = s[in[i]];
      }
      Object[] keywordValues = new Object[keywordNames.size()];
      for (int i = 0; i < keywordValues.length; i++) {
        keywordValues[i] = s[in[positionalCount + i]];
      }
      s[out] = function.call(Arrays.asList(positional), keywordNames, Arrays.asList(keywordValues));
      return null;
    };
  }

  private static Step unpackStep(Operation op, Map<Value, Integer> slots, int source) {
    int[] outs = slotsOf(op.results(), slots);
    int count = outs.length;
    return s -> {
      Object value = s[source];
      PyIterator items;
      try {
        items = PyIterator.of(value);
      } catch (PyException e) {
        throw PyException.type("cannot unpack non-iterable " + PyType.nameOf(value) + " object");
      }
      Object[] got = new Object[count];
      for (int i = 0; i < count; i++) {
        Object item = items.next();
        if (item == null) {
          throw PyException.value("not enough values to unpack (expected " + count + ", got " + i + ")");
        }
        got[i] = item;
      }
      if (items.next() != null) {
        throw PyException.value("too many values to unpack (expected " + count + ")");
      }
      for (int i = 0; i < count; i++) {
        s[outs[i]] = got[i];
      }
      return null;
    };
  }

  private static Step branchStep(ExecBlock target, int[] from, int[] to) {
    if (from.length == 0) {
      return s -> target;
    }
    if (from.length == 1) {
      int a = from[0];
      int b = to[0];
      return s -> {
        s[b] = s[a];
        return target;
      };
    }
    return s -> {
      Object[] values = new Object[from.length];
      for (int i = 0; i < from.length; i++) {
        values[i] = s[from[i]];
      }
      for (int i = 0; i < to.length; i++) {
        s[to[i]] = values[i];
      }
      return target;
    };
  }

  static Object constantValue(Attribute attribute) {
    return switch (attribute) {
      case IntegerAttr i when i.type().equals(IntegerType.I1) -> i.value().signum() != 0;
      case IntegerAttr i -> PyInt.normalize(i.value());
      case FloatAttr f -> f.value();
      case UnitAttr u -> PyNone.NONE;
      case StringAttr s -> s.value();
      default -> throw new IllegalArgumentException("not a Python constant: " + attribute);
    };
  }

  private static BinaryOperator<Object> binary(String kind) {
    return switch (kind) {
      case "add" -> Arithmetic::add;
      case "sub" -> Arithmetic::sub;
      case "mul" -> Arithmetic::mul;
      case "truediv" -> Arithmetic::trueDiv;
      case "floordiv" -> Arithmetic::floorDiv;
      case "mod" -> Arithmetic::mod;
      case "pow" -> Arithmetic::pow;
      case "lshift" -> Arithmetic::lshift;
      case "rshift" -> Arithmetic::rshift;
      case "bitand" -> Arithmetic::and;
      case "bitor" -> Arithmetic::or;
      case "bitxor" -> Arithmetic::xor;
      default -> throw new IllegalArgumentException("unknown binop " + kind);
    };
  }

  private static UnaryOperator<Object> unary(String kind) {
    return switch (kind) {
      case "neg" -> Arithmetic::neg;
      case "pos" -> Arithmetic::pos;
      case "invert" -> Arithmetic::invert;
      case "not" -> a -> !Truth.isTrue(a);
      default -> throw new IllegalArgumentException("unknown unop " + kind);
    };
  }

  private static BinaryOperator<Object> comparison(String kind) {
    return switch (kind) {
      case "eq" -> (a, b) -> Comparison.eq(a, b);
      case "ne" -> (a, b) -> Comparison.ne(a, b);
      case "lt" -> (a, b) -> Comparison.lt(a, b);
      case "le" -> (a, b) -> Comparison.le(a, b);
      case "gt" -> (a, b) -> Comparison.gt(a, b);
      case "ge" -> (a, b) -> Comparison.ge(a, b);
      case "is" -> (a, b) -> Comparison.is(a, b);
      case "isnot" -> (a, b) -> !Comparison.is(a, b);
      default -> throw new IllegalArgumentException("unknown comparison " + kind);
    };
  }

}
