"""Writes a residents' sheet of N rows for one grid of the demo, with valid ID numbers, for the import benchmark:
CSV or XLSX by the output's extension. With --planted, ten rows spread through the file carry the mistakes people
make (bad check character, impossible birth date, duplicate ID, bad phone, missing building, ...); their row
numbers, as Excel numbers them, are written to OUT.planted, one per line.
Usage: residents_sheet.py GRID_CODE N OUT.{csv,xlsx} [--planted]"""
import csv
import random
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
HEADER = ["网格代码", "楼栋", "单元", "房号", "姓名", "证件类型", "证件号码", "联系电话", "与户主关系", "居住类型", "关爱类别"]


def with_check(body):
    return body + CHECK[sum(int(a) * b for a, b in zip(body, WEIGHTS)) % 11]


def id_number(rng, serial):
    return with_check("%s%04d%02d%02d%03d" % (rng.choice(["110101", "120101", "310101", "500101"]), rng.randint(1930, 2020),
                                              rng.randint(1, 12), rng.randint(1, 28), serial % 1000))


def plant(kind, row, first_id):
    """One mistake of each kind; `row` is the list of fields."""
    if kind == 0:  # wrong check character
        row[6] = row[6][:-1] + ("0" if row[6][-1] != "0" else "1")
    elif kind == 1:  # 30 February
        row[6] = with_check(row[6][:6] + "19900230" + row[6][14:17])
    elif kind == 2:  # the same person as the first row
        row[6] = first_id
    elif kind == 3:  # a phone number one digit short
        row[7] = row[7][:-1]
    elif kind == 4:  # a building that is not registered
        row[1] = "99号楼"
    elif kind == 5:  # no name
        row[4] = ""
    elif kind == 6:  # a residence status that is not one of 户籍 / 常住 / 流动
        row[9] = "暂住"
    elif kind == 7:  # a grid code with a digit missing
        row[0] = row[0][:-1]
    elif kind == 8:  # 17 digits
        row[6] = row[6][:-1]
    elif kind == 9:  # a birth date in the future
        row[6] = with_check(row[6][:6] + "20990101" + row[6][14:17])


def main():
    grid, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    planted = "--planted" in sys.argv[4:]
    rng = random.Random(20261129)
    seen = set()
    targets = {2 + (kind + 1) * (count // 11): kind for kind in range(10)} if planted else {}
    rows = []
    first_id = None
    for n in range(count):
        number = id_number(rng, n)
        while number in seen:
            number = id_number(rng, n + rng.randint(1, 999))
        seen.add(number)
        first_id = first_id or number
        row = [grid, "%d号楼" % (n % 6 + 1), "%d单元" % (n // 6 % 40 + 1), "%d" % (n // 240 + 1001), "居民%d" % n, "",
               number, "13%09d" % rng.randint(0, 999999999), "家庭成员", "常住", ""]
        if n + 2 in targets:
            plant(targets[n + 2], row, first_id)
        rows.append(row)
    if out.endswith(".xlsx"):
        import openpyxl
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("居民")
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
        book.save(out)
    else:
        with open(out, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, lineterminator="\r\n")
            writer.writerow(HEADER)
            writer.writerows(rows)
    if planted:
        with open(out + ".planted", "w") as f:
            f.write("".join("%d\n" % number for number in sorted(targets)))


main()
