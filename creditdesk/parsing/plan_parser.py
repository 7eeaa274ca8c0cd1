"""Turn a :class:`Document` into a :class:`PlanDraft`: sections, tasks, units and rhythm.

Steps: clean the paragraphs (page artefacts), build the outline of numbered items, decide
which numbering style marks tasks, then read each task's attribution, deadline, rhythm and
targets; task tables (annex) are read by :mod:`annex_tables`.

Which items are tasks: the numbering style that most often ends with an attribution
bracket is the task style (without any attribution, the most common style among leaf
items).  Items of that style are tasks and everything nested inside them — 一是/二是
points, a numbered list of documents — stays in their text.  Items above them are sections
when they contain tasks; other items (指导思想, 组织保障 paragraphs) are left out, unless
they carry an attribution of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Final

from creditdesk.chinese_numerals import LABEL_NUMERALS
from creditdesk.parsing.annex_merge import merge_restated_annex
from creditdesk.parsing.annex_tables import (
    AnnexRow,
    TaskTableReader,
    read_header,
    strip_leading_label,
)
from creditdesk.parsing.attribution import (
    Attribution,
    LeadRule,
    apply_lead_rule,
    parse_units,
    read_lead_rule,
    split_attribution,
)
from creditdesk.parsing.document_model import Document, DocumentError, Paragraph, Table
from creditdesk.parsing.outline import (
    STARTS_ITEM,
    Node,
    OutlineBuilder,
    match_label,
    split_inline_items,
)
from creditdesk.parsing.plan_header import find_doc_number, find_title, find_year, is_title_line
from creditdesk.parsing.plan_model import PlanDraft, SectionDraft, TaskDraft
from creditdesk.parsing.plan_warnings import leftover_text, numbering_gaps, tasks_without_units
from creditdesk.parsing.rhythm import (
    find_deadline,
    find_frequency,
    find_metrics,
    plan_rhythm,
    rhythm_deadline,
)
from creditdesk.parsing.script_fold import Unfolder, fold
from creditdesk.parsing.text_cleanup import (
    is_page_number,
    join_broken_lines,
    normalise_text,
    running_headers,
)

_ANNEX_MARKER: Final = re.compile(rf"^附\s*件\s*[\d{LABEL_NUMERALS}]*\s*[：:]?")
_SENTENCE_END: Final = ("。", "；", "！", "？", "：")
_STARTS_BLOCK: Final = re.compile(f"{STARTS_ITEM.pattern}|{_ANNEX_MARKER.pattern}")
_CLOSING: Final = re.compile(
    r"^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发)?|抄送[：:].*|.{2,30}(?:办公室|领导小组|人民政府|委员会)(?:印发)?)$"
)
_TITLE_STOP: Final = re.compile(r"[。！？；!?;]")
_LONG_TITLE: Final = 60


_CONTENT_LINE: Final = re.compile(
    r"牵头|负责|责任|配合|协办|协助|参与|参加|主办|承办|落实|单位[:：]|部门[:：]|每[月季年]|报送"
)


@dataclass
class _Prepared:
    """Cleaned blocks: paragraphs as (text, heading level) and tables, in folded script.

    ``unfolder`` gives back the written form of names and titles cut from the folded text
    (see :mod:`creditdesk.parsing.script_fold`).
    """

    blocks: list[tuple[str, int | None] | Table] = field(default_factory=list)
    unfolder: Unfolder = field(default_factory=lambda: Unfolder([]))


def _is_content(line: str) -> bool:
    return bool(_CONTENT_LINE.search(line)) or split_attribution(line)[1] is not None


def _prepare(document: Document) -> _Prepared:
    written = [normalise_text(b.text) for b in document.blocks if isinstance(b, Paragraph)]
    cells = [normalise_text(c) for t in document.tables for row in t.rows for c in row]
    texts = [fold(t) for t in written]
    headers = running_headers([t for t in texts if t], STARTS_ITEM, _is_content)
    row_counts = Counter(
        tuple(normalise_text(c) for c in row) for b in document.tables for row in b.rows
    )
    prepared = _Prepared(unfolder=Unfolder(written + cells))
    run: list[str] = []

    def flush() -> None:
        prepared.blocks.extend((line, None) for line in join_broken_lines(run, _STARTS_BLOCK))
        run.clear()

    paragraph_index = 0
    seen_item = False
    for block in document.blocks:
        if isinstance(block, Table):
            flush()
            rows = tuple(
                tuple(fold(c) for c in row)
                for row in block.rows
                if row_counts[tuple(normalise_text(c) for c in row)] < 3
                or read_header(tuple(fold(c) for c in row))
            )
            prepared.blocks.append(Table(rows=rows))
            continue
        text = texts[paragraph_index]
        paragraph_index += 1
        if not text or is_page_number(text) or text in headers:
            continue
        seen_item = seen_item or match_label(text) is not None
        pieces = split_inline_items(fold(block.text))
        if block.heading_level is not None and len(pieces) == 1:
            flush()
            last = prepared.blocks[-1] if prepared.blocks else None
            if (
                not seen_item
                and isinstance(last, tuple)
                and last[1] == block.heading_level
                and match_label(text) is None
                and not last[0].endswith(_SENTENCE_END)
            ):
                # A title set over two lines in Word's 标题 style is one title.
                prepared.blocks[-1] = (last[0] + text, last[1])
                continue
            prepared.blocks.append((text, block.heading_level))
        else:  # body text, or a "heading" that holds a whole plan pasted on one line
            run.extend(pieces)
    flush()
    return prepared


def heading_phrase(text: str) -> str:
    """A task's or section's title: its text up to the first 。 (attribution removed).

    A long first sentence stays whole — cutting it at a comma leaves a bare "根据《…》" or
    "对照…" clause as the title.  Only text with no sentence end at all (a paragraph that
    never closes its sentence) is cut at its first comma when long.
    """
    body, _ = split_attribution(text)
    stop = _TITLE_STOP.search(body)
    title = body[: stop.start()] if stop else body
    if stop is None and len(title) > _LONG_TITLE:
        comma = title.find("，")
        if comma >= 4:
            title = title[:comma]
    return title.strip(" ：:，,、")


class _PlanBuilder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.outline = OutlineBuilder()
        self.preamble: list[str] = []
        self.tables: list[tuple[Table, bool]] = []
        self.sections: list[SectionDraft] = []
        self.tasks: list[TaskDraft] = []
        self.lead_rule: LeadRule | None = None
        self.paragraphs: list[str] = []
        self.leftover: list[str] = []
        self.trailing: list[str] = []

    def read(self, prepared: _Prepared) -> None:
        in_annex = False
        headings = [b[1] for b in prepared.blocks if isinstance(b, tuple) and b[1] is not None]
        top = min(headings) if headings else None
        title_headings = sum(1 for h in headings if h == top) <= 2
        labelled_levels = {
            b[1]
            for b in prepared.blocks
            if isinstance(b, tuple) and b[1] is not None and match_label(b[0]) is not None
        }
        for block in prepared.blocks:
            if isinstance(block, Table):
                self.tables.append((block, in_annex))
                continue
            text, heading = block
            if self.outline.started and _ANNEX_MARKER.match(text):
                in_annex = True
                self.outline.close_all()
                continue
            if in_annex:
                continue
            self.paragraphs.append(text)
            labelled = match_label(text)
            if labelled is not None:
                label, rest = labelled
                self.outline.add_item(label, rest)
            elif (
                heading is not None
                and not self.outline.started
                and (is_title_line(text) or heading in labelled_levels)
            ):
                # A title or cover line styled like the numbered sections that follow.
                self.preamble.append(text)
            elif heading is not None and (
                self.outline.started or not (heading == top and title_headings)
            ):
                self.outline.add_item(None, text, heading)
            elif _CLOSING.match(text) and self.outline.started:
                self.outline.close_all()
            elif not self.outline.add_text(text):
                if self.outline.started and not _CLOSING.match(text):
                    self.leftover.append(text)
                self.preamble.append(text)

    def build_body(self) -> None:
        nodes = list(_walk(self.outline.roots))
        task_style = _task_style(nodes)
        if task_style is None:
            return
        self._set_aside_trailing_text(task_style)
        self._collect(self.outline.roots, None, task_style)

    def _set_aside_trailing_text(self, task_style: str) -> None:
        """Take text after the last task's attribution out of it (a closing remark).

        Left in, it would hide the attribution from :func:`split_attribution` and the task
        would lose its units; it is reported as a warning instead.
        """
        last = next(
            (n for n in reversed(list(_walk(self.outline.roots))) if n.style == task_style), None
        )
        if last is None or last.children or len(last.parts) < 2:
            return
        for index in range(len(last.parts) - 1, 0, -1):
            if split_attribution(last.parts[index])[1] is not None:
                return  # a 责任单位： line of its own is the task's, not a closing remark
            if split_attribution("".join(last.parts[:index]))[1] is not None:
                self.trailing.extend(last.parts[index:])
                del last.parts[index:]
                return

    def _collect(self, nodes: list[Node], parent: SectionDraft | None, task_style: str) -> None:
        for node in nodes:
            if node.style == task_style:
                self._add_body_task(node, parent)
            elif _contains_task(node, task_style):
                label = node.label or ""
                if parent is not None:
                    label = parent.label.rstrip("、.．") + label
                section = SectionDraft(
                    label=label,
                    title=heading_phrase(node.text) if node.label != node.text else node.text,
                    parent=parent.label if parent else None,
                    level=parent.level + 1 if parent else 1,
                )
                self.sections.append(section)
                self._collect(node.children, section, task_style)
            elif _attributed(node):
                self._add_body_task(node, parent)

    def _add_body_task(self, node: Node, section: SectionDraft | None) -> None:
        text = node.full_text()
        _, content = split_attribution(text)
        units = Attribution()
        deadline: str | None = None
        rule: LeadRule | None = None
        if content:
            content, rule, deadline = read_lead_rule(content)
            units = parse_units(content)
        if rule is not None and rule.onward:
            self.lead_rule = rule
        rule = rule or self.lead_rule
        if rule is not None:
            apply_lead_rule(units, rule)
        self.tasks.append(
            _task(
                node.label or "",
                section,
                text,
                heading_phrase(text),
                units,
                find_deadline(deadline) if deadline else None,
                text,
                from_annex=False,
            )
        )

    def apply_plan_rhythm(self) -> None:
        """Give tasks that state no rhythm the one the plan states for all units."""
        in_tasks = "\n".join(task.text for task in self.tasks)
        outside = [p for p in self.paragraphs if p not in in_tasks]
        frequency = plan_rhythm(outside)
        if frequency is None:
            return
        for task in self.tasks:
            if task.frequency is None and task.deadline is None:
                task.frequency = frequency

    def build_tables(self) -> None:
        reader = TaskTableReader()
        section_numbers: dict[tuple[str, ...], str] = {}
        child_counts: Counter[tuple[str, ...]] = Counter()
        row_counts: Counter[str] = Counter()
        for table, in_annex in self.tables:
            prefix = "附件" if in_annex else "表"
            for row in reader.read(table.rows):
                section = self._annex_section(row, prefix, section_numbers, child_counts)
                key = section.label if section else prefix
                row_counts[key] += 1
                label = f"{key}-{row_counts[key]}"
                self.tasks.append(_annex_task(label, section, row))

    def _annex_section(
        self,
        row: AnnexRow,
        prefix: str,
        numbers: dict[tuple[str, ...], str],
        child_counts: Counter[tuple[str, ...]],
    ) -> SectionDraft | None:
        section: SectionDraft | None = None
        for depth in range(1, len(row.path) + 1):
            key = (prefix, *row.path[:depth])
            if key not in numbers:
                parent_key = key[:-1]
                child_counts[parent_key] += 1
                parent_label = numbers.get(parent_key)
                n = child_counts[parent_key]
                numbers[key] = f"{parent_label}.{n}" if parent_label else f"{prefix}{n}"
                self.sections.append(
                    SectionDraft(
                        label=numbers[key],
                        title=row.path[depth - 1],
                        parent=parent_label,
                        level=depth,
                    )
                )
            section = next(s for s in reversed(self.sections) if s.label == numbers[key])
        return section


def _task(
    label: str,
    section: SectionDraft | None,
    text: str,
    title: str,
    units: Attribution,
    deadline: str | None,
    rhythm_text: str,
    *,
    from_annex: bool,
) -> TaskDraft:
    deadline = deadline or find_deadline(rhythm_text)
    frequency = find_frequency(rhythm_text, deadline)
    return TaskDraft(
        label=label,
        section=section.label if section else None,
        title=title,
        text=text,
        lead_units=units.lead,
        responsible_units=units.responsible,
        supporting_units=units.supporting,
        deadline=rhythm_deadline(rhythm_text, deadline, frequency),
        frequency=frequency,
        metrics=find_metrics(rhythm_text),
        from_annex=from_annex,
    )


def _annex_task(label: str, section: SectionDraft | None, row: AnnexRow) -> TaskDraft:
    text = row.text + (f"\n备注：{row.remark}" if row.remark else "")
    rhythm_text = row.text + "。" + row.remark
    deadline = row.deadline or find_deadline(row.remark)
    return _task(
        label,
        section,
        text,
        heading_phrase(strip_leading_label(row.text)),
        row.units,
        deadline,
        rhythm_text,
        from_annex=True,
    )


def _walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _attributed(node: Node) -> bool:
    return split_attribution(node.text)[1] is not None


def _task_style(nodes: list[Node]) -> str | None:
    """The numbering style of tasks; see the module docstring."""
    order = {node.style: i for i, node in reversed(list(enumerate(nodes)))}
    attributed = Counter(node.style for node in nodes if _attributed(node))
    counts = (
        attributed
        or Counter(
            node.style for node in nodes if not node.children and not node.style.startswith("#")
        )
        or Counter(node.style for node in nodes if not node.children)
    )
    if not counts:
        return None
    return max(counts, key=lambda style: (counts[style], order[style]))


def _contains_task(node: Node, task_style: str) -> bool:
    return any(
        child.style == task_style or _attributed(child) or _contains_task(child, task_style)
        for child in node.children
    )


def parse_plan(document: Document) -> PlanDraft:
    """Parse a document into a plan draft.

    Raises:
        DocumentError: when the document holds no recognisable task.
    """
    builder = _PlanBuilder(document.source)
    prepared = _prepare(document)
    builder.read(prepared)
    builder.build_body()
    builder.build_tables()
    builder.tasks, builder.sections = merge_restated_annex(builder.tasks, builder.sections)
    builder.apply_plan_rhythm()
    if not builder.tasks:
        raise DocumentError(
            f"“{document.source}”中没有找到工作任务：未识别到带编号（如“一、”“（一）”“1.”）的任务，"
            "也没有含“责任单位”列的任务表。请确认这是工作要点/工作方案文件。"
        )
    title = find_title(builder.preamble)
    doc_number = find_doc_number(builder.preamble)
    draft = PlanDraft(
        title=title,
        year=find_year(title, doc_number),
        doc_number=doc_number,
        sections=builder.sections,
        tasks=builder.tasks,
        warnings=[
            *numbering_gaps(_walk(builder.outline.roots)),
            *tasks_without_units(builder.tasks),
            *leftover_text(builder.leftover + builder.trailing),
        ],
    )
    return _as_written(draft, prepared.unfolder)


def _as_written(draft: PlanDraft, unfolder: Unfolder) -> PlanDraft:
    """Give names and titles back in the script the document was written in."""
    if not unfolder.active:
        return draft
    restore = unfolder.restore
    for task in draft.tasks:
        task.title = restore(task.title)
        task.text = restore(task.text)
        task.lead_units = [restore(n) for n in task.lead_units]
        task.responsible_units = [restore(n) for n in task.responsible_units]
        task.supporting_units = [restore(n) for n in task.supporting_units]
    draft.sections = [replace(s, title=restore(s.title)) for s in draft.sections]
    draft.title = restore(draft.title) if draft.title else None
    return draft


def parse_text(text: str, source: str = "粘贴的文本") -> PlanDraft:
    """Parse plain text (a pasted plan); same rules as a .txt file."""
    from creditdesk.parsing.text_reader import text_to_blocks

    return parse_plan(Document(source=source, blocks=text_to_blocks(text)))
