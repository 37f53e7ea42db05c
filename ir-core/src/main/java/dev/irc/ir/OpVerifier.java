package dev.irc.ir;

/** An op kind's own structural check, run after the generic checks of its declaration. */
@FunctionalInterface
public interface OpVerifier {
  void verify(Operation op, Verification verification);
}
