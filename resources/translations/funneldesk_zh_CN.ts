<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>email</source>
            <translation>邮件</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>By</source>
            <translation>执行人</translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>记录通话</translation>
        </message>
        <message>
            <source>Schedule a meeting</source>
            <translation>安排会议</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>标记完成</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>FunnelDesk — risky location</source>
            <translation>FunnelDesk — 位置有风险</translation>
        </message>
        <message>
            <source>&amp;Restore the backup and open it</source>
            <translation>恢复备份并打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>FunnelDesk is already open</source>
            <translation>FunnelDesk 已经打开</translation>
        </message>
        <message>
            <source>FunnelDesk cannot open the database</source>
            <translation>FunnelDesk 无法打开数据库</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>正在恢复备份…</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>无法恢复备份</translation>
        </message>
        <message>
            <source>Integrity check passed</source>
            <translation>完整性检查通过</translation>
        </message>
        <message>
            <source>Checking the file after an unclean shutdown…</source>
            <translation>非正常关闭后正在检查文件…</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Backups of %1, newest first. Restoring one keeps a copy of the current file first.</source>
            <translation>%1 的备份，最新的在前。恢复前会先保留当前文件的副本。</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>还没有备份。</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>Kept before a restore</source>
            <translation>恢复前保留</translation>
        </message>
        <message>
            <source>Taken before a schema upgrade</source>
            <translation>架构升级前创建</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>备份已写入 %1。</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>恢复此备份？</translation>
        </message>
        <message>
            <source>Replace the database with the backup taken on %1?

A copy of the current file is kept with the backups first, so this can be undone by restoring that copy. The window then reopens on the restored database.</source>
            <translation>用 %1 创建的备份替换数据库？

当前文件会先作为副本保存在备份中，因此可以通过恢复该副本撤销此操作。随后窗口将在恢复后的数据库上重新打开。</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <source>(no previous file)</source>
            <translation>（无先前文件）</translation>
        </message>
        <message>
            <source>Restored. The previous file is kept at %1.</source>
            <translation>已恢复。先前的文件保存在 %1。</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>备份已恢复</translation>
        </message>
        <message>
            <source>The backup is restored. The previous file is kept at:
%1

The window now reopens on the restored database.</source>
            <translation>备份已恢复。先前的文件保存在：
%1

窗口现在将在恢复后的数据库上重新打开。</translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>Leads in %1</source>
            <translation>%1 中的线索</translation>
        </message>
        <message>
            <source>Leads in this stage and their total value</source>
            <translation>此阶段的线索及其总价值</translation>
        </message>
        <message>
            <source>Of the leads that reached the previous stage, the share that also reached this one</source>
            <translation>到达上一阶段的线索中，也到达此阶段的比例</translation>
        </message>
        <message>
            <source>first stage</source>
            <translation>第一阶段</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>来自上一阶段 %1 %</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln 条线索</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>较上一阶段 %1 %</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Loading the board…</source>
            <translation>正在加载看板…</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>(no company)</source>
            <translation>（无公司）</translation>
        </message>
        <message>
            <source>%1/%2 criteria</source>
            <translation>%1/%2 项标准</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>%1 d in stage</source>
            <translation>在此阶段 %1 天</translation>
        </message>
        <message>
            <source>next: %1</source>
            <translation>下一步：%1</translation>
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <source>%1
Drag to another stage, or press Ctrl+Right / Ctrl+Left. Enter opens it.</source>
            <translation>%1
