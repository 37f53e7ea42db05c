# tier: 1  area: arith
# Range loops with int accumulators near the i64 limits, all results fitting in i64: the compiled
# code adds without overflow checks only when |s0| + |stop - start| * max|term| fits in i64, and
# must give the exact results on both sides of that bound (no deoptimization happens here).
def total(start, stop, s):
    for i in range(start, stop):
        s += i
    return s


def down(start, stop, s):
    for i in range(start, stop, -1):
        s -= i
    return s


def count(n, s, c):
    for _ in range(n):
        s += c
    return s


def split(n):
    s = 0
    t = 0
    for i in range(n):
        if i % 3 == 0:
            s += i
            continue
        t = t - 7
    print(s, t)


def after(n, k):
    s = 1
    for i in range(n):
        s = i + s
    return s + n * k


def nested(n, m):
    outer = 0
    for i in range(n):
        inner = 0
        for j in range(i, m):
            inner += j
        outer += inner
    return outer


def early(n, limit):
    s = 0
    for i in range(n):
        s += i
        if s > limit:
            break
    return s


big = 4611686018427387904
print(total(0, 10, 0), total(-5, 5, 100), total(10, 0, 3))
print(total(big, big + 1, big - 1))
print(total(big - 1, big, big))
print(total(2305843009213693952, 2305843009213693954, 0))
print(total(9223372036854775805, 9223372036854775807, -9223372036854775807))
print(total(-9223372036854775807 - 1, -9223372036854775807, 0))
print(total(-9223372036854775807 - 1, -9223372036854775806, 9223372036854775807))
print(down(5, -5, 0), down(-9223372036854775806, -9223372036854775807 - 1, -big - big))
print(count(5, 0, 3), count(3, 9223372036854775800, 2), count(4, 9223372036854775799, 2))
print(count(1, -9223372036854775807, -1), count(1, 0, -9223372036854775807 - 1), count(1, 5, -9223372036854775807 - 1))
split(10)
split(0)
print(after(5, 1000), after(1, -3))
print(nested(4, 6))
print(early(100, 20), early(10, 1000))
