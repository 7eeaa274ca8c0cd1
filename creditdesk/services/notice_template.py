"""The wording of supervisory notices (督办通知模板): one title and body per level, editable.

A notice has one of three levels, as in the usual three-colour practice: 提醒 ``reminder``
(items falling due soon), 催报 ``overdue`` (items past their due date) and 督办 ``supervise``
(items still missing after an earlier notice). Each level's title and body live in the office
settings row; an empty value there means "the program's default wording" (so a later release
can improve the defaults for offices that never changed them).

The body is plain text, one paragraph per line, with placeholders in braces such as ``{unit}``
(see :data:`PLACEHOLDERS`). A line holding only ``{items}`` marks where the table of items goes;
without one the table follows the first paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final, Literal, get_args

from creditdesk import model
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.settings import settings_row, update_settings_row

Level = Literal["reminder", "overdue", "supervise"]
LEVELS: Final[tuple[Level, ...]] = get_args(Level)
LEVEL_LABELS: Final[dict[Level, str]] = {"reminder": "提醒", "overdue": "催报", "supervise": "督办"}

ITEMS_MARK: Final = "{items}"
"""A body line holding only this is where the items table is printed."""

PLACEHOLDERS: Final[dict[str, str]] = {
    "unit": "收文单位名称",
    "office": "本办名称（单位设置中的办公室名称）",
    "place": "地名（单位设置中的地名）",
    "period": "所列事项的报送期间，如 2026年第3季度、2026年10月",
    "items": "事项清单：单独成行时在此处排表格，行内时为事项名称",
    "count": "事项数",
    "reply_deadline": "回复（报送）期限，如 2026年11月27日",
    "as_of": "统计截止日期",
    "date": "发文日期",
    "contact": "联系人",
    "phone": "联系电话",
    "earlier": "此前已发通知的文号（督办时）",
    "earlier_date": "此前通知的发文日期（督办时）",
}
"""Placeholder name → what it stands for (shown next to the template editor)."""

_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")

DEFAULT_TITLES: Final[dict[Level, str]] = {
    "reminder": "关于按时报送社会信用体系建设工作材料的提醒函",
    "overdue": "关于催报社会信用体系建设工作材料的通知",
    "supervise": "关于督办社会信用体系建设工作材料报送的通知",
}
DEFAULT_BODIES: Final[dict[Level, str]] = {
    "reminder": (
        "根据{place}社会信用体系建设年度工作安排，你单位承担的下列{count}项工作材料即将到报送"
        "期限，请于截止日期前按要求报送{office}。\n"
        "{items}\n"
        "已经报送的，请忽略本提醒。"
    ),
    "overdue": (
        "根据{place}社会信用体系建设年度工作安排，截至{as_of}，你单位下列{count}项工作材料"
        "已超过报送期限，至今尚未报送。\n"
        "{items}\n"
        "请你单位高度重视，于{reply_deadline}前将上述材料报送{office}，并书面说明逾期原因。"
        "逾期仍未报送的，将在季度工作进展情况通报中予以通报。\n"
        "特此通知。"
    ),
    "supervise": (
        "我办已于{earlier_date}以{earlier}通知督促你单位报送有关工作材料。截至{as_of}，"
        "下列{count}项工作材料仍未报送，现予督办。\n"
        "{items}\n"
        "请你单位主要负责同志亲自过问，于{reply_deadline}前将上述材料报送{office}，"
        "并书面报告逾期原因及整改措施。逾期仍未报送的，将提请{place}社会信用体系建设领导小组"
        "予以通报，并纳入年度综合考核。\n"
        "特此通知。"
    ),
}


@dataclass(frozen=True)
class NoticeTemplate:
    """The title and body of one level; ``is_default`` when the office has not changed them."""

    level: Level
    title: str
    body: str

    @property
    def is_default(self) -> bool:
        return self.title == DEFAULT_TITLES[self.level] and self.body == DEFAULT_BODIES[self.level]


@dataclass(frozen=True)
class NoticeTemplates:
    """All notice wording settings; ``version`` is the settings row version they were read at.

    Attributes:
        reminder, overdue, supervise: the wording of each level.
        reply_workdays: working days after the issue date that the reply deadline falls.
        red_header: print the office name and the double rules in red (套红).
        version: row version for the stale-edit check (shared with the other office settings).
    """

    reminder: NoticeTemplate
    overdue: NoticeTemplate
    supervise: NoticeTemplate
    reply_workdays: int = 5
    red_header: bool = True
    version: int = 0

    def for_level(self, level: Level) -> NoticeTemplate:
        """The wording of ``level``."""
        return {"reminder": self.reminder, "overdue": self.overdue, "supervise": self.supervise}[
            level
        ]

    def with_template(self, template: NoticeTemplate) -> NoticeTemplates:
        """A copy with one level's wording replaced."""
        if template.level == "reminder":
            return replace(self, reminder=template)
        if template.level == "overdue":
            return replace(self, overdue=template)
        return replace(self, supervise=template)


