# tier: 1  area: bigint
# A counting loop (s += c, s -= i) that overflows i64 only in its last iterations: exact results.
def count(n, s, c):
    for _ in range(n):
        s += c
    return s


def down(start, stop, s):
    for i in range(start, stop, -1):
        s -= i
    return s


print(count(3, 9223372036854775800, 2))
print(count(4, 9223372036854775800, 2))
print(down(-9223372036854775806, -9223372036854775807 - 1, 0))
