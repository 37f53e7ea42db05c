package dev.irc.py.irgen;

import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import dev.irc.ir.Use;
import dev.irc.ir.Value;
import dev.irc.py.dialect.ControlOps;
import dev.irc.py.dialect.VariableOps;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Removes the {@code py.check_bound} ops SSA construction placed conservatively (on every phi
 * read) where the checked value can never be {@code py.unbound}: the values that may be unbound
 * are the unbound placeholder and the block arguments it can flow into.
 */
final class UnboundChecks {
  private UnboundChecks() {}

  static void simplify(Operation func, Value unbound) {
    Set<Value> mayBeUnbound = Collections.newSetFromMap(new IdentityHashMap<>());
    if (unbound != null) {
      var work = new ArrayDeque<Value>();
      mayBeUnbound.add(unbound);
      work.add(unbound);
      while (!work.isEmpty()) {
        Value value = work.poll();
        for (Use<Value> use : value.uses()) {
          Operation branch = use.owner();
          for (int s = 0; s < branch.numSuccessors(); s++) {
            List<Value> forwarded = ControlOps.successorOperands(branch, s);
            Block target = branch.successor(s);
            for (int i = 0; i < forwarded.size(); i++) {
              if (forwarded.get(i) == value && mayBeUnbound.add(target.argument(i))) {
                work.add(target.argument(i));
              }
            }
          }
        }
      }
    }
    var redundant = new ArrayList<Operation>();
    func.walk(op -> {
      if (op.name().equals(VariableOps.CHECK_BOUND.name()) && !mayBeUnbound.contains(op.operand(0))) {
        redundant.add(op);
      }
    });
    redundant.forEach(Operation::erase);
    if (unbound != null && !unbound.hasUses()) {
      unbound.definingOp().erase();
    }
  }
}
