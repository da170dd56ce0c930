"""``redact serve``: a local web page for authors who do not use a terminal (the ``[web]`` extra).

Four steps on 127.0.0.1: drop the draft, decide (as ``redact init`` proposes), check what applying did, and
download the results. See ``docs/web.md`` for how the page is kept to its author and what it never does.
"""
