# tier: 1  area: logic
for i in range(5):
    print("even" if i % 2 == 0 else "odd", i)
x = 3
y = x * 2 if x > 2 else -x
print(y)