拖到其他阶段，或按 Ctrl+右 / Ctrl+左。按 Enter 打开。</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>买家角色</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>输单原因</translation>
        </message>
    </context>
    <context>
        <name>CatalogPage</name>
        <message>
            <source>Amount, e.g. 1500.00</source>
            <translation>金额，例如 1500.00</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Monthly spend of the selected channel</source>
            <translation>所选渠道的每月支出</translation>
        </message>
        <message>
            <source>Set spend</source>
            <translation>设置支出</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>The amount must be a number like 1500.00.</source>
            <translation>金额必须是类似 1500.00 的数字。</translation>
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>paid</source>
            <translation>付费</translation>
        </message>
        <message>
            <source>owned</source>
            <translation>自有</translation>
        </message>
        <message>
            <source>earned</source>
            <translation>赢得</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save PNG…</source>
            <translation>保存 PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>将此图表另存为 PNG 图像</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else changed this lead</source>
            <translation>其他人更改了此线索</translation>
        </message>
        <message>
            <source>This lead was saved by someone else at {0} while you were editing it. Nothing has been overwritten. Fields you changed are in bold.</source>
            <translation>您编辑此线索时，其他人于 {0} 保存了它。没有任何内容被覆盖。您更改的字段以粗体显示。</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>您的</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>对方的</translation>
        </message>
        <message>
            <source>Take theirs (reload, drop my edits)</source>
            <translation>采用对方的（重新加载，放弃我的编辑）</translation>
        </message>
        <message>
            <source>Keep editing mine</source>
            <translation>继续编辑我的</translation>
        </message>
    </context>
    <context>
        <name>Criteria</name>
        <message>
            <source>A field is set or meets a condition</source>
            <translation>字段已填写或满足条件</translation>
        </message>
        <message>
            <source>A checklist item is ticked</source>
            <translation>检查清单项已勾选</translation>
        </message>
        <message>
            <source>An approval is given</source>
            <translation>已获得批准</translation>
        </message>
        <message>
            <source>Activities are done</source>
            <translation>活动已完成</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>检查清单</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>is set</source>
            <translation>已填写</translation>
        </message>
        <message>
            <source>a manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>an owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>always</source>
            <translation>始终</translation>
        </message>
    </context>
    <context>
        <name>CriterionForm</name>
        <message>
            <source>Given by the lead's gatekeeper participant</source>
            <translation>由线索的看门人参与者给出</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>条件</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>至少</translation>
        </message>
        <message>
            <source>Only when</source>
            <translation>仅当</translation>
        </message>
        <message>
            <source>that field</source>
            <translation>该字段</translation>
        </message>
        <message>
            <source>compared with</source>
            <translation>比较值</translation>
        </message>
    </context>
    <context>
        <name>CurrencyPage</name>
        <message>
            <source>e.g. USD</source>
            <translation>例如 CNY</translation>
        </message>
        <message>
            <source>Reporting currency</source>
            <translation>报表货币</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>In force since</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Rate today</source>
            <translation>今日汇率</translation>
        </message>
        <message>
            <source>Rates (since)</source>
            <translation>汇率（起始日）</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <source>Currency, e.g. EUR</source>
            <translation>货币，例如 EUR</translation>
        </message>
        <message>
            <source>Rate, e.g. 1.08</source>
            <translation>汇率，例如 1.08</translation>
        </message>
        <message>
            <source>Every money figure in reports, the dashboard and the analytics workbook is in this currency. Changing it converts the rates you have into it.</source>
            <translation>报表、仪表板和分析工作簿中的所有金额都以此货币表示。更改它会把现有汇率换算为该货币。</translation>
        </message>
        <message>
            <source>Set reporting currency</source>
            <translation>设置报表货币</translation>
        </message>
        <message>
            <source>A rate is how many units of the reporting currency one unit of the currency is worth, from a day on. A deal is converted at the rate in force on its won day; a deal with no rate is left out of totals and shown apart.</source>
            <translation>汇率是指自某日起一单位该货币折合多少单位报表货币。交易按其赢单当日有效的汇率换算；没有汇率的交易不计入合计，单独显示。</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>设置汇率</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>导入 CSV…</translation>
        </message>
        <message>
            <source>Leads by currency: {0}</source>
            <translation>按货币的线索：{0}</translation>
        </message>
        <message>
            <source>(only later rates)</source>
            <translation>（仅有更晚的汇率）</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <source>{0} rates read: {1} added, {2} changed.</source>
            <translation>已读取 {0} 个汇率：新增 {1} 个，更改 {2} 个。</translation>
        </message>
        <message>
            <source>Reporting currency saved.</source>
            <translation>报表货币已保存。</translation>
        </message>
        <message>
            <source>Rate saved.</source>
            <translation>汇率已保存。</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>导入汇率</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Gate overrides</source>
            <translation>强制跳过关卡</translation>
        </message>
        <message>
            <source>Stages skipped</source>
            <translation>跳过的阶段</translation>
        </message>
        <message>
            <source>Imported past the gate</source>
            <translation>导入时越过关卡</translation>
        </message>
        <message>
            <source>Refused moves</source>
            <translation>被拒绝的移动</translation>
        </message>
        <message>
            <source>Stage data missing</source>
            <translation>阶段数据缺失</translation>
        </message>
        <message>
            <source>Overdue activities</source>
            <translation>逾期活动</translation>
        </message>
        <message>
            <source>No next action</source>
            <translation>无下一步行动</translation>
        </message>
        <message>
            <source>Process compliance</source>
            <translation>流程合规</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Median days to first contact</source>
            <translation>首次联系天数中位数</translation>
        </message>
        <message>
            <source>Click to list these leads</source>
            <translation>点击列出这些线索</translation>
        </message>
        <message>
            <source>Discounts by owner (average discount solid, share of deals above the threshold pale)</source>
            <translation>按负责人的折扣（实色为平均折扣，浅色为超过阈值的交易比例）</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} of {2} deals discounted, {3} above {4} %&lt;br&gt;average {5}, largest {6}&lt;br&gt;win rate discounted {7}, full price {8}&lt;br&gt;average won value discounted {9}, full price {10}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;：{2} 笔交易中 {1} 笔有折扣，{3} 笔超过 {4} %&lt;br&gt;平均 {5}，最大 {6}&lt;br&gt;有折扣赢单率 {7}，全价 {8}&lt;br&gt;有折扣平均赢单金额 {9}，全价 {10}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} deals discounted, average {2}.</source>
            <translation>团队：{1} 笔交易中 {0} 笔有折扣，平均 {2}。</translation>
        </message>
        <message>
            <source>Furthest above the team: {0}.</source>
            <translation>高出团队最多：{0}。</translation>
        </message>
        <message>
            <source>No deals with a value.</source>
            <translation>没有带金额的交易。</translation>
        </message>
        <message>
            <source>Forecast accuracy (won pale, forecast at the month's start solid)</source>
            <translation>预测准确度（浅色为赢单，实色为月初预测）</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;forecast {1}&lt;br&gt;won {2}&lt;br&gt;error {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;预测 {1}&lt;br&gt;赢单 {2}&lt;br&gt;误差 {3}</translation>
        </message>
        <message>
            <source>No past months yet.</source>
            <translation>还没有过去的月份。</translation>
        </message>
        <message>
            <source>Mean absolute percentage error: {0}; won over these months: {1}.</source>
            <translation>平均绝对百分比误差：{0}；这些月份的赢单：{1}。</translation>
        </message>
        <message>
            <source>Conversion by manager</source>
            <translation>按经理的转化率</translation>
        </message>
        <message>
            <source>Sort: conversion</source>
            <translation>排序：转化率</translation>
        </message>
        <message>
            <source>Sort: leads</source>
            <translation>排序：线索</translation>
        </message>
        <message>
            <source>Sort: won</source>
            <translation>排序：赢单</translation>
        </message>
        <message>
            <source>Sort: name</source>
            <translation>排序：名称</translation>
        </message>
        <message>
            <source>Bars: conversion %, line: 95 % interval, grey: previous period.</source>
            <translation>柱：转化率 %，线：95 % 区间，灰色：上一期间。</translation>
        </message>
        <message>
            <source>Leads of {0} and their team</source>
            <translation>{0} 及其团队的线索</translation>
        </message>
        <message>
            <source>Leads of {0}</source>
            <translation>{0} 的线索</translation>
        </message>
        <message>
            <source>Conversion: {0}</source>
            <translation>转化率：{0}</translation>
        </message>
        <message>
            <source>Win rate: {0}</source>
            <translation>赢单率：{0}</translation>
        </message>
        <message>
            <source>Leads {0}, open {1}, won {2}, lost {3}</source>
            <translation>线索 {0}，进行中 {1}，赢单 {2}，输单 {3}</translation>
        </message>
        <message>
            <source>Won value: {0}</source>
            <translation>赢单金额：{0}</translation>
        </message>
        <message>
            <source>Previous period: {0}</source>
            <translation>上一期间：{0}</translation>
        </message>
        <message>
            <source>Channels: leads, conversion, cost per lead / per won deal, ROI</source>
            <translation>渠道：线索、转化率、每条线索/每笔赢单成本、ROI</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>转化率 %</translation>
        </message>
        <message>
            <source>Cost per lead / per won</source>
            <translation>每条线索/每笔赢单成本</translation>
        </message>
        <message>
            <source>ROI ×</source>
            <translation>ROI ×</translation>
        </message>
        <message>
            <source>Leads from {0}</source>
            <translation>来自 {0} 的线索</translation>
        </message>
        <message>
            <source>Cost: orange per lead, pale per won deal (labels: per lead / per won). Hover for figures.</source>
            <translation>成本：橙色为每条线索，浅色为每笔赢单（标签：每条线索/每笔赢单）。悬停查看数字。</translation>
        </message>
        <message>
            <source>Leads {0}, won {1}, lost {2}</source>
            <translation>线索 {0}，赢单 {1}，输单 {2}</translation>
        </message>
        <message>
            <source>Spend: {0}; won value: {1}</source>
            <translation>支出：{0}；赢单金额：{1}</translation>
        </message>
        <message>
            <source>Cost per lead: {0}; per won deal: {1}</source>
            <translation>每条线索成本：{0}；每笔赢单：{1}</translation>
        </message>
        <message>
            <source>ROI: {0}</source>
            <translation>ROI：{0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>日</translation>
        </message>
        <message>
            <source>week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>Trend: created and won leads per period</source>
            <translation>趋势：每期间新建和赢单的线索</translation>
        </message>
        <message>
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>created, previous period</source>
            <translation>新建，上一期间</translation>
        </message>
        <message>
            <source>won, previous period</source>
            <translation>赢单，上一期间</translation>
        </message>
        <message>
            <source>Grouped by {0}; hover a period for its figures.</source>
            <translation>按{0}分组；悬停在某一期间上可查看数字。</translation>
        </message>
        <message>
            <source>Hollow points: periods only partly in the range.</source>
            <translation>空心点：仅部分在范围内的期间。</translation>
        </message>
        <message>
            <source>Created {0}, won {1}, lost {2}</source>
            <translation>新建 {0}，赢单 {1}，输单 {2}</translation>
        </message>
        <message>
            <source>Conversion of this cohort: {0}</source>
            <translation>此批次的转化率：{0}</translation>
        </message>
        <message>
            <source>Only {0} of its {1} days are in the range.</source>
            <translation>其 {1} 天中只有 {0} 天在范围内。</translation>
        </message>
        <message>
            <source>Previous period ({0}): created {1}, won {2}</source>
            <translation>上一期间（{0}）：新建 {1}，赢单 {2}</translation>
        </message>
        <message>
            <source>Forecast by expected-close month (value pale, weighted solid)</source>
            <translation>按预计成交月份的预测（浅色为金额，实色为加权）</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} open leads&lt;br&gt;value {2}&lt;br&gt;weighted value {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} 条进行中的线索&lt;br&gt;金额 {2}&lt;br&gt;加权金额 {3}</translation>
        </message>
        <message>
            <source>unscheduled</source>
            <translation>未排期</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Weighted pipeline: {0}</source>
            <translation>加权管道：{0}</translation>
        </message>
        <message>
            <source>No open leads.</source>
            <translation>没有进行中的线索。</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>漏斗</translation>
        </message>
        <message>
            <source>Leads that reached “{0}”</source>
            <translation>到达“{0}”的线索</translation>
        </message>
        <message>
            <source>Weakest step: “{0}” at {1}</source>
            <translation>最薄弱环节：“{0}”，{1}</translation>
        </message>
        <message>
            <source>weakest step</source>
            <translation>最薄弱环节</translation>
        </message>
        <message>
            <source>Reached: {0}; in this stage now: {1}</source>
            <translation>到达：{0}；当前在此阶段：{1}</translation>
        </message>
        <message>
            <source>From the previous stage: {0}</source>
            <translation>来自上一阶段：{0}</translation>
        </message>
        <message>
            <source>From the top: {0}</source>
            <translation>自漏斗顶部：{0}</translation>
        </message>
        <message>
            <source>Dropped off after it: {0}; lost here: {1}</source>
            <translation>此后流失：{0}；在此输单：{1}</translation>
        </message>
        <message>
            <source>Lost reasons per stage</source>
            <translation>各阶段的输单原因</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} of {3} lost here ({4})</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}：{3} 条中有 {2} 条在此输单（{4}）</translation>
        </message>
        <message>
            <source>Lost at “{0}”: {1}</source>
            <translation>在“{0}”输单：{1}</translation>
        </message>
        <message>
            <source>Time in stage (days: median, 75th percentile behind)</source>
            <translation>阶段停留时间（天：中位数，后方为第 75 百分位）</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: median {1}, 75th percentile {2} (n={3} stays)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;：中位数 {1}，第 75 百分位 {2}（n={3} 次停留）</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{1} 中的 {0}</translation>
        </message>
        <message>
            <source>{0}'s team</source>
            <translation>{0} 的团队</translation>
        </message>
        <message>
            <source>No lead reached this step.</source>
            <translation>没有线索到达这一步。</translation>
        </message>
        <message>
            <source>{0} of {1} leads went on ({2}); {3}</source>
            <translation>{1} 条线索中有 {0} 条继续推进（{2}）；{3}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} ({2})</source>
            <translation>团队：{1} 中的 {0}（{2}）</translation>
        </message>
        <message>
            <source>Fewer than {0} leads: too few to compare.</source>
            <translation>少于 {0} 条线索：太少，无法比较。</translation>
        </message>
        <message>
            <source>Click or press Enter to list the leads that stopped here.</source>
            <translation>点击或按 Enter 列出停在此处的线索。</translation>
        </message>
        <message>
            <source>Weakest: no one has {0} leads at a step yet, too few to compare.</source>
            <translation>最薄弱：尚无人在某一步有 {0} 条线索，太少，无法比较。</translation>
        </message>
        <message>
            <source>Weakest: {0} at {1}: {2} of {3} (team {4})</source>
            <translation>最薄弱：{0}，在 {1}：{3} 中的 {2}（团队 {4}）</translation>
        </message>
        <message>
            <source>{0}: team {1} of {2}</source>
            <translation>{0}：团队 {2} 中的 {1}</translation>
        </message>
        <message>
            <source>Conversion by employee and stage</source>
            <translation>按员工和阶段的转化率</translation>
        </message>
        <message>
            <source>Red: below the team's rate at that step, green: above; grey: fewer than {0} leads;
