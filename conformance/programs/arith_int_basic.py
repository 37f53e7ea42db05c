# tier: 1  area: arith
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, -a, +a, ~a)
print(a << 3, a >> 2, a & b, a | b, a ^ b)
