"""Word sets the stages of the quote finder share (closed-class words, cue-adjacent adverbs).
Lists of more than a dozen words live in newscli/data/quote_words.txt."""

from __future__ import annotations

import re

from newscli.quotes.lexicon import word_set
from newscli.quotes.names import DETERMINERS, NUMERALS

ADV_SKIP = word_set("quote_words.txt", "adv_skip")

PERIODS = frozenset("week month year night morning afternoon evening weekend".split())
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
PREV_WORD = re.compile(r"([a-z][a-z-]*+)[ \u00a0]++$")  # possessive: no backtracking
NAMING = frozenset("call dub label brand term name read quote".split())
AUXILIARIES = word_set("quote_words.txt", "auxiliaries")
INDEFINITE = frozenset("a an one another some any several many".split())
BARE_CLAUSE = word_set("quote_words.txt", "bare_clause")
NUMBER_WORDS = NUMERALS | frozenset("dozen half third quarter majority minority".split())
GROUP_PRONOUNS = frozenset("many most some several others few both all".split())
NOUN_DETS = DETERMINERS | frozenset("any no such every each".split())
OBJECT_PRONOUNS = frozenset("him her them us me you it".split())
CLAUSE_STOP = word_set("quote_words.txt", "clause_stop")
PREPS = word_set("quote_words.txt", "preps")
NP_STOP = frozenset(",.;:!?()[]\"“”‘’'—–")
SUBJ_PRONOUNS = frozenset("he she they we i it".split())
TITLE_LEADS = frozenset("on in of from at 's ’s".split())
OPENERS = frozenset("“\"‘'«")
BELIEFS = frozenset("think believe hope fear".split())  # attitudes, not speech
ANALYSTS = frozenset("analysts analyst researchers consultancy consultants firm group".split())
PARTY_ADJECTIVES = frozenset("republican democratic democrat conservative liberal".split())
SUBORDINATORS = word_set("quote_words.txt", "subordinators")
PP_HEADS = word_set("quote_words.txt", "pp_heads")
OBJECT_PREPS = PP_HEADS | {"of", "by"}  # a name after these is no subject
MAX_CLAUSE = 1500  # characters: a reported clause longer than this is a run-on, not news prose
CLOSING_MARKS = frozenset("\"”’'»")
POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
FINITE_AUX = frozenset("is are was were has have had will would".split())


# what a body or person issues, and that "says" things in their name
AUTHORED = word_set("quote_words.txt", "authored")
# general words for a paper, which may name any document the article introduced
GENERAL_PAPERS = frozenset("document memo paper briefing dossier".split())
# the nouns of documents that speak for their owner ("the report says", "a survey by X")
DOCUMENT_NOUNS = AUTHORED | word_set("quote_words.txt", "studies") | GENERAL_PAPERS
SUBJECT_STOP = CLAUSE_STOP | SUBORDINATORS | frozenset("; : — – ( ) [ ] ,".split())
