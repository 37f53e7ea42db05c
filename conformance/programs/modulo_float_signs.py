# tier: 1  area: floats
print(-1e-20 % 1.0)
print(5.0 % -3, -5.0 % 3)
print(1e300 % 7.0)
print(divmod(-0.0, 1.0))
