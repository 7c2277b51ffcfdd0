"""The pipeline board: one model/view column per stage, painted cards, gated drag and drop."""
