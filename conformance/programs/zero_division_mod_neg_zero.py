# tier: 1  area: zero-division
print(-5 % 3, 5 % -3)
print(0 % 5)
x = 0
print(10 % x)
