"""Stage-gating: the one place that decides whether a lead may move."""
