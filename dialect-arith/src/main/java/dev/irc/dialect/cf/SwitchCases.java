package dev.irc.dialect.cf;

import dev.irc.ir.Arity;
import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SuccessorOperandsCheck;
import dev.irc.ir.Value;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.DenseArrayAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interp.RuntimeValue;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape {@code cf.switch} and {@code llvm.switch} share, laid out as in MLIR: the operands are
 * {@code [flag, default operands..., case operands...]}, split by {@code operandSegmentSizes}
 * ({@code array<i32: 1, nDefault, nCaseOperands>}) and, per case, {@code case_operand_segments};
 * the successors are {@code [default, case 0, case 1, ...]}; {@code case_values} holds the case
 * values (absent when there are no cases). Both ops, and the lowering from one to the other,
 * read and build switches only through this class, so they cannot disagree on the layout, the
 * verifier, the case-list text or which successor a flag value selects.
 *
 * <p>Case values are kept sign-extended in a dense array of the flag's type (so flags are at
 * most 64 bits wide) and printed as MLIR prints them, unsigned ({@code 255} for an {@code i8}
 * -1); either spelling parses. MLIR's generic form spells {@code case_values} as a dense elements
 * attribute ({@code dense<[42, 43]> : vector<2xi32>}), which irc does not have.
 */
public final class SwitchCases {
  public static final String CASE_VALUES = "case_values";
  public static final String CASE_OPERAND_SEGMENTS = "case_operand_segments";
  public static final String SEGMENTS = "operandSegmentSizes";
  /** The attributes the custom forms spell through the case list, not the attribute dictionary. */
  public static final Set<String> ELIDED = Set.of(CASE_VALUES, CASE_OPERAND_SEGMENTS, SEGMENTS);

  /**
   * One case: control goes to {@code dest}, passing {@code operands}, when the flag's bits equal
   * {@code value} (sign-extended from the flag's width).
   */
  public record Case(long value, Block dest, List<Value> operands) {
    public Case {
      operands = List.copyOf(operands);
    }
  }

  /** Where a switch sends control: the default destination and the cases, in order. */
  public record Destinations(Block defaultDest, List<Value> defaultOperands, List<Case> cases) {
    public Destinations {
      defaultOperands = List.copyOf(defaultOperands);
      cases = List.copyOf(cases);
    }
  }

  /**
   * The successor operands of a switch, through {@link BranchOpInterface}; a constant flag decides
   * the successor (letting SCCP prune the other edges).
   */
  public static final BranchOpInterface BRANCH_INTERFACE = new BranchOpInterface() {
    @Override
    public List<Value> successorOperands(Operation branch, int successor) {
      return SwitchCases.successorOperands(branch, successor);
    }

    @Override
    public void setSuccessorOperands(Operation branch, int successor, List<Value> values) {
      SwitchCases.setSuccessorOperands(branch, successor, values);
    }

    @Override
    public Optional<Integer> successorForOperands(Operation branch, List<Attribute> constants) {
      return constants.getFirst() instanceof IntegerAttr flag && flag.type().equals(branch.operand(0).type())
          ? Optional.of(successorFor(branch, flag.value().longValue()))
          : Optional.empty();
    }
  };

  private SwitchCases() {}

  /** The state of a switch op {@code name} on {@code flag} (an integer of at most 64 bits) to {@code destinations}. */
  /**
   * The shape every switch op shares (a flag, a default and case successors with their operands,
   * the case layout attributes, terminator, verifier); the op adds its syntax and interfaces.
   */
  public static OpDefinition.Builder definition(String name, String summary) {
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(Arity.atLeast(1))
        .results(0)
        .successors(Arity.atLeast(1))
        .attribute(CASE_OPERAND_SEGMENTS, DenseArrayAttr.class)
        .attribute(SEGMENTS, DenseArrayAttr.class)
        .traits(CoreTrait.TERMINATOR, CoreTrait.PURE)
        .verifier(SwitchCases::verify);
  }

  public static OperationState state(String name, Value flag, Destinations destinations, Location location) {
    return addTo(new OperationState(name, location), flag, destinations);
  }

  /** Adds the operands, successors and layout attributes of a switch on {@code flag} to {@code destinations}. */
  public static OperationState addTo(OperationState state, Value flag, Destinations destinations) {
    state.addOperand(flag).addOperands(destinations.defaultOperands()).addSuccessor(destinations.defaultDest());
    IntegerType flagType = (IntegerType) flag.type();
    var values = new ArrayList<Long>();
    var caseCounts = new ArrayList<Long>();
    int caseOperands = 0;
    for (Case c : destinations.cases()) {
      state.addOperands(c.operands()).addSuccessor(c.dest());
      values.add(c.value());
      caseCounts.add((long) c.operands().size());
      caseOperands += c.operands().size();
    }
    if (!values.isEmpty()) {
      state.addAttribute(CASE_VALUES, new DenseArrayAttr(flagType, values));
    }
    state.addAttribute(CASE_OPERAND_SEGMENTS, new DenseArrayAttr(IntegerType.I32, caseCounts));
    state.addAttribute(SEGMENTS, DenseArrayAttr.i32(1, destinations.defaultOperands().size(), caseOperands));
    return state;
  }

