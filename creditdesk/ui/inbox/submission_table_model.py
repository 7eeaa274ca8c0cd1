"""The inbox table (收件): what each unit handed in, loaded a page at a time, sorted in SQL.

With 200 000 submissions the table cannot hold every row: the model knows how many match the
filters (``count_submissions``) and asks ``list_submissions`` for the next page whenever the
view scrolls near the end (Qt's ``canFetchMore`` / ``fetchMore``). A header click sorts in the
database and starts again from the first page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from creditdesk.services.context import ServiceContext
from creditdesk.services.inbox import InboxFilter, SubmissionRow
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.row_table_model import Column, RowTableModel
from creditdesk.ui.common.translate import translator

AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
"""Rows fetched per query: a screenful many times over, quick on any workspace."""

SORT_KEYS = ("received_on", "unit", "task", "period", "title", None, "review_state", None)
"""The SQL sort key of each column (see ``inbox.SORT_COLUMNS``); None: not sortable."""


_tr = translator("SubmissionTableModel")


def _task(row: SubmissionRow) -> str:
    return f"{row.task_label} {row.task_title}".strip()


@dataclass(frozen=True)
class InboxQuery:
    """What the table shows: the filters and the SQL order."""

    filters: InboxFilter = field(default_factory=InboxFilter)
    sort: str = "received_on"
    descending: bool = True


@dataclass(frozen=True)
class FirstPage:
    """A query's match count and first page, read together (in a background job)."""

    query: InboxQuery
    total: int
    rows: list[SubmissionRow]


PageReader = Callable[[InboxQuery, int, int], list[SubmissionRow]]
"""Reads ``limit`` rows of a query from ``offset``."""
Counter = Callable[[InboxFilter], int]


class InboxSource:
    """The inbox services bound to one workspace: what the lazy model reads through."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def rows(self, query: InboxQuery, offset: int, limit: int) -> list[SubmissionRow]:
        from creditdesk.services.inbox import list_submissions

        return list_submissions(
            self._ctx,
            filters=query.filters,
            offset=offset,
            limit=limit,
            sort=query.sort,
            descending=query.descending,
        )

    def count(self, filters: InboxFilter) -> int:
        from creditdesk.services.inbox import count_submissions

        return count_submissions(self._ctx, filters)

    def first_page(self, query: InboxQuery, limit: int = PAGE_SIZE) -> FirstPage:
        """The count and the first page; safe to call from a worker thread."""
        return FirstPage(query, self.count(query.filters), self.rows(query, 0, limit))


class SubmissionTableModel(RowTableModel[SubmissionRow]):
    """Submissions as ``list_submissions`` returns them (states and channels already Chinese).

    Without a ``source`` it shows the rows given to :meth:`set_rows`, like any row model. With
    one it loads lazily: :meth:`set_query` (or :meth:`show_first_page` with a page read in the
    background) starts over, :meth:`fetchMore` appends the next page, :meth:`sort` reorders
    in SQL.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        source: InboxSource | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        columns: list[Column[SubmissionRow]] = [
            Column(
                _tr("收到日期"),
                lambda row: format_date(row.received_on),
                sort_key=lambda row: row.received_on.isoformat(),
            ),
            Column(_tr("报送单位"), lambda row: row.unit),
            Column(_tr("任务"), _task, tooltip=_task),
            Column(_tr("报送期"), lambda row: row.period_label),
            Column(_tr("材料标题"), lambda row: row.title, tooltip=lambda row: row.title),
            Column(_tr("报送方式"), lambda row: row.channel),
            Column(_tr("审核状态"), lambda row: row.review_state),
            Column(
                _tr("附件"),
                lambda row: str(row.attachment_count),
                sort_key=lambda row: row.attachment_count,
                numeric=True,
            ),
        ]
        super().__init__(columns, parent)
        self._source = source
        self._page_size = page_size
        self._query = InboxQuery()
        self._total = 0
        self._changing = False

    # ------------------------------------------------------------- lazy loading

    @property
    def query(self) -> InboxQuery:
        """The filters and order the rows follow."""
        return self._query

    @property
    def total(self) -> int:
        """How many submissions match (loaded or not)."""
        return self._total if self._source is not None else len(self._rows)

    def set_query(self, query: InboxQuery) -> None:
        """Start over with new filters or order: count, then read the first page (in SQL)."""
        if self._source is None:
            raise RuntimeError("set_query needs a source")
        self.show_first_page(self._source.first_page(query, self._page_size))

    def show_first_page(self, page: FirstPage) -> None:
        """Show a first page read elsewhere (by the page's background job)."""
        # No fetching while views and testers react to a change: they would insert rows
        # in the middle of it.
        self._changing = True
        try:
            self.beginResetModel()
            self._query = page.query
            self._total = page.total
            self._rows = list(page.rows)
            self.endResetModel()
        finally:
            self._changing = False

    def set_filters(self, filters: InboxFilter) -> None:
        """New filters, same order."""
        self.set_query(replace(self._query, filters=filters))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        if parent.isValid() or self._source is None or self._changing:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._source is not None
        rows = self._source.rows(self._query, len(self._rows), self._page_size)
        if not rows:  # rows were removed since the count: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._changing = False

    def sort_column(self) -> int:
        """The column the rows are sorted on."""
        return SORT_KEYS.index(self._query.sort) if self._query.sort in SORT_KEYS else 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is None or not 0 <= column < len(SORT_KEYS):
            return
        key = SORT_KEYS[column]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    def row_of(self, submission_id: int) -> int | None:
        """The line of a loaded submission, if it is loaded."""
        for line, row in enumerate(self._rows):
            if row.id == submission_id:
                return line
        return None
