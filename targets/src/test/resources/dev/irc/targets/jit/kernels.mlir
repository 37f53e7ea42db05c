func.func @fib(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^loop(%c0, %c1, %n : i64, i64, i64)
^loop(%a: i64, %b: i64, %k: i64):
  %done = arith.cmpi sle, %k, %c0 : i64
  cf.cond_br %done, ^exit, ^body
^body:
  %s = arith.addi %a, %b : i64
  %k1 = arith.subi %k, %c1 : i64
  cf.br ^loop(%b, %s, %k1 : i64, i64, i64)
^exit:
  return %a : i64
}

func.func @fib_rec(%n: i64) -> i64 {
  %c2 = arith.constant 2 : i64
  %c1 = arith.constant 1 : i64
  %small = arith.cmpi slt, %n, %c2 : i64
  cf.cond_br %small, ^base, ^rec
^base:
  return %n : i64
^rec:
  %n1 = arith.subi %n, %c1 : i64
  %n2 = arith.subi %n, %c2 : i64
  %f1 = func.call @fib_rec(%n1) : (i64) -> i64
  %f2 = func.call @fib_rec(%n2) : (i64) -> i64
  %r = arith.addi %f1, %f2 : i64
  return %r : i64
}

func.func @gcd(%a: i64, %b: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  cf.br ^loop(%a, %b : i64, i64)
^loop(%x: i64, %y: i64):
  %z = arith.cmpi eq, %y, %c0 : i64
  cf.cond_br %z, ^exit, ^body
^body:
  %r = arith.remsi %x, %y : i64
  cf.br ^loop(%y, %r : i64, i64)
^exit:
  %neg = arith.cmpi slt, %x, %c0 : i64
  %m = arith.subi %c0, %x : i64
  %abs = arith.select %neg, %m, %x : i64
  return %abs : i64
}

func.func @collatz_steps(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c3 = arith.constant 3 : i64
  cf.br ^loop(%n, %c0 : i64, i64)
^loop(%x: i64, %steps: i64):
  %done = arith.cmpi sle, %x, %c1 : i64
  cf.cond_br %done, ^exit, ^body
^body:
  %rem = arith.remsi %x, %c2 : i64
  %odd = arith.cmpi ne, %rem, %c0 : i64
  %half = arith.divsi %x, %c2 : i64
  %t = arith.muli %x, %c3 : i64
  %t1 = arith.addi %t, %c1 : i64
  %next = arith.select %odd, %t1, %half : i64
  %s1 = arith.addi %steps, %c1 : i64
  cf.br ^loop(%next, %s1 : i64, i64)
^exit:
  return %steps : i64
}

func.func @floor_mix(%a: i64, %b: i64) -> i64 {
  %q = arith.floordivsi %a, %b : i64
  %c = arith.ceildivsi %a, %b : i64
  %m = arith.maxsi %q, %c : i64
  %n = arith.minui %q, %c : i64
  %x = arith.xori %m, %n : i64
  return %x : i64
}

func.func @overflow_add(%a: i64, %b: i64) -> i64 {
  %r, %o = arith.checked_addi %a, %b : i64
  %m, %mo = arith.checked_muli %a, %b : i64
  %any = arith.ori %o, %mo : i1
  %flag = arith.extui %any : i1 to i64
  %c100 = arith.constant 100 : i64
  %r2 = arith.remsi %r, %c100 : i64
  %t = arith.muli %flag, %c100 : i64
  %res = arith.addi %t, %r2 : i64
  return %res : i64
}

func.func @float_loop(%x: f64, %n: i64) -> f64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  cf.br ^loop(%zero, %c1 : f64, i64)
^loop(%acc: f64, %k: i64):
  %done = arith.cmpi sgt, %k, %n : i64
  cf.cond_br %done, ^exit, ^body
^body:
  %kf = arith.sitofp %k : i64 to f64
  %t = arith.mulf %x, %kf : f64
  %u = arith.divf %one, %kf : f64
  %v = arith.addf %t, %u : f64
  %w = arith.mulf %v, %v : f64
  %acc1 = arith.addf %acc, %w : f64
  %k1 = arith.addi %k, %c1 : i64
  cf.br ^loop(%acc1, %k1 : f64, i64)
^exit:
  return %acc : f64
}

func.func @fma_probe(%a: f64, %b: f64, %c: f64) -> f64 {
  %p = arith.mulf %a, %b : f64
  %s = arith.addf %p, %c : f64
  return %s : f64
}
