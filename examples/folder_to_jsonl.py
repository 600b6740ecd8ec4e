"""Turn a folder of articles (text, HTML, JSON Lines) into one JSON Lines stream of
``{"text", "path", "url", "title", "date", "author"}`` records, the input ``spark_quotes.py`` reads.

    python examples/folder_to_jsonl.py sample_articles/ > articles.jsonl

``text`` is each file's own text (HTML stays HTML), so ``newscli.analyze`` reads it exactly as
the commands read the file; ``title``/``date``/``author`` are what newscli's parser found, as a
crawler would have given them. A JSON Lines input contributes its records unchanged. An input
that cannot be read is reported on stderr and skipped (exit 2 at the end).
"""

from __future__ import annotations

import json
import sys

from newscli.errors import NewscliError
from newscli.sources import decode, expand, load, read_bytes


def records(paths: list[str]) -> tuple[list[dict[str, str]], list[str]]:
    """The records for every input under ``paths`` and the error lines for those that failed."""
    out: list[dict[str, str]] = []
    errors: list[str] = []
    for source in expand(paths):
        try:
            articles = load(source)
            if source.path.lower().endswith((".jsonl", ".ndjson")):
                text, _ = decode(read_bytes(source), path=source.path)
                out.extend(json.loads(line) for line in text.splitlines() if line.strip())
                continue
            text, _ = decode(read_bytes(source), path=source.path)
        except NewscliError as exc:
            errors.append(f"newscli: error: {exc}")
            continue
        art = articles[0]
        record = {"text": text, "path": source.path}
        for key, value in (
            ("url", art.url),
            ("title", art.headline),
            ("date", art.date),
            ("author", art.author),
        ):
            if value:
                record[key] = value
        out.append(record)
    return out, errors


def main() -> int:
    found, errors = records(sys.argv[1:] or ["-"])
    for record in found:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    for line in errors:
        print(line, file=sys.stderr)
    return 2 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
