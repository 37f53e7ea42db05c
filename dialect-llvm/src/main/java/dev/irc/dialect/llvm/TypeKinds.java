package dev.irc.dialect.llvm;

import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerType;

/** The operand type constraints of llvm ops (integer, float, pointer), each reporting a verifier error when violated. */
enum TypeKinds {
  INTEGER("integer") {
    @Override
    boolean accepts(Type type) {
      return type instanceof IntegerType;
    }
  },
  FLOAT("floating point") {
    @Override
    boolean accepts(Type type) {
      return type instanceof FloatType;
    }
  },
  POINTER("LLVM pointer") {
    @Override
    boolean accepts(Type type) {
      return type instanceof LlvmPointerType;
    }
  };

  private final String description;

  TypeKinds(String description) {
    this.description = description;
  }

  abstract boolean accepts(Type type);

  /** Checks operand {@code index}; returns whether it conforms. */
  boolean checkOperand(Operation op, int index, Verification verification) {
    if (accepts(op.operand(index).type())) {
      return true;
    }
    verification.opError(op, "operand #" + index + " must be " + description + ", but got '" + op.operand(index).type() + "'");
    return false;
  }

  /** Checks result {@code index}; returns whether it conforms. */
  boolean checkResult(Operation op, int index, Verification verification) {
    if (accepts(op.result(index).type())) {
      return true;
    }
    verification.opError(op, "result #" + index + " must be " + description + ", but got '" + op.result(index).type() + "'");
    return false;
  }
}
