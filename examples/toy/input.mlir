// The toy example's program (docs/tutorial.md, chapter 5). From irc's root:
//   bin/irc-opt --load-dialect-plugin=examples/toy/target/toy-dialect.jar examples/toy/input.mlir \
//     -p 'builtin.module(toy-to-arith,convert-to-llvm)'
//   bin/irc-runner --load-dialect-plugin=examples/toy/target/toy-dialect.jar examples/toy/input.mlir \
//     -e main -p 'builtin.module(toy-to-arith)'
func.func @main() {
  %0 = toy.constant 6
  %1 = toy.constant 7
  %2 = toy.mul %0, %1
  toy.print %2
  %3 = toy.constant 5
  %4 = call @poly(%3) : (i64) -> i64
  toy.print %4
  return
}

// x * x + 3, times one (which canonicalize removes with the rule mul_one).
func.func @poly(%x: i64) -> i64 {
  %three = toy.constant 3
  %one = toy.constant 1
  %square = toy.mul %x, %x
  %sum = toy.add %square, %three
  %result = toy.mul %sum, %one
  return %result : i64
}
