package dev.irc.passes;

import dev.irc.ir.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A pipeline anchored on one op kind ({@code func.func}) or on any op ({@link #ANY}): the
 * passes to run on such an op, in order, interleaved with nested pipelines for the ops it
 * contains. {@code builtin.module(func.func(canonicalize,cse),symbol-dce)} is an
 * {@code OpPassManager} for modules holding one nested manager for functions.
 */
public final class OpPassManager {
  /** The anchor of a pipeline that runs on whatever op it is given. */
  public static final String ANY = "any";

  private final String anchor;
  private final List<PipelineStep> steps = new ArrayList<>();

  public OpPassManager(String anchor) {
    this.anchor = anchor;
  }

  /** The op name this pipeline runs on, or {@link #ANY}. */
  public String anchor() {
    return anchor;
  }

  public boolean isOpAgnostic() {
    return anchor.equals(ANY);
  }

  /** Whether this pipeline may run on {@code op}. */
  public boolean matches(Operation op) {
    return isOpAgnostic() || op.name().equals(anchor);
  }

  /** Appends a pass; an anchored pass must have this pipeline's anchor (or the pipeline must be op-agnostic). */
  public OpPassManager addPass(Pass pass) {
    String passAnchor = pass.anchor().orElse(null);
    if (passAnchor != null && !isOpAgnostic() && !passAnchor.equals(anchor)) {
      throw new IllegalArgumentException("pass '" + pass.argument() + "' runs on '" + passAnchor
          + "' and cannot be added to a pipeline on '" + anchor + "'");
    }
    steps.add(new PipelineStep.RunPass(pass));
    return this;
  }

  /** Appends a nested pipeline for {@code opName} (or {@link #ANY}) and returns it for filling. */
  public OpPassManager nest(String opName) {
    var nested = new OpPassManager(opName);
    steps.add(new PipelineStep.Nested(nested));
    return nested;
  }

  /** Appends an already built nested pipeline. */
  public OpPassManager addNested(OpPassManager nested) {
    steps.add(new PipelineStep.Nested(nested));
    return this;
  }

  public List<PipelineStep> steps() {
    return Collections.unmodifiableList(steps);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** The steps as text, without the anchor: {@code canonicalize,cse}. */
  public String stepsText() {
    return steps.stream().map(PipelineStep::pipelineText).collect(Collectors.joining(","));
  }

  /** The whole pipeline as text: {@code func.func(canonicalize,cse)}. */
  public String pipelineText() {
    return anchor + "(" + stepsText() + ")";
  }

  @Override
  public String toString() {
    return pipelineText();
  }
}
