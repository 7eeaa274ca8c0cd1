"""季度一览: the quarter matrix widget — period chooser, coloured table, legend.

The matrix of the chosen period is read by ``quarter_matrix`` in a quiet background job, only
while the widget is on screen; a change elsewhere makes it stale and it reads again when next
seen. A click on a cell says which unit and task it is (``cell_clicked``); the 工作台 decides
whether that opens the inbox or the log dialog.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPolygonF, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from creditdesk.services.context import ServiceContext
from creditdesk.services.matrix import MatrixCell, QuarterMatrix
from creditdesk.services.periods import Period, period_containing
from creditdesk.services.progress import Progress
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.jobs import Job
from creditdesk.ui.common.messages import error_text
from creditdesk.ui.common.period_choices import fill_period_combo, recent_periods, select_period
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_quarter_matrix_view import Ui_QuarterMatrixView
from creditdesk.ui.home.matrix_model import (
    EXTENDED_ROLE,
    EXTENSION_COLOUR,
    STATE_COLOURS,
    MatrixModel,
    state_names,
)

_tr = translator("QuarterMatrixView")


class ExtensionMarkDelegate(QStyledItemDelegate):
    """Draws the cell as usual plus a blue corner triangle when an obligation was extended."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if index.data(EXTENDED_ROLE):
            rect = option.rect
            size = max(6.0, min(rect.height(), rect.width()) * 0.35)
            right, top = float(rect.right()), float(rect.top())
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(EXTENSION_COLOUR))
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(right - size, top),
                        QPointF(right + 1, top),
                        QPointF(right + 1, top + size),
                    ]
                )
            )
            painter.restore()


def legend_html() -> str:
    """The colours and marks of the matrix, as one line of rich text."""
    names = state_names()
    parts = [
        f'<span style="background-color:{colour}">{"&nbsp;" * 4}</span>&nbsp;{names[state]}'
        for state, colour in STATE_COLOURS.items()
    ]
    parts.append(f'<span style="color:{EXTENSION_COLOUR}">◥</span>&nbsp;' + _tr("已延期（斜体）"))
    parts.append("*&nbsp;" + _tr("截止日期暂定"))
    return "&nbsp;&nbsp;".join(parts)


class QuarterMatrixView(QWidget):
    """Units × tasks for one period, coloured by state, with totals.

    Signals:
        cell_clicked(unit_id, node_id, cell): a unit × task cell was clicked.
        extension_requested(obligation_ids): 延期… was chosen on a cell.
        loaded(): a period's matrix is on screen.
    """

    cell_clicked = Signal(int, int, object)
    extension_requested = Signal(object)
    loaded = Signal()

    def __init__(
        self, ctx: ServiceContext, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_QuarterMatrixView()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.pool = pool
        self.model = MatrixModel(self)
        self._stale = True
        self._loading = False
        self._again = False
        today = ctx.clock.today()
        combo = self.ui.periodCombo
        fill_period_combo(combo, recent_periods(today, ("quarterly", "monthly"), years_ahead=0))
        select_period(combo, period_containing(today, "quarterly").code)
        combo.currentIndexChanged.connect(self.reload)
        view = self.ui.matrixView
        view.setModel(self.model)
        view.setItemDelegate(ExtensionMarkDelegate(view))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setDefaultSectionSize(92)
        view.verticalHeader().setDefaultSectionSize(26)
        view.clicked.connect(self._clicked)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        self.ui.legendLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.legendLabel.setText(legend_html())

    # ---------------------------------------------------------------- period

    def period(self) -> Period:
        """The period chosen."""
        return Period.parse(str(self.ui.periodCombo.currentData()))

    def set_period(self, code: str) -> None:
        """Show another period (reads it when on screen)."""
        select_period(self.ui.periodCombo, code)

    # --------------------------------------------------------------- loading

    def mark_stale(self) -> None:
        """The data changed: read again now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def is_loading(self) -> bool:
        """Whether a read is running."""
        return self._loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the chosen period's matrix in the background."""
        self._stale = False
        if self._loading:
            self._again = True
            return
        self._loading = True
        ctx, period, today = self.ctx, self.period(), self.ctx.clock.today()

        def read(_progress: Progress) -> QuarterMatrix:
            from creditdesk.services.matrix import quarter_matrix

            return quarter_matrix(ctx, period, today)

        job: Job[QuarterMatrix] = Job(
            read, title=_tr("季度一览"), parent=self, pool=self.pool, show_after_ms=None
        )
        job.succeeded.connect(self._loaded)
        job.failed.connect(self._failed)
        job.start()

    def _finished(self) -> bool:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()
            return False
        return True

    def _loaded(self, matrix: QuarterMatrix) -> None:
        if not self._finished():
            return
        self.show_matrix(matrix)
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self._finished()
        self.ui.asOfLabel.setText(error_text(error))

    def show_matrix(self, matrix: QuarterMatrix) -> None:
        """Put a matrix on screen."""
        self.model.set_matrix(matrix)
        if matrix.units:
            text = _tr("截至{day}　即将到期：{n}个工作日内").format(
                day=format_date(matrix.as_of), n=matrix.due_soon_days
            )
        else:
            text = _tr("{period}没有应报事项").format(period=matrix.period_label)
        self.ui.asOfLabel.setText(text)
        view = self.ui.matrixView
        view.resizeColumnToContents(len(matrix.tasks))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # ----------------------------------------------------------------- clicks

    def _cell(self, index: QModelIndex) -> tuple[int, int, MatrixCell] | None:
        unit = self.model.unit_at(index.row())
        task = self.model.task_at(index.column())
        cell = self.model.cell_at(index.row(), index.column())
        if unit is None or task is None or cell is None:
            return None
        return unit.unit_id, task.node_id, cell

    def _clicked(self, index: QModelIndex) -> None:
        found = self._cell(index)
        if found is not None:
            self.cell_clicked.emit(*found)

    def _context_menu(self, pos: QPoint) -> None:
        view = self.ui.matrixView
        found = self._cell(view.indexAt(pos))
        if found is None:
            return
        cell = found[2]
        menu = QMenu(self)
        menu.addAction(_tr("查看或登记报送材料"), lambda: self.cell_clicked.emit(*found))
        ids = [o.obligation_id for o in cell.obligations if o.received_on is None]
        extend = menu.addAction(
            _tr("延期…"),
            lambda: self.extension_requested.emit(
                ids or [o.obligation_id for o in cell.obligations]
            ),
        )
        extend.setEnabled(bool(cell.obligations))
        menu.popup(view.viewport().mapToGlobal(pos))
