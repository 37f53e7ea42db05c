package dev.irc.py.irgen;

import dev.irc.py.ast.Expr;
import dev.irc.py.ast.ImportAlias;
import dev.irc.py.ast.Stmt;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What names mean in a module: its top-level functions, the names bound by imports of
 * {@code math} (the module itself, or one of its functions or constants), and, per function,
 * which names are locals (assigned in the function and not declared {@code global}).
 */
final class ScopeAnalysis {
  private final Map<String, Stmt.FunctionDef> functions = new LinkedHashMap<>();
  private final Set<String> mathModuleAliases = new LinkedHashSet<>();
  private final Map<String, String> mathNameAliases = new HashMap<>();
  private final Set<String> assignedGlobals = new LinkedHashSet<>();

  ScopeAnalysis(List<Stmt> moduleBody) {
    for (Stmt stmt : moduleBody) {
      if (stmt instanceof Stmt.FunctionDef def) {
        functions.put(def.name(), def);
        var assigned = new LinkedHashSet<String>();
        var declared = new LinkedHashSet<String>();
        collectAssigned(def.body(), assigned, declared);
        assigned.retainAll(declared);
        assignedGlobals.addAll(assigned);
      }
    }
    collectAssigned(moduleBody, assignedGlobals, new LinkedHashSet<>());
    collectImports(moduleBody);
  }

  /**
   * Whether the program assigns global {@code name} somewhere (at module level, or in a function
   * that declares it {@code global}); such a name shadows a builtin of the same name.
   */
  boolean isAssignedGlobal(String name) {
    return assignedGlobals.contains(name);
  }

  /** Whether {@code body} has a {@code try} statement, at any depth. */
  static boolean hasTry(List<Stmt> body) {
    for (Stmt stmt : body) {
      boolean found = switch (stmt) {
        case Stmt.Try t -> true;
        case Stmt.If s -> hasTry(s.body()) || hasTry(s.orElse());
        case Stmt.While s -> hasTry(s.body()) || hasTry(s.orElse());
        case Stmt.For s -> hasTry(s.body()) || hasTry(s.orElse());
        default -> false;
      };
      if (found) {
        return true;
      }
    }
    return false;
  }

  Map<String, Stmt.FunctionDef> functions() {
    return functions;
  }

  boolean isMathModule(String name) {
    return mathModuleAliases.contains(name);
  }

  /** The math name ({@code "sqrt"}) that {@code name} was imported as, or null. */
  String mathName(String name) {
    return mathNameAliases.get(name);
  }

  /** The local variables of {@code def}: parameters and assigned names not declared global. */
  static Set<String> locals(Stmt.FunctionDef def) {
    var assigned = new LinkedHashSet<String>();
    def.parameters().forEach(p -> assigned.add(p.name()));
    var globals = new LinkedHashSet<String>();
    collectAssigned(def.body(), assigned, globals);
    assigned.removeAll(globals);
    return assigned;
  }

  private void collectImports(List<Stmt> body) {
    for (Stmt stmt : body) {
      switch (stmt) {
        case Stmt.Import imp -> {
          for (ImportAlias alias : imp.names()) {
            if (alias.name().equals("math")) {
              mathModuleAliases.add(alias.boundName());
            }
          }
        }
        case Stmt.ImportFrom from when from.module().equals("math") -> {
          for (ImportAlias alias : from.names()) {
            if (!KnownFunctions.isMathName(alias.name())) {
              throw Unsupported.construct(alias, "math." + alias.name());
            }
            mathNameAliases.put(alias.boundName(), alias.name());
          }
        }
        case Stmt.If s -> {
          collectImports(s.body());
          collectImports(s.orElse());
        }
        case Stmt.While s -> {
          collectImports(s.body());
          collectImports(s.orElse());
        }
        case Stmt.For s -> {
          collectImports(s.body());
          collectImports(s.orElse());
        }
        case Stmt.FunctionDef def -> collectImports(def.body());
        case Stmt.Try s -> {
          collectImports(s.body());
          s.handlers().forEach(h -> collectImports(h.body()));
          collectImports(s.orElse());
          collectImports(s.finalBody());
        }
        default -> { }
      }
    }
  }

  private static void collectAssigned(List<Stmt> body, Set<String> assigned, Set<String> globals) {
    for (Stmt stmt : body) {
      switch (stmt) {
        case Stmt.Assign a -> a.targets().forEach(t -> collectTargets(t, assigned));
        case Stmt.AugAssign a -> collectTargets(a.target(), assigned);
        case Stmt.AnnAssign a -> collectTargets(a.target(), assigned);
        case Stmt.For f -> {
          collectTargets(f.target(), assigned);
          collectAssigned(f.body(), assigned, globals);
          collectAssigned(f.orElse(), assigned, globals);
        }
        case Stmt.While w -> {
          collectAssigned(w.body(), assigned, globals);
          collectAssigned(w.orElse(), assigned, globals);
        }
        case Stmt.If i -> {
          collectAssigned(i.body(), assigned, globals);
          collectAssigned(i.orElse(), assigned, globals);
        }
        case Stmt.Try t -> {
          collectAssigned(t.body(), assigned, globals);
          for (var handler : t.handlers()) {
            handler.name().ifPresent(assigned::add);
            collectAssigned(handler.body(), assigned, globals);
          }
          collectAssigned(t.orElse(), assigned, globals);
          collectAssigned(t.finalBody(), assigned, globals);
        }
        case Stmt.Global g -> globals.addAll(g.names());
        default -> { }
      }
    }
  }

  private static void collectTargets(Expr target, Set<String> assigned) {
    switch (target) {
      case Expr.Name n -> assigned.add(n.id());
      case Expr.Tuple t -> t.elements().forEach(e -> collectTargets(e, assigned));
      case Expr.ListDisplay l -> l.elements().forEach(e -> collectTargets(e, assigned));
      default -> { }
    }
  }
}
