# tier: 1  area: arith
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(-0.0 % 5.0, 0.0 % -5.0)
print(5.0 % float("inf"), -5.0 % float("inf"))
print(divmod(7.5, -2), divmod(-7, 2))
