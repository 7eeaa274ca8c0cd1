"""Read plans written in traditional characters (繁体) with the same rules as simplified ones.

Plans reposted from Hong Kong/Taiwan-style sites or converted by an editor arrive as
``（牽頭單位：縣發改委。責任單位：…）``.  The parser's vocabulary — role words (牵头, 责任,
负责, 配合), rhythm (每个月, 报送, 工作日), unit-name endings (单位, 部门, 镇, 办事处), title words
(工作要点) — is matched on a *folded* copy of the text, while what the clerk sees (unit names,
titles) is taken from the text as written.

The fold maps one character to one character, so a position in the folded text is the same
position in the original; :class:`Unfolder` uses that to give back the written form of
any piece the parser cut out of the folded text.  Only characters that are never themselves
simplified are in the table (乾, 著, 於 style ambiguities are left out), so simplified text
folds to itself.
"""

from __future__ import annotations

from typing import Final

_PAIRS: Final = (
    # roles and their verbs
    "牽牵頭头單单責责負负參参與与協协辦办實实職职務务門门擔担貫贯徹彻組组織织領领導导"
    "調调監监督督統统籌筹關关聯联總总結结進进據据會会員员構构團团隊队"
    # rhythm and deadlines
    "個个報报時时間间週周內内於于後后屆届劃划開开啟启續续績绩終终節节檢检查查彙汇"
    # unit-name endings and common unit words
    "縣县區区鄉乡鎮镇處处廳厅館馆館馆黨党學学醫医郵邮電电氣气稅税關关範范園园戶户"
    "機机場场環环衛卫計计發发經经濟济農农業业資资規规劃划財财審审廣广體体場场"
    "廳厅輔辅導导線线網网軍军訪访專专區区屬属級级層层產产價价銀银險险"
    # title and heading words
    "點点施施書书號号檔档標标級级質质設设應应將将為为對对適适條条"
    # sentence words the rules look for
    "並并認认證证優优態态況况歸归數数據据級级確确準准項项類类劃划這这"
    "動动長长堅坚許许罰罚執执議议車车來来權权營营護护現现評评誠诚懲惩獎奖勵励強强記记"
    "錄录紅红問问題题嚴严響响饋馈傳传簽签費费運运輸输殘残婦妇歷历"
)


def _table() -> dict[int, int]:
    table: dict[int, int] = {}
    for i in range(0, len(_PAIRS) - 1, 2):
        traditional, simplified = _PAIRS[i], _PAIRS[i + 1]
        if traditional != simplified:
            table[ord(traditional)] = ord(simplified)
    return table


_TABLE: Final = _table()


def fold(text: str) -> str:
    """The text with the parser's traditional vocabulary in simplified form; same length."""
    return text.translate(_TABLE)


def has_traditional(text: str) -> bool:
    """True when folding changes the text."""
    return fold(text) != text


class Unfolder:
    """Gives back the written (traditional) form of a piece cut from folded text."""

    def __init__(self, originals: list[str]) -> None:
        self._original = "\u0000".join(originals)
        self._folded = fold(self._original)
        self.active = self._original != self._folded

    def restore(self, piece: str) -> str:
        """``piece`` as written, when it occurs in the folded text; else unchanged."""
        if not self.active or not piece:
            return piece
        index = self._folded.find(piece)
        if index < 0:
            return piece
        return self._original[index : index + len(piece)]
