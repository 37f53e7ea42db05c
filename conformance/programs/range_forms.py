# tier: 1  area: control-flow
for i in range(3):
    print(i, end=" ")
print()
for i in range(2, 6):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
print(min(range(5, 10)), max(range(5, 10)))
