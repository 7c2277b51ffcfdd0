"""Paint a lead card: no widget per card, so ten thousand of them scroll smoothly.

Layout (four text lines): title · company / owner / value and criteria met /
days in stage (red past the rotting limit) and next action date. A colour stripe
on the left shows the temperature.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from funneldesk.services.board import CardRecord
from ui.board.model import CARD_ROLE, GLOW_ROLE

MARGIN = 4
PADDING = 8
STRIPE = 5
TEMPERATURE_COLOURS = {"hot": "#d9480f", "warm": "#f59f00", "cold": "#1c7ed6"}
ROTTING_COLOUR = "#e03131"


def tr(text: str) -> str:
    """Translate text in the CardDelegate context."""
    return QCoreApplication.translate("CardDelegate", text)


def day_and_month(day: QDate) -> str:
    """Return a short day without the year in the locale's order: '6 Dec', '6 груд.', '12月6日', '6.12.'."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese):
        return locale.toString(day, "M月d日")  # "d MMM" gave "6 12月"
    if locale.language() == QLocale.Language.Korean:
        return locale.toString(day, "M월 d일")
    if locale.language() == QLocale.Language.Finnish:
        return locale.toString(day, "d.M.")  # "6 joulu" is a cut word; Finnish writes 6.12.
    return locale.toString(day, "d MMM")


def money_text(value: object, currency: str) -> str:
    """Format an amount with the locale's grouping and the currency code."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # keep group separators
    return f"{locale.toString(float(str(value)), 'f', 0)} {currency}"


def _left_share(text: str, font: QFont, width: int) -> float:
    """Return the share of a row the left text takes: what it needs plus a gap, at most 60 %."""
    needed = QFontMetrics(font).horizontalAdvance(text) + 8
    return min(0.6, needed / max(width, 1))


class CardDelegate(QStyledItemDelegate):
    """Paint CardRecords from CARD_ROLE; every card has the same height (uniform item sizes)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Return four lines of text plus padding, as wide as the view."""
        line = QFontMetrics(option.font).height()
        return QSize(180, 4 * line + 3 * 2 + 2 * PADDING + 2 * MARGIN)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Paint the card frame, stripe and text lines."""
        card = index.data(CARD_ROLE)
        if not isinstance(card, CardRecord):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self._paint_frame(painter, option, box, card)
        glow = index.data(GLOW_ROLE)
        if isinstance(glow, float) and glow > 0:
            colour = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            colour.setAlphaF(0.35 * glow)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 6, 6)
        self._paint_text(painter, option, box.adjusted(STRIPE + PADDING, PADDING, -PADDING, -PADDING), card)
        painter.restore()

    def _paint_frame(
        self, painter: QPainter, option: QStyleOptionViewItem, box: QRect, card: CardRecord
    ) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        border = (
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        stripe = QColor(
            TEMPERATURE_COLOURS.get(card.temperature or "", palette.color(QPalette.ColorRole.Mid).name())
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRect(box.left() + 1, box.top() + 1, STRIPE, box.height() - 1), 3, 3)

    def _paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, area: QRect, card: CardRecord
    ) -> None:
        palette = option.palette
        line = QFontMetrics(option.font).height() + 2
        bold = QFont(option.font)
        bold.setBold(True)
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        rows = [QRect(area.left(), area.top() + i * line, area.width(), line) for i in range(4)]
        self._text(painter, rows[0], card.title, bold, text_colour)
        self._text(painter, rows[1], card.company or tr("(no company)"), option.font, muted, share=0.58)
        # Two texts on a row share it: the left one takes what it needs (at most 60 %), the right
        # one the rest, elided, so long translations never overlap.
        money = money_text(card.value, card.currency)
        left = _left_share(money, bold, rows[2].width()) if card.criteria_total else 1.0
        self._text(painter, rows[2], money, bold, text_colour, share=left)
        if card.criteria_total:
            criteria = (
                tr("%1/%2 criteria")
                .replace("%1", str(card.criteria_met))
                .replace("%2", str(card.criteria_total))
            )
            done = card.criteria_met == card.criteria_total
            self._text(
                painter,
                rows[2],
                criteria,
                option.font,
                QColor("#2f9e44") if done else muted,
                Qt.AlignmentFlag.AlignRight,
                share=1.0 - left,
            )
        self._text(
            painter,
            rows[1],
            card.owner_name or tr("unassigned"),
            option.font,
            muted,
            Qt.AlignmentFlag.AlignRight,
            share=0.4,
        )
        days = tr("%1 d in stage").replace("%1", str(card.days_in_stage))
        left = _left_share(days, option.font, rows[3].width()) if card.next_action is not None else 1.0
        self._text(painter, rows[3], days, option.font, QColor(ROTTING_COLOUR) if card.rotting else muted,
                   share=left)
        if card.next_action is not None:
            due = day_and_month(QDate(card.next_action))
            self._text(
                painter,
                rows[3],
                tr("next: %1").replace("%1", due),
                option.font,
                muted,
                Qt.AlignmentFlag.AlignRight,
                share=1.0 - left,
            )

    def _text(
        self,
        painter: QPainter,
        rect: QRect,
        text: str,
        font: QFont,
        colour: QColor,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        share: float = 1.0,
    ) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        width = int(rect.width() * share) if share < 1.0 else rect.width()
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, elided)
