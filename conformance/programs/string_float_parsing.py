# tier: 1  area: builtins
print(float("1e500"), float("-0"), float("  .5  "), float("1_000.25"))
print(int(" 1_000 "), int("-0"), int("+12"))
print(float("nan") != float("nan"), float("Infinity"), float("-iNF"))
