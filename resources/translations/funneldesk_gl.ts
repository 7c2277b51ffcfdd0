<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gl" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>call</source>
            <translation>chamada</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>reunión</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>correo</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tarefa</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>demostración</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>Rexistrar chamada</translation>
        </message>
        <message>
            <source>Schedule a meeting</source>
            <translation>Programar reunión</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como feito</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>FunnelDesk — risky location</source>
            <translation>FunnelDesk — localización arriscada</translation>
        </message>
        <message>
            <source>&amp;Restore the backup and open it</source>
            <translation>&amp;Restaurar a copia de seguranza e abrila</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Saír</translation>
        </message>
        <message>
            <source>FunnelDesk is already open</source>
            <translation>O FunnelDesk xa está aberto</translation>
        </message>
        <message>
            <source>FunnelDesk cannot open the database</source>
            <translation>O FunnelDesk non pode abrir a base de datos</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>A base de datos está danada</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando a copia de seguranza…</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>Non se puido restaurar a copia de seguranza</translation>
        </message>
        <message>
            <source>Integrity check passed</source>
            <translation>Comprobación de integridade superada</translation>
        </message>
        <message>
            <source>Checking the file after an unclean shutdown…</source>
            <translation>Comprobando o ficheiro despois dun peche incorrecto…</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Copias de seguranza</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Feita o</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Facer copia agora</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Backups of %1, newest first. Restoring one keeps a copy of the current file first.</source>
            <translation>Copias de seguranza de %1, as máis recentes primeiro. Restaurar unha garda antes unha copia do ficheiro actual.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Aínda non hai copias de seguranza.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automática</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Kept before a restore</source>
            <translation>Gardada antes dunha restauración</translation>
        </message>
        <message>
            <source>Taken before a schema upgrade</source>
            <translation>Feita antes dunha actualización do esquema</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Facendo copia de seguranza…</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Copia de seguranza gardada en %1.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restaurar esta copia de seguranza?</translation>
        </message>
        <message>
            <source>Replace the database with the backup taken on %1?

A copy of the current file is kept with the backups first, so this can be undone by restoring that copy. The window then reopens on the restored database.</source>
            <translation>Substituír a base de datos pola copia de seguranza feita o %1?

Antes gárdase unha copia do ficheiro actual xunto ás copias de seguranza, así que isto pode desfacerse restaurando esa copia. Despois a xanela ábrese de novo coa base de datos restaurada.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>(no previous file)</source>
            <translation>(ningún ficheiro anterior)</translation>
        </message>
        <message>
            <source>Restored. The previous file is kept at %1.</source>
            <translation>Restaurada. O ficheiro anterior gárdase en %1.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguranza restaurada</translation>
        </message>
        <message>
            <source>The backup is restored. The previous file is kept at:
%1

The window now reopens on the restored database.</source>
            <translation>A copia de seguranza foi restaurada. O ficheiro anterior gárdase en:
%1

A xanela ábrese agora de novo coa base de datos restaurada.</translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>Leads in %1</source>
            <translation>Leads en %1</translation>
        </message>
        <message>
            <source>Leads in this stage and their total value</source>
            <translation>Leads nesta etapa e o seu valor total</translation>
        </message>
        <message>
            <source>Of the leads that reached the previous stage, the share that also reached this one</source>
            <translation>Dos leads que chegaron á etapa anterior, a parte que tamén chegou a esta</translation>
        </message>
        <message>
            <source>first stage</source>
            <translation>primeira etapa</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>%1 % da etapa anterior</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln lead</numerusform>
                <numerusform>%Ln leads</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>%1 % da anterior</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Loading the board…</source>
            <translation>Cargando o taboleiro…</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>(no company)</source>
            <translation>(sen empresa)</translation>
        </message>
        <message>
            <source>%1/%2 criteria</source>
            <translation>%1/%2 criterios</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>sen responsable</translation>
        </message>
        <message>
            <source>%1 d in stage</source>
            <translation>%1 d na etapa</translation>
        </message>
        <message>
            <source>next: %1</source>
            <translation>próx.: %1</translation>
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <source>%1
Drag to another stage, or press Ctrl+Right / Ctrl+Left. Enter opens it.</source>
            <translation>%1
