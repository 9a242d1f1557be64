#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples: self (top frame) and total (anywhere).

Usage: tools/jfr-top.py RECORDING.jfr [N] [--thread SUBSTRING] [--under FRAME]
Runs `jfr print --events jdk.ExecutionSample` and counts method frames (line numbers dropped).
With --under, only samples whose stack contains FRAME (e.g.
org.canbo.index.LuceneIndex.accept) are counted, and the frames called below it are listed;
percentages stay shares of all samples so they add up with the plain listing.
"""
import collections, re, subprocess, sys


def option(name):
    if name in sys.argv:
        value = sys.argv[sys.argv.index(name) + 1]
        sys.argv.remove(name)
        sys.argv.remove(value)
        return value
    return None


def main():
    thread, under = option("--thread"), option("--under")
    args = sys.argv[1:]
    path, n = args[0], int(args[1]) if len(args) > 1 else 25
    out = subprocess.run(["jfr", "print", "--stack-depth", "96", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    self_counts, total_counts, children = collections.Counter(), collections.Counter(), collections.Counter()
    samples, kept = 0, 0
    for event in out.split("jdk.ExecutionSample")[1:]:
        if thread:
            m = re.search(r'sampledThread = "([^"]*)"', event)
            if not m or thread not in m.group(1):
                continue
        frames = re.findall(r"^\s+([\w$.<>/]+\.[\w$<>]+)\(", event, re.M)
        if not frames:
            continue
        samples += 1
        if under:
            if under not in frames:
                continue
            i = frames.index(under)
            if i > 0:
                children[frames[i - 1]] += 1
            frames = frames[:i]
        kept += 1
        if frames:
            self_counts[frames[0]] += 1
        for f in set(frames):
            total_counts[f] += 1
    print(f"{samples} samples" + (f", {kept} ({100.0 * kept / max(samples, 1):.1f}%) under {under}" if under else ""))
    if under:
        print("called directly:")
        for f, c in children.most_common(n):
            print(f"  {100.0 * c / samples:5.1f}%  {f}")
    print("self:")
    for f, c in self_counts.most_common(n):
        print(f"  {100.0 * c / samples:5.1f}%  {f}")
    print("total" + (" (all frames below it):" if under else " (canbo frames):"))
    listed = total_counts.most_common() if under else [x for x in total_counts.most_common() if "canbo" in x[0]]
    for f, c in listed[:n]:
        print(f"  {100.0 * c / samples:5.1f}%  {f}")


main()
