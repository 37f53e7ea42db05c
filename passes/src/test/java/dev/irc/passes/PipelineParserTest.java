package dev.irc.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.passes.transforms.TransformPasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipelineParserTest {
  private static final PassRegistry REGISTRY = PassRegistry.of(new TransformPasses().passes().toArray(PassRegistration[]::new));

  private static OpPassManager parse(String text) {
    return PipelineParser.parse(text, REGISTRY);
  }

  @Test
  void nestedPipelineIsAnchoredOnItsOp() {
    OpPassManager pm = parse("builtin.module(func.func(canonicalize{max-iterations=3},cse),symbol-dce)");
    assertEquals("builtin.module", pm.anchor());
    assertEquals("builtin.module(func.func(canonicalize{max-iterations=3 max-num-rewrites=-1 region-simplify=true "
        + "test-convergence=false},cse),symbol-dce)", pm.pipelineText());
  }

  @Test
  void barePipelineRunsOnAnyOp() {
    OpPassManager pm = parse(" canonicalize , cse ");
    assertTrue(pm.isOpAgnostic());
    assertEquals(2, pm.steps().size());
  }

  @Test
  void optionsAreParsedWithSpacesAndBareFlags() {
    OpPassManager pm = parse("canonicalize{ max-iterations = 3 region-simplify=false test-convergence }");
    Pass pass = ((PipelineStep.RunPass) pm.steps().getFirst()).pass();
    assertEquals(3, pass.options().get("max-iterations").get());
    assertEquals(false, pass.options().get("region-simplify").get());
    assertEquals(true, pass.options().get("test-convergence").get());
  }

  @Test
  void emptyPipelineIsAllowed() {
    assertTrue(parse("").isEmpty());
    assertTrue(parse("builtin.module()").isEmpty());
  }

  @Test
  void eachPlaceGetsItsOwnPassInstance() {
    OpPassManager pm = parse("canonicalize{max-iterations=2},canonicalize");
    Pass first = ((PipelineStep.RunPass) pm.steps().get(0)).pass();
    Pass second = ((PipelineStep.RunPass) pm.steps().get(1)).pass();
    assertEquals(2, first.options().get("max-iterations").get());
    assertEquals(10, second.options().get("max-iterations").get());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      builtin.module(func.func(canonicalise)) | 25 | unknown pass 'canonicalise'; did you mean 'canonicalize'?
      frobnicate                              | 0  | unknown pass 'frobnicate'
      canonicalize{max-iteration=3}           | 13 | unknown option 'max-iteration' for pass 'canonicalize'; did you mean 'max-iterations'?
      canonicalize{max-iterations=abc}        | 28 | invalid value 'abc' for option 'max-iterations' of pass 'canonicalize': expected an integer
      canonicalize{max-iterations=0}          | 28 | invalid value '0' for option 'max-iterations' of pass 'canonicalize': expected an integer of at least 1
      canonicalize{max-iterations}            | 27 | option 'max-iterations' of pass 'canonicalize' needs a value: max-iterations=<int>
      canonicalize{max-iterations=3           | 12 | unbalanced '{' in options of pass 'canonicalize': expected '}'
      cse{x=1}                                | 4  | unknown option 'x' for pass 'cse'; the pass has no options
      builtin.module(cse                      | 14 | unbalanced '(' in pipeline: expected ')'
      cse)                                    | 3  | unbalanced ')' in pipeline
      cse,,dce                                | 4  | expected a pass or pipeline name, found ','
      cse,                                    | 4  | expected a pass or pipeline name at end of pipeline
      builtin.module(cse dce)                 | 19 | expected ',' or ')'
      """)
  void badPipelinesAreLocated(String pipeline, int offset, String message) {
    var error = assertThrows(PipelineParseException.class, () -> parse(pipeline));
    assertEquals(message, error.getMessage());
    assertEquals(offset, error.offset());
  }

  @Test
  void errorRendersCaretUnderTheOffendingSpot() {
    var error = assertThrows(PipelineParseException.class, () -> parse("builtin.module(func.func(canonicalise))"));
    assertEquals("""
        irc-opt: error: unknown pass 'canonicalise'; did you mean 'canonicalize'?
          builtin.module(func.func(canonicalise))
                                   ^
        """, error.render("irc-opt"));
  }
}
