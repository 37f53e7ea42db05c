package dev.irc.conformance.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the generator knows at one point of a program: the definitely bound variables and their
 * types, which of them may be assigned (never loop variables, counters or a recursion depth), how
 * often the point runs per call (for the cost estimate), whether values flow around a loop
 * (where multiplicative updates are reduced modulo a constant to keep ints small), which
 * exception classes the enclosing {@code try} statements of this frame catch, and which classes
 * the handler being run (if any) caught, for a bare {@code raise}.
 */
final class Scope {
  private final Map<String, ValueType> readable;
  private final Set<String> assignable;
  final long multiplier;
  final boolean loopCarried;
  final int loopDepth;
  final int blockDepth;
  final boolean inFunction;
  /** The classes named by the handlers of the enclosing try bodies in this frame ({@link ExceptionTypes#ANY} for a bare except). */
  final List<String> catching;
  /** The classes the handler being run catches; empty outside handlers. */
  final Optional<List<String>> handled;

  private Scope(Map<String, ValueType> readable, Set<String> assignable, long multiplier, boolean loopCarried,
      int loopDepth, int blockDepth, boolean inFunction, List<String> catching, Optional<List<String>> handled) {
    this.readable = readable;
    this.assignable = assignable;
    this.multiplier = multiplier;
    this.loopCarried = loopCarried;
    this.loopDepth = loopDepth;
    this.blockDepth = blockDepth;
    this.inFunction = inFunction;
    this.catching = List.copyOf(catching);
    this.handled = handled;
  }

  static Scope module() {
    return new Scope(new LinkedHashMap<>(), new java.util.LinkedHashSet<>(), 1, false, 0, 0, false, List.of(), Optional.empty());
  }

  static Scope function(boolean loopCarried) {
    return new Scope(new LinkedHashMap<>(), new java.util.LinkedHashSet<>(), 1, loopCarried, 0, 0, true, List.of(), Optional.empty());
  }

  /** A nested block run {@code trips} times per run of this one (1 for an if branch). */
  Scope child(long trips, boolean loop) {
    return new Scope(new LinkedHashMap<>(readable), new java.util.LinkedHashSet<>(assignable),
        multiplier * Math.max(1, trips), loopCarried || loop, loopDepth + (loop ? 1 : 0), blockDepth + 1, inFunction,
        catching, handled);
  }

  /** The same point, but with values that flow around (a function writing a global). */
  Scope loopCarried() {
    return new Scope(new LinkedHashMap<>(readable), new java.util.LinkedHashSet<>(assignable), multiplier, true,
        loopDepth, blockDepth, inFunction, catching, handled);
  }

  /** The body of a try nested here whose handlers name {@code handlerTypes}. */
  Scope tryBody(List<String> handlerTypes) {
    var more = new ArrayList<>(catching);
    more.addAll(handlerTypes);
    return new Scope(new LinkedHashMap<>(readable), new java.util.LinkedHashSet<>(assignable), multiplier, loopCarried,
        loopDepth, blockDepth + 1, inFunction, more, handled);
  }

  /** The body of a handler nested here that catches {@code handlerTypes}. */
  Scope handler(List<String> handlerTypes) {
    return new Scope(new LinkedHashMap<>(readable), new java.util.LinkedHashSet<>(assignable), multiplier, loopCarried,
        loopDepth, blockDepth + 1, inFunction, catching, Optional.of(List.copyOf(handlerTypes)));
  }

  /**
   * This point's variables with {@code outer}'s exception context: the else block of a try runs
   * after the whole body (so its variables are bound) but outside its handlers.
   */
  Scope catchingAs(Scope outer) {
    return new Scope(new LinkedHashMap<>(readable), new java.util.LinkedHashSet<>(assignable), multiplier, loopCarried,
        loopDepth, blockDepth, inFunction, outer.catching, outer.handled);
  }

  /** Whether a handler of an enclosing try in this frame catches {@code type}. */
  boolean catches(String type) {
    return ExceptionTypes.caughtBy(catching, type);
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
