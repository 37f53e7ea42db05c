package dev.irc.py.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.ast.AstPrinter;
import dev.irc.py.ast.BinaryOperator;
import dev.irc.py.ast.CompareOperator;
import dev.irc.py.ast.Expr;
import dev.irc.py.ast.Module;
import dev.irc.py.ast.Stmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

  private static Module parse(String text) {
    return PythonParser.parse(new SourceFile("p.py", text));
  }

  private static void assertAst(String source, String expected) {
    assertEquals(expected, AstPrinter.print(parse(source)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "-2 ** 2 => (unary - (binary ** 2 2))",
      "2 ** 3 ** 2 => (binary ** 2 (binary ** 3 2))",
      "2 ** -1 => (binary ** 2 (unary - 1))",
      "-x ** -y ** z => (unary - (binary ** x (unary - (binary ** y z))))",
      "~-+x => (unary ~ (unary - (unary + x)))",
      "not a == b => (unary not (compare a == b))",
      "not not a => (unary not (unary not a))",
      "a if b else c if d else e => (ifexp b a (ifexp d c e))",
      "(a if b else c) if d else e => (ifexp d (ifexp b a c) e)",
      "a or b if c else d => (ifexp c (or a b) d)",
      "a < b < c => (compare a < b < c)",
      "a is not b not in c in d is e != f => (compare a is not b not in c in d is e != f)",
      "a == b >= c <= d > e => (compare a == b >= c <= d > e)",
      "a or b and c => (or a (and b c))",
      "a and b or c and d => (or (and a b) (and c d))",
      "a or b or c => (or a b c)",
      "not a and b => (and (unary not a) b)",
      "a | b ^ c & d => (binary | a (binary ^ b (binary & c d)))",
      "a & b << c => (binary & a (binary << b c))",
      "a << b + c => (binary << a (binary + b c))",
      "a - b - c => (binary - (binary - a b) c)",
      "a + b * c => (binary + a (binary * b c))",
      "a / b // c % d @ e => (binary @ (binary % (binary // (binary / a b) c) d) e)",
      "-a * b => (binary * (unary - a) b)",
      "a < b | c => (compare a < (binary | b c))",
      "a.b.c(d)[e] ** 2 => (binary ** (subscript (call (attr (attr a b) c) d) e) 2)",
      "f(a, b, sep=', ', end='') => (call f a b sep=\", \" end=\"\")",
      "f(a,) => (call f a)",
      "a[i:j] => (subscript a (slice i j _))",
      "a[::2] => (subscript a (slice _ _ 2))",
      "a[:, i] => (subscript a (tuple (slice _ _ _) i))",
      "(1,) => (tuple 1)",
      "() => (tuple)",
      "(1) => 1",
      "[1, 2,] => (list 1 2)",
      "[] => (list)",
      "[x * x for x in range(n) if x if y for z in x] => (listcomp (binary * x x) (for x in (call range n) if x if y) (for z in x))",
      "[a for a, b in c] => (listcomp a (for (tuple a b) in c))",
      "'a' \"b\" '''c''' => \"abc\"",
      "True, False, None => (tuple True False None)",
      "1.5, 10 ** 20 => (tuple (float 1.5) (binary ** 10 20))",
      "x if not y else z => (ifexp (unary not y) x z)",
  })
  void expressionPrecedence(String source, String expected) {
    assertAst(source, "(expr " + expected + ")\n");
  }

  @Test
  void assignments() {
    assertAst("""
        a = b = 1
        a, b = b, a
        (a, b), [c, d] = x
        a[i] = x
        a.b = 1
        x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
        x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
        x: int = 3
        y: float
        for i, x in enumerate(a): pass
        """, """
        (assign a = b = 1)
        (assign (tuple a b) = (tuple b a))
        (assign (tuple (tuple a b) (list c d)) = x)
        (assign (subscript a i) = x)
        (assign (attr a b) = 1)
        (augassign x += 1)
        (augassign x -= 1)
        (augassign x *= 1)
        (augassign x /= 1)
        (augassign x //= 1)
        (augassign x %= 1)
        (augassign x **= 1)
        (augassign x @= 1)
        (augassign x &= 1)
        (augassign x |= 1)
        (augassign x ^= 1)
        (augassign x <<= 1)
        (augassign x >>= 1)
        (annassign x : int = 3)
        (annassign y : float)
        (for (tuple i x) in (call enumerate a)
          (pass))
        """);
  }

  @Test
  void compoundStatements() {
    assertAst("""
        import math
        from math import sqrt, pi as PI
        from math import (floor,
                          ceil,)
        N = 10

        def f(a, b=1, c: int = 2) -> int:
            global N
            assert a > 0, "a must be positive"
            while a:
                a -= 1
                if a == 3:
                    continue
                elif a == 2:
                    break
                else:
                    pass
            else:
                return
            for i in range(N):
                pass
            else:
                pass
            return a + b

        if __name__ == "__main__":
            print(f(3), math.sqrt(2.0), sep=", ", end="")
        """, """
        (import math)
        (from math import sqrt pi as PI)
        (from math import floor ceil)
        (assign N = 10)
        (def f (a (b = 1) (c : int = 2)) -> int
          (global N)
          (assert (compare a > 0) "a must be positive")
          (while a
            (augassign a -= 1)
            (if (compare a == 3)
              (continue)
             else
              (if (compare a == 2)
                (break)
               else
                (pass)))
           else
            (return))
          (for i in (call range N)
            (pass)
           else
            (pass))
          (return (binary + a b)))
        (if (compare __name__ == "__main__")
          (expr (call print (call f 3) (call (attr math sqrt) (float 2.0)) sep=", " end="")))
        """);
  }

  @Test
  void oneLineBlocksAndSemicolons() {
    assertAst("if x: a = 1; b = 2\nelse: pass\nwhile 0: pass;\n", """
        (if x
          (assign a = 1)
          (assign b = 2)
         else
          (pass))
        (while 0
          (pass))
        """);
  }

  @Test
  void emptyAndCommentOnlyFiles() {
    assertAst("", "");
    assertAst("# only a comment\n\n   \n", "");
  }

  @Test
  void nodesCarryStartAndEnd() {
    Module module = parse("x = 1\nif x:\n    y = foo(1,\n            2) + 3\n");
    var ifStmt = assertInstanceOf(Stmt.If.class, module.body().get(1));
    assertEquals(Location.of("p.py", 2, 1), ifStmt.location());
    var assign = assertInstanceOf(Stmt.Assign.class, ifStmt.body().getFirst());
    assertEquals(Location.of("p.py", 3, 5), assign.location());
    var sum = assertInstanceOf(Expr.Binary.class, assign.value());
    assertEquals(BinaryOperator.ADD, sum.op());
    assertEquals(Location.of("p.py", 3, 9), sum.location());
    String text = module.source().text();
    assertEquals("foo(1,\n            2) + 3", text.substring(sum.span().startOffset(), sum.span().endOffset()));
  }

  @Test
  void comparisonOperatorsAreEnums() {
    var stmt = assertInstanceOf(Stmt.ExprStmt.class, parse("a is not b").body().getFirst());
    var compare = assertInstanceOf(Expr.Compare.class, stmt.value());
    assertEquals(CompareOperator.IS_NOT, compare.ops().getFirst());
  }

  @Test
  void softKeywordMatchIsAName() {
    assertAst("match = 1\nmatch(x)\nmatch.y = 2\n", """
        (assign match = 1)
        (expr (call match x))
        (assign (attr match y) = 2)
        """);
  }
}
