#!/usr/bin/env bash
# Bare CoreNLP baseline for `newskg extract`: CoreNLP's own command line with its default English
# pipeline (tokenize,ssplit,pos,lemma,ner,depparse) on the bodies of the same articles, 2 threads,
# whole process timed. Compare with: /usr/bin/time -v ./newskg extract --format jsonl CORPUS >/dev/null
#
# Usage: bench/corenlp-baseline.sh CORPUS_DIR   (seed-format .txt files; needs ./newskg built once)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:?usage: corenlp-baseline.sh CORPUS_DIR}"
lib="$here/app/target/lib"
[ -d "$lib" ] || { echo "build first: ./newskg --version" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The body of each seed file: everything after the header line and the blank line under it.
for f in "$corpus"/*.txt; do
  tail -n +3 "$f" > "$work/$(basename "$f")"
done
ls "$work"/*.txt > "$work/files.list"
cp=$(ls "$lib"/stanford-corenlp-*.jar "$lib"/*.jar | tr '\n' ':')
/usr/bin/time -v java -Xmx4g -cp "$cp" edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -annotators tokenize,ssplit,pos,lemma,ner,depparse -threads 2 \
  -filelist "$work/files.list" -outputDirectory "$work/out" -outputFormat json 2> "$work/time.log" >/dev/null || {
  tail -20 "$work/time.log" >&2; exit 1; }
grep -E "Elapsed \(wall|Maximum resident" "$work/time.log"
echo "documents: $(ls "$work/out" | wc -l)"
