# tier: 1  area: builtins
print(float("1.5"))
print(float("one"))
