# tier: 1  area: bigint
# MIN // -1 and divmod(MIN, -1) with a divisor that is not a constant: 2**63 leaves i64 (the
# signed path deoptimizes), while MIN % -1 is 0.
def fm(a, b):
    q, r = divmod(a, b)
    print(a % b, a // b, q, r)


fm(-9223372036854775807 - 1, -1)