Arrastra a outra etapa, ou preme Ctrl+Dereita / Ctrl+Esquerda. Intro ábreo.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Channels</source>
            <translation>Canles</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Motivos de perda</translation>
        </message>
    </context>
    <context>
        <name>CatalogPage</name>
        <message>
            <source>Amount, e.g. 1500.00</source>
            <translation>Importe, p. ex. 1500.00</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Engadir</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renomear</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Monthly spend of the selected channel</source>
            <translation>Gasto mensual da canle seleccionada</translation>
        </message>
        <message>
            <source>Set spend</source>
            <translation>Definir gasto</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gardado.</translation>
        </message>
        <message>
            <source>The amount must be a number like 1500.00.</source>
            <translation>O importe debe ser un número como 1500.00.</translation>
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>paid</source>
            <translation>pagado</translation>
        </message>
        <message>
            <source>owned</source>
            <translation>propio</translation>
        </message>
        <message>
            <source>earned</source>
            <translation>gañado</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save PNG…</source>
            <translation>Gardar PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Gardar este gráfico como imaxe PNG</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Gardar gráfico</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imaxes PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else changed this lead</source>
            <translation>Outra persoa cambiou este lead</translation>
        </message>
        <message>
            <source>This lead was saved by someone else at {0} while you were editing it. Nothing has been overwritten. Fields you changed are in bold.</source>
            <translation>Este lead gardouno outra persoa ás {0} mentres o editabas. Non se sobrescribiu nada. Os campos que cambiaches están en negra.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>O teu</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>O deles</translation>
        </message>
        <message>
            <source>Take theirs (reload, drop my edits)</source>
            <translation>Quedar co deles (recargar, descartar as miñas edicións)</translation>
        </message>
        <message>
            <source>Keep editing mine</source>
            <translation>Seguir editando o meu</translation>
        </message>
    </context>
    <context>
        <name>Criteria</name>
        <message>
            <source>A field is set or meets a condition</source>
            <translation>Un campo está cuberto ou cumpre unha condición</translation>
        </message>
        <message>
            <source>A checklist item is ticked</source>
            <translation>Un elemento da lista de comprobación está marcado</translation>
        </message>
        <message>
            <source>An approval is given</source>
            <translation>Deuse unha aprobación</translation>
        </message>
        <message>
            <source>Activities are done</source>
            <translation>As actividades están feitas</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de comprobación</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Aprobación</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividade</translation>
        </message>
        <message>
            <source>is set</source>
            <translation>está cuberto</translation>
        </message>
        <message>
            <source>a manager</source>
            <translation>un xestor</translation>
        </message>
        <message>
            <source>an owner</source>
            <translation>un propietario</translation>
        </message>
        <message>
            <source>always</source>
            <translation>sempre</translation>
        </message>
    </context>
    <context>
        <name>CriterionForm</name>
        <message>
            <source>Given by the lead's gatekeeper participant</source>
            <translation>Dada polo participante gardián do lead</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condición</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Aprobador</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividade</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Polo menos</translation>
        </message>
        <message>
            <source>Only when</source>
            <translation>Só cando</translation>
        </message>
        <message>
            <source>that field</source>
            <translation>ese campo</translation>
        </message>
        <message>
            <source>compared with</source>
            <translation>comparado con</translation>
        </message>
    </context>
    <context>
        <name>CurrencyPage</name>
        <message>
            <source>e.g. USD</source>
            <translation>p. ex. EUR</translation>
        </message>
        <message>
            <source>Reporting currency</source>
            <translation>Moeda dos informes</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>In force since</source>
            <translation>En vigor desde</translation>
        </message>
        <message>
            <source>Rate today</source>
            <translation>Taxa hoxe</translation>
        </message>
        <message>
            <source>Rates (since)</source>
            <translation>Taxas (desde)</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Taxas de cambio</translation>
        </message>
        <message>
            <source>Currency, e.g. EUR</source>
            <translation>Moeda, p. ex. EUR</translation>
        </message>
        <message>
            <source>Rate, e.g. 1.08</source>
            <translation>Taxa, p. ex. 1.08</translation>
        </message>
        <message>
            <source>Every money figure in reports, the dashboard and the analytics workbook is in this currency. Changing it converts the rates you have into it.</source>
            <translation>Todos os importes dos informes, do panel e do libro de análise están nesta moeda. Cambiala converte a ela as taxas que tes.</translation>
        </message>
        <message>
            <source>Set reporting currency</source>
            <translation>Definir moeda dos informes</translation>
        </message>
        <message>
            <source>A rate is how many units of the reporting currency one unit of the currency is worth, from a day on. A deal is converted at the rate in force on its won day; a deal with no rate is left out of totals and shown apart.</source>
            <translation>Unha taxa é cantas unidades da moeda dos informes vale unha unidade da moeda, desde un día. Un negocio convértese á taxa vixente no día en que se gañou; un negocio sen taxa queda fóra dos totais e amósase á parte.</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>Definir taxa</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importar CSV…</translation>
        </message>
        <message>
            <source>Leads by currency: {0}</source>
            <translation>Leads por moeda: {0}</translation>
        </message>
        <message>
            <source>(only later rates)</source>
            <translation>(só taxas posteriores)</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Traballando…</translation>
        </message>
        <message>
            <source>{0} rates read: {1} added, {2} changed.</source>
            <translation>{0} taxas lidas: {1} engadidas, {2} cambiadas.</translation>
        </message>
        <message>
            <source>Reporting currency saved.</source>
            <translation>Moeda dos informes gardada.</translation>
        </message>
        <message>
            <source>Rate saved.</source>
            <translation>Taxa gardada.</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Importar taxas de cambio</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Ficheiros CSV (*.csv);;Todos os ficheiros (*)</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Gate overrides</source>
            <translation>Excepcións á porta</translation>
        </message>
        <message>
            <source>Stages skipped</source>
            <translation>Etapas saltadas</translation>
        </message>
        <message>
            <source>Imported past the gate</source>
            <translation>Importados alén da porta</translation>
        </message>
        <message>
            <source>Refused moves</source>
            <translation>Movementos rexeitados</translation>
        </message>
        <message>
            <source>Stage data missing</source>
            <translation>Faltan datos da etapa</translation>
        </message>
        <message>
            <source>Overdue activities</source>
            <translation>Actividades atrasadas</translation>
        </message>
        <message>
            <source>No next action</source>
            <translation>Sen próxima acción</translation>
        </message>
        <message>
            <source>Process compliance</source>
            <translation>Cumprimento do proceso</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Median days to first contact</source>
            <translation>Mediana de días ata o primeiro contacto</translation>
        </message>
        <message>
            <source>Click to list these leads</source>
            <translation>Fai clic para listar estes leads</translation>
        </message>
        <message>
            <source>Discounts by owner (average discount solid, share of deals above the threshold pale)</source>
            <translation>Descontos por responsable (desconto medio sólido, parte dos negocios por riba do límite clara)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} of {2} deals discounted, {3} above {4} %&lt;br&gt;average {5}, largest {6}&lt;br&gt;win rate discounted {7}, full price {8}&lt;br&gt;average won value discounted {9}, full price {10}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} de {2} negocios con desconto, {3} por riba do {4} %&lt;br&gt;media {5}, maior {6}&lt;br&gt;taxa de gañados con desconto {7}, prezo completo {8}&lt;br&gt;valor gañado medio con desconto {9}, prezo completo {10}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} deals discounted, average {2}.</source>
            <translation>Equipo: {0} de {1} negocios con desconto, media {2}.</translation>
        </message>
        <message>
            <source>Furthest above the team: {0}.</source>
            <translation>Máis por riba do equipo: {0}.</translation>
        </message>
        <message>
            <source>No deals with a value.</source>
            <translation>Non hai negocios con valor.</translation>
        </message>
        <message>
            <source>Forecast accuracy (won pale, forecast at the month's start solid)</source>
            <translation>Precisión da previsión (gañado claro, previsión ao comezo do mes sólida)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;forecast {1}&lt;br&gt;won {2}&lt;br&gt;error {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;previsión {1}&lt;br&gt;gañado {2}&lt;br&gt;erro {3}</translation>
        </message>
        <message>
            <source>No past months yet.</source>
            <translation>Aínda non hai meses pasados.</translation>
        </message>
        <message>
            <source>Mean absolute percentage error: {0}; won over these months: {1}.</source>
            <translation>Erro porcentual absoluto medio: {0}; gañado nestes meses: {1}.</translation>
        </message>
        <message>
            <source>Conversion by manager</source>
            <translation>Conversión por xestor</translation>
        </message>
        <message>
            <source>Sort: conversion</source>
            <translation>Ordenar: conversión</translation>
        </message>
        <message>
            <source>Sort: leads</source>
            <translation>Ordenar: leads</translation>
        </message>
        <message>
            <source>Sort: won</source>
            <translation>Ordenar: gañados</translation>
        </message>
        <message>
            <source>Sort: name</source>
            <translation>Ordenar: nome</translation>
        </message>
        <message>
            <source>Bars: conversion %, line: 95 % interval, grey: previous period.</source>
            <translation>Barras: conversión %, liña: intervalo do 95 %, gris: período anterior.</translation>
        </message>
        <message>
            <source>Leads of {0} and their team</source>
            <translation>Leads de {0} e do seu equipo</translation>
        </message>
        <message>
            <source>Leads of {0}</source>
            <translation>Leads de {0}</translation>
        </message>
        <message>
            <source>Conversion: {0}</source>
            <translation>Conversión: {0}</translation>
        </message>
        <message>
            <source>Win rate: {0}</source>
            <translation>Taxa de gañados: {0}</translation>
        </message>
        <message>
            <source>Leads {0}, open {1}, won {2}, lost {3}</source>
            <translation>Leads {0}, abertos {1}, gañados {2}, perdidos {3}</translation>
        </message>
        <message>
            <source>Won value: {0}</source>
            <translation>Valor gañado: {0}</translation>
        </message>
        <message>
            <source>Previous period: {0}</source>
            <translation>Período anterior: {0}</translation>
        </message>
        <message>
            <source>Channels: leads, conversion, cost per lead / per won deal, ROI</source>
            <translation>Canles: leads, conversión, custo por lead / por negocio gañado, ROI</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>Conversión %</translation>
        </message>
        <message>
            <source>Cost per lead / per won</source>
            <translation>Custo por lead / por gañado</translation>
        </message>
        <message>
            <source>ROI ×</source>
            <translation>ROI ×</translation>
        </message>
        <message>
            <source>Leads from {0}</source>
            <translation>Leads de {0}</translation>
        </message>
        <message>
            <source>Cost: orange per lead, pale per won deal (labels: per lead / per won). Hover for figures.</source>
            <translation>Custo: laranxa por lead, claro por negocio gañado (etiquetas: por lead / por gañado). Pasa o rato para ver as cifras.</translation>
        </message>
        <message>
            <source>Leads {0}, won {1}, lost {2}</source>
            <translation>Leads {0}, gañados {1}, perdidos {2}</translation>
        </message>
        <message>
            <source>Spend: {0}; won value: {1}</source>
            <translation>Gasto: {0}; valor gañado: {1}</translation>
        </message>
        <message>
            <source>Cost per lead: {0}; per won deal: {1}</source>
            <translation>Custo por lead: {0}; por negocio gañado: {1}</translation>
        </message>
        <message>
            <source>ROI: {0}</source>
            <translation>ROI: {0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>trimestre</translation>
        </message>
        <message>
            <source>year</source>
            <translation>ano</translation>
        </message>
        <message>
            <source>Trend: created and won leads per period</source>
            <translation>Tendencia: leads creados e gañados por período</translation>
        </message>
        <message>
            <source>created</source>
            <translation>creados</translation>
        </message>
        <message>
            <source>won</source>
            <translation>gañado</translation>
        </message>
        <message>
            <source>created, previous period</source>
            <translation>creados, período anterior</translation>
        </message>
        <message>
            <source>won, previous period</source>
            <translation>gañados, período anterior</translation>
        </message>
        <message>
            <source>Grouped by {0}; hover a period for its figures.</source>
            <translation>Agrupado por {0}; pasa o rato por un período para ver as cifras.</translation>
        </message>
        <message>
            <source>Hollow points: periods only partly in the range.</source>
            <translation>Puntos baleiros: períodos só en parte dentro do intervalo.</translation>
        </message>
        <message>
            <source>Created {0}, won {1}, lost {2}</source>
            <translation>Creados {0}, gañados {1}, perdidos {2}</translation>
        </message>
        <message>
            <source>Conversion of this cohort: {0}</source>
            <translation>Conversión desta cohorte: {0}</translation>
        </message>
        <message>
            <source>Only {0} of its {1} days are in the range.</source>
            <translation>Só {0} dos seus {1} días están no intervalo.</translation>
        </message>
        <message>
            <source>Previous period ({0}): created {1}, won {2}</source>
            <translation>Período anterior ({0}): creados {1}, gañados {2}</translation>
        </message>
        <message>
            <source>Forecast by expected-close month (value pale, weighted solid)</source>
            <translation>Previsión por mes de peche previsto (valor claro, ponderado sólido)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} open leads&lt;br&gt;value {2}&lt;br&gt;weighted value {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} leads abertos&lt;br&gt;valor {2}&lt;br&gt;valor ponderado {3}</translation>
        </message>
        <message>
            <source>unscheduled</source>
            <translation>sen data</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ningún</translation>
        </message>
        <message>
            <source>Weighted pipeline: {0}</source>
            <translation>Pipeline ponderado: {0}</translation>
        </message>
        <message>
            <source>No open leads.</source>
            <translation>Non hai leads abertos.</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Funil</translation>
        </message>
        <message>
            <source>Leads that reached “{0}”</source>
            <translation>Leads que chegaron a “{0}”</translation>
        </message>
        <message>
            <source>Weakest step: “{0}” at {1}</source>
            <translation>Paso máis débil: “{0}” con {1}</translation>
        </message>
        <message>
            <source>weakest step</source>
            <translation>paso máis débil</translation>
        </message>
        <message>
            <source>Reached: {0}; in this stage now: {1}</source>
            <translation>Chegaron: {0}; nesta etapa agora: {1}</translation>
        </message>
        <message>
            <source>From the previous stage: {0}</source>
            <translation>Da etapa anterior: {0}</translation>
        </message>
        <message>
            <source>From the top: {0}</source>
            <translation>Desde o alto: {0}</translation>
        </message>
        <message>
            <source>Dropped off after it: {0}; lost here: {1}</source>
            <translation>Saíron despois dela: {0}; perdidos aquí: {1}</translation>
        </message>
        <message>
            <source>Lost reasons per stage</source>
            <translation>Motivos de perda por etapa</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} of {3} lost here ({4})</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} de {3} perdidos aquí ({4})</translation>
        </message>
        <message>
            <source>Lost at “{0}”: {1}</source>
            <translation>Perdidos en “{0}”: {1}</translation>
        </message>
        <message>
            <source>Time in stage (days: median, 75th percentile behind)</source>
            <translation>Tempo na etapa (días: mediana, percentil 75 detrás)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: median {1}, 75th percentile {2} (n={3} stays)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: mediana {1}, percentil 75 {2} (n={3} estadías)</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} de {1}</translation>
        </message>
        <message>
            <source>{0}'s team</source>
            <translation>Equipo de {0}</translation>
        </message>
        <message>
            <source>No lead reached this step.</source>
            <translation>Ningún lead chegou a este paso.</translation>
        </message>
        <message>
            <source>{0} of {1} leads went on ({2}); {3}</source>
            <translation>{0} de {1} leads avanzaron ({2}); {3}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} ({2})</source>
            <translation>Equipo: {0} de {1} ({2})</translation>
        </message>
        <message>
            <source>Fewer than {0} leads: too few to compare.</source>
            <translation>Menos de {0} leads: moi poucos para comparar.</translation>
        </message>
        <message>
            <source>Click or press Enter to list the leads that stopped here.</source>
            <translation>Fai clic ou preme Intro para listar os leads que se detiveron aquí.</translation>
        </message>
        <message>
            <source>Weakest: no one has {0} leads at a step yet, too few to compare.</source>
            <translation>Máis débil: ninguén ten aínda {0} leads nun paso, moi poucos para comparar.</translation>
        </message>
        <message>
            <source>Weakest: {0} at {1}: {2} of {3} (team {4})</source>
            <translation>Máis débil: {0} en {1}: {2} de {3} (equipo {4})</translation>
        </message>
        <message>
            <source>{0}: team {1} of {2}</source>
            <translation>{0}: equipo {1} de {2}</translation>
        </message>
        <message>
            <source>Conversion by employee and stage</source>
            <translation>Conversión por empregado e etapa</translation>
        </message>
        <message>
            <source>Red: below the team's rate at that step, green: above; grey: fewer than {0} leads;
