"""Rewrites one marked section of BENCHMARKS.md, shared by report.py and scale_report.py."""

import os


def replace_section(path, section, start, end, empty_text):
    """Puts `section` (which begins with `start` and ends with `end`) in place of the marked
    section of the file at `path`, or appends it; a missing file starts as `empty_text`.
    Written through a temporary file and a rename, so a failed run leaves the old file."""
    text = open(path).read() if os.path.exists(path) else empty_text
    if start in text and end in text:
        text = text[: text.index(start)] + section + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)
