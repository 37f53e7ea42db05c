package dev.irc.conformance.fuzz;

import java.util.List;
import java.util.Optional;

/**
 * A statement of a generated program (see {@link FuzzExpr} for why the fuzzer has its own
 * model). Loops are bounded by construction: {@link ForRange} iterates over literal bounds and
 * {@link CountedWhile} prints its own counter increment, so no shrinking step can make a loop
 * run forever (not even a {@code continue} in a {@code finally}).
 */
public sealed interface FuzzStmt {
  /** {@code target = value}. */
  record Assign(String target, FuzzExpr value) implements FuzzStmt {}

  /** {@code target op= value}. */
  record AugAssign(String target, String op, FuzzExpr value) implements FuzzStmt {}

  /** {@code print(arguments..., sep=sep, end=end)}; absent keywords are not written. */
  record Print(List<FuzzExpr> arguments, Optional<String> sep, Optional<String> end) implements FuzzStmt {
    public Print {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code if condition: then else: otherwise}; an else holding one {@code If} prints as {@code elif}. */
  record If(FuzzExpr condition, List<FuzzStmt> then, List<FuzzStmt> otherwise) implements FuzzStmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** {@code for variable in range(bounds...): body else: orelse}; bounds are literals. */
  record ForRange(String variable, List<Long> bounds, List<FuzzStmt> body, List<FuzzStmt> orelse) implements FuzzStmt {
    public ForRange {
      bounds = List.copyOf(bounds);
      body = List.copyOf(body);
      orelse = List.copyOf(orelse);
    }
  }

  /**
   * {@code counter = 0; while counter < limit: counter += 1; body... else: orelse}, with the
   * increment first so that {@code continue} cannot skip it.
   */
  record CountedWhile(String counter, long limit, List<FuzzStmt> body, List<FuzzStmt> orelse) implements FuzzStmt {
    public CountedWhile {
      body = List.copyOf(body);
      orelse = List.copyOf(orelse);
    }
  }

  /** {@code break}. */
  record Break() implements FuzzStmt {}

  /** {@code continue}. */
  record Continue() implements FuzzStmt {}

  /** {@code pass}. */
  record Pass() implements FuzzStmt {}

  /** {@code return value}. */
  record Return(FuzzExpr value) implements FuzzStmt {}

  /** {@code global names...}. */
  record Global(List<String> names) implements FuzzStmt {
    public Global {
      names = List.copyOf(names);
    }
  }

  /** {@code assert condition, message} (no message when absent). */
  record Assert(FuzzExpr condition, Optional<String> message) implements FuzzStmt {}

  /** An expression evaluated for its effect (or its exception). */
  record ExprStmt(FuzzExpr value) implements FuzzStmt {}

  /**
   * {@code raise exception} or {@code raise exception from cause}; the classes are those of
   * {@link ExceptionTypes#NAMES}.
   */
  record Raise(ExceptionValue exception, Optional<ExceptionValue> cause) implements FuzzStmt {}

  /** A bare {@code raise}: re-raises the exception being handled (generated inside handlers only). */
  record Reraise() implements FuzzStmt {}

  /**
   * {@code try: body handlers... else: orelse finally: finalbody}. Python's rules hold by
   * construction: a bare {@code except:} only comes last, an {@code else} needs a handler; a try
   * without handlers and with an empty {@code finalbody} prints {@code finally: pass}.
   */
  record Try(List<FuzzStmt> body, List<Handler> handlers, List<FuzzStmt> orelse, List<FuzzStmt> finalbody) implements FuzzStmt {
    public Try {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
      orelse = List.copyOf(orelse);
      finalbody = List.copyOf(finalbody);
      for (int i = 0; i < handlers.size() - 1; i++) {
        if (handlers.get(i).types().isEmpty()) {
          throw new IllegalArgumentException("a bare except must be the last handler");
        }
      }
      if (handlers.isEmpty() && !orelse.isEmpty()) {
        throw new IllegalArgumentException("a try with an else needs a handler");
      }
    }

    public Try withHandlers(List<Handler> newHandlers) {
      return new Try(body, newHandlers, orelse, finalbody);
    }
  }

  /**
   * {@code except types as name: body}: no types is a bare {@code except:}, one type
   * {@code except E:}, more a tuple {@code except (E1, E2):}. After the handler, Python deletes
   * {@code name}, so only the handler's own statements read it ({@code print(name)}).
   */
  record Handler(List<String> types, Optional<String> name, List<FuzzStmt> body) {
    public Handler {
      types = List.copyOf(types);
      body = List.copyOf(body);
      if (types.isEmpty() && name.isPresent()) {
        throw new IllegalArgumentException("a bare except cannot bind a name");
      }
    }

    public Handler withBody(List<FuzzStmt> newBody) {
      return new Handler(types, name, newBody);
    }
  }

  /** An exception to raise: the class {@code type}, or {@code type(argument)}. */
  record ExceptionValue(String type, Optional<FuzzExpr> argument) {}
}
