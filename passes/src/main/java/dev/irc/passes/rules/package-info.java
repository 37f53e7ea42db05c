/**
 * Declarative rewrite rules: a small text language for local rewrites, parsed
 * ({@link dev.irc.passes.rules.RuleParser}), checked against the loaded ops
 * ({@link dev.irc.passes.rules.RuleCompiler}) and compiled into
 * {@link dev.irc.ir.rewrite.RewritePattern}s ({@link dev.irc.passes.rules.DeclarativePattern}).
 *
 * <pre>
 * file      := rule*                       // "//" starts a comment
 * rule      := 'rule' NAME ':' op-pattern '=>' result
 * pattern   := op-pattern | VAR [':' type]  // '_' matches anything, binds nothing
 * op-pattern:= OP.NAME '(' [pattern (',' pattern)*] ')' ['{' attr (',' attr)* '}'] [':' type]
 * attr      := NAME '=' (INT [':' type] | FLOAT [':' type] | 'true' | 'false' | STRING | VAR)
 * result    := VAR | OP.NAME '(' [result (',' result)*] ')' ['{' attr (',' attr)* '}'] [':' type]
 * type      := i1 | i64 | iN | index | f16 | f32 | f64 | 'int' | 'float' | TYPEVAR | 'type' '(' VAR ')'
 * </pre>
 *
 * <p>Meaning: a value variable binds an operand; used twice it must be the same value. An
 * attribute variable binds an attribute (and may be copied into a result). A type variable
 * binds a type at its first occurrence and must be equal at the others ({@code type(x)} is
 * for results only). Integer literals match by bits at the attribute's width ({@code -1} is
 * all ones, {@code 1} is {@code true} for {@code i1}); float literals match bit for bit
 * ({@code 0.0} is not {@code -0.0}). The operands of {@code COMMUTATIVE} ops match in either
 * order, with backtracking. A built op gets the replaced op's result type unless given one; an
 * untyped literal in it takes that type. A rule applies only when the result has the replaced
 * op's type. Benefit is the number of ops in the pattern.
 *
 * <p>Example: {@code rule sub_self: arith.subi(x, x) => arith.constant() {value = 0 : type(x)}}.
 * Dialects ship rule files as resources through {@link dev.irc.ir.rewrite.RewriteRuleSource};
 * {@code canonicalize} applies them; {@code apply-rules{rules=FILE}} applies only rules.
 */
package dev.irc.passes.rules;
