func.func private @not_defined_anywhere(i64)

func.func @main() {
  %c = arith.constant 1 : i64
  func.call @not_defined_anywhere(%c) : (i64) -> ()
  return
}
