"""What every reader hands the plan parser: blocks of text and tables in document order.

Readers differ in what a file can hold (a .txt has no tables, only tab-separated lines; a
.docx has real tables and automatic numbering), so they all reduce a file to this one small
model and the parser never needs to know where a document came from.
"""

from __future__ import annotations

from dataclasses import dataclass


class DocumentError(Exception):
    """A file cannot be read as a plan; the message is Chinese, names the file and says why."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph (段落) of running text.

    Attributes:
        text: The paragraph's text, with any automatic list number rendered in front.
        heading_level: 1 for a top heading (Word "标题 1" or markdown ``#``), None for body text.
    """

    text: str
    heading_level: int | None = None


@dataclass(frozen=True)
class Table:
    """A table (表格) as rows of cell texts.

    Merged cells are expanded: a cell spanning several rows or columns repeats its text in
    every grid position it covers, so each row reads on its own.  Tables flattened to text
    (tab-separated lines) leave merged positions blank instead; the annex reader treats a
    blank indicator cell as inheriting from the row above, so both forms give the same tree.
    """

    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | Table


@dataclass(frozen=True)
class Document:
    """A whole document.

    Attributes:
        source: The file name, used in error messages shown to the clerk.
        blocks: Paragraphs and tables in the order they appear.
        notes: What the reader had to repair for the clerk to check (bad bytes replaced…).
    """

    source: str
    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs only, in order (handy in tests)."""
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def tables(self) -> tuple[Table, ...]:
        """The tables only, in order."""
        return tuple(b for b in self.blocks if isinstance(b, Table))
