# tier: 1  area: floats
print(1e16, 1e-05, 1e-4, 0.0001)
print(1.5e300, 2.5e-300)
print(12345678901234567890.0)
print(1e22, 1e21, 5e-324)