  /** The destinations of a well-formed switch. */
  public static Destinations destinations(Operation op) {
    List<Long> values = caseValues(op);
    var cases = new ArrayList<Case>(values.size());
    for (int i = 0; i < values.size(); i++) {
      cases.add(new Case(values.get(i), op.successor(i + 1), successorOperands(op, i + 1)));
    }
    return new Destinations(op.successor(0), successorOperands(op, 0), cases);
  }

  /** The case values of a switch (sign-extended), empty without {@code case_values}. */
  public static List<Long> caseValues(Operation op) {
    return op.attribute(CASE_VALUES).orElse(null) instanceof DenseArrayAttr values ? values.values() : List.of();
  }

  /** The values passed to successor {@code successor} (0: the default, {@code i + 1}: case {@code i}). */
  public static List<Value> successorOperands(Operation op, int successor) {
    int[] counts = operandCounts(op);
    int start = 1;
    for (int i = 0; i < successor; i++) {
      start += counts[i];
    }
    return op.operands().subList(start, start + counts[successor]);
  }

  /** Replaces the values passed to successor {@code successor}, keeping the segment attributes in step. */
  public static void setSuccessorOperands(Operation op, int successor, List<Value> values) {
    var all = new ArrayList<Value>();
    all.add(op.operand(0));
    var caseCounts = new ArrayList<Long>();
    for (int i = 0; i < op.numSuccessors(); i++) {
      List<Value> passed = i == successor ? values : successorOperands(op, i);
      all.addAll(passed);
      if (i > 0) {
        caseCounts.add((long) passed.size());
      }
    }
    int defaultCount = successor == 0 ? values.size() : successorOperands(op, 0).size();
    op.setOperands(all);
    op.setAttribute(CASE_OPERAND_SEGMENTS, new DenseArrayAttr(IntegerType.I32, caseCounts));
    op.setAttribute(SEGMENTS, DenseArrayAttr.i32(1, defaultCount, all.size() - 1 - defaultCount));
  }

  /** The successor a flag with these bits selects: the first case whose value matches, else the default (0). */
  public static int successorFor(Operation op, long flagBits) {
    int width = ((IntegerType) op.operand(0).type()).width();
    long flag = RuntimeValue.signExtend(flagBits, width);
    List<Long> values = caseValues(op);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == flag) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Per successor, how many operands it is passed; assumes the op is well formed. */
  private static int[] operandCounts(Operation op) {
    var counts = new int[op.numSuccessors()];
    counts[0] = (int) op.attribute(SEGMENTS, DenseArrayAttr.class).get(1);
    DenseArrayAttr caseCounts = op.attribute(CASE_OPERAND_SEGMENTS, DenseArrayAttr.class);
    for (int i = 1; i < counts.length; i++) {
      counts[i] = (int) caseCounts.get(i - 1);
    }
    return counts;
  }

  /** Whether {@code op} has the layout (not necessarily the types) of a switch; what the custom forms need to print. */
  public static boolean isWellFormed(Operation op) {
    return structuralError(op) == null;
  }

  /**
   * Checks a switch: an integer flag of at most 64 bits, consistent segment attributes, one
   * distinct case value of the flag's type per case destination, and operands matching every
   * successor's block arguments. MLIR accepts repeated case values; LLVM IR does not, and the
   * first of two equal cases would shadow the second, so irc rejects them.
   */
  public static void verify(Operation op, Verification verification) {
    if (!(op.operand(0).type() instanceof IntegerType(int width))) {
      verification.opError(op, "operand #0 must be integer, but got '" + op.operand(0).type() + "'");
      return;
    }
    if (width > 64) {
      verification.opError(op, "flags wider than 64 bits are not supported, but got '" + op.operand(0).type() + "'");
      return;
    }
    String error = structuralError(op);
    if (error != null) {
      verification.opError(op, error);
      return;
    }
    List<Long> values = caseValues(op);
    var seen = new HashSet<Long>();
    for (long value : values) {
      if (!seen.add(value)) {
        verification.opError(op, "case value " + format(value, (IntegerType) op.operand(0).type())
            + " appears more than once");
        return;
      }
    }
    for (int i = 0; i < op.numSuccessors(); i++) {
      if (!SuccessorOperandsCheck.verify(op, i, successorOperands(op, i), verification)) {
        return;
      }
    }
  }

