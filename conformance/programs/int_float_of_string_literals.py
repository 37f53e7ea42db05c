# tier: 1  area: builtins
def parse():
    print(int("42"), int(" -7 "), int("1_000"), int("+0"))
    print(float("inf"), float("-inf"), float("nan"), float(" 1e3 "), float("-0.0"), float("1_5.2_5"), float("16"))
    print(float("1e400"), float("2.5e-324"), float("Infinity"), float("  -NaN "), float("3"))


parse()
print(int("12") + int("30"), float("0.1") + float("0.2"))