framed: the weakest of each step; bold: the one named above.</source>
            <translation>红色：低于团队在该步的比率，绿色：高于；灰色：少于 {0} 条线索；
加框：每一步最薄弱者；粗体：上文所述者。</translation>
        </message>
        <message>
            <source>{0}: reached {1}, never {2}</source>
            <translation>{0}：到达 {1}，从未到达 {2}</translation>
        </message>
        <message>
            <source>(no channel)</source>
            <translation>（无渠道）</translation>
        </message>
        <message>
            <source>(no reason)</source>
            <translation>（无原因）</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>（未分配）</translation>
        </message>
        <message>
            <source>95 % interval {0}–{1}</source>
            <translation>95 % 区间 {0}–{1}</translation>
        </message>
        <message>
            <source>no sample</source>
            <translation>无样本</translation>
        </message>
        <message>
            <source>{0} d</source>
            <translation>{0} 天</translation>
        </message>
    </context>
    <context>
        <name>DashboardFilterBar</name>
        <message>
            <source>Managers</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>上季度</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>自定义范围</translation>
        </message>
        <message>
            <source>Team roll-up</source>
            <translation>汇总团队</translation>
        </message>
        <message>
            <source>Count each manager's figures with everyone below them</source>
            <translation>将每位经理的数据与其所有下属合并统计</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>买家角色</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>冷</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>温</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>热</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>任意{0}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>假设分析</translation>
        </message>
        <message>
            <source>Show or hide the what-if panel</source>
            <translation>显示或隐藏假设分析面板</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>正在更新…</translation>
        </message>
        <message>
            <source>won {0}</source>
            <translation>赢单 {0}</translation>
        </message>
        <message>
            <source>open {0}</source>
            <translation>进行中 {0}</translation>
        </message>
        <message>
            <source>Not in the figures (money in {0}; no exchange rate): {1}. Add rates in Settings → Currencies.</source>
            <translation>未计入数字（金额以 {0} 计；无汇率）：{1}。请在“设置 → 货币”中添加汇率。</translation>
        </message>
        <message>
            <source>all time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <source>; compared with {0} – {1}</source>
            <translation>；对比 {0} – {1}</translation>
        </message>
        <message>
            <source>{0}: leads created {1}{2}. {3} entered, {4} won. Money in {5}.</source>
            <translation>{0}：创建于 {1} 的线索{2}。进入 {3} 条，赢单 {4} 条。金额以 {5} 计。</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln 条线索</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s); the first %1 are listed</source>
            <translation>
                <numerusform>%Ln 条线索；列出前 %1 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>&lt;h2&gt;No leads yet&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;还没有线索&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Try FunnelDesk with a few hundred realistic demo leads, or bring your own from an .xlsx or .csv file.</source>
            <translation>用几百条逼真的演示线索试用 FunnelDesk，或从 .xlsx 或 .csv 文件导入您自己的线索。</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>加载演示数据</translation>
        </message>
        <message>
            <source>Fill this database with sample leads, users and channels</source>
            <translation>用示例线索、用户和渠道填充此数据库</translation>
        </message>
        <message>
            <source>Import a spreadsheet…</source>
            <translation>导入电子表格…</translation>
        </message>
        <message>
            <source>Bring leads in from an .xlsx or .csv file</source>
            <translation>从 .xlsx 或 .csv 文件导入线索</translation>
        </message>
    </context>
    <context>
        <name>Engagement</name>
        <message>
            <source>driver</source>
            <translation>主导者</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>参与者</translation>
        </message>
        <message>
            <source>gatekeeper</source>
            <translation>看门人</translation>
        </message>
        <message>
            <source>not involved</source>
            <translation>未参与</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>FunnelDesk — unexpected error</source>
            <translation>FunnelDesk — 意外错误</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>错误详情</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详情</translation>
        </message>
        <message>
            <source>Something went wrong. Your data is safe; the operation was not finished. Please copy the details below into a bug report.</source>
            <translation>出现问题。您的数据是安全的；操作未完成。请将下面的详情复制到错误报告中。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The move was refused; these exit criteria are not met:</source>
            <translation>移动被拒绝；以下退出标准未满足：</translation>
        </message>
        <message>
            <source>Not allowed: {0}</source>
            <translation>不允许：{0}</translation>
        </message>
        <message>
            <source>Someone else changed this lead meanwhile: {0}</source>
            <translation>其他人在此期间更改了此线索：{0}</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>意外错误：{0}</translation>
        </message>
        <message>
            <source>Exit criteria not met</source>
            <translation>退出标准未满足</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>不允许</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>已被他人更改</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>All the leads you can see.</source>
            <translation>您可见的所有线索。</translation>
        </message>
        <message>
            <source>The leads of the Leads page's filter (pipeline and created dates).</source>
            <translation>“线索”页面筛选条件下的线索（管道和创建日期）。</translation>
        </message>
        <message>
            <source>Its search text and other filters are not applied to the export.</source>
            <translation>其搜索文本和其他筛选条件不适用于导出。</translation>
        </message>
        <message>
            <source>&amp;Leads (.xlsx or .csv)</source>
            <translation>线索(&amp;L)（.xlsx 或 .csv）</translation>
        </message>
        <message>
            <source>&amp;Analytics report workbook (.xlsx with charts)</source>
            <translation>分析报告工作簿(&amp;A)（含图表的 .xlsx）</translation>
        </message>
        <message>
            <source>Summary, funnel, managers, channels and periods of the chosen period</source>
            <translation>所选期间的摘要、漏斗、经理、渠道和各期间</translation>
        </message>
        <message>
            <source>A&amp;ccountant workbook (deals won in the period, one sheet per month)</source>
            <translation>会计工作簿(&amp;C)（期间内赢单，每月一张表）</translation>
        </message>
        <message>
            <source>Won date, client, invoice reference, amount, discount and net amount</source>
            <translation>赢单日期、客户、发票编号、金额、折扣和净额</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>期间的结束早于开始。</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>正在导出到 %1…</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>已写入 %1。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>导出已取消；未写入任何文件。</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>未导出任何内容：%1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a spreadsheet</source>
            <translation>选择电子表格</translation>
        </message>
        <message>
            <source>FunnelDesk reads .xlsx and .csv files; the first sheet is imported.</source>
            <translation>FunnelDesk 读取 .xlsx 和 .csv 文件；导入第一个工作表。</translation>
        </message>
        <message>
            <source>Path to an .xlsx or .csv file</source>
            <translation>.xlsx 或 .csv 文件的路径</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>电子表格文件</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>导入电子表格</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
            <translation>电子表格 (*.xlsx *.xlsm *.csv *.tsv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>%1 data rows and %2 columns found.</source>
            <translation>找到 %1 行数据和 %2 列。</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>已识别：%1 的导出文件。</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>文本编码：%1。</translation>
        </message>
    </context>
    <context>
        <name>GateChecklistPanel</name>
        <message>
            <source>Exit criteria</source>
            <translation>退出标准</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Exit criteria of the current stage:</source>
            <translation>当前阶段的退出标准：</translation>
        </message>
        <message>
            <source>Add the buyer's gatekeeper as a participant first.</source>
            <translation>请先将买方的看门人添加为参与者。</translation>
        </message>
        <message>
            <source>Gatekeeper approval</source>
            <translation>看门人批准</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>批准人：</translation>
        </message>
        <message>
            <source>Moved on to {0}.</source>
            <translation>已推进到 {0}。</translation>
        </message>
    </context>
    <context>
        <name>GatePanel</name>
        <message>
            <source>Why the move was refused</source>
            <translation>移动被拒绝的原因</translation>
        </message>
        <message>
            <source>Try the move again</source>
            <translation>重试移动</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>&lt;b&gt;“%1” cannot move to %2 yet.&lt;/b&gt;&lt;br&gt;Meet these exit criteria, then try again:</source>
            <translation>&lt;b&gt;“%1”尚不能移到 %2。&lt;/b&gt;&lt;br&gt;请先满足以下退出标准，然后重试：</translation>
        </message>
        <message>
            <source>Every criterion is met now.</source>
            <translation>所有标准均已满足。</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>勾选</translation>
        </message>
        <message>
            <source>Ask for approval</source>
            <translation>申请批准</translation>
        </message>
        <message>
            <source>Only a user with the %1 role can approve this</source>
            <translation>只有具有 %1 角色的用户才能批准</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Open lead…</source>
            <translation>打开线索…</translation>
        </message>
        <message>
            <source>Fill in the field or log the activity in the lead editor</source>
            <translation>在线索编辑器中填写字段或记录活动</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>by import</source>
            <translation>通过导入</translation>
        </message>
        <message>
            <source>gate overridden</source>
            <translation>关卡被强制跳过</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>已编辑</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>已分配</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>检查清单</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>approval withdrawn</source>
            <translation>批准已撤回</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>参与者</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>旧值</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>Field changes</source>
            <translation>字段更改</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a spreadsheet</source>
            <translation>导入电子表格</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>Date entered stage “%1”</source>
            <translation>进入阶段“%1”的日期</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>买家角色</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>输单原因</translation>
        </message>
        <message>
            <source>Category / product</source>
            <translation>类别/产品</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <source>Next action date</source>
            <translation>下一步行动日期</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>External id (updates on re-import)</source>
            <translation>外部编号（重新导入时更新）</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>关闭日期</translation>
        </message>
        <message>
            <source>Status (won / lost / open)</source>
            <translation>状态（赢单/输单/进行中）</translation>
        </message>
        <message>
            <source>Won on</source>
            <translation>赢单日期</translation>
        </message>
        <message>
            <source>Lost on</source>
            <translation>输单日期</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>空</translation>
        </message>
        <message>
            <source>d/m/y</source>
            <translation>日/月/年</translation>
        </message>
        <message>
            <source>m/d/y</source>
            <translation>月/日/年</translation>
        </message>
        <message>
            <source>d/m or m/d?</source>
            <translation>日/月还是月/日？</translation>
        </message>
        <message>
            <source>, mixed</source>
            <translation>，混合</translation>
        </message>
        <message>
            <source>day/month/year</source>
            <translation>日/月/年</translation>
        </message>
        <message>
            <source>month/day/year</source>
            <translation>月/日/年</translation>
        </message>
        <message>
            <source>year-month-day</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>day and month alike</source>
            <translation>日和月无法区分</translation>
        </message>
        <message>
            <source>ISO 8601</source>
            <translation>ISO 8601</translation>
        </message>
        <message>
            <source>spreadsheet serial numbers</source>
            <translation>电子表格序列号</translation>
        </message>
        <message>
            <source>date cells</source>
            <translation>日期单元格</translation>
        </message>
        <message>
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <source>%1 with time</source>
            <translation>%1（含时间）</translation>
        </message>
        <message>
            <source>(decided by %1)</source>
            <translation>（依据 %1 判断）</translation>
        </message>
        <message>
            <source>(as chosen)</source>
            <translation>（按所选）</translation>
        </message>
        <message>
            <source>Detect from the file</source>
            <translation>从文件检测</translation>
        </message>
        <message>
            <source>Day/month/year (31/12/2024)</source>
            <translation>日/月/年 (31/12/2024)</translation>
        </message>
        <message>
            <source>Month/day/year (12/31/2024)</source>
            <translation>月/日/年 (12/31/2024)</translation>
        </message>
        <message>
            <source>Year/month/day (2024/12/31)</source>
            <translation>年/月/日 (2024/12/31)</translation>
        </message>
        <message>
            <source>no user “%1”</source>
            <translation>没有用户“%1”</translation>
        </message>
        <message>
            <source>no stage “%1” in pipeline “%2”</source>
            <translation>管道“%2”中没有阶段“%1”</translation>
        </message>
        <message>
            <source>Unknown owners: go back and tick “Create missing owners as employees”, or add them in Settings first.</source>
            <translation>未知负责人：请返回并勾选“将缺失的负责人创建为员工”，或先在“设置”中添加他们。</translation>
        </message>
        <message>
            <source>Unknown stages: the stage column must name stages of the chosen pipeline; choose another pipeline, or add the stages in Settings.</source>
            <translation>未知阶段：阶段列必须是所选管道中的阶段；请选择其他管道，或在“设置”中添加这些阶段。</translation>
        </message>
        <message>
            <source>Ambiguous dates: go back and choose the date order.</source>
            <translation>日期有歧义：请返回并选择日期顺序。</translation>
        </message>
        <message>
            <source>Moves past unmet exit criteria: complete the criteria on the board first, or (owners) give a reason below to move them anyway.</source>
            <translation>越过未满足退出标准的移动：请先在看板上完成这些标准，或（所有者）在下方填写原因以仍然移动。</translation>
        </message>
        <message>
            <source>Tick the option below to import the valid rows only.</source>
            <translation>勾选下面的选项以只导入有效的行。</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>系统语言（%1）</translation>
        </message>
        <message>
            <source>Language of the window:</source>
            <translation>窗口语言：</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>数字和日期：</translation>
        </message>
        <message>
            <source>This is the language the window is shown in now.</source>
            <translation>这是窗口当前显示的语言。</translation>
        </message>
        <message>
            <source>The new language applies the next time FunnelDesk starts; the command line always stays in English.</source>
            <translation>新语言将在下次启动 FunnelDesk 时生效；命令行始终为英文。</translation>
        </message>
    </context>
    <context>
        <name>LeadColumns</name>
        <message>
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>下一步行动</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新</translation>
        </message>
    </context>
    <context>
        <name>LeadEditorDialog</name>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>退出标准</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参与者</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>Lead — {0}</source>
            <translation>线索 — {0}</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>没有需要保存的内容。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this lead meanwhile.</source>
            <translation>未保存：其他人在此期间更改了此线索。</translation>
        </message>
        <message>
            <source>Reloaded their version; your edits were dropped.</source>
            <translation>已重新加载对方的版本；您的编辑已放弃。</translation>
        </message>
        <message>
            <source>Your edits are kept; saving now replaces their values for the fields you changed.</source>
            <translation>您的编辑已保留；现在保存将用您的值替换您更改过的字段。</translation>
        </message>
    </context>
    <context>
        <name>LeadFields</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Discount (%)</source>
            <translation>折扣 (%)</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>买家角色</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>下一步行动</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>满意度 (1–5)</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>外部编号</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>(blank)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>电话号码</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>买家角色</translation>
        </message>
        <message>
            <source>category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>discount (%)</source>
            <translation>折扣 (%)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>expected close date</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <source>next action date</source>
            <translation>下一步行动日期</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>LeadFieldsForm</name>
        <message>
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>+1 555 0100 (digits, spaces, + - ( ) . /)</source>
            <translation>+86 10 0000 0000（数字、空格、+ - ( ) . /）</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>冷</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>温</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>热</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>未评分</translation>
        </message>
    </context>
    <context>
        <name>LeadFilterBar</name>
        <message>
            <source>Search title, company, contact, e-mail, phone…</source>
            <translation>搜索标题、公司、联系人、邮件、电话…</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>搜索线索</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>冷</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>温</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>热</translation>
        </message>
        <message>
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>任意{0}</translation>
        </message>
        <message>
            <source>any</source>
            <translation>全部</translation>
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Show all leads again</source>
            <translation>重新显示所有线索</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>分配…</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>移动…</translation>
        </message>
        <message>
            <source>Mark lost…</source>
            <translation>标记输单…</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>列…</translation>
        </message>
        <message numerus="yes">
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n 条线索</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %n lead(s) from the dashboard: %1</source>
            <translation>
                <numerusform>显示来自仪表板的 %n 条线索：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>移动</translation>
        </message>
        <message>
            <source>Mark lost</source>
            <translation>标记输单</translation>
        </message>
        <message>
            <source>{0}: working…</source>
            <translation>{0}：处理中…</translation>
        </message>
        <message>
            <source>{0}: {1} changed, {2} refused.</source>
            <translation>{0}：已更改 {1} 条，被拒绝 {2} 条。</translation>
        </message>
        <message>
            <source>Cancelled: {0} not processed.</source>
            <translation>已取消：{0} 条未处理。</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <source>Mark “%1” as lost</source>
            <translation>将“%1”标记为输单</translation>
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation>为什么输单？</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>输单原因</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Mark as lost</source>
            <translation>标记为输单</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>FunnelDesk — %1</source>
            <translation>FunnelDesk — %1</translation>
        </message>
        <message>
            <source>Team databases are backed up on the PostgreSQL server.</source>
            <translation>团队数据库在 PostgreSQL 服务器上备份。</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>分区</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>看板</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Which pipeline the board shows</source>
            <translation>看板显示哪个管道</translation>
        </message>
        <message>
            <source>Search title, company, contact, e-mail, phone (Ctrl+F)</source>
            <translation>搜索标题、公司、联系人、邮件、电话 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>搜索线索</translation>
        </message>
        <message>
            <source> Pipeline: </source>
            <translation> 管道： </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s) in this pipeline</source>
            <translation>
                <numerusform>此管道中有 %Ln 条线索</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 条进行中</translation>
        </message>
        <message>
            <source>filtered by “%1”</source>
            <translation>按“%1”筛选</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>已登录为 %1（%2）</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>匹配列</translation>
        </message>
        <message>
            <source>Each column of the file is matched to a lead field by its name. Change any match, or choose “do not import”.</source>
            <translation>文件的每一列按名称匹配到线索字段。可更改任意匹配，或选择“不导入”。</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>日期顺序</translation>
        </message>
        <message>
            <source>Create missing owners as employees</source>
            <translation>将缺失的负责人创建为员工</translation>
        </message>
        <message>
            <source>Otherwise rows naming an unknown owner are rejected</source>
            <translation>否则，指定了未知负责人的行将被拒绝</translation>
        </message>
        <message>
            <source>Pipeline:</source>
            <translation>管道：</translation>
        </message>
        <message>
            <source>Dates like 03/04/2024:</source>
            <translation>形如 03/04/2024 的日期：</translation>
        </message>
        <message>
            <source>First %1 of %2 rows in %3:</source>
            <translation>%3 中 %2 行的前 %1 行：</translation>
        </message>
        <message>
            <source>Several columns are imported as “%1”; keep one.</source>
            <translation>多个列被导入为“%1”；请只保留一个。</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>请至少选择一列导入。</translation>
        </message>
        <message>
            <source>Some dates could be day/month or month/day: choose the date order above, or the dry run will refuse them.</source>
            <translation>有些日期可能是日/月或月/日：请在上方选择日期顺序，否则试运行会拒绝它们。</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>Detected type</source>
            <translation>检测到的类型</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>前几个值</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>列映射</translation>
        </message>
        <message>
            <source>(column %1 has no name)</source>
            <translation>（第 %1 列没有名称）</translation>
        </message>
        <message>
            <source>Import column %1 as</source>
            <translation>将第 %1 列导入为</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Move to %1</source>
            <translation>移到 %1</translation>
        </message>
        <message>
            <source>Mark “%1” lost</source>
            <translation>将“%1”标记为输单</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>编辑“%1”</translation>
        </message>
        <message>
            <source>Assign “%1”</source>
            <translation>分配“%1”</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>删除“%1”</translation>
        </message>
        <message>
            <source>Tick “%1”</source>
            <translation>勾选“%1”</translation>
        </message>
        <message>
            <source>Untick “%1”</source>
            <translation>取消勾选“%1”</translation>
        </message>
        <message>
            <source>Approve “%1”</source>
            <translation>批准“%1”</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln lead(s) to %1</source>
            <translation>
                <numerusform>将 %Ln 条线索移到 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assign %Ln lead(s) to %1</source>
            <translation>
                <numerusform>将 %Ln 条线索分配给 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %Ln lead(s) lost (%1)</source>
            <translation>
                <numerusform>将 %Ln 条线索标记为输单（%1）</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New lead…</source>
            <translation>新建线索(&amp;N)…</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>加载演示数据(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>导入电子表格(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>切换用户(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Edit lead</source>
            <translation>编辑线索(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Delete lead</source>
            <translation>删除线索(&amp;D)</translation>
        </message>
        <message>
            <source>Move to &amp;next stage</source>
            <translation>移到下一阶段(&amp;N)</translation>
        </message>
        <message>
            <source>Move to &amp;previous stage</source>
            <translation>移到上一阶段(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;About FunnelDesk</source>
            <translation>关于 FunnelDesk(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>看板(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation>线索(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>仪表板(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Channels</source>
            <translation>渠道(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>线索(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>已重做：%1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>已撤销：%1</translation>
        </message>
        <message>
            <source>Cannot undo: the gate refuses it — %1</source>
            <translation>无法撤销：关卡拒绝 — %1</translation>
        </message>
        <message>
            <source>Lead moved to the trash. Ctrl+Z brings it back.</source>
            <translation>线索已移到回收站。按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <source>Work as:</source>
            <translation>以此身份工作：</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>已登录为 %1</translation>
        </message>
        <message>
            <source>About FunnelDesk</source>
            <translation>关于 FunnelDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;A desktop lead-pipeline manager: stages with exit criteria, a board, and funnel analytics.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
            <translation>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;桌面版线索管道管理器：带退出标准的阶段、看板和漏斗分析。&lt;/p&gt;&lt;p&gt;数据库：%1&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>OpeningNote</name>
        <message>
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <source>Upgrading the database on the server for this version of FunnelDesk…</source>
            <translation>正在为此版本的 FunnelDesk 升级服务器上的数据库…</translation>
        </message>
        <message>
            <source>%1 (%2 GB)</source>
            <translation>%1（%2 GB）</translation>
        </message>
        <message>
            <source>Upgrading %1 for this version of FunnelDesk: first a verified backup of the file as it is, then the upgrade. A big file takes a minute or two.</source>
            <translation>正在为此版本的 FunnelDesk 升级 %1：先为文件当前状态做一份经过校验的备份，然后升级。大文件需要一两分钟。</translation>
        </message>
    </context>
    <context>
        <name>OutcomeZone</name>
        <message>
            <source>first stage</source>
            <translation>第一阶段</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>来自上一阶段 %1 %</translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>较上一阶段 %1 %</translation>
        </message>
        <message>
            <source>Drop a card here to mark it %1</source>
            <translation>将卡片拖到此处以标记为%1</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>The leads table is not available in this build.</source>
            <translation>此版本中没有线索表。</translation>
        </message>
        <message>
            <source>Leads table</source>
            <translation>线索表</translation>
        </message>
        <message>
            <source>Funnel, manager and channel charts will appear here.
Until then, the Board shows counts, values and conversion per stage.</source>
            <translation>漏斗、经理和渠道图表将显示在这里。
在此之前，看板会显示每个阶段的数量、金额和转化率。</translation>
        </message>
        <message>
            <source>Channels and their monthly spend are edited in Settings.</source>
            <translation>渠道及其每月支出在“设置”中编辑。</translation>
        </message>
        <message>
            <source>Settings are not available in this build.</source>
            <translation>此版本中没有设置。</translation>
        </message>
        <message>
            <source>The lead editor is not available in this build.</source>
            <translation>此版本中没有线索编辑器。</translation>
        </message>
        <message>
            <source>The import wizard is not available yet; use `funneldesk import FILE`.</source>
            <translation>导入向导尚不可用；请使用 `funneldesk import FILE`。</translation>
        </message>
        <message>
            <source>Demo data is not available in this build; run `funneldesk demo`.</source>
            <translation>此版本中没有演示数据；请运行 `funneldesk demo`。</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>演示数据已加载。</translation>
        </message>
        <message>
            <source>Demo data was not loaded: %1</source>
            <translation>演示数据未加载：%1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Creating demo leads…</source>
            <translation>正在创建演示线索…</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职位</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>参与程度</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Set engagement</source>
            <translation>设置参与程度</translation>
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>退出标准</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Pipeline:</source>
            <translation>管道：</translation>
        </message>
        <message>
            <source>New from template:</source>
            <translation>从模板新建：</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Stages (drag to reorder)</source>
            <translation>阶段（拖动以重新排序）</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <source>Apply stage changes</source>
            <translation>应用阶段更改</translation>
        </message>
        <message>
            <source>Exit criteria of the selected stage</source>
            <translation>所选阶段的退出标准</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>添加标准</translation>
        </message>
        <message>
            <source>Update criterion</source>
            <translation>更新标准</translation>
        </message>
        <message>
            <source>Delete criterion</source>
            <translation>删除标准</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>New stage {0}</source>
            <translation>新阶段 {0}</translation>
        </message>
    </context>
    <context>
        <name>PreviewTable</name>
        <message>
            <source>First rows of the file</source>
            <translation>文件的前几行</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Any {0}</source>
            <translation>任意{0}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>全部保存</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>是(&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>全部是(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>否(&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>全部否(&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>中止</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>恢复默认值</translation>
        </message>
    </context>
    <context>
        <name>RefusalSummaryDialog</name>
        <message>
            <source>{0}: summary</source>
            <translation>{0}：摘要</translation>
        </message>
        <message>
            <source>{0} changed, {1} refused.</source>
            <translation>已更改 {0} 条，被拒绝 {1} 条。</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Why it was refused</source>
            <translation>被拒绝的原因</translation>
        </message>
        <message>
            <source>Refused leads</source>
            <translation>被拒绝的线索</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Discount threshold</source>
            <translation>折扣阈值</translation>
        </message>
        <message>
            <source>Save threshold</source>
            <translation>保存阈值</translation>
        </message>
        <message>
            <source>Use the approval gate's figure</source>
            <translation>使用审批关卡的数值</translation>
        </message>
        <message>
            <source>The discounts report counts the deals whose discount is above this figure. Without one, each pipeline uses its discount approval gate (15 % in typical sales). An owner or a manager may change it.</source>
            <translation>折扣报表统计折扣高于此数值的交易。未设置时，每个管道使用其折扣审批关卡的数值（典型销售中为 15 %）。所有者或经理可以更改它。</translation>
        </message>
        <message>
            <source>Set for every pipeline.</source>
            <translation>已为所有管道设置。</translation>
        </message>
        <message>
            <source>Not set: the approval gate's figure is used.</source>
            <translation>未设置：使用审批关卡的数值。</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <source>Threshold saved.</source>
            <translation>阈值已保存。</translation>
        </message>
        <message>
            <source>Threshold removed: the approval gate's figure is used.</source>
            <translation>阈值已移除：使用审批关卡的数值。</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Open the rejected-rows report</source>
            <translation>打开被拒绝行报告</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>未导入任何内容</translation>
        </message>
        <message>
            <source>%1 leads created and %2 updated.</source>
            <translation>已创建 %1 条线索，更新 %2 条。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rejected row(s) listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</source>
            <translation>
                <numerusform>%Ln 个被拒绝的行已列在 &lt;a href="%2"&gt;%3&lt;/a&gt; 中。</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled. The database is unchanged.</source>
            <translation>导入已取消。数据库未更改。</translation>
        </message>
        <message>
            <source>The database is unchanged: %1</source>
            <translation>数据库未更改：%1</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>员工</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>导入进度</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>正在导入 %1…</translation>
        </message>
        <message>
            <source>Cancelling: undoing the import…</source>
            <translation>正在取消：撤销导入…</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>%1 is damaged. FunnelDesk left it exactly as it was and wrote nothing to it.</source>
            <translation>%1 已损坏。FunnelDesk 保持其原样，未向其写入任何内容。</translation>
        </message>
        <message>
            <source>No verified backup was found next to it.</source>
            <translation>在其旁边未找到经过验证的备份。</translation>
        </message>
        <message>
            <source>The newest verified backup is %1, taken on %2.</source>
            <translation>最新的经过验证的备份是 %1，创建于 %2。</translation>
        </message>
        <message>
            <source>Restoring it keeps the damaged file aside, byte for byte. From a terminal, the same is:</source>
            <translation>恢复时会逐字节保留损坏的文件。在终端中的等效命令是：</translation>
        </message>
        <message>
            <source>This database is already open in another FunnelDesk window.</source>
            <translation>此数据库已在另一个 FunnelDesk 窗口中打开。</translation>
        </message>
        <message>
            <source>Automatic backup written: %1</source>
            <translation>已写入自动备份：%1</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>自动备份失败：%1</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Pipelines</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Channels, personas, lost reasons</source>
            <translation>渠道、买家角色、输单原因</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>用户和角色</translation>
        </message>
        <message>
            <source>Currencies</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to FunnelDesk — %1</source>
            <translation>登录 FunnelDesk — %1</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>This team database is on a server. Sign in with your login and password.</source>
            <translation>此团队数据库位于服务器上。请用您的登录名和密码登录。</translation>
        </message>
        <message>
            <source>This database is protected. Sign in with your login.</source>
            <translation>此数据库受保护。请用您的登录名登录。</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>登录名(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>请输入您的登录名。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>Sign-in refused: %1</source>
            <translation>登录被拒绝：%1</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Move on automatically when the criteria are met</source>
            <translation>满足标准时自动推进</translation>
        </message>
        <message>
            <source>Optional (may be skipped)</source>
            <translation>可选（可跳过）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Win probability</source>
            <translation>赢单概率</translation>
        </message>
        <message>
            <source>Rotting limit</source>
            <translation>停滞期限</translation>
        </message>
        <message>
            <source>Funnel group</source>
            <translation>漏斗分组</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Stage colour</source>
            <translation>阶段颜色</translation>
        </message>
    </context>
    <context>
        <name>StageMapTable</name>
        <message>
            <source>Value in the file</source>
            <translation>文件中的值</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Stage values</source>
            <translation>阶段值</translation>
        </message>
        <message>
            <source>— reject these rows —</source>
            <translation>— 拒绝这些行 —</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>输单</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check before importing</source>
            <translation>导入前检查</translation>
        </message>
        <message>
            <source>A dry run: nothing has been changed yet.</source>
            <translation>试运行：尚未更改任何内容。</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>被拒绝的行</translation>
        </message>
        <message>
            <source>Import the valid rows and skip the rejected ones (they are listed in a report file)</source>
            <translation>导入有效的行并跳过被拒绝的行（它们列在报告文件中）</translation>
        </message>
        <message>
            <source>Reason for moving these leads past the gate</source>
            <translation>让这些线索越过关卡的原因</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>强制跳过原因</translation>
        </message>
        <message>
            <source>Move them anyway</source>
            <translation>仍然移动</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>正在检查每一行…</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>已识别：%1 的导出文件。</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>文本编码：%1。</translation>
        </message>
        <message>
            <source>Dates in “%1”: %2.</source>
            <translation>“%1”中的日期：%2。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; to create, &lt;b&gt;%3&lt;/b&gt; to update, %4 unchanged, &lt;b&gt;%5&lt;/b&gt; rejected.</source>
            <translation>已读取 &lt;b&gt;%1&lt;/b&gt; 行：&lt;b&gt;%2&lt;/b&gt; 行待创建，&lt;b&gt;%3&lt;/b&gt; 行待更新，%4 行未变，&lt;b&gt;%5&lt;/b&gt; 行被拒绝。</translation>
        </message>
        <message>
            <source>New owners (employees)</source>
            <translation>新负责人（员工）</translation>
        </message>
        <message>
            <source>New channels</source>
            <translation>新渠道</translation>
        </message>
        <message>
            <source>New personas</source>
            <translation>新买家角色</translation>
        </message>
        <message>
            <source>New lost reasons</source>
            <translation>新输单原因</translation>
        </message>
        <message>
            <source>Rejected rows are not imported. Without the option below, the import is refused as a whole.</source>
            <translation>被拒绝的行不会导入。如果不勾选下面的选项，整个导入都会被拒绝。</translation>
        </message>
        <message>
            <source>Stages the pipeline does not have</source>
            <translation>管道中没有的阶段</translation>
        </message>
        <message>
            <source>Owners who are not users</source>
            <translation>不是用户的负责人</translation>
        </message>
        <message>
            <source>%1 new leads are placed past exit criteria they do not meet; their history will say “imported past the gate”.</source>
            <translation>%1 条新线索将被放到其未满足的退出标准之后；其历史会注明“导入时越过关卡”。</translation>
        </message>
        <message>
            <source>%1 rows would move existing leads past unmet exit criteria and are refused (listed below with every unmet criterion).</source>
            <translation>%1 行会让现有线索越过未满足的退出标准，已被拒绝（下方列出每个未满足的标准）。</translation>
        </message>
        <message>
            <source>%1 leads will be moved past the gate with your reason.</source>
            <translation>%1 条线索将按您的原因越过关卡。</translation>
        </message>
        <message>
            <source>The file cannot be imported with these choices: %1</source>
            <translation>按这些选择无法导入该文件：%1</translation>
        </message>
    </context>
    <context>
        <name>Temperature</name>
        <message>
            <source>cold</source>
            <translation>冷</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>温</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>热</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>%1 follow-ups due or overdue</source>
            <translation>%1 项跟进到期或逾期</translation>
        </message>
        <message>
            <source>%1 follow-ups due today or overdue (see Today)</source>
            <translation>%1 项跟进今天到期或逾期（见“今天”）</translation>
        </message>
        <message>
            <source>Follow-up due: %1 on “%2”</source>
            <translation>跟进到期：“%2”的 %1</translation>
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation>（另有 %1 项）</translation>
        </message>
        <message>
            <source>FunnelDesk reminder</source>
            <translation>FunnelDesk 提醒</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>我的跟进</translation>
        </message>
        <message>
            <source>My team's follow-ups</source>
            <translation>我团队的跟进</translation>
        </message>
        <message>
            <source>Whose follow-ups</source>
            <translation>谁的跟进</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Overdue and due today</source>
            <translation>逾期和今天到期</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Leads with no next step</source>
            <translation>没有下一步的线索</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Reschedule to</source>
            <translation>改期到</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>改期</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>打开线索</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>正在更新…</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due today, %3 next actions due.</source>
            <translation>逾期 %1 项，今天到期 %2 项，待办下一步行动 %3 项。</translation>
        </message>
        <message>
            <source>Open leads with no next step: %1</source>
            <translation>没有下一步的进行中线索：%1</translation>
        </message>
        <message>
            <source>(the first %1 shown)</source>
            <translation>（显示前 %1 条）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>next action</source>
            <translation>下一步行动</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>上级</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>Update selected</source>
            <translation>更新所选</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>What if…</source>
            <translation>假设分析…</translation>
        </message>
        <message>
            <source>Change in the number of leads entering the funnel</source>
            <translation>进入漏斗的线索数量变化</translation>
        </message>
        <message>
            <source>Top-of-funnel volume</source>
            <translation>漏斗顶部数量</translation>
        </message>
        <message>
            <source>Back to current figures</source>
            <translation>恢复当前数字</translation>
        </message>
        <message>
            <source>Now {0} %</source>
            <translation>当前 {0} %</translation>
        </message>
        <message>
            <source>→ {0} (now {1} %)</source>
            <translation>→ {0}（当前 {1} %）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won deals&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;赢单数&lt;/b&gt;：当前 {0} → {1}（{2}）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won value&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;赢单金额&lt;/b&gt;：当前 {0} → {1}（{2}）</translation>
        </message>
    </context>
    <context>
        <name>_ProgressWatch</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
</TS>
