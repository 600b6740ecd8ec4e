"""Who said what: quotes (direct, partial, indirect) and their speakers, without a model.

Pipeline (one pass, linear in the text; the stages in order, see pipeline.py):
  marks.py         pair quote marks per paragraph (curly, straight, British single, '' archive
                   style; apostrophes skipped; multi-paragraph quotes; unbalanced marks recovered)
  text.py          quote-aware sentence boundaries and tokens with offsets
  cues.py          speech cues (data/speech_verbs.txt)
  source_left.py,  the source phrase left / right of a cue; subject.py the clause's subject
  source_right.py  (glued.py: a caption glued to "Surname said")
  content.py       the reported clause of a cue
  attributions.py  per sentence: cue + source + clause (an Attr), through the source sieves
  mentions.py      the mention index: names in caption/headline/body, roles tied to names
  resolve.py       mention -> speaker: pronoun, role noun, body, document author, carry-over
                   (descriptions.py: "police say", "the hospital", "the couple")
  candidates.py    a pair of marks -> a direct or partial Quote with its cue (attach.py: labels,
                   colons, dashes when no cue holds the quote)
  floating.py      cue-less quotes continue the speaker in view
  filters.py       titles and scare quotes are no quotes
  speakers.py      EntityIndex: names, fullest forms, roles, pronoun and role resolution
  names.py         name tables (titles, connectors, org heads) and the analysis of a name run
  tally.py         ``tally_speakers`` and ``speaker_matches`` for the CLI
  context.py       ArticleContext, the state the stages share; model.py the records
"""

from newscli.quotes.model import Quote
from newscli.quotes.pipeline import find_quotes
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
