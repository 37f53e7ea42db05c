/**
 * The reference evaluator: runs py IR with exact CPython 3.11 semantics; the oracle for every
 * later stage and the fallback for code that cannot be typed. {@link dev.irc.py.eval.Evaluator}
 * is the entry point, {@link dev.irc.py.eval.Traceback} formats uncaught exceptions.
 */
package dev.irc.py.eval;
