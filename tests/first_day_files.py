"""The files a new office brings on its first day: a roster spreadsheet of 50 units under their
official full names, and the materials units already sent (named as units name them)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

PLACE = "宝丰县"

DEPARTMENTS = (
    "宝丰县发展和改革委员会", "宝丰县财政局", "宝丰县人力资源和社会保障局",
    "宝丰县住房和城乡建设局", "宝丰县公共资源交易中心", "宝丰县公安局", "宝丰县农业农村局",
    "宝丰县医疗保障局", "宝丰县卫生健康委员会", "宝丰县交通运输局", "宝丰县司法局",
    "宝丰县商务局", "宝丰县大数据中心", "中共宝丰县委宣传部", "中共宝丰县委组织部",
    "中共宝丰县委精神文明建设委员会办公室", "宝丰县工业和信息化局", "宝丰县工商业联合会",
    "宝丰县市场监督管理局", "宝丰县教育体育局", "宝丰县文化广电和旅游局", "宝丰县民政局",
    "宝丰县人民法院", "宝丰县生态环境局", "宝丰县行政服务中心", "宝丰县金融业发展服务中心",
    "共青团宝丰县委员会", "宝丰县城市管理局", "宝丰县审计局", "宝丰县总工会",
    "宝丰县妇女联合会", "宝丰县残疾人联合会", "宝丰县应急管理局", "宝丰县房产事务中心",
    "宝丰县林业局", "宝丰县水利局", "宝丰县督查局", "宝丰县粮食和物资储备局", "宝丰县统计局",
    "中共宝丰县委网络安全和信息化委员会办公室", "宝丰县自然资源局",
)  # fmt: skip
VERTICAL = ("中国人民银行宝丰县支行", "国家税务总局宝丰县税务局")
COMPANIES = ("宝丰县天伦燃气有限公司", "宝丰县平燃燃气有限公司", "宝丰县银龙水务有限公司")
TOWNS = (
    "宝丰县城关镇人民政府",
    "宝丰县周庄镇人民政府",
    "宝丰县闹店镇人民政府",
    "宝丰县石桥镇人民政府",
)

ROSTER = (
    [(name, "县直部门") for name in DEPARTMENTS]
    + [(name, "垂管单位") for name in VERTICAL]
    + [(name, "企业") for name in COMPANIES]
    + [(name, "乡镇（街道）") for name in TOWNS]
)


def roster_xlsx(path: Path) -> Path:
    """The office's roster as its clerk keeps it: a title row, then one row per unit."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["宝丰县社会信用体系建设领导小组成员单位联络员名单"])
    sheet.append(["序号", "单位名称", "类别", "联络员", "职务", "办公电话", "手机"])
    for number, (name, category) in enumerate(ROSTER, start=1):
        sheet.append(
            [number, name, category, f"联络员{number}", "科员", f"0375-65{number:05d}",
             f"138{number:08d}"]
        )  # fmt: skip
    book.save(path)
    return path
