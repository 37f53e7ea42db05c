# tier: 1  area: bigint
# Accumulator recursion whose sum leaves i64: the compiled loop deoptimizes and the result is exact.
def s(n, k):
    if n == 0:
        return 0
    return k + s(n - 1, k)


print(s(2, 4611686018427387903))
print(s(3, 4611686018427387904))