framed: the weakest of each step; bold: the one named above.</source>
            <translation>Vermello: por debaixo da taxa do equipo nese paso, verde: por riba; gris: menos de {0} leads;
enmarcado: o máis débil de cada paso; negra: o indicado arriba.</translation>
        </message>
        <message>
            <source>{0}: reached {1}, never {2}</source>
            <translation>{0}: chegou a {1}, nunca a {2}</translation>
        </message>
        <message>
            <source>(no channel)</source>
            <translation>(sen canle)</translation>
        </message>
        <message>
            <source>(no reason)</source>
            <translation>(sen motivo)</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>(sen responsable)</translation>
        </message>
        <message>
            <source>95 % interval {0}–{1}</source>
            <translation>intervalo do 95 % {0}–{1}</translation>
        </message>
        <message>
            <source>no sample</source>
            <translation>sen mostra</translation>
        </message>
        <message>
            <source>{0} d</source>
            <translation>{0} d</translation>
        </message>
    </context>
    <context>
        <name>DashboardFilterBar</name>
        <message>
            <source>Managers</source>
            <translation>Xestores</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canles</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Mes pasado</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Trimestre pasado</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este ano</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Todo o período</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Intervalo personalizado</translation>
        </message>
        <message>
            <source>Team roll-up</source>
            <translation>Agregar equipo</translation>
        </message>
        <message>
            <source>Count each manager's figures with everyone below them</source>
            <translation>Contar as cifras de cada xestor con todos os que están por debaixo</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>frío</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>morno</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>quente</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>Calquera: {0}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>E se</translation>
        </message>
        <message>
            <source>Show or hide the what-if panel</source>
            <translation>Amosar ou agochar o panel “E se”</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Actualizando…</translation>
        </message>
        <message>
            <source>won {0}</source>
            <translation>gañado {0}</translation>
        </message>
        <message>
            <source>open {0}</source>
            <translation>aberto {0}</translation>
        </message>
        <message>
            <source>Not in the figures (money in {0}; no exchange rate): {1}. Add rates in Settings → Currencies.</source>
            <translation>Fóra das cifras (importes en {0}; sen taxa de cambio): {1}. Engade taxas en Configuración → Moedas.</translation>
        </message>
        <message>
            <source>all time</source>
            <translation>todo o período</translation>
        </message>
        <message>
            <source>; compared with {0} – {1}</source>
            <translation>; comparado con {0} – {1}</translation>
        </message>
        <message>
            <source>{0}: leads created {1}{2}. {3} entered, {4} won. Money in {5}.</source>
            <translation>{0}: leads creados {1}{2}. {3} entraron, {4} gañados. Importes en {5}.</translation>
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
                <numerusform>%Ln lead; lístanse os primeiros %1</numerusform>
                <numerusform>%Ln leads; lístanse os primeiros %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>&lt;h2&gt;No leads yet&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Aínda non hai leads&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Try FunnelDesk with a few hundred realistic demo leads, or bring your own from an .xlsx or .csv file.</source>
            <translation>Proba o FunnelDesk con algúns centos de leads de demostración realistas, ou trae os teus dun ficheiro .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Cargar datos de demostración</translation>
        </message>
        <message>
            <source>Fill this database with sample leads, users and channels</source>
            <translation>Encher esta base de datos con leads, usuarios e canles de exemplo</translation>
        </message>
        <message>
            <source>Import a spreadsheet…</source>
            <translation>Importar unha folla de cálculo…</translation>
        </message>
        <message>
            <source>Bring leads in from an .xlsx or .csv file</source>
            <translation>Traer leads dun ficheiro .xlsx ou .csv</translation>
        </message>
    </context>
    <context>
        <name>Engagement</name>
        <message>
            <source>driver</source>
            <translation>condutor</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>participante</translation>
        </message>
        <message>
            <source>gatekeeper</source>
            <translation>gardián</translation>
        </message>
        <message>
            <source>not involved</source>
            <translation>non implicado</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>FunnelDesk — unexpected error</source>
            <translation>FunnelDesk — erro inesperado</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Detalles do erro</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <source>Something went wrong. Your data is safe; the operation was not finished. Please copy the details below into a bug report.</source>
            <translation>Algo saíu mal. Os teus datos están seguros; a operación non se completou. Copia os detalles de abaixo nun informe de erro.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The move was refused; these exit criteria are not met:</source>
            <translation>O movemento foi rexeitado; estes criterios de saída non se cumpren:</translation>
        </message>
        <message>
            <source>Not allowed: {0}</source>
            <translation>Non permitido: {0}</translation>
        </message>
        <message>
            <source>Someone else changed this lead meanwhile: {0}</source>
            <translation>Mentres tanto outra persoa cambiou este lead: {0}</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>Erro inesperado: {0}</translation>
        </message>
        <message>
            <source>Exit criteria not met</source>
            <translation>Criterios de saída non cumpridos</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Non permitido</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Cambiado por outra persoa</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Non atopado</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rexeitado</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>All the leads you can see.</source>
            <translation>Todos os leads que podes ver.</translation>
        </message>
        <message>
            <source>The leads of the Leads page's filter (pipeline and created dates).</source>
            <translation>Os leads do filtro da páxina Leads (pipeline e datas de creación).</translation>
        </message>
        <message>
            <source>Its search text and other filters are not applied to the export.</source>
            <translation>O texto de busca e os outros filtros non se aplican á exportación.</translation>
        </message>
        <message>
            <source>&amp;Leads (.xlsx or .csv)</source>
            <translation>&amp;Leads (.xlsx ou .csv)</translation>
        </message>
        <message>
            <source>&amp;Analytics report workbook (.xlsx with charts)</source>
            <translation>Libro de informe de &amp;análise (.xlsx con gráficos)</translation>
        </message>
        <message>
            <source>Summary, funnel, managers, channels and periods of the chosen period</source>
            <translation>Resumo, funil, xestores, canles e períodos do período escollido</translation>
        </message>
        <message>
            <source>A&amp;ccountant workbook (deals won in the period, one sheet per month)</source>
            <translation>Libro para a &amp;contabilidade (negocios gañados no período, unha folla por mes)</translation>
        </message>
        <message>
            <source>Won date, client, invoice reference, amount, discount and net amount</source>
            <translation>Data de gañado, cliente, referencia da factura, importe, desconto e importe neto</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportar a</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>O período remata antes de comezar.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Exportando a %1…</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Gardado en %1.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportación cancelada; non se gardou ningún ficheiro.</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>Non se exportou nada: %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a spreadsheet</source>
            <translation>Escolle unha folla de cálculo</translation>
        </message>
        <message>
            <source>FunnelDesk reads .xlsx and .csv files; the first sheet is imported.</source>
            <translation>O FunnelDesk le ficheiros .xlsx e .csv; impórtase a primeira folla.</translation>
        </message>
        <message>
            <source>Path to an .xlsx or .csv file</source>
            <translation>Ruta dun ficheiro .xlsx ou .csv</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Ficheiro de folla de cálculo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escoller…</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Importar unha folla de cálculo</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Follas de cálculo (*.xlsx *.xlsm *.csv *.tsv *.txt);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lendo %1…</translation>
        </message>
        <message>
            <source>%1 data rows and %2 columns found.</source>
            <translation>Atopáronse %1 filas de datos e %2 columnas.</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>Recoñecido: unha exportación de %1.</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>Codificación do texto: %1.</translation>
        </message>
    </context>
    <context>
        <name>GateChecklistPanel</name>
        <message>
            <source>Exit criteria</source>
            <translation>Criterios de saída</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Exit criteria of the current stage:</source>
            <translation>Criterios de saída da etapa actual:</translation>
        </message>
        <message>
            <source>Add the buyer's gatekeeper as a participant first.</source>
            <translation>Engade primeiro o gardián do comprador como participante.</translation>
        </message>
        <message>
            <source>Gatekeeper approval</source>
            <translation>Aprobación do gardián</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Aprobado por:</translation>
        </message>
        <message>
            <source>Moved on to {0}.</source>
            <translation>Pasou a {0}.</translation>
        </message>
    </context>
    <context>
        <name>GatePanel</name>
        <message>
            <source>Why the move was refused</source>
            <translation>Por que se rexeitou o movemento</translation>
        </message>
        <message>
            <source>Try the move again</source>
            <translation>Tentar o movemento de novo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Pechar</translation>
        </message>
        <message>
            <source>&lt;b&gt;“%1” cannot move to %2 yet.&lt;/b&gt;&lt;br&gt;Meet these exit criteria, then try again:</source>
            <translation>&lt;b&gt;“%1” aínda non pode pasar a %2.&lt;/b&gt;&lt;br&gt;Cumpre estes criterios de saída e téntao de novo:</translation>
        </message>
        <message>
            <source>Every criterion is met now.</source>
            <translation>Todos os criterios están cumpridos.</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Marcar</translation>
        </message>
        <message>
            <source>Ask for approval</source>
            <translation>Pedir aprobación</translation>
        </message>
        <message>
            <source>Only a user with the %1 role can approve this</source>
            <translation>Só un usuario co rol %1 pode aprobar isto</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Open lead…</source>
            <translation>Abrir lead…</translation>
        </message>
        <message>
            <source>Fill in the field or log the activity in the lead editor</source>
            <translation>Enche o campo ou rexistra a actividade no editor do lead</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>by hand</source>
            <translation>a man</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automaticamente</translation>
        </message>
        <message>
            <source>by import</source>
            <translation>por importación</translation>
        </message>
        <message>
            <source>gate overridden</source>
            <translation>porta ignorada</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>desfeito</translation>
        </message>
        <message>
            <source>created</source>
            <translation>creados</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>editado</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>asignado</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restaurado</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>lista de comprobación</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>aprobado</translation>
        </message>
        <message>
            <source>approval withdrawn</source>
            <translation>aprobación retirada</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>actividade</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>participante</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>When</source>
            <translation>Cando</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quen</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Como</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por que</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Historial de etapas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Valor antigo</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor novo</translation>
        </message>
        <message>
            <source>Field changes</source>
            <translation>Cambios de campos</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Importar unha folla de cálculo</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(non importar)</translation>
        </message>
        <message>
            <source>Date entered stage “%1”</source>
            <translation>Data de entrada na etapa “%1”</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Nome do contacto</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canle</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motivo de perda</translation>
        </message>
        <message>
            <source>Category / product</source>
            <translation>Categoría / produto</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Desconto</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Data de peche prevista</translation>
        </message>
        <message>
            <source>Next action date</source>
            <translation>Data da próxima acción</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfacción</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>External id (updates on re-import)</source>
            <translation>Id externo (actualiza ao reimportar)</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Creado o</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Pechado o</translation>
        </message>
        <message>
            <source>Status (won / lost / open)</source>
            <translation>Estado (gañado / perdido / aberto)</translation>
        </message>
        <message>
            <source>Won on</source>
            <translation>Gañado o</translation>
        </message>
        <message>
            <source>Lost on</source>
            <translation>Perdido o</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Baleiro</translation>
        </message>
        <message>
            <source>d/m/y</source>
            <translation>d/m/a</translation>
        </message>
        <message>
            <source>m/d/y</source>
            <translation>m/d/a</translation>
        </message>
        <message>
            <source>d/m or m/d?</source>
            <translation>d/m ou m/d?</translation>
        </message>
        <message>
            <source>, mixed</source>
            <translation>, mixto</translation>
        </message>
        <message>
            <source>day/month/year</source>
            <translation>día/mes/ano</translation>
        </message>
        <message>
            <source>month/day/year</source>
            <translation>mes/día/ano</translation>
        </message>
        <message>
            <source>year-month-day</source>
            <translation>ano-mes-día</translation>
        </message>
        <message>
            <source>day and month alike</source>
            <translation>día e mes ambiguos</translation>
        </message>
        <message>
            <source>ISO 8601</source>
            <translation>ISO 8601</translation>
        </message>
        <message>
            <source>spreadsheet serial numbers</source>
            <translation>números de serie da folla de cálculo</translation>
        </message>
        <message>
            <source>date cells</source>
            <translation>celas de data</translation>
        </message>
        <message>
            <source> and </source>
            <translation> e </translation>
        </message>
        <message>
            <source>empty</source>
            <translation>baleiro</translation>
        </message>
        <message>
            <source>%1 with time</source>
            <translation>%1 con hora</translation>
        </message>
        <message>
            <source>(decided by %1)</source>
            <translation>(decidido por %1)</translation>
        </message>
        <message>
            <source>(as chosen)</source>
            <translation>(como se escolleu)</translation>
        </message>
        <message>
            <source>Detect from the file</source>
            <translation>Detectar a partir do ficheiro</translation>
        </message>
        <message>
            <source>Day/month/year (31/12/2024)</source>
            <translation>Día/mes/ano (31/12/2024)</translation>
        </message>
        <message>
            <source>Month/day/year (12/31/2024)</source>
            <translation>Mes/día/ano (12/31/2024)</translation>
        </message>
        <message>
            <source>Year/month/day (2024/12/31)</source>
            <translation>Ano/mes/día (2024/12/31)</translation>
        </message>
        <message>
            <source>no user “%1”</source>
            <translation>non hai usuario “%1”</translation>
        </message>
        <message>
            <source>no stage “%1” in pipeline “%2”</source>
            <translation>non hai etapa “%1” no pipeline “%2”</translation>
        </message>
        <message>
            <source>Unknown owners: go back and tick “Create missing owners as employees”, or add them in Settings first.</source>
            <translation>Responsables descoñecidos: volve atrás e marca “Crear os responsables que faltan como empregados”, ou engádeos primeiro na Configuración.</translation>
        </message>
        <message>
            <source>Unknown stages: the stage column must name stages of the chosen pipeline; choose another pipeline, or add the stages in Settings.</source>
            <translation>Etapas descoñecidas: a columna de etapa debe nomear etapas do pipeline escollido; escolle outro pipeline, ou engade as etapas na Configuración.</translation>
        </message>
        <message>
            <source>Ambiguous dates: go back and choose the date order.</source>
            <translation>Datas ambiguas: volve atrás e escolle a orde das datas.</translation>
        </message>
        <message>
            <source>Moves past unmet exit criteria: complete the criteria on the board first, or (owners) give a reason below to move them anyway.</source>
            <translation>Movementos alén de criterios de saída sen cumprir: cumpre primeiro os criterios no taboleiro, ou (propietarios) indica abaixo un motivo para movelos igualmente.</translation>
        </message>
        <message>
            <source>Tick the option below to import the valid rows only.</source>
            <translation>Marca a opción de abaixo para importar só as filas válidas.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Idioma do sistema (%1)</translation>
        </message>
        <message>
            <source>Language of the window:</source>
            <translation>Idioma da xanela:</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>Números e datas:</translation>
        </message>
        <message>
            <source>This is the language the window is shown in now.</source>
            <translation>Este é o idioma no que se amosa agora a xanela.</translation>
        </message>
        <message>
            <source>The new language applies the next time FunnelDesk starts; the command line always stays in English.</source>
            <translation>O novo idioma aplícase a próxima vez que se inicie o FunnelDesk; a liña de ordes queda sempre en inglés.</translation>
        </message>
    </context>
    <context>
        <name>LeadColumns</name>
        <message>
            <source>#</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canle</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Peche previsto</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Próxima acción</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Pechado</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
    </context>
    <context>
        <name>LeadEditorDialog</name>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>Novo lead</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>Criterios de saída</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Lead — {0}</source>
            <translation>Lead — {0}</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>Nada que gardar.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gardado.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this lead meanwhile.</source>
            <translation>Non gardado: mentres tanto outra persoa cambiou este lead.</translation>
        </message>
        <message>
            <source>Reloaded their version; your edits were dropped.</source>
            <translation>Recargouse a versión deles; descartáronse as túas edicións.</translation>
        </message>
        <message>
            <source>Your edits are kept; saving now replaces their values for the fields you changed.</source>
            <translation>As túas edicións mantéñense; gardar agora substitúe os valores deles nos campos que cambiaches.</translation>
        </message>
    </context>
    <context>
        <name>LeadFields</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Persoa de contacto</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Discount (%)</source>
            <translation>Desconto (%)</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canle</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Peche previsto</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Próxima acción</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>Satisfacción (1–5)</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Id externo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>(blank)</source>
            <translation>(baleiro)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>persoa de contacto</translation>
        </message>
        <message>
            <source>company</source>
            <translation>empresa</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>correo</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>número de teléfono</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>canle</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoría</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>discount (%)</source>
            <translation>desconto (%)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>temperatura</translation>
        </message>
        <message>
            <source>expected close date</source>
            <translation>data de peche prevista</translation>
        </message>
        <message>
            <source>next action date</source>
            <translation>data da próxima acción</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>satisfacción</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
    </context>
    <context>
        <name>LeadFieldsForm</name>
        <message>
            <source>name@example.com</source>
            <translation>nome@exemplo.gal</translation>
        </message>
        <message>
            <source>+1 555 0100 (digits, spaces, + - ( ) . /)</source>
            <translation>+34 981 000 000 (díxitos, espazos, + - ( ) . /)</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>frío</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>morno</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>quente</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ningún</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sen valoración</translation>
        </message>
    </context>
    <context>
        <name>LeadFilterBar</name>
        <message>
            <source>Search title, company, contact, e-mail, phone…</source>
            <translation>Buscar título, empresa, contacto, correo, teléfono…</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>Buscar leads</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canle</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>frío</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>morno</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>quente</translation>
        </message>
        <message>
            <source>open</source>
            <translation>aberto</translation>
        </message>
        <message>
            <source>won</source>
            <translation>gañado</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Pechado</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>Calquera: {0}</translation>
        </message>
        <message>
            <source>any</source>
            <translation>calquera</translation>
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <source>Show all leads again</source>
            <translation>Amosar de novo todos os leads</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Asignar…</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Mover…</translation>
        </message>
        <message>
            <source>Mark lost…</source>
            <translation>Marcar perdido…</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>Columnas…</translation>
        </message>
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
                <numerusform>Amosando %n lead do panel: %1</numerusform>
                <numerusform>Amosando %n leads do panel: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <source>Mark lost</source>
            <translation>Marcar perdido</translation>
        </message>
        <message>
            <source>{0}: working…</source>
            <translation>{0}: traballando…</translation>
        </message>
        <message>
            <source>{0}: {1} changed, {2} refused.</source>
            <translation>{0}: {1} cambiados, {2} rexeitados.</translation>
        </message>
        <message>
            <source>Cancelled: {0} not processed.</source>
            <translation>Cancelado: {0} sen procesar.</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <source>Mark “%1” as lost</source>
            <translation>Marcar “%1” como perdido</translation>
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation>Por que se perdeu?</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motivo de perda</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Mark as lost</source>
            <translation>Marcar como perdido</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
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
            <translation>As bases de datos de equipo teñen copia de seguranza no servidor PostgreSQL.</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Seccións</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Taboleiro</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canles</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoxe</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra principal</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Which pipeline the board shows</source>
            <translation>O pipeline que mostra o taboleiro</translation>
        </message>
        <message>
            <source>Search title, company, contact, e-mail, phone (Ctrl+F)</source>
            <translation>Buscar título, empresa, contacto, correo, teléfono (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>Buscar leads</translation>
        </message>
        <message>
            <source> Pipeline: </source>
            <translation> Pipeline: </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s) in this pipeline</source>
            <translation>
                <numerusform>%Ln lead neste pipeline</numerusform>
                <numerusform>%Ln leads neste pipeline</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 abertos</translation>
        </message>
        <message>
            <source>filtered by “%1”</source>
            <translation>filtrado por “%1”</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>Sesión iniciada como %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Emparellar as columnas</translation>
        </message>
        <message>
            <source>Each column of the file is matched to a lead field by its name. Change any match, or choose “do not import”.</source>
            <translation>Cada columna do ficheiro emparéllase cun campo do lead polo seu nome. Cambia calquera emparellamento, ou escolle “non importar”.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>Orde das datas</translation>
        </message>
        <message>
            <source>Create missing owners as employees</source>
            <translation>Crear os responsables que faltan como empregados</translation>
        </message>
        <message>
            <source>Otherwise rows naming an unknown owner are rejected</source>
            <translation>Se non, as filas cun responsable descoñecido rexéitanse</translation>
        </message>
        <message>
            <source>Pipeline:</source>
            <translation>Pipeline:</translation>
        </message>
        <message>
            <source>Dates like 03/04/2024:</source>
            <translation>Datas como 03/04/2024:</translation>
        </message>
        <message>
            <source>First %1 of %2 rows in %3:</source>
            <translation>Primeiras %1 de %2 filas en %3:</translation>
        </message>
        <message>
            <source>Several columns are imported as “%1”; keep one.</source>
            <translation>Varias columnas impórtanse como “%1”; deixa unha.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Escolle polo menos unha columna para importar.</translation>
        </message>
        <message>
            <source>Some dates could be day/month or month/day: choose the date order above, or the dry run will refuse them.</source>
            <translation>Algunhas datas poden ser día/mes ou mes/día: escolle a orde das datas arriba, ou o ensaio rexeitaraas.</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Column in the file</source>
            <translation>Columna no ficheiro</translation>
        </message>
        <message>
            <source>Detected type</source>
            <translation>Tipo detectado</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Primeiros valores</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Emparellamento de columnas</translation>
        </message>
        <message>
            <source>(column %1 has no name)</source>
            <translation>(a columna %1 non ten nome)</translation>
        </message>
        <message>
            <source>Import column %1 as</source>
            <translation>Importar a columna %1 como</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Move to %1</source>
            <translation>Mover a %1</translation>
        </message>
        <message>
            <source>Mark “%1” lost</source>
            <translation>Marcar “%1” como perdido</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Editar “%1”</translation>
        </message>
        <message>
            <source>Assign “%1”</source>
            <translation>Asignar “%1”</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>Eliminar “%1”</translation>
        </message>
        <message>
            <source>Tick “%1”</source>
            <translation>Marcar “%1”</translation>
        </message>
        <message>
            <source>Untick “%1”</source>
            <translation>Desmarcar “%1”</translation>
        </message>
        <message>
            <source>Approve “%1”</source>
            <translation>Aprobar “%1”</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Mover %Ln lead a %1</numerusform>
                <numerusform>Mover %Ln leads a %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assign %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Asignar %Ln lead a %1</numerusform>
                <numerusform>Asignar %Ln leads a %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %Ln lead(s) lost (%1)</source>
            <translation>
                <numerusform>Marcar %Ln lead como perdido (%1)</numerusform>
                <numerusform>Marcar %Ln leads como perdidos (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New lead…</source>
            <translation>&amp;Novo lead…</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>Cargar datos de &amp;demostración</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>&amp;Importar unha folla de cálculo…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Copias de seguranza…</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Cambiar de usuario…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Saír</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refacer</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;Edit lead</source>
            <translation>&amp;Editar lead</translation>
        </message>
        <message>
            <source>&amp;Delete lead</source>
            <translation>E&amp;liminar lead</translation>
        </message>
        <message>
            <source>Move to &amp;next stage</source>
            <translation>Mover á etapa &amp;seguinte</translation>
        </message>
        <message>
            <source>Move to &amp;previous stage</source>
            <translation>Mover á etapa &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;About FunnelDesk</source>
            <translation>&amp;Acerca do FunnelDesk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Ficheiro</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Taboleiro</translation>
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation>&amp;Leads</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <source>&amp;Channels</source>
            <translation>Ca&amp;nles</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Lead</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;xuda</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Refeito: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Desfeito: %1</translation>
        </message>
        <message>
            <source>Cannot undo: the gate refuses it — %1</source>
            <translation>Non se pode desfacer: a porta rexéitao — %1</translation>
        </message>
        <message>
            <source>Lead moved to the trash. Ctrl+Z brings it back.</source>
            <translation>Lead movido ao lixo. Ctrl+Z recupérao.</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Cambiar de usuario</translation>
        </message>
        <message>
            <source>Work as:</source>
            <translation>Traballar como:</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Sesión iniciada como %1</translation>
        </message>
        <message>
            <source>About FunnelDesk</source>
            <translation>Acerca do FunnelDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;A desktop lead-pipeline manager: stages with exit criteria, a board, and funnel analytics.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
            <translation>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;Un xestor de pipeline de leads para o escritorio: etapas con criterios de saída, un taboleiro e análise do funil.&lt;/p&gt;&lt;p&gt;Base de datos: %1&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>OpeningNote</name>
        <message>
            <source>Opening %1…</source>
            <translation>Abrindo %1…</translation>
        </message>
        <message>
            <source>Upgrading the database on the server for this version of FunnelDesk…</source>
            <translation>Actualizando a base de datos do servidor para esta versión de FunnelDesk…</translation>
        </message>
        <message>
            <source>%1 (%2 GB)</source>
            <translation>%1 (%2 GB)</translation>
        </message>
        <message>
            <source>Upgrading %1 for this version of FunnelDesk: first a verified backup of the file as it is, then the upgrade. A big file takes a minute or two.</source>
            <translation>Actualizando %1 para esta versión de FunnelDesk: primeiro unha copia de seguranza verificada do ficheiro tal como está, despois a actualización. Un ficheiro grande leva un ou dous minutos.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeZone</name>
        <message>
            <source>first stage</source>
            <translation>primeira etapa</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>%1 % da etapa anterior</translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>%1 % da anterior</translation>
        </message>
        <message>
            <source>Drop a card here to mark it %1</source>
            <translation>Solta aquí unha tarxeta para marcala como %1</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>The leads table is not available in this build.</source>
            <translation>A táboa de leads non está dispoñible nesta versión.</translation>
        </message>
        <message>
            <source>Leads table</source>
            <translation>Táboa de leads</translation>
        </message>
        <message>
            <source>Funnel, manager and channel charts will appear here.
Until then, the Board shows counts, values and conversion per stage.</source>
            <translation>Os gráficos de funil, xestores e canles aparecerán aquí.
Mentres tanto, o Taboleiro mostra contas, valores e conversión por etapa.</translation>
        </message>
        <message>
            <source>Channels and their monthly spend are edited in Settings.</source>
            <translation>As canles e o seu gasto mensual edítanse na Configuración.</translation>
        </message>
        <message>
            <source>Settings are not available in this build.</source>
            <translation>A Configuración non está dispoñible nesta versión.</translation>
        </message>
        <message>
            <source>The lead editor is not available in this build.</source>
            <translation>O editor de leads non está dispoñible nesta versión.</translation>
        </message>
        <message>
            <source>The import wizard is not available yet; use `funneldesk import FILE`.</source>
            <translation>O asistente de importación aínda non está dispoñible; usa `funneldesk import FILE`.</translation>
        </message>
        <message>
            <source>Demo data is not available in this build; run `funneldesk demo`.</source>
            <translation>Os datos de demostración non están dispoñibles nesta versión; executa `funneldesk demo`.</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>Datos de demostración cargados.</translation>
        </message>
        <message>
            <source>Demo data was not loaded: %1</source>
            <translation>Os datos de demostración non se cargaron: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>Creating demo leads…</source>
            <translation>Creando leads de demostración…</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Implicación</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Engadir</translation>
        </message>
        <message>
            <source>Set engagement</source>
            <translation>Definir implicación</translation>
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>Criterios de saída</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <source>Pipeline:</source>
            <translation>Pipeline:</translation>
        </message>
        <message>
            <source>New from template:</source>
            <translation>Novo a partir de modelo:</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Stages (drag to reorder)</source>
            <translation>Etapas (arrastra para reordenar)</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Engadir etapa</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Eliminar etapa</translation>
        </message>
        <message>
            <source>Apply stage changes</source>
            <translation>Aplicar cambios de etapas</translation>
        </message>
        <message>
            <source>Exit criteria of the selected stage</source>
            <translation>Criterios de saída da etapa seleccionada</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>Engadir criterio</translation>
        </message>
        <message>
            <source>Update criterion</source>
            <translation>Actualizar criterio</translation>
        </message>
        <message>
            <source>Delete criterion</source>
            <translation>Eliminar criterio</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gardado.</translation>
        </message>
        <message>
            <source>New stage {0}</source>
            <translation>Nova etapa {0}</translation>
        </message>
    </context>
    <context>
        <name>PreviewTable</name>
        <message>
            <source>First rows of the file</source>
            <translation>Primeiras filas do ficheiro</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Any {0}</source>
            <translation>Calquera: {0}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gardar</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Gardar todo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Si</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Si a &amp;todo</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;on a todo</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abortar</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Tentar de novo</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Pechar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Axuda</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restaurar valores predeterminados</translation>
        </message>
    </context>
    <context>
        <name>RefusalSummaryDialog</name>
        <message>
            <source>{0}: summary</source>
            <translation>{0}: resumo</translation>
        </message>
        <message>
            <source>{0} changed, {1} refused.</source>
            <translation>{0} cambiados, {1} rexeitados.</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Why it was refused</source>
            <translation>Por que se rexeitou</translation>
        </message>
        <message>
            <source>Refused leads</source>
            <translation>Leads rexeitados</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Discount threshold</source>
            <translation>Límite de desconto</translation>
        </message>
        <message>
            <source>Save threshold</source>
            <translation>Gardar límite</translation>
        </message>
        <message>
            <source>Use the approval gate's figure</source>
            <translation>Usar o valor da porta de aprobación</translation>
        </message>
        <message>
            <source>The discounts report counts the deals whose discount is above this figure. Without one, each pipeline uses its discount approval gate (15 % in typical sales). An owner or a manager may change it.</source>
            <translation>O informe de descontos conta os negocios cun desconto por riba deste valor. Sen el, cada pipeline usa a súa porta de aprobación de descontos (15 % nas vendas típicas). Un propietario ou un xestor pode cambialo.</translation>
        </message>
        <message>
            <source>Set for every pipeline.</source>
            <translation>Definido para todos os pipelines.</translation>
        </message>
        <message>
            <source>Not set: the approval gate's figure is used.</source>
            <translation>Sen definir: úsase o valor da porta de aprobación.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Traballando…</translation>
        </message>
        <message>
            <source>Threshold saved.</source>
            <translation>Límite gardado.</translation>
        </message>
        <message>
            <source>Threshold removed: the approval gate's figure is used.</source>
            <translation>Límite eliminado: úsase o valor da porta de aprobación.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import finished</source>
            <translation>Importación rematada</translation>
        </message>
        <message>
            <source>Open the rejected-rows report</source>
            <translation>Abrir o informe das filas rexeitadas</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Non se importou nada</translation>
        </message>
        <message>
            <source>%1 leads created and %2 updated.</source>
            <translation>%1 leads creados e %2 actualizados.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rejected row(s) listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</source>
            <translation>
                <numerusform>%Ln fila rexeitada listada en &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
                <numerusform>%Ln filas rexeitadas listadas en &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled. The database is unchanged.</source>
            <translation>A importación cancelouse. A base de datos non cambiou.</translation>
        </message>
        <message>
            <source>The database is unchanged: %1</source>
            <translation>A base de datos non cambiou: %1</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>owner</source>
            <translation>propietario</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>xestor</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>empregado</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Importing</source>
            <translation>Importando</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso da importación</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancelar importación</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <source>Cancelling: undoing the import…</source>
            <translation>Cancelando: desfacendo a importación…</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>%1 is damaged. FunnelDesk left it exactly as it was and wrote nothing to it.</source>
            <translation>%1 está danado. O FunnelDesk deixouno exactamente como estaba e non escribiu nada nel.</translation>
        </message>
        <message>
            <source>No verified backup was found next to it.</source>
            <translation>Non se atopou ningunha copia de seguranza verificada xunto a el.</translation>
        </message>
        <message>
            <source>The newest verified backup is %1, taken on %2.</source>
            <translation>A copia de seguranza verificada máis recente é %1, feita o %2.</translation>
        </message>
        <message>
            <source>Restoring it keeps the damaged file aside, byte for byte. From a terminal, the same is:</source>
            <translation>Restaurala garda á parte o ficheiro danado, byte a byte. Nun terminal, o equivalente é:</translation>
        </message>
        <message>
            <source>This database is already open in another FunnelDesk window.</source>
            <translation>Esta base de datos xa está aberta noutra xanela do FunnelDesk.</translation>
        </message>
        <message>
            <source>Automatic backup written: %1</source>
            <translation>Copia de seguranza automática gardada: %1</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>A copia de seguranza automática fallou: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Pipelines</source>
            <translation>Pipelines</translation>
        </message>
        <message>
            <source>Channels, personas, lost reasons</source>
            <translation>Canles, personas, motivos de perda</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Usuarios e roles</translation>
        </message>
        <message>
            <source>Currencies</source>
            <translation>Moedas</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to FunnelDesk — %1</source>
            <translation>Iniciar sesión no FunnelDesk — %1</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contrasinal</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>This team database is on a server. Sign in with your login and password.</source>
            <translation>Esta base de datos de equipo está nun servidor. Inicia sesión co teu usuario e contrasinal.</translation>
        </message>
        <message>
            <source>This database is protected. Sign in with your login.</source>
            <translation>Esta base de datos está protexida. Inicia sesión co teu usuario.</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contrasinal:</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>Introduce o teu usuario.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>Sign-in refused: %1</source>
            <translation>Inicio de sesión rexeitado: %1</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Move on automatically when the criteria are met</source>
            <translation>Avanzar automaticamente cando se cumpran os criterios</translation>
        </message>
        <message>
            <source>Optional (may be skipped)</source>
            <translation>Opcional (pódese saltar)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Win probability</source>
            <translation>Probabilidade de gañar</translation>
        </message>
        <message>
            <source>Rotting limit</source>
            <translation>Límite de estancamento</translation>
        </message>
        <message>
            <source>Funnel group</source>
            <translation>Grupo do funil</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <source>Stage colour</source>
            <translation>Cor da etapa</translation>
        </message>
    </context>
    <context>
        <name>StageMapTable</name>
        <message>
            <source>Value in the file</source>
            <translation>Valor no ficheiro</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Stage values</source>
            <translation>Valores de etapa</translation>
        </message>
        <message>
            <source>— reject these rows —</source>
            <translation>— rexeitar estas filas —</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>open</source>
            <translation>aberta</translation>
        </message>
        <message>
            <source>won</source>
            <translation>gañada</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdida</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Comprobar antes de importar</translation>
        </message>
        <message>
            <source>A dry run: nothing has been changed yet.</source>
            <translation>Un ensaio: aínda non se cambiou nada.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Filas rexeitadas</translation>
        </message>
        <message>
            <source>Import the valid rows and skip the rejected ones (they are listed in a report file)</source>
            <translation>Importar as filas válidas e omitir as rexeitadas (lístanse nun ficheiro de informe)</translation>
        </message>
        <message>
            <source>Reason for moving these leads past the gate</source>
            <translation>Motivo para pasar estes leads pola porta</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Motivo da excepción</translation>
        </message>
        <message>
            <source>Move them anyway</source>
            <translation>Movelos igualmente</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Comprobando todas as filas…</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>Recoñecido: unha exportación de %1.</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>Codificación do texto: %1.</translation>
        </message>
        <message>
            <source>Dates in “%1”: %2.</source>
            <translation>Datas en “%1”: %2.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; to create, &lt;b&gt;%3&lt;/b&gt; to update, %4 unchanged, &lt;b&gt;%5&lt;/b&gt; rejected.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; filas lidas: &lt;b&gt;%2&lt;/b&gt; para crear, &lt;b&gt;%3&lt;/b&gt; para actualizar, %4 sen cambios, &lt;b&gt;%5&lt;/b&gt; rexeitadas.</translation>
        </message>
        <message>
            <source>New owners (employees)</source>
            <translation>Novos responsables (empregados)</translation>
        </message>
        <message>
            <source>New channels</source>
            <translation>Novas canles</translation>
        </message>
        <message>
            <source>New personas</source>
            <translation>Novas personas</translation>
        </message>
        <message>
            <source>New lost reasons</source>
            <translation>Novos motivos de perda</translation>
        </message>
        <message>
            <source>Rejected rows are not imported. Without the option below, the import is refused as a whole.</source>
            <translation>As filas rexeitadas non se importan. Sen a opción de abaixo, a importación rexéitase enteira.</translation>
        </message>
        <message>
            <source>Stages the pipeline does not have</source>
            <translation>Etapas que o pipeline non ten</translation>
        </message>
        <message>
            <source>Owners who are not users</source>
            <translation>Responsables que non son usuarios</translation>
        </message>
        <message>
            <source>%1 new leads are placed past exit criteria they do not meet; their history will say “imported past the gate”.</source>
            <translation>%1 leads novos colócanse alén de criterios de saída que non cumpren; o historial indicará “importado alén da porta”.</translation>
        </message>
        <message>
            <source>%1 rows would move existing leads past unmet exit criteria and are refused (listed below with every unmet criterion).</source>
            <translation>%1 filas moverían leads existentes alén de criterios de saída non cumpridos e rexéitanse (lístanse abaixo con cada criterio sen cumprir).</translation>
        </message>
        <message>
            <source>%1 leads will be moved past the gate with your reason.</source>
            <translation>%1 leads pasarán a porta co teu motivo.</translation>
        </message>
        <message>
            <source>The file cannot be imported with these choices: %1</source>
            <translation>O ficheiro non pode importarse con estas escollas: %1</translation>
        </message>
    </context>
    <context>
        <name>Temperature</name>
        <message>
            <source>cold</source>
            <translation>frío</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>morno</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>quente</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Today</source>
            <translation>Hoxe</translation>
        </message>
        <message>
            <source>%1 follow-ups due or overdue</source>
            <translation>%1 seguimentos pendentes ou atrasados</translation>
        </message>
        <message>
            <source>%1 follow-ups due today or overdue (see Today)</source>
            <translation>%1 seguimentos para hoxe ou atrasados (ver Hoxe)</translation>
        </message>
        <message>
            <source>Follow-up due: %1 on “%2”</source>
            <translation>Seguimento pendente: %1 en “%2”</translation>
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation>(e %1 máis)</translation>
        </message>
        <message>
            <source>FunnelDesk reminder</source>
            <translation>Lembranza do FunnelDesk</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>Os meus seguimentos</translation>
        </message>
        <message>
            <source>My team's follow-ups</source>
            <translation>Seguimentos do meu equipo</translation>
        </message>
        <message>
            <source>Whose follow-ups</source>
            <translation>Seguimentos de quen</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Overdue and due today</source>
            <translation>Atrasados e para hoxe</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Leads with no next step</source>
            <translation>Leads sen seguinte paso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <source>Reschedule to</source>
            <translation>Reprogramar para</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Reprogramar</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>Abrir lead</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Actualizando…</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due today, %3 next actions due.</source>
            <translation>%1 atrasadas, %2 para hoxe, %3 próximas accións pendentes.</translation>
        </message>
        <message>
            <source>Open leads with no next step: %1</source>
            <translation>Leads abertos sen seguinte paso: %1</translation>
        </message>
        <message>
            <source>(the first %1 shown)</source>
            <translation>(amósanse os primeiros %1)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <source>next action</source>
            <translation>próxima acción</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Xestor</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Engadir usuario</translation>
        </message>
        <message>
            <source>Update selected</source>
            <translation>Actualizar seleccionado</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>si</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ningún)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gardado.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>What if…</source>
            <translation>E se…</translation>
        </message>
        <message>
            <source>Change in the number of leads entering the funnel</source>
            <translation>Variación do número de leads que entran no funil</translation>
        </message>
        <message>
            <source>Top-of-funnel volume</source>
            <translation>Volume do alto do funil</translation>
        </message>
        <message>
            <source>Back to current figures</source>
            <translation>Volver ás cifras actuais</translation>
        </message>
        <message>
            <source>Now {0} %</source>
            <translation>Agora {0} %</translation>
        </message>
        <message>
            <source>→ {0} (now {1} %)</source>
            <translation>→ {0} (agora {1} %)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won deals&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;Negocios gañados&lt;/b&gt;: {0} agora → {1} ({2})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won value&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;Valor gañado&lt;/b&gt;: {0} agora → {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>_ProgressWatch</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
</TS>
