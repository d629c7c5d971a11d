"""Writes a residents' CSV of N rows for one grid of the demo, with valid ID numbers, for the import benchmark.
Usage: residents_csv.py GRID_CODE N OUT.csv [PLANTED_ERRORS]"""
import random
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def id_number(rng, serial):
    body = "%s%04d%02d%02d%03d" % (rng.choice(["110101", "120101", "310101", "500101"]), rng.randint(1930, 2020),
                                   rng.randint(1, 12), rng.randint(1, 28), serial % 1000)
    return body + CHECK[sum(int(a) * b for a, b in zip(body, WEIGHTS)) % 11]


def main():
    grid, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    planted = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    rng = random.Random(20261129)
    seen = set()
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff网格代码,楼栋,单元,房号,姓名,证件类型,证件号码,联系电话,与户主关系,居住类型,关爱类别\r\n")
        for n in range(count):
            number = id_number(rng, n)
            while number in seen:
                number = id_number(rng, n + rng.randint(1, 999))
            seen.add(number)
            building = "%d号楼" % (n % 6 + 1)
            unit = "%d单元" % (n // 6 % 40 + 1)
            room = "%d" % (n // 240 + 1001)
            phone = "13%09d" % rng.randint(0, 999999999)
            if n < planted:  # a wrong check character on the first rows
                number = number[:-1] + ("0" if number[-1] != "0" else "1")
            f.write(f"{grid},{building},{unit},{room},居民{n},,{number},{phone},家庭成员,常住,\r\n")


main()
