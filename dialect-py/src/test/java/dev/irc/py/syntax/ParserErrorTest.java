package dev.irc.py.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.DiagnosticRenderer;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.diag.SourceManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every syntax error and unsupported construct, with its exact message and location. */
class ParserErrorTest {

  private static String error(String text) {
    var e = assertThrows(DiagnosticException.class, () -> PythonParser.parse(new SourceFile("p.py", text)));
    var d = e.diagnostics().getFirst();
    return d.location() + " " + d.message();
  }

  /** Cases are written on one line; "\n" in the source column stands for a line break. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // Structure and indentation.
      "if x\\n    pass | 1:5 | expected ':'",
      "def f(a, b)\\n    pass | 1:12 | expected ':'",
      "if x y:\\n  pass | 1:6 | invalid syntax",
      "if x:\\npass | 2:1 | expected an indented block after 'if' statement on line 1",
      "if x: | 1:6 | expected an indented block after 'if' statement on line 1",
      "if 1:\\n  pass\\nelif 2:\\nz | 4:1 | expected an indented block after 'elif' statement on line 3",
      "if 1:\\n  pass\\nelse:\\nz | 4:1 | expected an indented block after 'else' statement on line 3",
      "while 1:\\nz | 2:1 | expected an indented block after 'while' statement on line 1",
      "for x in y:\\nz | 2:1 | expected an indented block after 'for' statement on line 1",
      "def f():\\nreturn 1 | 2:1 | expected an indented block after function definition on line 1",
      "`  x = 1` | 1:3 | unexpected indent",
      "x = 1\\n    y = 2 | 2:5 | unexpected indent",
      "else: pass | 1:1 | invalid syntax",
      "x = 1 2 | 1:7 | invalid syntax",
      "x = 1 + | 1:8 | invalid syntax",
      "x = \"a\" 1 | 1:9 | invalid syntax",
      "1 +* 2 | 1:4 | invalid syntax",
      "f(**) | 1:5 | invalid syntax",
      "import | 1:7 | invalid syntax",
      "a.1 = 2 | 1:2 | invalid syntax",
      "print(1 2) | 1:7 | invalid syntax. Perhaps you forgot a comma?",
      "print(1\\nx = 2 | 1:6 | '(' was never closed",
      "x = [1, 2\\ny = 3 | 1:5 | '[' was never closed",
      "def f(:\\n  pass | 1:7 | invalid syntax",
      "x = 1\\ny = (\\nz = 'abc | 3:5 | unterminated string literal (detected at line 3)",
      "print \"hi\" | 1:1 | Missing parentheses in call to 'print'. Did you mean print(...)?",
      "x = a if b | 1:5 | expected 'else' after 'if' expression",
      // Targets.
      "1 = x | 1:1 | cannot assign to literal here. Maybe you meant '==' instead of '='?",
      "f() = 1 | 1:1 | cannot assign to function call here. Maybe you meant '==' instead of '='?",
      "x + 1 = 2 | 1:1 | cannot assign to expression here. Maybe you meant '==' instead of '='?",
      "a, 1 = 2, 3 | 1:4 | cannot assign to literal here. Maybe you meant '==' instead of '='?",
      "x = 1 = 2 | 1:5 | cannot assign to literal",
      "(a, 1) = 2 | 1:5 | cannot assign to literal",
      "[a, f()] = 2 | 1:5 | cannot assign to function call",
      "True = 1 | 1:1 | cannot assign to True",
      "None = 1 | 1:1 | cannot assign to None",
      "a < b = 1 | 1:1 | cannot assign to comparison",
      "a and b = 1 | 1:1 | cannot assign to expression",
      "a if b else c = 1 | 1:1 | cannot assign to conditional expression",
      "for 1 in x: pass | 1:5 | cannot assign to literal",
      "[x for 1 in y] | 1:8 | cannot assign to literal",
      "1 += 1 | 1:1 | 'literal' is an illegal expression for augmented assignment",
      "f() += 1 | 1:1 | 'function call' is an illegal expression for augmented assignment",
      "(a, b) += 1 | 1:1 | 'tuple' is an illegal expression for augmented assignment",
      "a, b: int = 1 | 1:1 | only single target (not tuple) can be annotated",
      "1: int = 2 | 1:1 | illegal target for annotation",
      // Calls and definitions.
      "f(a=1, b) | 1:8 | positional argument follows keyword argument",
      "f(a, a=1, a=2) | 1:11 | keyword argument repeated: a",
      "f(1=2) | 1:3 | expression cannot contain assignment, perhaps you meant \"==\"?",
      "f(True=1) | 1:3 | cannot assign to True",
      "def f(a=1, b): pass | 1:12 | non-default argument follows default argument",
      "def f(a, a): pass | 1:10 | duplicate argument 'a' in function definition",
      // Context.
      "break | 1:1 | 'break' outside loop",
      "continue | 1:1 | 'continue' not properly in loop",
      "return 1 | 1:1 | 'return' outside function",
      "while x:\\n    pass\\nelse:\\n    break | 4:5 | 'break' outside loop",
      "for x in y:\\n    def g():\\n        break | 3:9 | 'break' outside loop",
      "def f():\\n    return\\nreturn | 3:1 | 'return' outside function",
      "break\\nx = ( | 2:5 | '(' was never closed",
      // Outside irc's subset.
      "class A: pass | 1:1 | class definition is not supported by irc",
      "x = lambda: 1 | 1:5 | lambda expression is not supported by irc",
      "try:\\n  pass\\nx = 1 | 3:1 | expected 'except' or 'finally' block",
      "try:\\n  pass\\nelse:\\n  pass | 3:1 | expected 'except' or 'finally' block",
      "try:\\n  pass\\nexcept:\\n  pass\\nexcept E:\\n  pass | 3:1 | default 'except:' must be last",
      "try:\\n  pass\\nexcept A, B:\\n  pass | 3:8 | multiple exception types must be parenthesized",
      "try:\\n  pass\\nexcept* E:\\n  pass | 3:7 | 'except*' clause is not supported by irc",
      "with a as b: pass | 1:1 | 'with' statement is not supported by irc",
      "def f():\\n    yield 1 | 2:5 | 'yield' expression is not supported by irc",
      "async def f(): pass | 1:1 | 'async' statement is not supported by irc",
      "def f():\\n    await x | 2:5 | 'await' expression is not supported by irc",
      "@dec\\ndef f(): pass | 1:1 | decorator is not supported by irc",
      "del x | 1:1 | 'del' statement is not supported by irc",
      "def f():\\n    nonlocal x | 2:5 | 'nonlocal' statement is not supported by irc",
      "f(*a) | 1:3 | starred argument ('*args') is not supported by irc",
      "f(**k) | 1:3 | keyword argument unpacking ('**kwargs') is not supported by irc",
      "a, *b = c | 1:4 | starred expression is not supported by irc",
      "x = {} | 1:5 | dict literal is not supported by irc",
      "x = {1: 2} | 1:5 | dict or set display is not supported by irc",
      "x = {1, 2} | 1:5 | dict or set display is not supported by irc",
      "x = (i for i in y) | 1:5 | generator expression is not supported by irc",
      "f(i for i in y) | 1:3 | generator expression is not supported by irc",
      "x = f'{y}' | 1:5 | f-string is not supported by irc",
      "if (n := 10) > 5: pass | 1:7 | assignment expression (':=') is not supported by irc",
      "match x:\\n    case 1: pass | 1:1 | 'match' statement is not supported by irc",
      "x = ... | 1:5 | '...' (Ellipsis) is not supported by irc",
      "def f(*args): pass | 1:7 | '*args' parameter is not supported by irc",
      "def f(a, *, b): pass | 1:10 | keyword-only parameter is not supported by irc",
      "def f(**kw): pass | 1:7 | '**kwargs' parameter is not supported by irc",
      "def f(a, /): pass | 1:10 | positional-only parameter is not supported by irc",
      "import os | 1:8 | import of module 'os' is not supported by irc",
      "import math, os.path | 1:14 | import of module 'os.path' is not supported by irc",
      "from os import path | 1:6 | import of module 'os' is not supported by irc",
      "from . import x | 1:6 | relative import is not supported by irc",
      "from math import * | 1:18 | 'from math import *' is not supported by irc",
      "x = 3j | 1:5 | complex number is not supported by irc",
  })
  void errors(String source, String lineCol, String message) {
    assertEquals("loc(\"p.py\":" + lineCol + ") " + message, error(source.replace("\\n", "\n")));
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    PythonParser.parse(new SourceFile("p.py", "x = " + "(".repeat(199) + "1" + ")".repeat(199)));
    assertEquals("loc(\"p.py\":1:205) too many nested parentheses",
        error("x = " + "(".repeat(201) + "1" + ")".repeat(201)));
    assertEquals("loc(\"p.py\":1:503) too many nested expressions", error("x = " + "- ".repeat(1000) + "1"));
    assertEquals("loc(\"p.py\":1:1001) too many nested expressions", error("x = " + "not ".repeat(1000) + "1"));
    String deepBlocks = java.util.stream.IntStream.range(0, 100)
        .mapToObj(i -> " ".repeat(i) + "if x:\n").collect(java.util.stream.Collectors.joining()) + " ".repeat(100) + "pass\n";
    assertEquals("loc(\"p.py\":101:101) too many levels of indentation", error(deepBlocks));
  }

  @Test
  void renderedLikeACompiler() {
    var sources = new SourceManager();
    SourceFile file = sources.add(new SourceFile("prog.py", "x = 1\nif x:\n    y = (1 +\n         2))\n"));
    var e = assertThrows(DiagnosticException.class, () -> PythonParser.parse(file));
    assertEquals("""
        prog.py:4:12: error: unmatched ')'
                 2))
                   ^
        """, new DiagnosticRenderer(sources).render(e.diagnostics().getFirst()));
  }
}
