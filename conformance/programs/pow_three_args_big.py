# tier: 1  area: builtins
def powers(b, e, m):
    print(b, e, m, pow(b, e, m))


powers(5, 3, 13)
powers(7, 12345, -9223372036854775808)
powers(2 ** 70, 3, 1000)
print(int("99999999999999999999"), pow(3, -1, 2 ** 80))
