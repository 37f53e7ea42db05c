package dev.irc.dialect.arith;

/**
 * The arithmetic of a binary float op, shared by folder and interpreter. Computing in
 * {@code double} and rounding to {@code float} afterwards is exact for f32 (+, -, *, / and
 * remainder: double has more than twice float's precision plus two bits).
 */
@FunctionalInterface
interface FloatFunction {
  double apply(double lhs, double rhs);
}
