<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>email</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>FunnelDesk — risky location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore the backup and open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FunnelDesk is already open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FunnelDesk cannot open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integrity check passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the file after an unclean shutdown…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups of %1, newest first. Restoring one keeps a copy of the current file first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backups yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken before a schema upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the database with the backup taken on %1?

A copy of the current file is kept with the backups first, so this can be undone by restoring that copy. The window then reopens on the restored database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no previous file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored. The previous file is kept at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup is restored. The previous file is kept at:
%1

The window now reopens on the restored database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>Leads in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads in this stage and their total value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of the leads that reached the previous stage, the share that also reached this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Loading the board…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>(no company)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1/%2 criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 d in stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <source>%1
Drag to another stage, or press Ctrl+Right / Ctrl+Left. Enter opens it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost reasons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogPage</name>
        <message>
            <source>Amount, e.g. 1500.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly spend of the selected channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be a number like 1500.00.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>earned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else changed this lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This lead was saved by someone else at {0} while you were editing it. Nothing has been overwritten. Fields you changed are in bold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take theirs (reload, drop my edits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing mine</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Criteria</name>
        <message>
            <source>A field is set or meets a condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A checklist item is ticked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An approval is given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities are done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>always</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CriterionForm</name>
        <message>
            <source>Given by the lead's gatekeeper participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>that field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>compared with</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CurrencyPage</name>
        <message>
            <source>e.g. USD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporting currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In force since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rates (since)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency, e.g. EUR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate, e.g. 1.08</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every money figure in reports, the dashboard and the analytics workbook is in this currency. Changing it converts the rates you have into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set reporting currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A rate is how many units of the reporting currency one unit of the currency is worth, from a day on. A deal is converted at the rate in force on its won day; a deal with no rate is left out of totals and shown apart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads by currency: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(only later rates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} rates read: {1} added, {2} changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporting currency saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Gate overrides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported past the gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused moves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage data missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No next action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median days to first contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to list these leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discounts by owner (average discount solid, share of deals above the threshold pale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} of {2} deals discounted, {3} above {4} %&lt;br&gt;average {5}, largest {6}&lt;br&gt;win rate discounted {7}, full price {8}&lt;br&gt;average won value discounted {9}, full price {10}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team: {0} of {1} deals discounted, average {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Furthest above the team: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No deals with a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forecast accuracy (won pale, forecast at the month's start solid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;forecast {1}&lt;br&gt;won {2}&lt;br&gt;error {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No past months yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean absolute percentage error: {0}; won over these months: {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversion by manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort: conversion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort: leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort: won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort: name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bars: conversion %, line: 95 % interval, grey: previous period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads of {0} and their team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversion: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Win rate: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads {0}, open {1}, won {2}, lost {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous period: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels: leads, conversion, cost per lead / per won deal, ROI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversion %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost per lead / per won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ROI ×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads from {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost: orange per lead, pale per won deal (labels: per lead / per won). Hover for figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads {0}, won {1}, lost {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spend: {0}; won value: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost per lead: {0}; per won deal: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ROI: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trend: created and won leads per period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>created, previous period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>won, previous period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grouped by {0}; hover a period for its figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hollow points: periods only partly in the range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created {0}, won {1}, lost {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversion of this cohort: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {0} of its {1} days are in the range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous period ({0}): created {1}, won {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forecast by expected-close month (value pale, weighted solid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} open leads&lt;br&gt;value {2}&lt;br&gt;weighted value {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unscheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weighted pipeline: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open leads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads that reached “{0}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weakest step: “{0}” at {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weakest step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached: {0}; in this stage now: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the previous stage: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the top: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped off after it: {0}; lost here: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost reasons per stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} of {3} lost here ({4})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost at “{0}”: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time in stage (days: median, 75th percentile behind)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: median {1}, 75th percentile {2} (n={3} stays)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}'s team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No lead reached this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1} leads went on ({2}); {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team: {0} of {1} ({2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer than {0} leads: too few to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click or press Enter to list the leads that stopped here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weakest: no one has {0} leads at a step yet, too few to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weakest: {0} at {1}: {2} of {3} (team {4})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: team {1} of {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversion by employee and stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red: below the team's rate at that step, green: above; grey: fewer than {0} leads;
framed: the weakest of each step; bold: the one named above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: reached {1}, never {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no channel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unassigned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>95 % interval {0}–{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} d</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardFilterBar</name>
        <message>
            <source>Managers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team roll-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count each manager's figures with everyone below them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What-if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the what-if panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>won {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in the figures (money in {0}; no exchange rate): {1}. Add rates in Settings → Currencies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; compared with {0} – {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: leads created {1}{2}. {3} entered, {4} won. Money in {5}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln lead(s); the first %1 are listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>&lt;h2&gt;No leads yet&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try FunnelDesk with a few hundred realistic demo leads, or bring your own from an .xlsx or .csv file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill this database with sample leads, users and channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a spreadsheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring leads in from an .xlsx or .csv file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Engagement</name>
        <message>
            <source>driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gatekeeper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not involved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>FunnelDesk — unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong. Your data is safe; the operation was not finished. Please copy the details below into a bug report.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The move was refused; these exit criteria are not met:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not allowed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed this lead meanwhile: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit criteria not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All the leads you can see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leads of the Leads page's filter (pipeline and created dates).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its search text and other filters are not applied to the export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leads (.xlsx or .csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Analytics report workbook (.xlsx with charts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary, funnel, managers, channels and periods of the chosen period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ccountant workbook (deals won in the period, one sheet per month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won date, client, invoice reference, amount, discount and net amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FunnelDesk reads .xlsx and .csv files; the first sheet is imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path to an .xlsx or .csv file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 data rows and %2 columns found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GateChecklistPanel</name>
        <message>
            <source>Exit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit criteria of the current stage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the buyer's gatekeeper as a participant first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gatekeeper approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved on to {0}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GatePanel</name>
        <message>
            <source>Why the move was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the move again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;“%1” cannot move to %2 yet.&lt;/b&gt;&lt;br&gt;Meet these exit criteria, then try again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every criterion is met now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a user with the %1 role can approve this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open lead…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the field or log the activity in the lead editor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gate overridden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approval withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(do not import)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date entered stage “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category / product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected close date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next action date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>External id (updates on re-import)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status (won / lost / open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d/m/y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>m/d/y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d/m or m/d?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, mixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day/month/year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>month/day/year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>year-month-day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day and month alike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO 8601</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spreadsheet serial numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 with time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(decided by %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(as chosen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day/month/year (31/12/2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month/day/year (12/31/2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year/month/day (2024/12/31)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no user “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no stage “%1” in pipeline “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown owners: go back and tick “Create missing owners as employees”, or add them in Settings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown stages: the stage column must name stages of the chosen pipeline; choose another pipeline, or add the stages in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ambiguous dates: go back and choose the date order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moves past unmet exit criteria: complete the criteria on the board first, or (owners) give a reason below to move them anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the option below to import the valid rows only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the window:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the language the window is shown in now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language applies the next time FunnelDesk starts; the command line always stays in English.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadColumns</name>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadEditorDialog</name>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: someone else changed this lead meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reloaded their version; your edits were dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your edits are kept; saving now replaces their values for the fields you changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadFields</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>External id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(blank)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>discount (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected close date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next action date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadFieldsForm</name>
        <message>
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+1 555 0100 (digits, spaces, + - ( ) . /)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadFilterBar</name>
        <message>
            <source>Search title, company, contact, e-mail, phone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all leads again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark lost…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n lead(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Showing %n lead(s) from the dashboard: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: {1} changed, {2} refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: {0} not processed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <source>Mark “%1” as lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>FunnelDesk — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team databases are backed up on the PostgreSQL server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which pipeline the board shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search title, company, contact, e-mail, phone (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Pipeline: </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln lead(s) in this pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>filtered by “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each column of the file is matched to a lead field by its name. Change any match, or choose “do not import”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create missing owners as employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Otherwise rows naming an unknown owner are rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates like 03/04/2024:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First %1 of %2 rows in %3:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several columns are imported as “%1”; keep one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some dates could be day/month or month/day: choose the date order above, or the dry run will refuse them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(column %1 has no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import column %1 as</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Move to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark “%1” lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve “%1”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Move %Ln lead(s) to %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Assign %Ln lead(s) to %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Mark %Ln lead(s) lost (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New lead…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to &amp;next stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to &amp;previous stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About FunnelDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot undo: the gate refuses it — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead moved to the trash. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About FunnelDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;A desktop lead-pipeline manager: stages with exit criteria, a board, and funnel analytics.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpeningNote</name>
        <message>
            <source>Opening %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrading the database on the server for this version of FunnelDesk…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 GB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrading %1 for this version of FunnelDesk: first a verified backup of the file as it is, then the upgrade. A big file takes a minute or two.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomeZone</name>
        <message>
            <source>first stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop a card here to mark it %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>The leads table is not available in this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funnel, manager and channel charts will appear here.
Until then, the Board shows counts, values and conversion per stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels and their monthly spend are edited in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings are not available in this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lead editor is not available in this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import wizard is not available yet; use `funneldesk import FILE`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data is not available in this build; run `funneldesk demo`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data was not loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating demo leads…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set engagement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages (drag to reorder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply stage changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit criteria of the selected stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New stage {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewTable</name>
        <message>
            <source>First rows of the file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Any {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefusalSummaryDialog</name>
        <message>
            <source>{0}: summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} changed, {1} refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused leads</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Discount threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the approval gate's figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The discounts report counts the deals whose discount is above this figure. Without one, each pipeline uses its discount approval gate (15 % in typical sales). An owner or a manager may change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set for every pipeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set: the approval gate's figure is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold removed: the approval gate's figure is used.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the rejected-rows report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 leads created and %2 updated.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln rejected row(s) listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled. The database is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is unchanged: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>employee</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling: undoing the import…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>%1 is damaged. FunnelDesk left it exactly as it was and wrote nothing to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No verified backup was found next to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest verified backup is %1, taken on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring it keeps the damaged file aside, byte for byte. From a terminal, the same is:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database is already open in another FunnelDesk window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic backup written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Pipelines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels, personas, lost reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users and roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currencies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to FunnelDesk — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This team database is on a server. Sign in with your login and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database is protected. Sign in with your login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in refused: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move on automatically when the criteria are met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional (may be skipped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Win probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rotting limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funnel group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageMapTable</name>
        <message>
            <source>Value in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— reject these rows —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check before importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A dry run: nothing has been changed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the valid rows and skip the rejected ones (they are listed in a report file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for moving these leads past the gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move them anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates in “%1”: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; to create, &lt;b&gt;%3&lt;/b&gt; to update, %4 unchanged, &lt;b&gt;%5&lt;/b&gt; rejected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New owners (employees)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New lost reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected rows are not imported. Without the option below, the import is refused as a whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages the pipeline does not have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owners who are not users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 new leads are placed past exit criteria they do not meet; their history will say “imported past the gate”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rows would move existing leads past unmet exit criteria and are refused (listed below with every unmet criterion).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 leads will be moved past the gate with your reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be imported with these choices: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Temperature</name>
        <message>
            <source>cold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hot</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 follow-ups due or overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 follow-ups due today or overdue (see Today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up due: %1 on “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FunnelDesk reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My team's follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue and due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads with no next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 overdue, %2 due today, %3 next actions due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open leads with no next step: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the first %1 shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next action</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>What if…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change in the number of leads entering the funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top-of-funnel volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to current figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now {0} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>→ {0} (now {1} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Won deals&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Won value&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ProgressWatch</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
