package dev.irc.ir;

import java.util.List;

/** A trait requiring the operation's parent to be one of the named ops (e.g. {@code func.return} in {@code func.func}). */
public record HasParent(List<String> parentNames) implements OpTrait {
  public HasParent {
    parentNames = List.copyOf(parentNames);
  }

  public static HasParent of(String... names) {
    return new HasParent(List.of(names));
  }

  @Override
  public void verify(Operation op, Verification verification) {
    Operation parent = op.parentOp();
    if (parent == null || !parentNames.contains(parent.name())) {
      String expected = parentNames.size() == 1
          ? "'" + parentNames.getFirst() + "'"
          : "one of " + parentNames.stream().map(n -> "'" + n + "'").toList();
      verification.opError(op, "expects parent op " + expected);
    }
  }
}
