package dev.irc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.diag.SourceFile;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.tools.AvailableDialects;
import org.junit.jupiter.api.Test;

/** The generator is deterministic and only writes programs the front end accepts. */
class ProgramGeneratorTest {
  private final ProgramGenerator generator = new ProgramGenerator(GeneratorOptions.defaults());

  @Test
  void sameSeedSameProgram() {
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(generator.generate(seed).source(), generator.generate(seed).source());
    }
  }

  @Test
  void programsImportWithoutDiagnostics() {
    for (long seed = 0; seed < 200; seed++) {
      String source = generator.generate(seed).source();
      try {
        PythonImporter.importSource(new SourceFile("gen.py", source), AvailableDialects.newContext());
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e + "\n" + source, e);
      }
    }
  }

  @Test
  void weightsTurnFeaturesOff() {
    var noFloats = new FeatureWeights(10, 5, 6, 5, 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    var plain = new ProgramGenerator(GeneratorOptions.defaults().withWeights(noFloats));
    for (long seed = 0; seed < 50; seed++) {
      String source = plain.generate(seed).source();
      assertTrue(!source.contains("math.sqrt") && !source.contains(" / "), source);
    }
  }
}
