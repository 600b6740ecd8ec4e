"""Who said what: quotes (direct, partial, indirect) and their speakers."""

from newscli.quotes.finder import Quote, find_quotes
from newscli.quotes.tally import SpeakerStats, speaker_matches, tally_speakers

__all__ = ["Quote", "SpeakerStats", "find_quotes", "speaker_matches", "tally_speakers"]
