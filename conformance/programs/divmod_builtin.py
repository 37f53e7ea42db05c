# tier: 1  area: builtins
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
q, r = divmod(100, 7)
print(q, r)
print(divmod(5.5, 2))
