"""A chart picture (PNG) that fits the width it is given and stays sharp when resized.

The charts of the 报表 page come from matplotlib as PNG bytes rendered at more pixels than the
screen shows; :class:`ChartView` keeps that original and, on every new size, scales it down
once (smoothly, to the screen's device pixels) instead of stretching a small picture up.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from creditdesk.ui.common.translate import translator

SCREEN_DPI = 96
"""What Qt calls one logical pixel per 1/96 inch: a chart drawn at this dpi shows at 100 %."""


_tr = translator("ChartView")


class ChartView(QWidget):
    """One chart, as wide as its layout allows and as tall as its aspect ratio asks.

    Before a picture is set (or after :meth:`clear`) it shows a grey placeholder line.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QPixmap()
        self._scaled = QPixmap()
        self._dpi = SCREEN_DPI
        self._placeholder = _tr("正在绘制图表…")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 80)

    def set_png(self, data: bytes, dpi: int = SCREEN_DPI) -> bool:
        """Show the PNG ``data`` drawn at ``dpi``; False (and the placeholder) if unreadable."""
        image = QPixmap()
        loaded = image.loadFromData(data, "PNG")
        self._image = image if loaded else QPixmap()
        self._dpi = dpi
        self._scaled = QPixmap()
        self.updateGeometry()
        self.update()
        return loaded

    def clear(self, placeholder: str | None = None) -> None:
        """Drop the picture and show ``placeholder`` (正在绘制图表… by default) instead."""
        self._image = QPixmap()
        self._scaled = QPixmap()
        if placeholder is not None:
            self._placeholder = placeholder
        self.updateGeometry()
        self.update()

    def pixmap(self) -> QPixmap:
        """The picture at full resolution (null while there is none)."""
        return self._image

    def placeholder(self) -> str:
        """What shows while there is no picture."""
        return self._placeholder

    def set_placeholder(self, text: str) -> None:
        """Change what shows while there is no picture."""
        self._placeholder = text
        self.update()

    # ------------------------------------------------------------------ geometry

    def sizeHint(self) -> QSize:
        if self._image.isNull():
            return QSize(480, 200)
        scale = SCREEN_DPI / self._dpi
        return QSize(round(self._image.width() * scale), round(self._image.height() * scale))

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self._image.isNull():
            return 200
        return max(1, round(width * self._image.height() / self._image.width()))

    def target_rect(self) -> QRect:
        """Where the picture is drawn: as large as fits, centred, never larger than drawn."""
        if self._image.isNull():
            return QRect()
        natural = self.sizeHint()
        fitted = natural.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if fitted.width() > natural.width() * 1.5:  # a blown-up chart gets blurred and shouty
            fitted = natural * 1.5
        rect = QRect(0, 0, fitted.width(), fitted.height())
        rect.moveCenter(self.rect().center())
        rect.moveTop(0)
        return rect

    # ------------------------------------------------------------------ painting

    def _scaled_for(self, size: QSize) -> QPixmap:
        ratio = self.devicePixelRatioF()
        device = QSize(round(size.width() * ratio), round(size.height() * ratio))
        if self._scaled.isNull() or self._scaled.size() != device:
            self._scaled = self._image.scaled(
                device,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._image.isNull():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
        else:
            target = self.target_rect()
            if not target.isEmpty():
                painter.drawPixmap(target.topLeft(), self._scaled_for(target.size()))
        painter.end()
