# tier: 1  area: builtins
print(round(1e300))
print(round(float("inf")))
