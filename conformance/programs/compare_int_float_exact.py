# tier: 1  area: comparisons
print(2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 53 == 2.0 ** 53)
print(10 ** 20 < 1e20 + 1)
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(1 < float("inf"), -(10 ** 400) < float("-inf"))
