# tier: 1  area: bigint
# A range-loop sum whose partial sums leave i64: the compiled code must not take its unchecked
# copy of the loop (the bound |s0| + |stop - start| * max|i| does not fit) and deoptimizes.
def total(start, stop, s):
    for i in range(start, stop):
        s += i
    return s


print(total(0, 100, 0))
print(total(4611686018427387904, 4611686018427387907, 0))
