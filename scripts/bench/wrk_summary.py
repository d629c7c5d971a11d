"""Reads wrk's --latency output and prints one line: requests/s of 2xx answers, p50 ms, p99 ms, non-2xx, 2xx count."""
import re
import sys


def summary(text):
    def ms(percent):
        m = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        if not m:
            return float("nan")
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    total = int(re.search(r"(\d+) requests in", text).group(1))
    seconds = float(re.search(r"requests in ([\d.]+)(m?s)", text).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    bad = int(bad.group(1)) if bad else 0
    ok = total - bad
    return ok / seconds, ms(50), ms(99), bad, ok


if __name__ == "__main__":
    rate, p50, p99, bad, ok = summary(open(sys.argv[1]).read())
    print(f"{rate:.1f} {p50:.2f} {p99:.2f} {bad} {ok}")
