package dev.irc.conformance.fuzz;

/**
 * The static type the generator gives a variable or expression; keeping every variable at one
 * type keeps generated programs free of TypeErrors that nobody asked for.
 */
enum ValueType {
  INT,
  FLOAT
}
