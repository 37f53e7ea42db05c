# RUN: irc --emit=arith %s | filecheck %s

# math functions that CPython computes as plain libm calls (math_1) become direct libm calls,
# with CPython's checks in IR: a NaN from a non-NaN argument raises ValueError, an infinity from
# a finite argument raises OverflowError (exp, sinh, cosh, expm1) or ValueError (the others).

# CHECK-LABEL: func.func @__main__
# CHECK: func.call @sqrt(%{{.*}}) : (f64) -> f64
# CHECK: arith.cmpf uno
# CHECK: func.call @exp(%{{.*}}) : (f64) -> f64
# CHECK-NOT: irc_math_sqrt
# CHECK-NOT: irc_math_exp
# CHECK: func.func private @sqrt(f64) -> f64
import math

x = 2.0
print(math.sqrt(x))
print(math.exp(x))
