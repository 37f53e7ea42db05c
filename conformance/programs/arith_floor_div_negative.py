# tier: 1  area: arith
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(0 // 5, 0 % -5)
print(-1 // 10, -1 % 10)
