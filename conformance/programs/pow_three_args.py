# tier: 1  area: builtins
def powers(b, e, m):
    print(b, e, m, pow(b, e, m))


def main():
    for b in range(-5, 6):
        for e in range(0, 5):
            powers(b, e, 7)
            powers(b, e, -7)
    print(pow(3, -1, 7), pow(-3, -2, 11), pow(2, -1, 1), pow(5, 0, 1), pow(5, 0, -3))
    print(pow(123456789, 987654321, 1000000007), pow(2, 10 ** 18, 9223372036854775783))
    print(pow(7, 12345, -9223372036854775807), pow(-9223372036854775807, 3, 1000), pow(2, 3))
    print(pow(2.0, 0.5), pow(2, -2), pow(-8.0, 3), pow(10, 20), pow(True, 5))


main()
