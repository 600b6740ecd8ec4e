"""Who said what: quotes (direct, partial, indirect) and their speakers, without a model.

Pipeline (one pass, linear in the text):
  marks.py     pair quote marks per paragraph (curly, straight, British single, '' archive
               style; apostrophes skipped; multi-paragraph quotes; unbalanced marks recovered
               inside their paragraph)
  text.py      quote-aware sentence boundaries and tokens with offsets
  finder.py    speech cues (data/speech_verbs.txt), their source noun phrase on either side,
               the reported clause; quotes and indirect speech become ``Quote`` records
  speakers.py  names in caption/headline/body, fullest form, roles tied to names, pronoun and
               role-noun resolution ("he", "the secretary-general" -> "Jens Stoltenberg")
  tally.py     ``tally_speakers`` and ``speaker_matches`` for the CLI
"""

from newscli.quotes.finder import Quote, find_quotes
from newscli.quotes.tally import (
    SpeakerStats,
    quote_matches_speaker,
    quote_source,
    speaker_matches,
    tally_speakers,
)

__all__ = [
    "Quote",
    "SpeakerStats",
    "find_quotes",
    "quote_matches_speaker",
    "quote_source",
    "speaker_matches",
    "tally_speakers",
]
