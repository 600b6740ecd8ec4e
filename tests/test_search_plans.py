"""How `newscli search --db` runs a filtered query (--since, --until, --speaker) is chosen for
speed; the records are not: whatever the plan, they are the best-ranked matching articles that
pass the filters, one per cluster, in rank order. Every article here is invented."""

from __future__ import annotations

import sqlite3

import pytest

from newscli import store
from newscli.query import to_fts

from .test_index import FERRY, index, write

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
TOWNS = ["Alder", "Birch", "Cedar", "Dunmore", "Elmwood", "Fenwick"]
SPEAKERS = ["Ann Lee", "Tomas Brandt", "Priya Raman"]


def article(i: int) -> str:
    """A dated story about a bridge toll; the toll is named more often in later ones (so the
    ranks differ) and each quotes one of three people."""
    town = TOWNS[i % len(TOWNS)]
    who = SPEAKERS[i % len(SPEAKERS)]
    tolls = " ".join(["The toll was the talk of the market."] * (1 + i % 4))
    return (
        f"{town} weighs a bridge toll, story {i}\n\n"
        f"Published: {MONTHS[i % 12]} {3 + i % 20}, {2023 + i // 12}\n\n"
        f"The {town} council met on the {i + 1}th evening to discuss paying for the river "
        f"bridge number {i * 7 + 3}, which carries {i * 113 + 40} cars a day. {tolls}\n\n"
        f'"We cannot let bridge {i * 7 + 3} fall into the river," said {who}, who chairs '
        f"the roads committee in {town}.\n\n"
        f"{who} said the council would vote on the plan in {MONTHS[(i + 3) % 12]} after "
        f"hearing from {i + 2} shop owners and the {town} fire brigade.\n"
    )


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bridges")
    for i in range(30):
        write(folder, f"bridge{i:02d}.txt", article(i))
    # two copies of one story: a cluster the search shows once unless --all
    write(folder, "ferry.txt", FERRY + "\nThe toll for cars will be set later.\n")
    write(folder, "ferry-wire.txt", FERRY + "\nThe toll for cars will be set later this year.\n")
    db = str(folder / "news.db")
    assert index(db, str(folder)).exit_code == 0
    return db


def reference(db: str, query: str, since=None, until=None, speaker=None, limit=20, all=False):
    """The records' paths by the definition: every match scored by FTS5, best first, kept
    when its date and speakers pass, one per cluster unless ``all``, the first ``limit``."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT f.rowid, a.path, a.date, a.cluster FROM articles_fts f"
        " JOIN articles a ON a.n = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank",
        [to_fts(query)],
    ).fetchall()
    quoting = None
    if speaker is not None:
        names = store.speaker_names(conn, speaker)
        quoting = {
            r[0]
            for r in conn.execute(
                "SELECT article FROM quotes WHERE speaker IN (SELECT value FROM json_each(?))"
                " OR (speaker IS NULL AND source IN (SELECT value FROM json_each(?)))",
                [str(names).replace("'", '"')] * 2,
            )
        }
    out, seen = [], set()
    for n, path, date, cluster in rows:
        if since and not (date and date >= since):
            continue
        if until and not (date and date[: len(until)] <= until):
            continue
        if quoting is not None and n not in quoting:
            continue
        if not all and cluster in seen:
            continue
        seen.add(cluster)
        out.append(path)
    conn.close()
    return out[:limit] if limit else out


FILTERS = [
    {},
    {"since": "2023-02-01"},  # most articles
    {"since": "2025-04-01"},  # a few
    {"until": "2023-03"},
    {"since": "2023-06-01", "until": "2024-02"},
    {"speaker": "Lee"},
    {"speaker": "brandt", "since": "2023-09-01"},
    {"speaker": "Nobody Here"},
]


@pytest.mark.parametrize("share", [0.1, 0.9])
@pytest.mark.parametrize(
    "filters", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "-"
)
@pytest.mark.parametrize("limit, all", [(20, False), (3, False), (0, False), (4, True)])
def test_a_filter_never_changes_which_articles_come_back_or_their_order(
    dated_db, monkeypatch, share, filters, limit, all
):
    # both ways of running a date filter (keep the rowids in range, or check the matches in
    # rank order), whatever the real share of articles in the range
    monkeypatch.setattr(store, "_date_share", lambda *args: share)
    for query in ("toll", "bridge toll", '"the council" OR ferry'):
        got = store.search_articles(dated_db, query, limit=limit, all=all, **filters)
        want = reference(dated_db, query, limit=limit, all=all, **filters)
        assert [r["path"] for r in got] == want, (query, filters)


def test_the_clusters_are_collapsed_and_the_filters_really_filter(dated_db):
    everything = reference(dated_db, "toll", limit=0, all=True)
    assert len(everything) == 32
    assert len(reference(dated_db, "toll", limit=0)) == 31  # the ferry copies are one
    assert 0 < len(reference(dated_db, "toll", since="2025-04-01", limit=0)) < 5
    assert len(reference(dated_db, "toll", speaker="Lee", limit=0)) == 11  # 10 bridges + ferry


def test_date_share_counts_the_articles_in_the_date_range(dated_db):
    conn = store.connect(dated_db)
    late, late_args = store._date_sql("2025-04-01", None)
    early, early_args = store._date_sql("2023-01-01", None)
    assert store._date_share(conn, late, late_args, "x") == pytest.approx(
        5 / 32
    )  # 3 bridges, 2 ferries
    assert store._date_share(conn, early, early_args, "x") == pytest.approx(1.0)
    conn.close()


@pytest.mark.parametrize(
    "filters", [{"speaker": "Lee"}, {"speaker": "raman", "since": "2023-09-01"}, {"until": "2024"}]
)
def test_quote_search_filters_keep_the_rank_order_of_all_matching_quotes(dated_db, filters):
    conn = store.connect(dated_db)
    names = set(store.speaker_names(conn, filters.get("speaker", "")))
    conn.close()
    everything = store.search_quotes(dated_db, "bridge OR council", limit=0, all=True)
    want = [
        (q["path"], q["start"])
        for q in everything
        if (not names or q["speaker"] in names or (q["speaker"] is None and q["source"] in names))
        and (q["date"] or "") >= filters.get("since", "")
        and (q["date"] or "9")[:4] <= filters.get("until", "9")
    ]
    got = store.search_quotes(dated_db, "bridge OR council", limit=0, all=True, **filters)
    assert 0 < len(got) < len(everything)
    assert [(q["path"], q["start"]) for q in got] == want
