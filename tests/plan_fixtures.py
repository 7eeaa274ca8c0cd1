"""Made-up plans, one per kind of failure the plan reader must survive (issue 14's classes).

Each is plain text as an office would paste it; :mod:`plan_formats` turns any of them into
.docx (typed labels, Word numbering, heading styles, annex as a real table) and .pdf, so the
same expectations are checked in every format.
"""

from __future__ import annotations

from typing import Final

#: 1. 牵头单位 lines repeated under tasks, plus a real running header at page breaks.
REPEATED_ATTRIBUTION: Final = """\
东川县2025年社会信用体系建设工作要点
一、夯实信用基础
（一）完善信用信息平台。推进平台升级改造，提升归集质量。
牵头单位：县发改局
责任单位：县大数据中心
（二）推进双公示。按时报送行政许可和行政处罚信息。
牵头单位：县发改局
责任单位：县市场监管局、县税务局
- 1 -
东川县社会信用体系建设领导小组文件
（三）开展信用承诺。全面推行信用承诺制度。
牵头单位：县发改局
二、强化信用应用
（四）推进信易贷。扩大信用贷款规模。
牵头单位：县金融服务中心
责任单位：人行东川支行
- 2 -
东川县社会信用体系建设领导小组文件
（五）开展诚信宣传。组织诚信宣传月活动。
牵头单位：县发改局
责任单位：县委宣传部
- 3 -
东川县社会信用体系建设领导小组文件
"""

#: 2. The same kind of plan reposted in traditional characters.
TRADITIONAL: Final = """\
南嶺縣2025年社會信用體系建設工作要點
一、健全信用制度
（一）完善信用承諾制度。全面推行告知承諾。（牽頭單位：縣發改委。責任單位：縣市場監管局、縣稅務局）
（二）開展信用評價。每季度報送評價結果。（縣發改委牽頭，縣人社局、縣住建局負責）
（三）推進信用修復。按職責分工做好修復工作。（責任單位：縣法院，縣司法局參加）
二、強化宣傳
（四）開展誠信宣傳。9月底前完成。（縣委宣傳部負責，各鄉鎮協辦）
"""

#: 3. A plan copied from a web page: everything on one line.
ONE_LINE: Final = (
    "北岭县2025年社会信用体系建设工作要点 "
    "一、优化信用环境 （一）推行告知承诺。在行政审批中全面推行告知承诺制。"
    "（责任单位：县发改委、县市场监管局） （二）开展行业评价。在重点行业开展信用评价。"
    "（责任单位：县住建局、县交通局） 二、加强信用监管 （三）实施分级分类监管。"
    "按信用等级实施差异化监管。（责任单位：县市场监管局） （四）做好信用修复。"
    "指导失信主体完成信用修复。（责任单位：县法院、县税务局）"
)

#: 4. Unit lists whose names hold 、 or are joined by 及/和, and "X等Y单位" groups.
UNIT_LISTS: Final = """\
西岭县2025年社会信用体系建设工作要点
一、重点任务
（一）推进基层信用建设。建立乡镇信用工作机制。（责任单位：各乡、镇人民政府）
（二）推进行业信用监管。完善行业信用评价。（责任单位：县、乡两级行业主管部门）
（三）归集信用信息。按月归集。（责任单位：县直有关部门、单位）
（四）加强医疗信用建设。建立医疗机构信用档案。（责任单位：县卫健委及各乡镇卫生院）
（五）推进涉企信用监管。开展涉企信用评价。（责任单位：县市场监管局、县税务局等县直部门）
"""

#: 5. A bracket that states which named unit leads: for this task, and "以下同".
LEAD_RULES: Final = """\
中岭县2025年社会信用体系建设工作要点
一、重点任务
（一）完善信用制度。修订信用管理办法。（责任单位：县发改委、县司法局，列第一位的为牵头单位，以下同）
（二）推进信用监管。开展分级分类监管。（责任单位：县市场监管局、县商务局）
（三）推进信用修复。做好信用修复。（责任单位：县法院、县税务局、县发改委，其中县税务局为牵头单位）
"""

