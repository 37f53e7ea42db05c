# tier: 1  area: floats
print(-0.0, 0.0)
print(float("inf"), float("-inf"), float("nan"))
print(1e308 * 10, -1e308 * 10)
print(0.0 * -1)
