"""Teaching with maps: presentation order, comparing with a model answer, merging (no Qt).

A sibling of ``layout``, ``evaluation`` and ``io``: it reads the model only, so the
command line (``argmap diff``, ``argmap merge``) runs without a display.
"""
