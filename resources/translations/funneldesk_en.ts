<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BoardColumn</name>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln lead</numerusform>
                <numerusform>%Ln leads</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln lead</numerusform>
                <numerusform>%Ln leads</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s); the first %1 are listed</source>
            <translation>
                <numerusform>%Ln lead; the first %1 are listed</numerusform>
                <numerusform>%Ln leads; the first %1 are listed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message numerus="yes">
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n lead</numerusform>
                <numerusform>%n leads</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %n lead(s) from the dashboard: %1</source>
            <translation>
                <numerusform>Showing %n lead from the dashboard: %1</numerusform>
                <numerusform>Showing %n leads from the dashboard: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln lead(s) in this pipeline</source>
            <translation>
                <numerusform>%Ln lead in this pipeline</numerusform>
                <numerusform>%Ln leads in this pipeline</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message numerus="yes">
            <source>Move %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Move %Ln lead to %1</numerusform>
                <numerusform>Move %Ln leads to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assign %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Assign %Ln lead to %1</numerusform>
                <numerusform>Assign %Ln leads to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %Ln lead(s) lost (%1)</source>
            <translation>
                <numerusform>Mark %Ln lead lost (%1)</numerusform>
                <numerusform>Mark %Ln leads lost (%1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message numerus="yes">
            <source>%Ln rejected row(s) listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</source>
            <translation>
                <numerusform>%Ln rejected row listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
                <numerusform>%Ln rejected rows listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
            </translation>
        </message>
    </context>
</TS>
