package dev.irc.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.DictionaryAttr;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.NoneType;
import dev.irc.ir.builtin.OpaqueType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.builtin.UnitAttr;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Builds random IR (ops with random operands, results, attributes of every kind, nested regions,
 * blocks with arguments and branches, nested modules), prints it, parses it back and prints
 * again: the texts must agree in both the custom and the generic form. A failure names the seed;
 * rerun one seed with {@code -Dirc.seed=N}.
 */
class RandomIrRoundTripTest {
  private static final int MODULES = 300;

  @Test
  void randomModulesRoundTrip() {
    long base = Long.getLong("irc.seed", 20261125L);
    int count = System.getProperty("irc.seed") != null ? 1 : MODULES;
    for (int i = 0; i < count; i++) {
      long seed = base + i;
      Operation module = new Generator(seed).module();
      for (PrintOptions options : List.of(new PrintOptions(false, false), new PrintOptions(true, true))) {
        String printed = AsmPrinter.printToString(module, options);
        try {
          IrContext context = new IrContext().allowUnregisteredDialects(true);
          Operation parsed = IrParser.parseModule(context, new SourceFile("random.mlir", printed));
          assertEquals(printed, AsmPrinter.printToString(parsed, options),
              "seed " + seed + " (rerun with -Dirc.seed=" + seed + "): print(parse(print(ir))) != print(ir)");
        } catch (DiagnosticException e) {
          throw new AssertionError("seed " + seed + " (rerun with -Dirc.seed=" + seed + "): printed IR does not parse: "
              + e.diagnostics() + "\n" + printed, e);
        }
      }
    }
  }

  /** Random IR from one seed. */
  private static final class Generator {
    private final SplittableRandom random;
    private final IrContext context = new IrContext().allowUnregisteredDialects(true);
    private int depth;

    Generator(long seed) {
      this.random = new SplittableRandom(seed);
    }

    Operation module() {
      Operation module = ModuleOp.create(Location.of("gen.mlir", 1, 1));
      fillBlock(ModuleOp.body(module), new ArrayList<>(), 2 + random.nextInt(8));
      return module;
    }

    private void fillBlock(Block block, List<Value> visible, int ops) {
      var builder = new OpBuilder(context).setInsertionPointToEnd(block);
      for (int i = 0; i < ops; i++) {
        if (depth < 3 && random.nextInt(10) == 0) {
          depth++;
          Operation nested = ModuleOp.create(location());
          if (random.nextBoolean()) {
            nested.setAttribute("sym_name", new StringAttr("m" + random.nextInt(100)));
          }
          fillBlock(ModuleOp.body(nested), new ArrayList<>(), random.nextInt(4));
          block.append(nested);
          depth--;
          continue;
        }
        Operation op = builder.create(randomOpState(visible, List.of()));
        visible.addAll(op.results());
      }
    }

    private OperationState randomOpState(List<Value> visible, List<Block> successors) {
      var state = new OperationState("test.op" + random.nextInt(5), location());
      int operands = visible.isEmpty() ? 0 : random.nextInt(4);
      for (int i = 0; i < operands; i++) {
        state.addOperand(visible.get(random.nextInt(visible.size())));
      }
      int results = random.nextInt(10) < 3 ? 0 : random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
      for (int i = 0; i < results; i++) {
        state.addResultType(type(1));
      }
      successors.forEach(state::addSuccessor);
      int attributes = random.nextInt(4);
      for (int i = 0; i < attributes; i++) {
        state.addAttribute(random.nextInt(8) == 0 ? "odd name " + i : "a" + random.nextInt(6), attribute(2));
      }
      if (depth < 3 && random.nextInt(6) == 0) {
        depth++;
        int regions = 1 + random.nextInt(2);
        for (int r = 0; r < regions; r++) {
          fillRegion(state.addRegion(), new ArrayList<>(visible));
        }
        depth--;
      }
      return state;
    }

