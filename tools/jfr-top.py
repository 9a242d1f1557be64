#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples: self (top frame) and total (anywhere).

Usage: tools/jfr-top.py RECORDING.jfr [N] [--thread SUBSTRING]
Runs `jfr print --events jdk.ExecutionSample` and counts method frames (line numbers dropped).
"""
import collections, re, subprocess, sys

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    thread = None
    if "--thread" in sys.argv:
        thread = sys.argv[sys.argv.index("--thread") + 1]
        args.remove(thread)
    path, n = args[0], int(args[1]) if len(args) > 1 else 25
    out = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    self_counts, total_counts, samples = collections.Counter(), collections.Counter(), 0
    for event in out.split("jdk.ExecutionSample")[1:]:
        if thread:
            m = re.search(r'sampledThread = "([^"]*)"', event)
            if not m or thread not in m.group(1):
                continue
        frames = re.findall(r"^\s+([\w$.<>/]+\.[\w$<>]+)\(", event, re.M)
        if not frames:
            continue
        samples += 1
        self_counts[frames[0]] += 1
        for f in set(frames):
            total_counts[f] += 1
    print(f"{samples} samples")
    print("self:")
    for f, c in self_counts.most_common(n):
        print(f"  {100.0 * c / samples:5.1f}%  {f}")
    print("total (canbo frames):")
    for f, c in [x for x in total_counts.most_common() if "canbo" in x[0]][:n]:
        print(f"  {100.0 * c / samples:5.1f}%  {f}")

main()