def default_template(level: Level) -> NoticeTemplate:
    """The program's own wording of ``level``."""
    return NoticeTemplate(level, DEFAULT_TITLES[level], DEFAULT_BODIES[level])


def default_templates() -> NoticeTemplates:
    """All defaults (for a workspace without settings, and for "restore defaults")."""
    return NoticeTemplates(
        default_template("reminder"), default_template("overdue"), default_template("supervise")
    )


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders in ``text`` that :data:`PLACEHOLDERS` does not know, in order of use."""
    seen: list[str] = []
    for name in _PLACEHOLDER.findall(text):
        if name not in PLACEHOLDERS and name not in seen:
            seen.append(name)
    return seen


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each known placeholder replaced; unknown ones are left as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def body_paragraphs(body: str) -> list[str]:
    """The body's paragraphs: lines stripped of indentation, empty lines dropped.

    The table marker stays as the exact string :data:`ITEMS_MARK`; when the body has none, it
    is inserted after the first paragraph (or alone, for an empty body).
    """
    paragraphs = [line.strip().strip("\u3000") for line in body.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if ITEMS_MARK not in paragraphs:
        paragraphs.insert(min(1, len(paragraphs)), ITEMS_MARK)
    return paragraphs


def templates_from_row(row: model.OfficeSettings) -> NoticeTemplates:
    """The effective wording stored in a settings row (defaults where it is empty)."""

    def level_template(level: Level) -> NoticeTemplate:
        title = getattr(row, f"notice_{level}_title") or DEFAULT_TITLES[level]
        body = getattr(row, f"notice_{level}_body") or DEFAULT_BODIES[level]
        return NoticeTemplate(level, title, body)

    return NoticeTemplates(
        reminder=level_template("reminder"),
        overdue=level_template("overdue"),
        supervise=level_template("supervise"),
        reply_workdays=row.notice_reply_workdays,
        red_header=row.notice_red_header,
        version=row.version,
    )


def load_notice_templates(ctx: ServiceContext) -> NoticeTemplates:
    """The current notice wording and options."""
    with ctx.session_factory.begin() as session:
        return templates_from_row(settings_row(session))


def save_notice_templates(ctx: ServiceContext, new: NoticeTemplates) -> NoticeTemplates:
    """Save wording edited from a copy read at ``new.version``; audited.

    For undo, save the copy the editor started from re-based on the returned version
    (``dataclasses.replace(old, version=saved.version)``).

    Raises:
        UserError: a title is empty, a body uses an unknown placeholder, or the reply time is
            not 1–60 working days.
        StaleEditError: the settings changed since ``new`` was read; nothing is written.
    """
    problems: list[str] = []
    for level in LEVELS:
        template = new.for_level(level)
        label = LEVEL_LABELS[level]
        if not template.title.strip():
            problems.append(f"{label}通知的标题不能为空。")
        unknown = unknown_placeholders(template.title + "\n" + template.body)
        if unknown:
            names = "、".join("{" + name + "}" for name in unknown)
            problems.append(f"{label}通知中有无法识别的占位符：{names}。")
    if not 1 <= new.reply_workdays <= 60:
        problems.append("回复期限应为1至60个工作日。")
    if problems:
        raise UserError("".join(problems))

    def write(row: model.OfficeSettings) -> None:
        for level in LEVELS:
            template = new.for_level(level)
            default = default_template(level)
            title = template.title.strip()
            body = template.body.strip()
            # the default wording is stored as "" so that it follows program updates
            setattr(row, f"notice_{level}_title", "" if title == default.title else title)
            setattr(row, f"notice_{level}_body", "" if body == default.body else body)
        row.notice_reply_workdays = new.reply_workdays
        row.notice_red_header = new.red_header

    return update_settings_row(
        ctx,
        "督办通知模板",
        "修改督办通知模板",
        new,
        new.version,
        read=templates_from_row,
        write=write,
    )
