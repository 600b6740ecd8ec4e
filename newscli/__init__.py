"""newscli: summarise news articles and find who said what, from the command line."""

__version__ = "0.1.0"
