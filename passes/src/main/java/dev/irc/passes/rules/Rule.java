package dev.irc.passes.rules;

import dev.irc.ir.diag.Location;

/**
 * One declarative rewrite, {@code rule add_zero: arith.addi(x, arith.constant() {value = 0}) => x}:
 * wherever {@code root} matches, the root op's single result is replaced by {@code result}.
 *
 * @param name the rule's name, unique in its file, shown in debug output
 * @param root the pattern of the op to rewrite
 * @param result what replaces the root op's result
 * @param location where the rule starts
 */
public record Rule(String name, RulePattern.Op root, RuleResult result, Location location) {}
