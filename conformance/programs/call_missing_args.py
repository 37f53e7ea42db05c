# tier: 1  area: calls
def area(width, height, depth):
    return width * height * depth

print(area(1, 2, 3))
print(area(1))
