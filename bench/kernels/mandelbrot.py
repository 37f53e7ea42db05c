def in_set(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return False
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return True


def count(size, max_iter):
    inside = 0
    for y in range(size):
        ci = -1.5 + 3.0 * y / size
        for x in range(size):
            cr = -2.0 + 3.0 * x / size
            if in_set(cr, ci, max_iter):
                inside += 1
    return inside


print(count(400, 200))
