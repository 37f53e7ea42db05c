# tier: 1  area: builtins
print(int(3.9), int(-3.9), int("42"), int(" -7 "), int(True))
print(float(3), float("1.5"), float("-inf"), float(" 2e3 "))
print(int(1e20), float(2 ** 70))
print(bool(0), bool(3), bool(0.0), bool(None), bool(""))
print(int(), float())
