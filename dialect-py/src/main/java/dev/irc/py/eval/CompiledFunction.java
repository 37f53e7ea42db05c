package dev.irc.py.eval;

import dev.irc.ir.Operation;
import dev.irc.ir.diag.Location;
import dev.irc.py.semantics.PyException;

/**
 * A {@code py.func} prepared for the evaluator: every SSA value has a slot in a per-call array
 * (slot 0 receives the return value) and every block is an array of {@link Step}s, so running
 * it needs no maps.
 */
final class CompiledFunction {
  /** One op, executed: returns the next block when it transfers control, else null. */
  @FunctionalInterface
  interface Step {
    ExecBlock run(Object[] slots);
  }

  /** A block's steps and, for tracebacks, each step's source location. */
  static final class ExecBlock {
    Step[] steps;
    Location[] locations;
  }

  /** What a return step hands back instead of a block. */
  static final ExecBlock RETURN = new ExecBlock();

  final Operation op;
  final String tracebackName;
  int slotCount;
  int stateSlot;
  int[] parameterSlots;
  ExecBlock entry;

  CompiledFunction(Operation op, String tracebackName) {
    this.op = op;
    this.tracebackName = tracebackName;
  }

  Object execute(Evaluator evaluator, Object[] arguments) {
    Object[] slots = new Object[slotCount];
    for (int i = 0; i < arguments.length; i++) {
      slots[parameterSlots[i]] = arguments[i];
    }
    try {
      ExecBlock block = entry;
      while (true) {
        Step[] steps = block.steps;
        ExecBlock next = null;
        PythonError error = null;
        int i = 0;
        try {
          for (; i < steps.length; i++) {
            next = steps[i].run(slots);
            if (next != null) {
              break;
            }
          }
        } catch (PyException e) {
          evaluator.raised(e);
          error = new PythonError(e).addFrame(tracebackName, block.locations[i]);
        } catch (PythonError e) {
          error = e.addFrame(tracebackName, block.locations[i]);
        }
        if (error != null) {
          next = slots[stateSlot] instanceof FrameExceptions state ? state.dispatch(error.exception()) : null;
          if (next == null) {
            throw error;
          }
        }
        if (next == RETURN) {
          return slots[0];
        }
        block = next;
      }
    } finally {
      if (slots[stateSlot] instanceof FrameExceptions state) {
        evaluator.leave(state);
      }
    }
  }
}
