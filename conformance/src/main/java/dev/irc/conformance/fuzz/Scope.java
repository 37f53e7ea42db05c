package dev.irc.conformance.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generator knows at one point of a program: the definitely bound variables and their
 * types, which of them may be assigned (never loop variables, counters or a recursion depth), how
 * often the point runs per call (for the cost estimate) and whether values flow around a loop
 * (where multiplicative updates are reduced modulo a constant to keep ints small).
 */
final class Scope {
  private final Map<String, ValueType> readable;
  private final Set<String> assignable;
  final long multiplier;
  final boolean loopCarried;
  final int loopDepth;
  final int blockDepth;
  final boolean inFunction;

  private Scope(Map<String, ValueType> readable, Set<String> assignable, long multiplier, boolean loopCarried,
      int loopDepth, int blockDepth, boolean inFunction) {
    this.readable = readable;
    this.assignable = assignable;
    this.multiplier = multiplier;
    this.loopCarried = loopCarried;
    this.loopDepth = loopDepth;
    this.blockDepth = blockDepth;
    this.inFunction = inFunction;
  }

  static Scope module() {
    return new Scope(new LinkedHashMap<>(), new java.util.LinkedHashSet<>(), 1, false, 0, 0, false);
  }

  static Scope function(boolean loopCarried) {
    return new Scope(new LinkedHashMap<>(), new java.util.LinkedHashSet<>(), 1, loopCarried, 0, 0, true);
  }

  /** A nested block run {@code trips} times per run of this one (1 for an if branch). */
  Scope child(long trips, boolean loop) {
    return new Scope(new LinkedHashMap<>(readable), new java.util.LinkedHashSet<>(assignable),
        multiplier * Math.max(1, trips), loopCarried || loop, loopDepth + (loop ? 1 : 0), blockDepth + 1, inFunction);
  }

  /** The same point, but with values that flow around (a function writing a global). */
  Scope loopCarried() {
    return new Scope(new LinkedHashMap<>(readable), new java.util.LinkedHashSet<>(assignable), multiplier, true,
        loopDepth, blockDepth, inFunction);
  }

  void bind(String name, ValueType type, boolean canAssign) {
    readable.put(name, type);
    if (canAssign) {
      assignable.add(name);
    }
  }

  ValueType typeOf(String name) {
    return readable.get(name);
  }

  boolean isBound(String name) {
    return readable.containsKey(name);
  }

  List<String> readable(ValueType type) {
    var names = new ArrayList<String>();
    readable.forEach((name, t) -> {
      if (t == type) {
        names.add(name);
      }
    });
    return names;
  }

  List<String> assignable(ValueType type) {
    return readable(type).stream().filter(assignable::contains).toList();
  }
}
