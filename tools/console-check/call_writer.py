"""Records dispatches through the console as a logged-in dispatcher until the server stops
answering: each GET /api/dispatch that comes back 2xx with an X-Call-Id is acknowledged, and
its id and household are appended (flushed at once) to ACKED, one `id household` a line.

    python3 call_writer.py PORT COOKIE MAP ACKED
"""

import csv
import http.client
import os
import random
import sys
import time


def main():
    port, cookie, map_dir, acked_path = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    with open(os.path.join(map_dir, "households.csv"), newline="") as f:
        households = [row["id"] for row in csv.DictReader(f)]
    rng = random.Random(7)
    failures = 0
    with open(acked_path, "a") as acked:
        # Bounded: at most 10 minutes, and it stops after the server is gone.
        deadline = time.monotonic() + 600
        while failures < 3 and time.monotonic() < deadline:
            household = rng.choice(households)
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", f"/api/dispatch?to={household}", headers={"Cookie": cookie})
                answer = connection.getresponse()
                answer.read()
                call = answer.getheader("X-Call-Id")
                connection.close()
            except OSError:
                failures += 1
                time.sleep(0.2)
                continue
            failures = 0
            if 200 <= answer.status < 300 and call:
                acked.write(f"{call} {household}\n")
                acked.flush()
            else:
                print(f"call_writer: {answer.status} for {household}", file=sys.stderr)


if __name__ == "__main__":
    main()
