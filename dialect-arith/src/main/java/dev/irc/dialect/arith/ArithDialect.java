package dev.irc.dialect.arith;

import dev.irc.ir.Attribute;
import dev.irc.ir.Dialect;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.diag.Location;
import dev.irc.ir.fold.ConstantMaterializer;
import dev.irc.ir.text.DialectAsmParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code arith} dialect: MLIR's scalar integer and float arithmetic, comparisons, select and
 * conversions, with the same textual syntax, plus irc's overflow-checked integer ops
 * ({@link CheckedOps}). Every op folds exactly and has interpreter semantics.
 */
public final class ArithDialect implements Dialect, ConstantMaterializer {
  private static final List<OpDefinition> OPERATIONS = collect();

  /** Public for {@code java.util.ServiceLoader}. */
  public ArithDialect() {}

  private static List<OpDefinition> collect() {
    var ops = new ArrayList<OpDefinition>();
    ops.add(ConstantOp.DEFINITION);
    ops.addAll(IntegerOps.all());
    ops.addAll(FloatOps.all());
    ops.add(CompareOps.CMPI);
    ops.add(CompareOps.CMPF);
    ops.add(SelectOp.DEFINITION);
    ops.addAll(CastOps.all());
    ops.addAll(CheckedOps.all());
    return List.copyOf(ops);
  }

  @Override
  public String namespace() {
    return "arith";
  }

  @Override
  public String description() {
    return "Integer and float arithmetic, comparisons, select and casts (MLIR's arith, plus irc's checked_* ops).";
  }

  @Override
  public List<OpDefinition> operations() {
    return OPERATIONS;
  }

  /** {@code #arith.overflow<...>} and {@code #arith.fastmath<...>}, as {@code mlir-opt} prints them. */
  @Override
  public Attribute parseAttribute(DialectAsmParser parser) {
    return ArithFlagsAttr.parse(parser.parseIdentifier(), parser);
  }

  @Override
  public Operation materializeConstant(OpBuilder builder, Attribute value, Type type, Location location) {
    return ConstantOp.accepts(value, type) ? ConstantOp.create(builder, value, location) : null;
  }
}
