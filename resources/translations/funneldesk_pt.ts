<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_PT">
<context>
    <name />
    <message>
        <location filename="../../ui/board/delegate.py" line="103" />
        <source>(no company)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="107" />
        <source>%1/%2 criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="123" />
        <source>unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="129" />
        <source>%1 d in stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="136" />
        <source>next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="43" />
        <source>Conversion by manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="46" />
        <source>Sort: conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="47" />
        <source>Sort: leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="48" />
        <source>Sort: won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="49" />
        <source>Sort: name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="126" />
        <source>Bars: conversion %, line: 95 % interval, grey: previous period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="135" />
        <source>Leads of {0} and their team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="135" />
        <source>Leads of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="142" />
        <location filename="../../ui/dashboard/group_charts.py" line="245" />
        <source>Conversion: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="143" />
        <location filename="../../ui/dashboard/group_charts.py" line="246" />
        <source>Win rate: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="144" />
        <source>Leads {0}, open {1}, won {2}, lost {3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="145" />
        <location filename="../../ui/dashboard/series_charts.py" line="77" />
        <source>Won value: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="146" />
        <source>Previous period: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="155" />
        <source>Channels: leads, conversion, cost per lead / per won deal, ROI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="159" />
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="159" />
        <source>Conversion %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="159" />
        <source>Cost per lead / per won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="159" />
        <source>ROI ×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="179" />
        <source>Leads from {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="206" />
        <source>Cost: orange per lead, pale per won deal (labels: per lead / per won). Hover for figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="244" />
        <source>Leads {0}, won {1}, lost {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="247" />
        <source>Spend: {0}; won value: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="248" />
        <source>Cost per lead: {0}; per won deal: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/group_charts.py" line="251" />
        <source>ROI: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="23" />
        <source>Trend: created and won leads per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="34" />
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="37" />
        <source>won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="41" />
        <source>created, previous period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="44" />
        <source>won, previous period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="61" />
        <source>Grouped by {0}; hover a period for its figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="76" />
        <source>Created {0}, won {1}, lost {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="78" />
        <source>Conversion of this cohort: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="83" />
        <source>Previous period ({0}): created {1}, won {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="98" />
        <source>Forecast by expected-close month (value pale, weighted solid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="108" />
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} open leads&lt;br&gt;value {2}&lt;br&gt;weighted value {3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="109" />
        <source>unscheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="126" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="133" />
        <source>Weighted pipeline: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/series_charts.py" line="133" />
        <source>No open leads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="34" />
        <source>Funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="56" />
        <source>Leads that reached “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="66" />
        <source>Weakest step: “{0}” at {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="82" />
        <source>weakest step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="83" />
        <source>Reached: {0}; in this stage now: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="84" />
        <source>From the previous stage: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="85" />
        <source>From the top: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="86" />
        <source>Dropped off after it: {0}; lost here: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="89" />
        <source>Click to list these leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="98" />
        <source>Lost reasons per stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="124" />
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} of {3} lost here ({4})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="133" />
        <source>Lost at “{0}”: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="153" />
        <source>Time in stage (days: median, 75th percentile behind)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/stage_charts.py" line="163" />
        <source>&lt;b&gt;{0}&lt;/b&gt;: median {1}, 75th percentile {2} (n={3} stays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/text.py" line="36" />
        <source>95 % interval {0}–{1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/text.py" line="42" />
        <source>no sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/text.py" line="64" />
        <source>{0} d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="35" />
        <source>Engagement</source>
        <comment>driver</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="35" />
        <source>Engagement</source>
        <comment>participant</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="36" />
        <source>Engagement</source>
        <comment>gatekeeper</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="37" />
        <source>Engagement</source>
        <comment>not involved</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="42" />
        <source>Activities</source>
        <comment>call</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="42" />
        <source>Activities</source>
        <comment>meeting</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="43" />
        <source>Activities</source>
        <comment>e-mail</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="43" />
        <source>Activities</source>
        <comment>task</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="44" />
        <source>Activities</source>
        <comment>demo</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="41" />
        <source>LeadFields</source>
        <comment>Title</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="41" />
        <source>LeadFields</source>
        <comment>Contact person</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="42" />
        <source>LeadFields</source>
        <comment>Company</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="42" />
        <source>LeadFields</source>
        <comment>E-mail</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="43" />
        <source>LeadFields</source>
        <comment>Phone</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="43" />
        <source>LeadFields</source>
        <comment>Value</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="44" />
        <source>LeadFields</source>
        <comment>Currency</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="44" />
        <source>LeadFields</source>
        <comment>Discount (%)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="45" />
        <source>LeadFields</source>
        <comment>Temperature</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="45" />
        <source>LeadFields</source>
        <comment>Channel</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="46" />
        <source>LeadFields</source>
        <comment>Persona</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="46" />
        <source>LeadFields</source>
        <comment>Category</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="47" />
        <source>LeadFields</source>
        <comment>Expected close</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="48" />
        <source>LeadFields</source>
        <comment>Next action</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="49" />
        <source>LeadFields</source>
        <comment>Satisfaction (1–5)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="50" />
        <source>LeadFields</source>
        <comment>External id</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="50" />
        <source>LeadFields</source>
        <comment>Notes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="63" />
        <source>LeadFields</source>
        <comment>(blank)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="25" />
        <source>History</source>
        <comment>by hand</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="25" />
        <source>History</source>
        <comment>automatically</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="26" />
        <source>History</source>
        <comment>by import</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="26" />
        <source>History</source>
        <comment>gate overridden</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="27" />
        <source>History</source>
        <comment>undone</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="33" />
        <source>History</source>
        <comment>created</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="33" />
        <source>History</source>
        <comment>edited</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="34" />
        <source>History</source>
        <comment>assigned</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="34" />
        <source>History</source>
        <comment>deleted</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="35" />
        <source>History</source>
        <comment>restored</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="35" />
        <source>History</source>
        <comment>checklist</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="36" />
        <source>History</source>
        <comment>approved</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="36" />
        <source>History</source>
        <comment>approval withdrawn</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="37" />
        <source>History</source>
        <comment>activity</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="37" />
        <source>History</source>
        <comment>participant</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40" />
        <source>FunnelDesk — unexpected error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45" />
        <source>Error details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47" />
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54" />
        <source>Something went wrong. Your data is safe; the operation was not finished. Please copy the details below into a bug report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="32" />
        <source>(do not import)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="34" />
        <source>Date entered stage “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="36" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="36" />
        <source>Contact name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="36" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="37" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="37" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="37" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="37" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="38" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="38" />
        <source>Persona</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="38" />
        <source>Lost reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="39" />
        <source>Category / product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="39" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="39" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="40" />
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="40" />
        <location filename="../../ui/leads/columns.py" line="46" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="41" />
        <source>Expected close date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="41" />
        <source>Next action date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="42" />
        <source>Satisfaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="42" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="43" />
        <source>External id (updates on re-import)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="43" />
        <source>Created on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="44" />
        <source>Closed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="56" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="56" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="56" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="56" />
        <source>Empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="58" />
        <source>d/m/y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="58" />
        <source>m/d/y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="58" />
        <source>d/m or m/d?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="61" />
        <source>, mixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="67" />
        <source>Detect from the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="68" />
        <source>Day/month/year (31/12/2024)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="69" />
        <source>Month/day/year (12/31/2024)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="70" />
        <source>Year/month/day (2024/12/31)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="98" />
        <source>Unknown owners: go back and tick “Create missing owners as employees”, or add them in Settings first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="102" />
        <source>Unknown stages: the stage column must name stages of the chosen pipeline; choose another pipeline, or add the stages in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="105" />
        <source>Ambiguous dates: go back and choose the date order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/words.py" line="106" />
        <source>Tick the option below to import the valid rows only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="85" />
        <source>The leads table is not available in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="87" />
        <source>Leads table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="99" />
        <source>Funnel, manager and channel charts will appear here.
Until then, the Board shows counts, values and conversion per stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="112" />
        <source>Channels and their monthly spend are edited in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="122" />
        <source>Settings are not available in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="170" />
        <source>The lead editor is not available in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="205" />
        <source>The import wizard is not available yet; use `funneldesk import FILE`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="227" />
        <source>Demo data is not available in this build; run `funneldesk demo`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="238" />
        <source>Demo data loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="243" />
        <source>Demo data was not loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="243" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/integrations.py" line="249" />
        <source>Creating demo leads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="30" />
        <source>LeadColumns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="37" />
        <source>Move to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="38" />
        <source>Mark “%1” lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="39" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="40" />
        <source>Assign “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41" />
        <source>Delete “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64" />
        <source>&amp;New lead…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66" />
        <source>Load &amp;demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67" />
        <source>&amp;Import a spreadsheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="68" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="69" />
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="70" />
        <source>&amp;Switch user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="71" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73" />
        <location filename="../../ui/menus.py" line="138" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="78" />
        <location filename="../../ui/menus.py" line="139" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86" />
        <source>&amp;Edit lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="89" />
        <source>&amp;Delete lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="92" />
        <source>Move to &amp;next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="95" />
        <source>Move to &amp;previous stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="97" />
        <source>&amp;About FunnelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="103" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="106" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="107" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="111" />
        <source>&amp;Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="111" />
        <source>&amp;Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="111" />
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="111" />
        <source>&amp;Channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="111" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="118" />
        <source>&amp;Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="119" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="157" />
        <source>Redone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="157" />
        <source>Undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="163" />
        <source>Cannot undo: the gate refuses it — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="200" />
        <source>Lead moved to the trash. Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="234" />
        <source>Switch user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="234" />
        <source>Work as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="244" />
        <source>About FunnelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/menus.py" line="246" />
        <source>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;A desktop lead-pipeline manager: stages with exit criteria, a board, and funnel analytics.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="67" />
        <source>Errors</source>
        <comment>The move was refused; these exit criteria are not met:</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="69" />
        <source>Errors</source>
        <comment>Not allowed: {0}</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="71" />
        <source>Errors</source>
        <comment>Someone else changed this lead meanwhile: {0}</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="74" />
        <source>Errors</source>
        <comment>Unexpected error: {0}</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="80" />
        <source>Errors</source>
        <comment>Exit criteria not met</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="81" />
        <source>Errors</source>
        <comment>Not allowed</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="82" />
        <source>Errors</source>
        <comment>Changed by someone else</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="83" />
        <source>Errors</source>
        <comment>Not found</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models_util.py" line="84" />
        <source>Errors</source>
        <comment>Rejected</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="40" />
        <source>Catalog</source>
        <comment>Channels</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="40" />
        <source>Catalog</source>
        <comment>Personas</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="41" />
        <source>Catalog</source>
        <comment>Lost reasons</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="56" />
        <source>ChannelKind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="23" />
        <source>Criteria</source>
        <comment>A field is set or meets a condition</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="24" />
        <source>Criteria</source>
        <comment>A checklist item is ticked</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="25" />
        <source>Criteria</source>
        <comment>An approval is given</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="26" />
        <source>Criteria</source>
        <comment>Activities are done</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="31" />
        <source>Criteria</source>
        <comment>Field</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="31" />
        <source>Criteria</source>
        <comment>Checklist</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="32" />
        <source>Criteria</source>
        <comment>Approval</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="32" />
        <source>Criteria</source>
        <comment>Activity</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="37" />
        <source>Criteria</source>
        <comment>is set</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="48" />
        <location filename="../../ui/settings/criterion_form.py" line="58" />
        <source>LeadFields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="50" />
        <source>Criteria</source>
        <comment>a manager</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="51" />
        <source>Criteria</source>
        <comment>an owner</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="54" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="57" />
        <source>Criteria</source>
        <comment>always</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_model.py" line="36" />
        <source>Stages</source>
        <comment>open</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_model.py" line="36" />
        <source>Stages</source>
        <comment>won</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_model.py" line="37" />
        <source>Stages</source>
        <comment>lost</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="36" />
        <source>Roles</source>
        <comment>owner</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="36" />
        <source>Roles</source>
        <comment>manager</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="37" />
        <source>Roles</source>
        <comment>employee</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesPanel</name>
    <message>
        <location filename="../../ui/editor/engagement.py" line="132" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="132" />
        <location filename="../../ui/editor/engagement.py" line="135" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="132" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="133" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="133" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="142" />
        <source>Log a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="143" />
        <source>Schedule a meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="144" />
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="61" />
        <source>FunnelDesk cannot open the database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups.py" line="52" />
        <location filename="../../ui/backups.py" line="56" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="55" />
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="55" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="55" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="64" />
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="65" />
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="71" />
        <source>Backups of %1, newest first. Restoring one keeps a copy of the current file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="111" />
        <source>No backups yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="117" />
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="118" />
        <source>Manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="119" />
        <source>Kept before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="123" />
        <source>Taken before a schema upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="137" />
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="141" />
        <source>Backup written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="152" />
        <source>Restore this backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="154" />
        <source>Replace the database with the backup taken on %1?

A copy of the current file is kept with the backups first, so this can be undone by restoring that copy. FunnelDesk then closes; start it again to open the restored database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="167" />
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="172" />
        <source>(no previous file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="173" />
        <source>Restored. The previous file is kept at %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../ui/board/column.py" line="75" />
        <source>Leads in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/column.py" line="101" />
        <source>Leads in this stage and their total value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/column.py" line="104" />
        <source>Of the leads that reached the previous stage, the share that also reached this one</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../ui/board/view.py" line="103" />
        <source>Loading the board…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <location filename="../../ui/board/model.py" line="69" />
        <source>%1
Drag to another stage, or press Ctrl+Right / Ctrl+Left. Enter opens it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="61" />
        <source>Amount, e.g. 1500.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="83" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="86" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="87" />
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="88" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="98" />
        <source>Monthly spend of the selected channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="100" />
        <source>Set spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="147" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/catalog_page.py" line="179" />
        <source>The amount must be a number like 1500.00.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/dashboard/plotting.py" line="151" />
        <source>Save PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/plotting.py" line="152" />
        <source>Save this chart as a PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/plotting.py" line="219" />
        <source>Save chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/plotting.py" line="219" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/editor/conflict.py" line="45" />
        <source>Someone else changed this lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/conflict.py" line="50" />
        <source>This lead was saved by someone else at {0} while you were editing it. Nothing has been overwritten. Fields you changed are in bold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/conflict.py" line="55" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/conflict.py" line="55" />
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/conflict.py" line="55" />
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/conflict.py" line="67" />
        <source>Take theirs (reload, drop my edits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/conflict.py" line="68" />
        <source>Keep editing mine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CriterionForm</name>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="52" />
        <source>Given by the lead's gatekeeper participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="63" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="63" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="64" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="64" />
        <source>Condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="65" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="66" />
        <source>Approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="67" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="68" />
        <source>At least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="69" />
        <source>Only when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="70" />
        <source>that field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/criterion_form.py" line="71" />
        <source>compared with</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="36" />
        <source>Managers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="36" />
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="37" />
        <location filename="../../ui/dashboard/filter_bar.py" line="88" />
        <source>Pipeline</source>
        <translation>Funil</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="39" />
        <location filename="../../ui/dashboard/filter_bar.py" line="86" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="41" />
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="42" />
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="43" />
        <source>This quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="44" />
        <source>Last quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="45" />
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="46" />
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="47" />
        <source>Custom range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="52" />
        <source>Team roll-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="53" />
        <source>Count each manager's figures with everyone below them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="55" />
        <source>Persona</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="57" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="58" />
        <source>cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="58" />
        <source>warm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="58" />
        <source>hot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="88" />
        <source>Any {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="65" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="161" />
        <source>Updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="187" />
        <source>Time in stage…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="217" />
        <source>all time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="221" />
        <source>; compared with {0} – {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="225" />
        <source>{0}: leads created {1}{2}. {3} entered, {4} won.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="50" />
        <source>{0} leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="52" />
        <source>{0} leads; the first {1} are listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="58" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="59" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="60" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="61" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="62" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="63" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="64" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/board/empty_state.py" line="19" />
        <source>&lt;h2&gt;No leads yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ainda não há leads&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/board/empty_state.py" line="22" />
        <source>Try FunnelDesk with a few hundred realistic demo leads, or bring your own from an .xlsx or .csv file.</source>
        <translation>Experimente o FunnelDesk com algumas centenas de leads de demonstração realistas, ou traga os seus de um ficheiro .xlsx ou .csv.</translation>
    </message>
    <message>
        <location filename="../../ui/board/empty_state.py" line="28" />
        <source>Load demo data</source>
        <translation>Carregar dados de demonstração</translation>
    </message>
    <message>
        <location filename="../../ui/board/empty_state.py" line="29" />
        <source>Fill this database with sample leads, users and channels</source>
        <translation>Preencher esta base de dados com leads, utilizadores e canais de exemplo</translation>
    </message>
    <message>
        <location filename="../../ui/board/empty_state.py" line="30" />
        <source>Import a spreadsheet…</source>
        <translation>Importar uma folha de cálculo…</translation>
    </message>
    <message>
        <location filename="../../ui/board/empty_state.py" line="31" />
        <source>Bring leads in from an .xlsx or .csv file</source>
        <translation>Trazer leads de um ficheiro .xlsx ou .csv</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exporter.py" line="89" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="107" />
        <source>All the leads you can see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="108" />
        <source>The leads of the Leads page's filter (pipeline and created dates).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="110" />
        <source>Its search text and other filters are not applied to the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="117" />
        <source>&amp;Leads (.xlsx or .csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="119" />
        <source>&amp;Analytics report workbook (.xlsx with charts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="120" />
        <source>Summary, funnel, managers, channels and periods of the chosen period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="123" />
        <source>A&amp;ccountant workbook (deals won in the period, one sheet per month)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="124" />
        <source>Won date, client, invoice reference, amount, discount and net amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="141" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="144" />
        <source>Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="148" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="173" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="175" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="177" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="185" />
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="190" />
        <source>Exporting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="202" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="202" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="231" />
        <source>Written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="239" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="241" />
        <source>Nothing was exported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importer/file_page.py" line="34" />
        <source>Choose a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="35" />
        <source>FunnelDesk reads .xlsx and .csv files; the first sheet is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="37" />
        <source>Path to an .xlsx or .csv file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="38" />
        <source>Spreadsheet file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="39" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="55" />
        <source>Import a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="57" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="71" />
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="80" />
        <source>%1 data rows and %2 columns found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GateChecklistPanel</name>
    <message>
        <location filename="../../ui/editor/checklist.py" line="114" />
        <source>Exit criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/checklist.py" line="116" />
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/checklist.py" line="125" />
        <source>Exit criteria of the current stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/checklist.py" line="169" />
        <source>Add the buyer's gatekeeper as a participant first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/checklist.py" line="172" />
        <source>Gatekeeper approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/checklist.py" line="173" />
        <source>Approved by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/checklist.py" line="184" />
        <source>Moved on to {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="48" />
        <source>Why the move was refused</source>
        <translation>Porque é que a mudança foi recusada</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="58" />
        <source>Try the move again</source>
        <translation>Tentar a mudança de novo</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="60" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="88" />
        <source>&lt;b&gt;“%1” cannot move to %2 yet.&lt;/b&gt;&lt;br&gt;Meet these exit criteria, then try again:</source>
        <translation>&lt;b&gt;“%1” ainda não pode passar para %2.&lt;/b&gt;&lt;br&gt;Cumpra estes critérios de saída e tente de novo:</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="105" />
        <source>Every criterion is met now.</source>
        <translation>Todos os critérios estão cumpridos.</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="123" />
        <source>Tick</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="130" />
        <source>Ask for approval</source>
        <translation>Pedir aprovação</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="132" />
        <source>Only a user with the %1 role can approve this</source>
        <translation>Só um utilizador com o papel %1 pode aprovar isto</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="134" />
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="139" />
        <source>Open lead…</source>
        <translation>Abrir lead…</translation>
    </message>
    <message>
        <location filename="../../ui/board/gate_panel.py" line="140" />
        <source>Fill in the field or log the activity in the lead editor</source>
        <translation>Preencha o campo ou registe a atividade no editor do lead</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/editor/timeline.py" line="49" />
        <location filename="../../ui/editor/timeline.py" line="53" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="49" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="49" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="49" />
        <location filename="../../ui/editor/timeline.py" line="53" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="50" />
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="50" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="51" />
        <source>Stage history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="53" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="53" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="54" />
        <source>Old value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="54" />
        <source>New value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/timeline.py" line="55" />
        <source>Field changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importer/wizard.py" line="40" />
        <source>Import a spreadsheet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadColumns</name>
    <message>
        <location filename="../../ui/leads/columns.py" line="50" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="51" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="52" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="53" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="55" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="57" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="58" />
        <source>Pipeline</source>
        <translation>Funil</translation>
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="60" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="62" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="63" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="64" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="66" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="68" />
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="70" />
        <source>Next action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="72" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="74" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/columns.py" line="76" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadEditorDialog</name>
    <message>
        <location filename="../../ui/editor/dialog.py" line="52" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="67" />
        <source>New lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="67" />
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="89" />
        <source>Exit criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="90" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="91" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="92" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="110" />
        <source>Lead — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="130" />
        <source>Nothing to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="145" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="160" />
        <source>Not saved: someone else changed this lead meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="169" />
        <source>Reloaded their version; your edits were dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/dialog.py" line="172" />
        <source>Your edits are kept; saving now replaces their values for the fields you changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadFieldsForm</name>
    <message>
        <location filename="../../ui/editor/fields.py" line="89" />
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="91" />
        <source>+1 555 0100 (digits, spaces, + - ( ) . /)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="134" />
        <source>cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="134" />
        <source>warm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="135" />
        <source>hot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="149" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="156" />
        <source>not rated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="34" />
        <source>Search title, company, contact, e-mail, phone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="37" />
        <source>Search leads</source>
        <translation>Pesquisar leads</translation>
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="39" />
        <source>Pipeline</source>
        <translation>Funil</translation>
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="39" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="40" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="40" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="41" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="41" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="43" />
        <source>cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="43" />
        <source>warm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="44" />
        <source>hot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="45" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="45" />
        <source>won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="46" />
        <source>lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="57" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="60" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="68" />
        <source>Any {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/filter_bar.py" line="76" />
        <source>any</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../ui/leads/view.py" line="81" />
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="103" />
        <source>Assign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="103" />
        <source>Move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="104" />
        <source>Mark lost…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="105" />
        <source>Columns…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/leads/view.py" line="132" />
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="164" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="212" />
        <source>Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="224" />
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="232" />
        <source>Mark lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="236" />
        <source>{0}: working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="245" />
        <source>{0}: {1} changed, {2} refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/view.py" line="248" />
        <source>Cancelled: {0} not processed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../ui/board/outcomes.py" line="86" />
        <source>Mark “%1” as lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/outcomes.py" line="93" />
        <source>Why was it lost?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/outcomes.py" line="94" />
        <source>Lost reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/outcomes.py" line="96" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/outcomes.py" line="100" />
        <source>Mark as lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/outcomes.py" line="105" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/outcomes.py" line="106" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>FunnelDesk — %1</source>
        <translation>FunnelDesk — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Sections</source>
        <translation>Secções</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Pipeline</source>
        <translation>Funil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>Which pipeline the board shows</source>
        <translation>O funil que o quadro mostra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Search title, company, contact, e-mail, phone (Ctrl+F)</source>
        <translation>Pesquisar título, empresa, contacto, e-mail, telefone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Search leads</source>
        <translation>Pesquisar leads</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source> Pipeline: </source>
        <translation> Funil: </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>1 lead in this pipeline</source>
        <translation>1 lead neste funil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>%1 leads in this pipeline</source>
        <translation>%1 leads neste funil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>%1 open</source>
        <translation>%1 em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>filtered by “%1”</source>
        <translation>filtrado por “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>Signed in as %1 (%2)</source>
        <translation>Sessão iniciada como %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="37" />
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="40" />
        <source>Each column of the file is matched to a lead field by its name. Change any match, or choose “do not import”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="45" />
        <source>Pipeline</source>
        <translation>Funil</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="47" />
        <source>Date order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="50" />
        <source>Create missing owners as employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="51" />
        <source>Otherwise rows naming an unknown owner are rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="66" />
        <source>Pipeline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="67" />
        <source>Dates like 03/04/2024:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="112" />
        <source>First %1 of %2 rows in %3:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="130" />
        <source>Several columns are imported as “%1”; keep one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="135" />
        <source>Choose at least one column to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="139" />
        <source>Some dates could be day/month or month/day: choose the date order above, or the dry run will refuse them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../ui/importer/mapping_table.py" line="41" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_table.py" line="42" />
        <source>Detected type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_table.py" line="43" />
        <source>First values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_table.py" line="44" />
        <source>Import as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_table.py" line="47" />
        <source>Column mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_table.py" line="71" />
        <source>(column %1 has no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/mapping_table.py" line="77" />
        <source>Import column %1 as</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutcomeZone</name>
    <message>
        <location filename="../../ui/board/outcomes.py" line="46" />
        <source>Drop a card here to mark it %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../ui/editor/engagement.py" line="78" />
        <location filename="../../ui/editor/engagement.py" line="80" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="78" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="78" />
        <source>Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="84" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/engagement.py" line="84" />
        <source>Set engagement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="47" />
        <source>Pipeline</source>
        <translation>Funil</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="52" />
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="62" />
        <source>Exit criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="72" />
        <source>Stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="85" />
        <source>Pipeline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="86" />
        <source>New from template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="87" />
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="90" />
        <source>Stages (drag to reorder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="92" />
        <source>Add stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="93" />
        <source>Delete stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="94" />
        <source>Apply stage changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="100" />
        <source>Exit criteria of the selected stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="102" />
        <source>Add criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="103" />
        <source>Update criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="104" />
        <source>Delete criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="173" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/pipeline_page.py" line="199" />
        <source>New stage {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../ui/importer/mapping_table.py" line="117" />
        <source>First rows of the file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefusalSummaryDialog</name>
    <message>
        <location filename="../../ui/leads/bulk.py" line="66" />
        <source>{0}: summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/bulk.py" line="68" />
        <source>{0} changed, {1} refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/bulk.py" line="72" />
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/bulk.py" line="72" />
        <source>Why it was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/leads/bulk.py" line="73" />
        <source>Refused leads</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/importer/run_page.py" line="135" />
        <location filename="../../ui/importer/run_page.py" line="156" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="140" />
        <source>Open the rejected-rows report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="153" />
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="158" />
        <source>%1 leads created and %2 updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="165" />
        <source>%1 rejected rows are listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="174" />
        <source>The import was cancelled. The database is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="175" />
        <source>The database is unchanged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/importer/run_page.py" line="46" />
        <source>Importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="50" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="51" />
        <source>Cancel import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="72" />
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/run_page.py" line="103" />
        <source>Cancelling: undoing the import…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings/view.py" line="43" />
        <source>Pipelines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="44" />
        <source>Channels, personas, lost reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="45" />
        <source>Users and roles</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin.py" line="33" />
        <source>Sign in to FunnelDesk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="35" />
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="38" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="45" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="49" />
        <source>This database is protected. Sign in with your login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="50" />
        <source>&amp;Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="51" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="58" />
        <source>Enter your login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="61" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signin.py" line="77" />
        <source>Sign-in refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="42" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="43" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="49" />
        <source>Move on automatically when the criteria are met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="50" />
        <source>Optional (may be skipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="53" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="53" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="54" />
        <source>Win probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="55" />
        <source>Rotting limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="56" />
        <source>Funnel group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="56" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/stage_form.py" line="83" />
        <source>Stage colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="43" />
        <source>Check before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="44" />
        <source>A dry run: nothing has been changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="46" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="50" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="50" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="50" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="51" />
        <source>Rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="57" />
        <source>Import the valid rows and skip the rejected ones (they are listed in a report file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="77" />
        <source>Checking every row…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="110" />
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; to create, &lt;b&gt;%3&lt;/b&gt; to update, %4 unchanged, &lt;b&gt;%5&lt;/b&gt; rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="120" />
        <source>New owners (employees)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="121" />
        <source>New channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="122" />
        <source>New personas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="123" />
        <source>New lost reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="130" />
        <source>Rejected rows are not imported. Without the option below, the import is refused as a whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="143" />
        <source>The file cannot be imported with these choices: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users_page.py" line="50" />
        <location filename="../../ui/settings/users_page.py" line="62" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="50" />
        <location filename="../../ui/settings/users_page.py" line="62" />
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="50" />
        <location filename="../../ui/settings/users_page.py" line="63" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="50" />
        <location filename="../../ui/settings/users_page.py" line="57" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="51" />
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="63" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="68" />
        <source>Add user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="69" />
        <source>Update selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="93" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="93" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="100" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/users_page.py" line="133" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../ui/dashboard/whatif_panel.py" line="32" />
        <source>What if…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/whatif_panel.py" line="38" />
        <source>Change in the number of leads entering the funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/whatif_panel.py" line="43" />
        <source>Top-of-funnel volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/whatif_panel.py" line="48" />
        <source>Back to current figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/whatif_panel.py" line="65" />
        <source>Now {0:.1f} %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/whatif_panel.py" line="68" />
        <source>→ {0} (now {1:.1f} %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/whatif_panel.py" line="115" />
        <source>&lt;b&gt;Won deals&lt;/b&gt;: {0} now → {1} ({2})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dashboard/whatif_panel.py" line="120" />
        <source>&lt;b&gt;Won value&lt;/b&gt;: {0} now → {1} ({2})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_ProgressWatch</name>
    <message>
        <location filename="../../ui/context.py" line="92" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <location filename="../../ui/dashboard/filter_bar.py" line="131" />
        <source>Any {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/backups.py" line="201" />
        <source>(no previous file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="204" />
        <source>Backup restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/backups.py" line="206" />
        <source>The backup is restored. The previous file is kept at:
%1

FunnelDesk will now close; start it again to work on the restored database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporter.py" line="252" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/board/column.py" line="142" />
        <source>first stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/column.py" line="143" />
        <source>%1 % from previous stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/column.py" line="149" />
        <source>1 lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/column.py" line="149" />
        <source>%1 leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/column.py" line="154" />
        <source>%1 % from previous</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/backups.py" line="192" />
        <source>Team databases are backed up on the PostgreSQL server.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>