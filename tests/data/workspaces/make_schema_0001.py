"""Rebuild schema-0001.sqlite3: a tiny workspace as the first released schema (0001) wrote it.

Run from the project root: ``python tests/data/workspaces/make_schema_0001.py``. The file is
committed; tests upgrade copies of it and check that every value survives.
"""

from __future__ import annotations

from pathlib import Path

from creditdesk.services.database import make_engine
from creditdesk.services.schema import upgrade

HERE = Path(__file__).parent
TARGET = HERE / "schema-0001.sqlite3"

ROWS = """
UPDATE office_settings SET place_name='西平县', office_name='西平县信用办', doc_prefix='西信用办督',
    contact_person='张明', contact_phone='0396-1234567', version=2 WHERE id=1;
INSERT INTO unit (id, name, short_name, category, liaison, office_phone, mobile, email, address,
    notes, active, position, version)
    VALUES (1, '西平县税务局', '县税务局', '垂管单位', '王芳', '0396-7654321', '13803960001',
    '', '', '', 1, 0, 3);
INSERT INTO alias (id, name, unit_id, group_id, version) VALUES (1, '县税务局', 1, NULL, 1);
INSERT INTO plan (id, year, title, doc_number, source_name, imported_at, version)
    VALUES (1, 2024, '2024年社会信用体系建设工作要点', '', 'plan.docx', '2024-02-01 09:00:00', 1);
INSERT INTO plan_node (id, plan_id, parent_id, kind, position, label, title, text, frequency,
    deadline, metrics, version)
    VALUES (1, 1, NULL, 'section', 0, '一、', '信息归集', '', NULL, NULL, '[]', 1),
           (2, 1, 1, 'task', 0, '（一）', '纳税信息归集', '全量归集。', 'quarterly',
            '季度结束后5个工作日内', '[]', 1);
INSERT INTO assignment (id, node_id, unit_id, group_id, role, version)
    VALUES (1, 2, 1, NULL, 'responsible', 1);
INSERT INTO obligation (id, node_id, unit_id, period, due_date, provisional, extended_to,
    extension_reason, active, version)
    VALUES (1, 2, 1, '2024Q3', '2024-10-15', 0, NULL, '', 1, 1);
INSERT INTO submission (id, unit_id, node_id, obligation_id, period, received_on, channel, title,
    notes, review_state, reviewer, reviewed_on, created_at, version)
    VALUES (1, 1, 2, 1, '2024Q3', '2024-10-10', 'email', '三季度纳税信息', '', 'accepted', '张明',
    '2024-10-11', '2024-10-10 10:00:00', 1);
"""


def main() -> None:
    TARGET.unlink(missing_ok=True)
    url = f"sqlite:///{TARGET}"
    upgrade(url, target="0001")
    engine = make_engine(url)
    with engine.begin() as connection:
        for statement in ROWS.split(";"):
            if statement.strip():
                connection.exec_driver_sql(statement)
    engine.dispose()
    # a plain single file, as a user would copy it
    import sqlite3

    db = sqlite3.connect(TARGET)
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main()
