package dev.irc.py.eval;

import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyTuple;
import dev.irc.py.semantics.PyType;
import java.util.List;

/** A Python iterator as the evaluator runs it: {@code next()} gives a value or null when exhausted. */
abstract sealed class PyIterator permits PyIterator.OverRange, PyIterator.OverList {
  /** The next value, or null at the end. */
  abstract Object next();

  /** Python's {@code iter(value)}. */
  static PyIterator of(Object value) {
    return switch (value) {
      case PyIterator it -> it;
      case RangeValue r -> new OverRange(r);
      case PyTuple t -> new OverList(t.items());
      case String s -> new OverList(s.codePoints().mapToObj(Character::toString).map(Object.class::cast).toList());
      default -> throw PyException.type("'" + PyType.nameOf(value) + "' object is not iterable");
    };
  }

  /** Iterates a range. */
  static final class OverRange extends PyIterator {
    private long next;
    private final long stop;
    private final long step;

    OverRange(RangeValue range) {
      this.next = range.start();
      this.stop = range.stop();
      this.step = range.step();
    }

    @Override
    Object next() {
      if (step > 0 ? next >= stop : next <= stop) {
        return null;
      }
      long value = next;
      next += step;
      if (step > 0 ? next < value : next > value) {
        next = stop;
      }
      return value;
    }
  }

  /** Iterates a fixed list of values. */
  static final class OverList extends PyIterator {
    private final List<Object> items;
    private int index;

    OverList(List<Object> items) {
      this.items = items;
    }

    @Override
    Object next() {
      return index < items.size() ? items.get(index++) : null;
    }
  }
}
