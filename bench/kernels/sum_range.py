def sum_range(n):
    s = 0
    for i in range(n):
        s += i
    return s


print(sum_range(10**7))
