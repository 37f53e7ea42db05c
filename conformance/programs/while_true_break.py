n = 0
while True:
    n += 1
    if n * n > 200:
        break
print(n)
