# tier: 1  area: builtins
print(int(float("nan")))
