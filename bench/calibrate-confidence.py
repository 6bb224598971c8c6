#!/usr/bin/env python3
"""Fits the confidence model of newskg's platform events on the development gold.

Usage: calibrate-confidence.py SHARED_DIR FEATURES.jsonl [--write ingest/src/main/resources/newskg/ingest/event/confidence.tsv]

FEATURES.jsonl comes from the calibration harness (see bench/README or BENCHMARKS.md):
    java -cp ... newskg.ingest.event.ConfidenceHarness CACHE features.jsonl ../shared/corpus/bans-dev ...
Each platform event carries the features newskg.ingest.event.Confidence computes. An event is
right when score_confidence.py would call it right (same type, platform and country as a gold
event of its article, matched by nearest date, and the date agrees). A logistic regression with
an L2 penalty is fitted; leave-one-corpus-out cross-validation reports how well it carries over
(ECE, precision at 0.7), then the model fitted on all corpora is written. Pure Python, no packages.
"""
import json
import math
import os
import sys


def load_gold(shared):
    sys.path.insert(0, os.path.join(shared, "tools"))
    from score_bans import SCORED, base_name, date_agrees, distance, key  # noqa: E402
    gold = {}
    for corpus in ("bans-dev", "bans-dev2", "bans-dev3"):
        with open(os.path.join(shared, "corpus", corpus, "gold.json"), encoding="utf-8") as f:
            for entry in json.load(f):
                gold[(corpus, entry["file"])] = entry
    return gold, (SCORED, base_name, date_agrees, distance, key)


def label(gold, helpers, path):
    scored, base_name, date_agrees, distance, key = helpers
    samples = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            corpus = os.path.basename(os.path.dirname(doc["source"]))
            entry = gold.get((corpus, base_name(doc["source"])))
            if entry is None:
                continue
            g_events = [e for e in entry.get("events", []) if e.get("type") in scored]
            s_events = [e for e in doc["events"] if e["type"] in scored]
            right = [False] * len(s_events)
            free = list(range(len(s_events)))
            for g in g_events:
                cands = [i for i in free if key(s_events[i]) == key(g)]
                if not cands:
                    continue
                best = min(cands, key=lambda i: distance(g.get("date"), s_events[i].get("date")))
                free.remove(best)
                right[best] = g.get("date") is None or date_agrees(g.get("date"), s_events[best].get("date"))
            for e, r in zip(s_events, right):
                samples.append((corpus, e["features"], 1.0 if r else 0.0))
    return samples


def fit(samples, l2=4.0, steps=2000, rate=1.0):
    """Logistic regression by gradient descent: mean log loss plus l2 / n times half the squared weights."""
    names = sorted({k for _, f, _ in samples for k in f})
    w = {k: 0.0 for k in names}
    n = len(samples)
    for _ in range(steps):
        grad = {k: (l2 * w[k] / n if k != "bias" else 0.0) for k in names}
        for _, f, y in samples:
            p = predict(w, f)
            for k, v in f.items():
                grad[k] += (p - y) * v / n
        for k in names:
            w[k] -= rate * grad[k]
    return w


def predict(w, f):
    z = sum(w.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-z))


def report(pairs):
    n = len(pairs)
    ece = 0.0
    for b in range(10):
        lo, hi = b / 10, (b + 1) / 10
        inb = [(c, r) for c, r in pairs if lo <= c < hi or (b == 9 and c == 1.0)]
        if inb:
            ece += len(inb) / n * abs(sum(r for _, r in inb) / len(inb) - sum(c for c, _ in inb) / len(inb))
    kept = [r for c, r in pairs if c >= 0.7]
    p7 = sum(kept) / len(kept) if kept else 0.0
    return ece, p7, len(kept), n


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    gold, helpers = load_gold(argv[1])
    samples = label(gold, helpers, argv[2])
    corpora = sorted({c for c, _, _ in samples})
    held = []
    for c in corpora:
        w = fit([s for s in samples if s[0] != c])
        pairs = [(predict(w, f), y) for cc, f, y in samples if cc == c]
        ece, p7, k, n = report(pairs)
        print(f"held out {c}: ECE={ece:.3f} P@0.7={p7:.3f} ({k} of {n} events at >= 0.7)")
        held += pairs
    ece, p7, k, n = report(held)
    print(f"leave-one-corpus-out, pooled: ECE={ece:.3f} P@0.7={p7:.3f} ({k} of {n} events at >= 0.7)")
    w = fit(samples)
    ece, p7, k, n = report([(predict(w, f), y) for _, f, y in samples])
    print(f"fitted on all ({n} events, {sum(y for _, _, y in samples):.0f} right): ECE={ece:.3f} P@0.7={p7:.3f}")
    if "--write" in argv:
        out = argv[argv.index("--write") + 1]
        with open(out, "w", encoding="utf-8") as f:
            f.write("# Weights of the confidence model (newskg.ingest.event.Confidence): feature <TAB> weight.\n")
            f.write("# Fitted by bench/calibrate-confidence.py on the platform events of corpus/bans-dev, bans-dev2\n")
            f.write(f"# and bans-dev3 ({n} events). Leave-one-corpus-out: pooled ECE {report(held)[0]:.3f}.\n")
            for k in sorted(w):
                if abs(w[k]) > 1e-4:
                    f.write(f"{k}\t{w[k]:.4f}\n")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
