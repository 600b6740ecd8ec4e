"""Word sets the stages of the quote finder share (closed-class words, cue-adjacent adverbs)."""

from __future__ import annotations

import re

from newscli.quotes.speakers import DETERMINERS, NUMERALS

ADV_SKIP = frozenset(
    "also later then previously recently repeatedly often once has have had was is 've would will "
    "could did does do not n't never publicly privately reportedly already further again simply "
    "flatly just earlier allegedly still even now first initially separately since may might "
    "can should must been has had today yesterday tonight subsequently however meanwhile "
    "too instead though nonetheless yet".split()
)


PERIODS = frozenset("week month year night morning afternoon evening weekend".split())


WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


PREV_WORD = re.compile(r"([a-z][a-z-]*+)[ \u00a0]++$")  # possessive: no backtracking


NAMING = frozenset("call dub label brand term name read quote".split())


AUXILIARIES = frozenset(
    "is are was were be been being will would could should can may might must has have had "
    "did does do 's 're 've 'll 'd n't not won't can't isn't wasn't aren't weren't".split()
)


INDEFINITE = frozenset("a an one another some any several many".split())


BARE_CLAUSE = frozenset(
    "say tell add argue insist warn note predict acknowledge admit contend assert concede reckon "
    "suggest stress according".split()
)


NUMBER_WORDS = NUMERALS | frozenset("dozen half third quarter majority minority".split())


GROUP_PRONOUNS = frozenset("many most some several others few both all".split())


NOUN_DETS = DETERMINERS | frozenset("any no such every each".split())


OBJECT_PRONOUNS = frozenset("him her them us me you it".split())


CLAUSE_STOP = frozenset(
    "and but that which who whom whose as while when where if because or".split()
)


PREPS = frozenset(
    "to about of on in at for with by from into during after before over under as than".split()
)


NP_STOP = frozenset(",.;:!?()[]\"“”‘’'—–")


SUBJ_PRONOUNS = frozenset("he she they we i it".split())


TITLE_LEADS = frozenset("on in of from at 's ’s".split())


OPENERS = frozenset("“\"‘'«")


BELIEFS = frozenset("think believe hope fear".split())  # attitudes, not speech


ANALYSTS = frozenset("analysts analyst researchers consultancy consultants firm group".split())


PARTY_ADJECTIVES = frozenset("republican democratic democrat conservative liberal".split())


SUBORDINATORS = frozenset(
    "if when while because although though since after before as unless until once whether "
    "whereas".split()
)


PP_HEADS = frozenset(
    "during on in at after before since to with from about against into toward towards via "
    "among around near outside inside behind across through throughout beyond amid despite "
    "alongside".split()
)


OBJECT_PREPS = PP_HEADS | {"of", "by"}  # a name after these is no subject


MAX_CLAUSE = 1500  # characters: a reported clause longer than this is a run-on, not news prose


CLOSING_MARKS = frozenset("\"”’'»")


POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}


FINITE_AUX = frozenset("is are was were has have had will would".split())


# what a body or person issues, and that "says" things in their name
AUTHORED = frozenset(
    "statement email e-mail memo letter release post tweet ad advertisement website lawsuit "
    "suit complaint filing report editorial affidavit message video".split()
)


SUBJECT_STOP = CLAUSE_STOP | SUBORDINATORS | frozenset("; : — – ( ) [ ] ,".split())
