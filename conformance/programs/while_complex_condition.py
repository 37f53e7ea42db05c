# tier: 1  area: control-flow
a = 0
b = 10
while a < 5 and b > 7 or a == 0:
    a += 1
    b -= 1
    print(a, b)
print("end", a, b)
