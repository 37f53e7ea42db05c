/**
 * SSA construction: from the Python AST straight into {@code py} IR, with Braun et al.'s
 * algorithm for local variables ({@link dev.irc.py.irgen.PythonImporter} is the entry point).
 * Module-level variables are globals ({@code py.global_load}/{@code py.global_store}); function
 * locals are SSA values, with {@code py.check_bound} only where a local may be unassigned.
 */
package dev.irc.py.irgen;