#: 6. Deadlines of several kinds, a start date, a deadline inside the bracket, and a rhythm
#: stated once for the whole plan in its 工作要求.
DEADLINES: Final = """\
上岭县2025年社会信用体系建设工作要点
一、重点任务
（一）建设信用平台。完成平台升级，9月底完成。（责任单位：县发改委）
（二）开展信用培训。年底前完成全员培训。（责任单位：县人社局）
（三）编制信用目录。2025年11月底前印发目录。（责任单位：县大数据中心）
（四）实施信用承诺。自2025年3月1日起全面推行信用承诺制。（责任单位：县市场监管局）
（五）整改失信问题。全面整改。（责任单位：县住建局，9月底完成）
二、工作要求
各单位每季度末向县信用办报送工作进展。
"""

#: 8. Body tasks restated by the annex table, which adds units, deadlines and rhythm; the
#: last task's attribution is an open line right before the annex heading.
BODY_AND_ANNEX: Final = """\
东川县2025年社会信用体系建设工作要点
一、夯实信用基础
（一）完善信用信息平台。推进平台升级改造。（牵头单位：县发改局）
（二）推进双公示。按时报送双公示信息。（责任单位：县市场监管局、县税务局）
（三）开展信用承诺。全面推行信用承诺制度。（责任单位：县发改局、县司法局）
二、强化信用应用
（四）推进信易贷。扩大信用贷款规模。（责任单位：县金融服务中心）
（五）开展诚信宣传。组织诚信宣传月活动。（责任单位：县委宣传部）
（六）加强信用修复。指导失信主体完成信用修复。
牵头单位：县发改局，县法院、县税务局配合
附件
东川县2025年社会信用体系建设任务分解表
序号\t一级指标\t重点任务\t责任单位\t完成时限\t报送频次
1\t夯实信用基础\t完善信用信息平台\t县发改局、县大数据中心\t2025年9月底前\t每季度
2\t\t推进双公示\t县市场监管局、县税务局\t持续推进\t每月
3\t\t开展信用承诺\t县发改局、县司法局\t2025年6月底前\t每季度
4\t强化信用应用\t推进信易贷\t县金融服务中心\t2025年12月底前\t每季度
5\t\t开展诚信宣传\t县委宣传部\t2025年6月底前\t每半年
6\t\t加强信用修复\t县发改局\t持续推进\t每季度
"""

#: 12. A numbering gap, a task without units among tasks with units, and a closing remark.
SILENT_LOSS: Final = """\
南岭县2025年社会信用体系建设工作要点
一、重点任务
（一）推进信用立法。制定信用管理办法。（责任单位：县司法局）
（二）推进信用监管。开展分级分类监管工作。
（三）做好信用修复。指导失信主体修复信用。（责任单位：县法院）
（五）推进信易贷。扩大信用贷款规模。（责任单位：县金融服务中心）
（六）开展诚信宣传。组织宣传月活动。（责任单位：县委宣传部）
请各单位结合实际认真抓好落实。
"""

#: Other offices' habits: a title over two lines, 主办/协办 and 牵头部门/责任部门, half-width
#: brackets and colons, units on the line after 责任单位：, attribution in 【】 or [ ], a
#: unit's role in a bracket after its name (县发改局（牵头）).
ROLE_WORDS: Final = """\
青川县2025年社会信用体系建设
工作要点
一、完善信用制度
（一）修订信用管理办法。年内完成修订。(主办单位:县司法局;协办单位:县发改局、县财政局)
（二）建立信用承诺制度。全面推行告知承诺。（牵头部门：县行政审批局；责任部门：县市场监管局、县税务局）
（三）推进信用立法调研。开展专题调研。
责任单位：
县人大法工委、县司法局
二、加强信用应用
（四）推进信易贷。每月报送放款数据。【牵头单位：县金融服务中心】
（五）开展信用宣传。组织诚信宣传周活动。[责任单位：县委宣传部，县教育局配合]
（六）完善信用平台。推进平台升级。
责任单位：县发改局（牵头）、县大数据中心
（七）推进信用修复。指导企业修复信用。（责任单位：县法院、县司法局〔配合〕）
"""

#: Numbering in Arabic levels: 1. sections, (1) tasks, ① steps after the task's bracket.
ARABIC_LEVELS: Final = """\
白河县2025年信用建设重点工作任务
1.完善信用信息归集
(1)归集行政许可信息。每月5日前报送上月信息。(责任单位:县行政审批局)
(2)归集行政处罚信息。按时报送。(责任单位:县市场监管局、县城管局)
2.强化信用监管
(1)开展分级分类监管。在重点领域实施分级分类监管。(牵头单位:县发改局;配合单位:县住建局)
①建立评价指标。
②开展评价。
(2)推进信用修复。9月底前完成。(责任单位:县法院)
"""
