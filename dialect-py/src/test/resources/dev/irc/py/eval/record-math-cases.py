#!/usr/bin/env python3
"""Records CPython 3.11's results for the math functions irc implements, for MathCpythonCasesTest.

Run from this directory with CPython 3.11:  python3 record-math-cases.py > math-cases.txt

Each line is  FUNCTION<TAB>ARGUMENTS<TAB>RESULT  where ARGUMENTS are the reprs of int and float
arguments joined by ", " and RESULT is the repr of the result or "ExceptionType: message".
Arguments are special values (signed zeros, infinities, NaN, subnormals, the largest floats,
integers and half-integers where gamma changes behaviour) and values from a seeded generator,
so the file is the same on every run.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"

rng = random.Random(20261204)
INF = math.inf
NAN = math.nan


def random_bits_float():
    """A float with uniformly random bits (every exponent, subnormals, and the odd inf/nan)."""
    return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]


SPECIAL = [0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 1e-310, -1e-310, 2.2250738585072014e-308,
           1.7976931348623157e308, -1.7976931348623157e308, 1e-300, 1e-20, 9.9e-21, -1e-21, 1e-8,
           0.1, -0.1, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.0, -2.0, 2.5, -2.5, 3.0, 4.999999999999999,
           5.0, 5.524680040776729, 6.0, 10.0, -10.5, 22.0, 23.0, 23.5, 24.0, 30.0, 100.0, -100.5,
           139.5, 140.0, 140.5, 170.5, 171.0, 171.7, 172.0, -170.5, -171.5, -180.5, 199.5, 200.0,
           200.5, -200.5, -201.0, -1e10 - 0.5, 710.0, -745.5, 1024.0, -1074.0, -1080.0, 1e300,
           -1e300, 0.9999999999999999, 1.0000000000000002, -0.9999999999999999, 1e16, 2.0 ** 52 + 0.5]
INTS = [0, 1, -1, 2, 3, -3, 7, 10, 2 ** 53 + 1, -(2 ** 60), 10 ** 20, 2 ** 1023, 2 ** 1024, True]


def random_floats(count):
    values = []
    for i in range(count):
        kind = i % 5
        if kind == 0:
            values.append(rng.uniform(-10.0, 10.0))
        elif kind == 1:
            values.append(rng.uniform(-250.0, 250.0))
        elif kind == 2:
            values.append(rng.choice([-1, 1]) * math.exp(rng.uniform(-50.0, 50.0)))
        elif kind == 3:
            values.append(random_bits_float())
        else:
            values.append(rng.randint(-30, 200) + rng.choice([0.0, 0.5, 0.25, 1e-9]))
    return values


def case(name, *args):
    function = getattr(math, name)
    try:
        result = repr(function(*args))
    except Exception as error:  # the message is part of the expectation
        result = f"{type(error).__name__}: {error}"
    print(f"{name}\t{', '.join(repr(a) for a in args)}\t{result}")


UNARY = ["erf", "erfc", "gamma", "lgamma", "cbrt", "exp2", "expm1", "log1p", "log2", "log10", "ulp",
         "asinh", "acosh", "atanh", "sqrt", "exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh",
         "asin", "acos", "atan", "fabs", "degrees", "radians"]
for name in UNARY:
    for x in SPECIAL + INTS + random_floats(150):
        case(name, x)

for x in SPECIAL + random_floats(60):
    for i in [0, 1, -1, 52, -1022, -1074, -1075, 1023, 1024, 2000, -2000, 2 ** 31, -(2 ** 31) - 1,
              2 ** 70, -(2 ** 70), True] + [rng.randint(-1100, 1100) for _ in range(4)]:
        case("ldexp", x, i)
for i in [1, 5, 0.5]:
    case("ldexp", 1.0, i)
case("ldexp", 3, 4)

PAIRS_SPECIAL = [0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 1.0, -1.0, 2.0, 3.0, 0.5,
                 1.7976931348623157e308, 1e-310]
for name in ["nextafter", "remainder", "atan2", "copysign", "fmod", "pow", "hypot", "log"]:
    for x in PAIRS_SPECIAL:
        for y in PAIRS_SPECIAL:
            case(name, x, y)
    for _ in range(150):
        x, y = random_floats(2)
        case(name, x, y)
        case(name, rng.uniform(-100, 100), rng.choice([1.0, 2.0, 0.5, 3.0, 0.1, -7.0, 1e-300]))
for _ in range(100):
    case("remainder", float(rng.randint(-1000, 1000)) + rng.choice([0.0, 0.5]), float(rng.randint(1, 9)))

for n in range(0, 6):
    for _ in range(40):
        case("hypot", *[rng.choice([rng.uniform(-10, 10), random_bits_float(), 1e-310 * rng.random(),
                                    rng.uniform(-1e300, 1e300)]) for _ in range(n)])
for n in range(2, 6):
    for _ in range(40):
        case("hypot", *[rng.choice([1e-310, 1e-320, 2.2250738585072014e-308]) * rng.random() for _ in range(n)])
        case("hypot", *[rng.uniform(-1.0, 1.0) * 10.0 ** rng.randint(-320, 308) for _ in range(n)])
for args in [(3, 4), (1e-310, 2e-310), (3e-320, 5e-321, 7e-322), (INF, NAN), (NAN, 1.0), (1, 2, 3),
             (5e-324, 5e-324, 5e-324), (1e308, 1e308, 1e308)]:
    case("hypot", *args)

SMALL_INTS = [0, 1, -1, 2, -2, 6, 12, -18, 35, 2 ** 31, 2 ** 62, -(2 ** 63), 2 ** 63 - 1, 10 ** 19, 2 ** 64 + 1]
for name in ["gcd", "lcm"]:
    case(name)
    for a in SMALL_INTS:
        case(name, a)
        for b in SMALL_INTS:
            case(name, a, b)
    for _ in range(60):
        case(name, *[rng.randint(-10 ** rng.randint(1, 25), 10 ** rng.randint(1, 25)) for _ in range(rng.randint(1, 5))])
    case(name, 1.5)
    case(name, 2, 1.0)
    case(name, True, 4)

for n in list(range(0, 30)) + [-1, 100, 170, 171, 2 ** 63, 2 ** 64, True, 1.0, -(2 ** 70)]:
    case("factorial", n)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2 ** 52, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64,
          10 ** 40, -1, 1.0, True] + [rng.randint(0, 2 ** rng.randint(1, 200)) for _ in range(60)]:
    case("isqrt", n)
for n in [0, 1, 5, 10, 20, 30, 60, 61, 62, 63, 64, 67, 68, 100, 1000, 2 ** 62, 2 ** 64, -1, True]:
    for k in [0, 1, 2, 3, 5, 10, 20, 31, 32, 33, 34, 60, 61, 100, -1, 2 ** 64]:
        case("comb", n, k)
        case("perm", n, k)
    if isinstance(n, bool) or n < 2 ** 20:
        case("perm", n)
case("comb", 2 ** 65, 2 ** 64)
case("comb", 1.0, 2)
case("perm", 5, 2.0)
