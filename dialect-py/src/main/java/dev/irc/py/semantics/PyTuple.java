package dev.irc.py.semantics;

import java.util.List;

/**
 * A Python tuple: an immutable sequence of values.
 *
 * <p>Tier 1 needs tuples only as results ({@code divmod}); this is the minimal representation
 * until Tier 2 settles sequences. Equality is element-wise Java equality of the representations.
 */
public record PyTuple(List<Object> items) {

  public PyTuple {
    items = List.copyOf(items);
  }

  public static PyTuple of(Object... items) {
    return new PyTuple(List.of(items));
  }

  public Object get(int index) {
    return items.get(index);
  }

  public int size() {
    return items.size();
  }

  @Override
  public String toString() {
    return Repr.repr(this);
  }
}
