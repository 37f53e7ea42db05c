# tier: 1  area: bigint
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(20))
print(fact(21))
print(fact(50))
print(fact(100) // fact(98))