  /** What is wrong with the segment and case attributes, or null. */
  private static String structuralError(Operation op) {
    if (op.numOperands() < 1 || op.numSuccessors() < 1) {
      return "requires a flag operand and a default destination";
    }
    if (!(op.attribute(SEGMENTS).orElse(null) instanceof DenseArrayAttr segments)
        || !segments.elementType().equals(IntegerType.I32) || segments.size() != 3 || segments.get(0) != 1
        || segments.get(1) < 0 || segments.get(2) < 0) {
      return "attribute 'operandSegmentSizes' must be three non-negative i32 sizes, the first 1";
    }
    long total = segments.get(0) + segments.get(1) + segments.get(2);
    if (total != op.numOperands()) {
      return "operand count (" + op.numOperands() + ") does not match with the total size (" + total
          + ") specified in attribute 'operandSegmentSizes'";
    }
    if (!(op.attribute(CASE_OPERAND_SEGMENTS).orElse(null) instanceof DenseArrayAttr caseSegments)
        || !caseSegments.elementType().equals(IntegerType.I32)
        || caseSegments.values().stream().anyMatch(size -> size < 0)) {
      return "attribute 'case_operand_segments' must be non-negative i32 sizes";
    }
    long caseTotal = caseSegments.values().stream().mapToLong(Long::longValue).sum();
    if (caseTotal != segments.get(2)) {
      return "caseOperands count (" + segments.get(2) + ") does not match with the total size (" + caseTotal
          + ") specified in attribute 'case_operand_segments'";
    }
    int destinations = op.numSuccessors() - 1;
    Attribute values = op.attribute(CASE_VALUES).orElse(null);
    if (values != null && !(values instanceof DenseArrayAttr)) {
      return "attribute 'case_values' must be a dense array of the flag's type";
    }
    if (values instanceof DenseArrayAttr array && !array.elementType().equals(op.operand(0).type())) {
      return "'flag' type ('" + op.operand(0).type() + "') should match case value type ('" + array.elementType() + "')";
    }
    if (caseValues(op).size() != destinations) {
      return "number of case values (" + caseValues(op).size() + ") should match number of case destinations ("
          + destinations + ")";
    }
    if (caseSegments.size() != destinations) {
      return "attribute 'case_operand_segments' must have one size per case destination (" + destinations
          + "), but has " + caseSegments.size();
    }
    return null;
  }

  // ---- syntax ---------------------------------------------------------------------------------

  /** A case value as MLIR prints it: its bits read as unsigned. */
  public static String format(long value, IntegerType type) {
    return Long.toUnsignedString(RuntimeValue.zeroExtend(value, type.width()));
  }

  /**
   * A line break followed by the indentation of {@code op}'s own line plus {@code extra} spaces,
   * for the multi-line case lists MLIR prints. The printer indents two spaces per enclosing op
   * when printing from the top-level op, which is what this assumes.
   */
  public static String newline(Operation op, int extra) {
    int depth = 0;
    for (Operation parent = op.parentOp(); parent != null; parent = parent.parentOp()) {
      depth++;
    }
    return "\n" + " ".repeat(2 * depth + extra);
  }

  /** {@code 42: ^bb2(%x : i32)}. */
  public static void printCase(OpAsmPrinter printer, Case c, IntegerType flagType) {
    printer.print(format(c.value(), flagType)).print(": ").printSuccessorAndUseList(c.dest(), c.operands());
  }

  /** {@code 42: ^bb2(%x : i32)}: a value that fits {@code flagType} (signed or unsigned) and its destination. */
  public static Case parseCase(OpAsmParser parser, IntegerType flagType) {
    Location at = parser.currentLocation();
    BigInteger value = parser.parseInteger();
    if (!flagType.fits(value)) {
      throw new DiagnosticException(Diagnostic.error(at, "case value " + value + " does not fit in '" + flagType + "'"));
    }
    parser.parsePunctuation(":");
    OpAsmParser.SuccessorOperands dest = parser.parseSuccessorAndUseList();
    return new Case(RuntimeValue.signExtend(value.longValue(), flagType.width()), dest.block(), dest.operands());
  }

  /** {@code : T}, after the flag: an integer type of at most 64 bits. */
  public static IntegerType parseFlagType(OpAsmParser parser) {
    parser.parsePunctuation(":");
    Location at = parser.currentLocation();
    if (!(parser.parseType() instanceof IntegerType type) || type.width() > 64) {
      throw new DiagnosticException(Diagnostic.error(at, "expected an integer flag type of at most 64 bits"));
    }
    return type;
  }
}
