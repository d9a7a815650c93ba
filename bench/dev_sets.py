"""The four development sets of ../shared/eval, as the bench scripts read them
(``from dev_sets import DEV_SETS``: a script's own folder is first on ``sys.path``)."""

from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
#: Their articles, one JSON Lines file each (absent in a checkout without ../shared).
DEV_SETS = tuple(EVAL / name / "articles.jsonl"
                 for name in ("dev", "news-dev", "meantime-dev", "polnear-dev"))
