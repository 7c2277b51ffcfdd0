"""A pseudo-translation 40 % longer than English, to find layouts that only fit English.

Every other letter is doubled; placeholders (%1, %n,
%Ln, {0}, {name}), HTML tags, entities and '&' mnemonics are kept as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

_KEEP = re.compile(r"(%L?\d+|%L?n|\{[^}]*\}|<[^>]*>|&[a-zA-Z#0-9]+;|&&|&)")
STRETCH = 0.4


def stretch(text: str) -> str:
    """Return text about 40 % longer, placeholders and markup untouched."""
    parts = _KEEP.split(text)
    out = []
    for index, part in enumerate(parts):
        if index % 2:  # a kept token
            out.append(part)
            continue
        letters = 0
        for ch in part:
            if ch.isalpha():
                letters += 1
                out.append(ch * 2 if letters % 2 else ch)  # half the letters doubled: ~40 % longer
            else:
                out.append(ch)
    return "".join(out)


class PseudoTranslator(QTranslator):
    """Answers every message with its stretched English."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return stretch(source)

    def isEmpty(self) -> bool:
        return False


def install_pseudo(app: QCoreApplication) -> PseudoTranslator:
    """Install the pseudo translation above every other translator."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator
