package dev.irc.passes.rewrite;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.BuiltinDialect;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.rewrite.RewriteListener;
import dev.irc.ir.rewrite.RewritePattern;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The dialect conversion driver: rewrites every op that the {@link ConversionTarget} does not
 * accept with the given (conversion) patterns, and fails with a located
 * {@code failed to legalize operation 'py.binop'} for an op that no pattern converts.
 *
 * <p>A <em>partial</em> conversion must legalize the ops marked illegal and leaves ops the
 * target does not mention; a <em>full</em> conversion must legalize every op except
 * {@code builtin.unrealized_conversion_cast}. Ops are visited parents first, and ops created by
 * patterns are visited too. There is no rollback: patterns decide before they change anything,
 * and a failed conversion leaves the IR partly converted (callers discard it). Afterwards, casts
 * that cancel out or are unused are removed.
 */
public final class DialectConversion {
  private static final int MAX_ATTEMPTS_PER_OP = 16;

  private final IrContext context;
  private final ConversionTarget target;
  private final FrozenPatternSet patterns;
  private final boolean full;
  private final ArrayDeque<Operation> worklist = new ArrayDeque<>();
  private final Set<Operation> erased = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Operation, Integer> attempts = new IdentityHashMap<>();

  private DialectConversion(IrContext context, ConversionTarget target, FrozenPatternSet patterns, boolean full) {
    this.context = context;
    this.target = target;
    this.patterns = patterns;
    this.full = full;
  }

  /** Legalizes the ops the target marks illegal inside {@code root}; returns whether it succeeded. */
  public static boolean applyPartialConversion(IrContext context, Operation root, ConversionTarget target,
      FrozenPatternSet patterns, DiagnosticEngine diagnostics) {
    return new DialectConversion(context, target, patterns, false).run(root, diagnostics);
  }

  /** Legalizes every op inside {@code root}; returns whether it succeeded. */
  public static boolean applyFullConversion(IrContext context, Operation root, ConversionTarget target,
      FrozenPatternSet patterns, DiagnosticEngine diagnostics) {
    return new DialectConversion(context, target, patterns, true).run(root, diagnostics);
  }

  private boolean run(Operation root, DiagnosticEngine diagnostics) {
    var rewriter = new ConversionPatternRewriter(context, new RewriteListener() {
      @Override
      public void notifyOperationInserted(Operation op) {
        op.walkPreOrder(worklist::addLast);
      }

      @Override
      public void notifyOperationErased(Operation op) {
        erased.add(op);
      }
    });
    root.walkPreOrder(op -> {
      if (op != root) {
        worklist.addLast(op);
      }
    });
    while (!worklist.isEmpty()) {
      Operation op = worklist.pollFirst();
      if (erased.contains(op) || op.parentBlock() == null || !needsConversion(op)) {
        continue;
      }
      if (!convert(op, rewriter)) {
        boolean explicit = target.legality(op) == ConversionTarget.Legality.ILLEGAL;
        diagnostics.emit(Diagnostic.error(op.location(), "failed to legalize operation '" + op.name() + "'"
            + (explicit && !full ? " that was explicitly marked illegal" : "")));
        return false;
      }
    }
    UnrealizedCasts.reconcile(root);
    return true;
  }

  private boolean needsConversion(Operation op) {
    if (op.name().equals(BuiltinDialect.UNREALIZED_CONVERSION_CAST.name())) {
      return false;
    }
    return switch (target.legality(op)) {
      case LEGAL -> false;
      case ILLEGAL -> true;
      case UNKNOWN -> full;
    };
  }

  private boolean convert(Operation op, ConversionPatternRewriter rewriter) {
    int tries = attempts.merge(op, 1, Integer::sum);
    if (tries > MAX_ATTEMPTS_PER_OP) {
      return false;
    }
    for (RewritePattern pattern : patterns.candidates(op)) {
      rewriter.setInsertionPoint(op);
      if (pattern.matchAndRewrite(op, rewriter)) {
        if (!erased.contains(op) && op.parentBlock() != null) {
          // Updated in place: check it again.
          worklist.addFirst(op);
        }
        return true;
      }
    }
    return false;
  }
}
