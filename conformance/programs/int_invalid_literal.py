# tier: 1  area: builtins
print(int("12"))
print(int("abc"))