    private void fillRegion(Region region, List<Value> outer) {
      int blocks = random.nextInt(4);
      for (int b = 0; b < blocks; b++) {
        Block block = new Block();
        int arguments = random.nextInt(3);
        for (int a = 0; a < arguments; a++) {
          block.addArgument(type(1), location());
        }
        region.append(block);
      }
      var visible = new ArrayList<>(outer);
      for (Block block : region.blocks()) {
        visible.addAll(block.arguments());
        var builder = new OpBuilder(context).setInsertionPointToEnd(block);
        int ops = random.nextInt(4);
        for (int i = 0; i < ops; i++) {
          Operation op = builder.create(randomOpState(visible, List.of()));
          visible.addAll(op.results());
        }
        var targets = new ArrayList<Block>();
        if (region.blocks().size() > 1) {
          int count = random.nextInt(3);
          for (int i = 0; i < count; i++) {
            targets.add(region.blocks().get(1 + random.nextInt(region.blocks().size() - 1)));
          }
        }
        builder.create(randomOpState(visible, targets));
      }
    }

    private Location location() {
      return switch (random.nextInt(3)) {
        case 0 -> Location.UNKNOWN;
        case 1 -> Location.of("prog.py", 1 + random.nextInt(500), 1 + random.nextInt(80));
        default -> Location.of("dir/with space/\"q\".py", 1 + random.nextInt(9), 1 + random.nextInt(9));
      };
    }

    private Type type(int nesting) {
      int pick = random.nextInt(nesting > 0 ? 12 : 11);
      return switch (pick) {
        case 0 -> IntegerType.I1;
        case 1 -> IntegerType.I8;
        case 2 -> IntegerType.I32;
        case 3, 4 -> IntegerType.I64;
        case 5 -> new IntegerType(1 + random.nextInt(200));
        case 6 -> IndexType.INDEX;
        case 7 -> FloatType.F32;
        case 8 -> FloatType.F64;
        case 9 -> NoneType.NONE;
        case 10 -> new OpaqueType("foo", random.nextBoolean() ? "bar" : "box<i32, \"x\">");
        default -> new FunctionType(types(nesting - 1), types(nesting - 1));
      };
    }

    private List<Type> types(int nesting) {
      var types = new ArrayList<Type>();
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        types.add(type(nesting));
      }
      return types;
    }

    private Attribute attribute(int nesting) {
      int pick = random.nextInt(nesting > 0 ? 11 : 9);
      return switch (pick) {
        case 0 -> {
          IntegerType type = List.of(IntegerType.I8, IntegerType.I32, IntegerType.I64, new IntegerType(128)).get(random.nextInt(4));
          BigInteger value = new BigInteger(type.width() - 1, new java.util.Random(random.nextLong()));
          yield new IntegerAttr(random.nextBoolean() ? value.negate() : value, type);
        }
        case 1 -> IntegerAttr.of(random.nextLong(1000), IndexType.INDEX);
        case 2 -> IntegerAttr.bool(random.nextBoolean());
        case 3 -> new FloatAttr(specialOrRandomDouble(), FloatType.F64);
        case 4 -> new FloatAttr((float) specialOrRandomDouble(), FloatType.F32);
        case 5 -> new StringAttr(randomString());
        case 6 -> random.nextBoolean() ? SymbolRefAttr.of("f" + random.nextInt(9))
            : new SymbolRefAttr("weird sym", List.of("inner", "g" + random.nextInt(3)));
        case 7 -> new TypeAttr(type(1));
        case 8 -> UnitAttr.UNIT;
        case 9 -> {
          var elements = new ArrayList<Attribute>();
          int count = random.nextInt(4);
          for (int i = 0; i < count; i++) {
            elements.add(attribute(nesting - 1));
          }
          yield new ArrayAttr(elements);
        }
        default -> {
          DictionaryAttr dictionary = DictionaryAttr.EMPTY;
          int count = random.nextInt(4);
          for (int i = 0; i < count; i++) {
            dictionary = dictionary.with("k" + random.nextInt(5), attribute(nesting - 1));
          }
          yield dictionary;
        }
      };
    }

    private double specialOrRandomDouble() {
      return switch (random.nextInt(8)) {
        case 0 -> Double.NaN;
        case 1 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        case 2 -> -0.0;
        case 3 -> Double.MIN_VALUE * random.nextInt(1000);
        case 4 -> Double.MAX_VALUE;
        case 5 -> random.nextInt(100) / 10.0;
        default -> Double.longBitsToDouble(random.nextLong());
      };
    }

    private String randomString() {
      var out = new StringBuilder();
      int length = random.nextInt(8);
      String alphabet = "ab \"\\\n\t\u00e9\u4e2d\u0001}{";
      for (int i = 0; i < length; i++) {
        out.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return out.toString();
    }
  }
}
