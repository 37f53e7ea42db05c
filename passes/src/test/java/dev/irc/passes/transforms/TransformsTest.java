package dev.irc.passes.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistration;
import dev.irc.passes.PassRegistry;
import dev.irc.passes.TestDialect;
import org.junit.jupiter.api.Test;

class TransformsTest {
  private final IrContext context = TestDialect.context();
  private final PassRegistry registry = PassRegistry.of(new TransformPasses().passes().toArray(PassRegistration[]::new));

  private String run(String pipeline, String input) {
    Operation module = TestDialect.parse(context, input);
    var diagnostics = new DiagnosticEngine();
    assertTrue(PassManager.parse(context, pipeline, registry).run(module, diagnostics), diagnostics.diagnostics().toString());
    return module.toString();
  }

  @Test
  void cseNormalizesCommutativeOperandsAndRespectsDominance() {
    String output = run("cse", """
        "test.func"() ({
          %x = "other.x"() : () -> i64
          %y = "other.y"() : () -> i64
          %a = "test.add"(%x, %y) : (i64, i64) -> i64
          %b = "test.add"(%y, %x) : (i64, i64) -> i64
          "other.region"() ({
            %c = "test.add"(%x, %y) : (i64, i64) -> i64
            %d = "test.neg"(%c) : (i64) -> i64
            "other.use"(%c, %d) : (i64, i64) -> ()
          }) : () -> ()
          %e = "test.neg"(%a) : (i64) -> i64
          "other.use"(%a, %b, %e) : (i64, i64, i64) -> ()
        }) {sym_name = "f"} : () -> ()
        """);
    assertEquals("""
        module {
          "test.func"() ({
            %0 = "other.x"() : () -> i64
            %1 = "other.y"() : () -> i64
            %2 = "test.add"(%0, %1) : (i64, i64) -> i64
            "other.region"() ({
              %3 = "test.neg"(%2) : (i64) -> i64
              "other.use"(%2, %3) : (i64, i64) -> ()
            }) : () -> ()
            %4 = "test.neg"(%2) : (i64) -> i64
            "other.use"(%2, %2, %4) : (i64, i64, i64) -> ()
          }) {sym_name = "f"} : () -> ()
        }
        """, output);
  }

  @Test
  void symbolDceErasesUnreferencedPrivateSymbols() {
    String output = run("symbol-dce", """
        "test.func"() ({
          "other.call"() {callee = @used} : () -> ()
        }) {sym_name = "main"} : () -> ()
        "test.func"() ({
          "other.call"() {callee = [@chain]} : () -> ()
        }) {sym_name = "used", sym_visibility = "private"} : () -> ()
        "test.func"() ({
        }) {sym_name = "chain", sym_visibility = "private"} : () -> ()
        "test.func"() ({
          "other.call"() {callee = @dead2} : () -> ()
        }) {sym_name = "dead", sym_visibility = "private"} : () -> ()
        "test.func"() ({
        }) {sym_name = "dead2", sym_visibility = "private"} : () -> ()
        """);
    assertTrue(output.contains("sym_name = \"main\"") && output.contains("sym_name = \"used\"")
        && output.contains("sym_name = \"chain\""), output);
    assertTrue(!output.contains("\"dead\"") && !output.contains("\"dead2\""), output);
  }

  @Test
  void dceErasesDeadPureChainsButKeepsEffects() {
    String output = run("dce", """
        %x = "other.x"() : () -> i64
        %a = "test.neg"(%x) : (i64) -> i64
        %b = "test.neg"(%a) : (i64) -> i64
        "test.effect"(%x) : (i64) -> ()
        """);
    assertEquals("""
        module {
          %0 = "other.x"() : () -> i64
          "test.effect"(%0) : (i64) -> ()
        }
        """, output);
  }
}
