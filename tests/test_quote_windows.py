"""A text far longer than any article runs through the quote finder in windows of paragraphs
(issue #16 item 5): the records are those of one pass over the whole text."""

from __future__ import annotations

import dataclasses

from newscli.article import parse_text
from newscli.quotes import find_quotes
from newscli.quotes.marks import Marked, find_marked
from newscli.quotes.pipeline import plan_windows

_REPORTS = [
    "“We will reopen the ferry line before the winter,” Mayor Ann Lee said on Tuesday. "
    "She added that the harbour works were on time.",
    "The council met for three hours. “Nobody expected the bridge to close for this long,” "
    "said Tomas Berg, the harbour master.",
    "Lee said the budget was tight. “But the libraries stay open,” she told reporters.",
    "“It is too early to say what went wrong,” the mayor said.",
    "Residents gathered outside the town hall on Monday evening.",
    "Priya Nair, a council spokeswoman, said the vote would be held next week.",
    # a quote running over two paragraphs: no window may be cut inside it
    "“The ferry is the town’s lifeline,” Berg said. “Without it the island empties.",
    "“We owe them a timetable by the spring,” he added.",
    "He said the harbour had lost money for three years.",
]


def _invented(n: int) -> str:
    paras = [_REPORTS[i % len(_REPORTS)].replace("three", str(i)) for i in range(n)]
    return "Ferries, bridges and a tight budget\n\n" + "\n\n".join(paras) + "\n"


def test_windowed_run_gives_the_records_of_one_pass():
    article = parse_text(_invented(400), "council.txt")
    whole = find_quotes(article)
    paras = [(p.start, p.end) for p in article.paragraphs]
    windows = plan_windows(paras, find_marked(article.text, paras), 2_000, 30)
    assert len(windows) > 10
    windowed = find_quotes(article, window_threshold=0, window_size=2_000)
    assert len(whole) > 400
    assert [dataclasses.astuple(q) for q in windowed] == [dataclasses.astuple(q) for q in whole]


def test_windows_are_cut_only_where_no_quote_is_open():
    # four paragraphs of 100 characters, a quote over paragraphs 1-2: no cut before 2
    paras = [(i * 100, i * 100 + 100) for i in range(4)]
    quote = Marked(110, 290, 105, 295, 1, 2, True)
    windows = plan_windows(paras, [quote], 150, 1)
    assert [(w.first, w.keep, w.end) for w in windows] == [(0, 0, 3), (1, 3, 4)]
    # however small the windows, none starts or ends at the cut before paragraph 2
    tiny = plan_windows(paras, [quote], 1, 0)
    assert len(tiny) == 3 and all(2 not in (w.first, w.keep, w.end) for w in tiny)


def test_a_lead_in_never_starts_inside_a_quote():
    # lead 1 from the cut before 3 would start at 2, inside the quote over 1-2: it starts at 1
    paras = [(i * 100, i * 100 + 100) for i in range(5)]
    windows = plan_windows(paras, [Marked(110, 290, 105, 295, 1, 2, True)], 250, 1)
    assert [(w.first, w.keep, w.end) for w in windows] == [(0, 0, 3), (1, 3, 5)]


def test_word_search_agrees_with_the_set_of_lower_case_words() -> None:
    # An article's text is searched word by word (context.writes_lower) instead of listing all
    # its lower-case words; both must give the same answer, whatever sits around the word.
    from newscli.quotes.context import lower_words, writes_lower

    text = ("The mayor Said co-op plans were mayor's, not the Mayoral ones; café staff "
            "said 'yes' — ma’am, the-end mayors_ said_ x\u00a0said\nend")
    words = lower_words(text)
    for word in ["mayor", "said", "the", "co", "op", "plans", "caf", "staff", "yes", "ma",
                 "am", "end", "mayors", "x", "Said", "mayoral", "ones", "nope", "ap"]:
        assert writes_lower(text, word) == (word in words), word
    # a word seen only inside others more than a few times is left undecided
    assert writes_lower("mayoral " * 40, "mayor") is None
    assert "mayor" not in lower_words("mayoral " * 40)
