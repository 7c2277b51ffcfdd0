<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>call</source>
            <translation>chamada</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>reunião</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tarefa</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>demonstração</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
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
            <translation>Assunto</translation>
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
            <translation>Registar chamada</translation>
        </message>
        <message>
            <source>Schedule a meeting</source>
            <translation>Agendar reunião</translation>
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
            <translation>FunnelDesk — localização arriscada</translation>
        </message>
        <message>
            <source>&amp;Restore the backup and open it</source>
            <translation>&amp;Restaurar a cópia de segurança e abri-la</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>FunnelDesk is already open</source>
            <translation>O FunnelDesk já está aberto</translation>
        </message>
        <message>
            <source>FunnelDesk cannot open the database</source>
            <translation>O FunnelDesk não consegue abrir a base de dados</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>A base de dados está danificada</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>A restaurar a cópia de segurança…</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>Não foi possível restaurar a cópia de segurança</translation>
        </message>
        <message>
            <source>Integrity check passed</source>
            <translation>Verificação de integridade aprovada</translation>
        </message>
        <message>
            <source>Checking the file after an unclean shutdown…</source>
            <translation>A verificar o ficheiro após um encerramento incorreto…</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Cópias de segurança</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Feita em</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Fazer cópia agora</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Backups of %1, newest first. Restoring one keeps a copy of the current file first.</source>
            <translation>Cópias de segurança de %1, as mais recentes primeiro. Restaurar uma guarda primeiro uma cópia do ficheiro atual.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Ainda não há cópias de segurança.</translation>
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
            <translation>Guardada antes de um restauro</translation>
        </message>
        <message>
            <source>Taken before a schema upgrade</source>
            <translation>Feita antes de uma atualização do esquema</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>A fazer cópia de segurança…</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Cópia de segurança gravada em %1.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restaurar esta cópia de segurança?</translation>
        </message>
        <message>
            <source>Replace the database with the backup taken on %1?

A copy of the current file is kept with the backups first, so this can be undone by restoring that copy. The window then reopens on the restored database.</source>
            <translation>Substituir a base de dados pela cópia de segurança feita em %1?

Primeiro é guardada uma cópia do ficheiro atual junto das cópias de segurança, pelo que isto pode ser desfeito restaurando essa cópia. Depois a janela reabre com a base de dados restaurada.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>A restaurar…</translation>
        </message>
        <message>
            <source>(no previous file)</source>
            <translation>(nenhum ficheiro anterior)</translation>
        </message>
        <message>
            <source>Restored. The previous file is kept at %1.</source>
            <translation>Restaurada. O ficheiro anterior está guardado em %1.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Cópia de segurança restaurada</translation>
        </message>
        <message>
            <source>The backup is restored. The previous file is kept at:
%1

The window now reopens on the restored database.</source>
            <translation>A cópia de segurança foi restaurada. O ficheiro anterior está guardado em:
%1

A janela reabre agora com a base de dados restaurada.</translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>Leads in %1</source>
            <translation>Leads em %1</translation>
        </message>
        <message>
            <source>Leads in this stage and their total value</source>
            <translation>Leads neste estágio e o seu valor total</translation>
        </message>
        <message>
            <source>Of the leads that reached the previous stage, the share that also reached this one</source>
            <translation>Dos leads que chegaram ao estágio anterior, a parte que também chegou a este</translation>
        </message>
        <message>
            <source>first stage</source>
            <translation>primeiro estágio</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>%1 % do estágio anterior</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>A contar…</translation>
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
            <translation>%1 % do anterior</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Loading the board…</source>
            <translation>A carregar o quadro…</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>(no company)</source>
            <translation>(sem empresa)</translation>
        </message>
        <message>
            <source>%1/%2 criteria</source>
            <translation>%1/%2 critérios</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>sem responsável</translation>
        </message>
        <message>
            <source>%1 d in stage</source>
            <translation>%1 d no estágio</translation>
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
Arraste para outro estágio, ou prima Ctrl+Direita / Ctrl+Esquerda. Enter abre-o.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Channels</source>
            <translation>Canais</translation>
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
            <translation>Montante, p. ex. 1500.00</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Mudar o nome</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Monthly spend of the selected channel</source>
            <translation>Gasto mensal do canal selecionado</translation>
        </message>
        <message>
            <source>Set spend</source>
            <translation>Definir gasto</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>The amount must be a number like 1500.00.</source>
            <translation>O montante tem de ser um número como 1500.00.</translation>
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>paid</source>
            <translation>pago</translation>
        </message>
        <message>
            <source>owned</source>
            <translation>próprio</translation>
        </message>
        <message>
            <source>earned</source>
            <translation>conquistado</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save PNG…</source>
            <translation>Guardar PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Guardar este gráfico como imagem PNG</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imagens PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else changed this lead</source>
            <translation>Outra pessoa alterou este lead</translation>
        </message>
        <message>
            <source>This lead was saved by someone else at {0} while you were editing it. Nothing has been overwritten. Fields you changed are in bold.</source>
            <translation>Este lead foi guardado por outra pessoa às {0} enquanto o editava. Nada foi substituído. Os campos que alterou estão a negrito.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>O seu</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>O deles</translation>
        </message>
        <message>
            <source>Take theirs (reload, drop my edits)</source>
            <translation>Ficar com o deles (recarregar, descartar as minhas alterações)</translation>
        </message>
        <message>
            <source>Keep editing mine</source>
            <translation>Continuar a editar o meu</translation>
        </message>
    </context>
    <context>
        <name>Criteria</name>
        <message>
            <source>A field is set or meets a condition</source>
            <translation>Um campo está preenchido ou cumpre uma condição</translation>
        </message>
        <message>
            <source>A checklist item is ticked</source>
            <translation>Um item da lista de verificação está marcado</translation>
        </message>
        <message>
            <source>An approval is given</source>
            <translation>Foi dada uma aprovação</translation>
        </message>
        <message>
            <source>Activities are done</source>
            <translation>As atividades estão feitas</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de verificação</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Aprovação</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <source>is set</source>
            <translation>está preenchido</translation>
        </message>
        <message>
            <source>a manager</source>
            <translation>um gestor</translation>
        </message>
        <message>
            <source>an owner</source>
            <translation>um proprietário</translation>
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
            <translation>Dada pelo participante guardião do lead</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condição</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Aprovador</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Pelo menos</translation>
        </message>
        <message>
            <source>Only when</source>
            <translation>Só quando</translation>
        </message>
        <message>
            <source>that field</source>
            <translation>esse campo</translation>
        </message>
        <message>
            <source>compared with</source>
            <translation>comparado com</translation>
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
            <translation>Moeda dos relatórios</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>In force since</source>
            <translation>Em vigor desde</translation>
        </message>
        <message>
            <source>Rate today</source>
            <translation>Taxa hoje</translation>
        </message>
        <message>
            <source>Rates (since)</source>
            <translation>Taxas (desde)</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Taxas de câmbio</translation>
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
            <translation>Todos os valores monetários dos relatórios, do painel e do livro de análise estão nesta moeda. Alterá-la converte para ela as taxas que tem.</translation>
        </message>
        <message>
            <source>Set reporting currency</source>
            <translation>Definir moeda dos relatórios</translation>
        </message>
        <message>
            <source>A rate is how many units of the reporting currency one unit of the currency is worth, from a day on. A deal is converted at the rate in force on its won day; a deal with no rate is left out of totals and shown apart.</source>
            <translation>Uma taxa é quantas unidades da moeda dos relatórios vale uma unidade da moeda, a partir de um dia. Um negócio é convertido à taxa em vigor no dia em que foi ganho; um negócio sem taxa fica fora dos totais e é mostrado à parte.</translation>
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
            <translation>A trabalhar…</translation>
        </message>
        <message>
            <source>{0} rates read: {1} added, {2} changed.</source>
            <translation>{0} taxas lidas: {1} adicionadas, {2} alteradas.</translation>
        </message>
        <message>
            <source>Reporting currency saved.</source>
            <translation>Moeda dos relatórios guardada.</translation>
        </message>
        <message>
            <source>Rate saved.</source>
            <translation>Taxa guardada.</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Importar taxas de câmbio</translation>
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
            <translation>Exceções à porta</translation>
        </message>
        <message>
            <source>Stages skipped</source>
            <translation>Estágios saltados</translation>
        </message>
        <message>
            <source>Imported past the gate</source>
            <translation>Importados além da porta</translation>
        </message>
        <message>
            <source>Refused moves</source>
            <translation>Mudanças recusadas</translation>
        </message>
        <message>
            <source>Stage data missing</source>
            <translation>Dados do estágio em falta</translation>
        </message>
        <message>
            <source>Overdue activities</source>
            <translation>Atividades em atraso</translation>
        </message>
        <message>
            <source>No next action</source>
            <translation>Sem próxima ação</translation>
        </message>
        <message>
            <source>Process compliance</source>
            <translation>Cumprimento do processo</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Median days to first contact</source>
            <translation>Mediana de dias até ao primeiro contacto</translation>
        </message>
        <message>
            <source>Click to list these leads</source>
            <translation>Clique para listar estes leads</translation>
        </message>
        <message>
            <source>Discounts by owner (average discount solid, share of deals above the threshold pale)</source>
            <translation>Descontos por responsável (desconto médio sólido, parte dos negócios acima do limite clara)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} of {2} deals discounted, {3} above {4} %&lt;br&gt;average {5}, largest {6}&lt;br&gt;win rate discounted {7}, full price {8}&lt;br&gt;average won value discounted {9}, full price {10}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} de {2} negócios com desconto, {3} acima de {4} %&lt;br&gt;média {5}, maior {6}&lt;br&gt;taxa de ganho com desconto {7}, preço total {8}&lt;br&gt;valor ganho médio com desconto {9}, preço total {10}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} deals discounted, average {2}.</source>
            <translation>Equipa: {0} de {1} negócios com desconto, média {2}.</translation>
        </message>
        <message>
            <source>Furthest above the team: {0}.</source>
            <translation>Mais acima da equipa: {0}.</translation>
        </message>
        <message>
            <source>No deals with a value.</source>
            <translation>Não há negócios com valor.</translation>
        </message>
        <message>
            <source>Forecast accuracy (won pale, forecast at the month's start solid)</source>
            <translation>Precisão da previsão (ganho claro, previsão no início do mês sólida)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;forecast {1}&lt;br&gt;won {2}&lt;br&gt;error {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;previsão {1}&lt;br&gt;ganho {2}&lt;br&gt;erro {3}</translation>
        </message>
        <message>
            <source>No past months yet.</source>
            <translation>Ainda não há meses passados.</translation>
        </message>
        <message>
            <source>Mean absolute percentage error: {0}; won over these months: {1}.</source>
            <translation>Erro percentual absoluto médio: {0}; ganho nestes meses: {1}.</translation>
        </message>
        <message>
            <source>Conversion by manager</source>
            <translation>Conversão por gestor</translation>
        </message>
        <message>
            <source>Sort: conversion</source>
            <translation>Ordenar: conversão</translation>
        </message>
        <message>
            <source>Sort: leads</source>
            <translation>Ordenar: leads</translation>
        </message>
        <message>
            <source>Sort: won</source>
            <translation>Ordenar: ganhos</translation>
        </message>
        <message>
            <source>Sort: name</source>
            <translation>Ordenar: nome</translation>
        </message>
        <message>
            <source>Bars: conversion %, line: 95 % interval, grey: previous period.</source>
            <translation>Barras: conversão %, linha: intervalo de 95 %, cinzento: período anterior.</translation>
        </message>
        <message>
            <source>Leads of {0} and their team</source>
            <translation>Leads de {0} e da sua equipa</translation>
        </message>
        <message>
            <source>Leads of {0}</source>
            <translation>Leads de {0}</translation>
        </message>
        <message>
            <source>Conversion: {0}</source>
            <translation>Conversão: {0}</translation>
        </message>
        <message>
            <source>Win rate: {0}</source>
            <translation>Taxa de ganho: {0}</translation>
        </message>
        <message>
            <source>Leads {0}, open {1}, won {2}, lost {3}</source>
            <translation>Leads {0}, em aberto {1}, ganhos {2}, perdidos {3}</translation>
        </message>
        <message>
            <source>Won value: {0}</source>
            <translation>Valor ganho: {0}</translation>
        </message>
        <message>
            <source>Previous period: {0}</source>
            <translation>Período anterior: {0}</translation>
        </message>
        <message>
            <source>Channels: leads, conversion, cost per lead / per won deal, ROI</source>
            <translation>Canais: leads, conversão, custo por lead / por negócio ganho, ROI</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>Conversão %</translation>
        </message>
        <message>
            <source>Cost per lead / per won</source>
            <translation>Custo por lead / por ganho</translation>
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
            <translation>Custo: laranja por lead, claro por negócio ganho (rótulos: por lead / por ganho). Passe o rato para ver os números.</translation>
        </message>
        <message>
            <source>Leads {0}, won {1}, lost {2}</source>
            <translation>Leads {0}, ganhos {1}, perdidos {2}</translation>
        </message>
        <message>
            <source>Spend: {0}; won value: {1}</source>
            <translation>Gasto: {0}; valor ganho: {1}</translation>
        </message>
        <message>
            <source>Cost per lead: {0}; per won deal: {1}</source>
            <translation>Custo por lead: {0}; por negócio ganho: {1}</translation>
        </message>
        <message>
            <source>ROI: {0}</source>
            <translation>ROI: {0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>dia</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mês</translation>
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
            <translation>Tendência: leads criados e ganhos por período</translation>
        </message>
        <message>
            <source>created</source>
            <translation>criados</translation>
        </message>
        <message>
            <source>won</source>
            <translation>ganho</translation>
        </message>
        <message>
            <source>created, previous period</source>
            <translation>criados, período anterior</translation>
        </message>
        <message>
            <source>won, previous period</source>
            <translation>ganhos, período anterior</translation>
        </message>
        <message>
            <source>Grouped by {0}; hover a period for its figures.</source>
            <translation>Agrupado por {0}; passe o rato sobre um período para ver os números.</translation>
        </message>
        <message>
            <source>Hollow points: periods only partly in the range.</source>
            <translation>Pontos vazios: períodos só em parte dentro do intervalo.</translation>
        </message>
        <message>
            <source>Created {0}, won {1}, lost {2}</source>
            <translation>Criados {0}, ganhos {1}, perdidos {2}</translation>
        </message>
        <message>
            <source>Conversion of this cohort: {0}</source>
            <translation>Conversão desta coorte: {0}</translation>
        </message>
        <message>
            <source>Only {0} of its {1} days are in the range.</source>
            <translation>Só {0} dos seus {1} dias estão no intervalo.</translation>
        </message>
        <message>
            <source>Previous period ({0}): created {1}, won {2}</source>
            <translation>Período anterior ({0}): criados {1}, ganhos {2}</translation>
        </message>
        <message>
            <source>Forecast by expected-close month (value pale, weighted solid)</source>
            <translation>Previsão por mês de fecho previsto (valor claro, ponderado sólido)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} open leads&lt;br&gt;value {2}&lt;br&gt;weighted value {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} leads em aberto&lt;br&gt;valor {2}&lt;br&gt;valor ponderado {3}</translation>
        </message>
        <message>
            <source>unscheduled</source>
            <translation>sem data</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>Weighted pipeline: {0}</source>
            <translation>Pipeline ponderado: {0}</translation>
        </message>
        <message>
            <source>No open leads.</source>
            <translation>Não há leads em aberto.</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Funil</translation>
        </message>
        <message>
            <source>Leads that reached “{0}”</source>
            <translation>Leads que chegaram a “{0}”</translation>
        </message>
        <message>
            <source>Weakest step: “{0}” at {1}</source>
            <translation>Passo mais fraco: “{0}” com {1}</translation>
        </message>
        <message>
            <source>weakest step</source>
            <translation>passo mais fraco</translation>
        </message>
        <message>
            <source>Reached: {0}; in this stage now: {1}</source>
            <translation>Chegaram: {0}; neste estágio agora: {1}</translation>
        </message>
        <message>
            <source>From the previous stage: {0}</source>
            <translation>Do estágio anterior: {0}</translation>
        </message>
        <message>
            <source>From the top: {0}</source>
            <translation>Desde o topo: {0}</translation>
        </message>
        <message>
            <source>Dropped off after it: {0}; lost here: {1}</source>
            <translation>Saíram depois dele: {0}; perdidos aqui: {1}</translation>
        </message>
        <message>
            <source>Lost reasons per stage</source>
            <translation>Motivos de perda por estágio</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} of {3} lost here ({4})</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} de {3} perdidos aqui ({4})</translation>
        </message>
        <message>
            <source>Lost at “{0}”: {1}</source>
            <translation>Perdidos em “{0}”: {1}</translation>
        </message>
        <message>
            <source>Time in stage (days: median, 75th percentile behind)</source>
            <translation>Tempo no estágio (dias: mediana, percentil 75 atrás)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: median {1}, 75th percentile {2} (n={3} stays)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: mediana {1}, percentil 75 {2} (n={3} permanências)</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} de {1}</translation>
        </message>
        <message>
            <source>{0}'s team</source>
            <translation>Equipa de {0}</translation>
        </message>
        <message>
            <source>No lead reached this step.</source>
            <translation>Nenhum lead chegou a este passo.</translation>
        </message>
        <message>
            <source>{0} of {1} leads went on ({2}); {3}</source>
            <translation>{0} de {1} leads avançaram ({2}); {3}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} ({2})</source>
            <translation>Equipa: {0} de {1} ({2})</translation>
        </message>
        <message>
            <source>Fewer than {0} leads: too few to compare.</source>
            <translation>Menos de {0} leads: poucos demais para comparar.</translation>
        </message>
        <message>
            <source>Click or press Enter to list the leads that stopped here.</source>
            <translation>Clique ou prima Enter para listar os leads que pararam aqui.</translation>
        </message>
        <message>
            <source>Weakest: no one has {0} leads at a step yet, too few to compare.</source>
            <translation>Mais fraco: ninguém tem ainda {0} leads num passo, poucos demais para comparar.</translation>
        </message>
        <message>
            <source>Weakest: {0} at {1}: {2} of {3} (team {4})</source>
            <translation>Mais fraco: {0} em {1}: {2} de {3} (equipa {4})</translation>
        </message>
        <message>
            <source>{0}: team {1} of {2}</source>
            <translation>{0}: equipa {1} de {2}</translation>
        </message>
        <message>
            <source>Conversion by employee and stage</source>
            <translation>Conversão por colaborador e estágio</translation>
        </message>
        <message>
            <source>Red: below the team's rate at that step, green: above; grey: fewer than {0} leads;
framed: the weakest of each step; bold: the one named above.</source>
            <translation>Vermelho: abaixo da taxa da equipa nesse passo, verde: acima; cinzento: menos de {0} leads;
emoldurado: o mais fraco de cada passo; negrito: o indicado acima.</translation>
        </message>
        <message>
            <source>{0}: reached {1}, never {2}</source>
            <translation>{0}: chegou a {1}, nunca a {2}</translation>
        </message>
        <message>
            <source>(no channel)</source>
            <translation>(sem canal)</translation>
        </message>
        <message>
            <source>(no reason)</source>
            <translation>(sem motivo)</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>(sem responsável)</translation>
        </message>
        <message>
            <source>95 % interval {0}–{1}</source>
            <translation>intervalo de 95 % {0}–{1}</translation>
        </message>
        <message>
            <source>no sample</source>
            <translation>sem amostra</translation>
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
            <translation>Gestores</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canais</translation>
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
            <translation>Este mês</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Mês passado</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Trimestre passado</translation>
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
            <translation>Agregar equipa</translation>
        </message>
        <message>
            <source>Count each manager's figures with everyone below them</source>
            <translation>Contar os números de cada gestor com todos os que estão abaixo dele</translation>
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
            <translation>frio</translation>
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
            <translation>Qualquer: {0}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>E se</translation>
        </message>
        <message>
            <source>Show or hide the what-if panel</source>
            <translation>Mostrar ou ocultar o painel “E se”</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>A atualizar…</translation>
        </message>
        <message>
            <source>won {0}</source>
            <translation>ganho {0}</translation>
        </message>
        <message>
            <source>open {0}</source>
            <translation>em aberto {0}</translation>
        </message>
        <message>
            <source>Not in the figures (money in {0}; no exchange rate): {1}. Add rates in Settings → Currencies.</source>
            <translation>Fora dos números (valores em {0}; sem taxa de câmbio): {1}. Adicione taxas em Definições → Moedas.</translation>
        </message>
        <message>
            <source>all time</source>
            <translation>todo o período</translation>
        </message>
        <message>
            <source>; compared with {0} – {1}</source>
            <translation>; comparado com {0} – {1}</translation>
        </message>
        <message>
            <source>{0}: leads created {1}{2}. {3} entered, {4} won. Money in {5}.</source>
            <translation>{0}: leads criados {1}{2}. {3} entraram, {4} ganhos. Valores em {5}.</translation>
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
                <numerusform>%Ln lead; são listados os primeiros %1</numerusform>
                <numerusform>%Ln leads; são listados os primeiros %1</numerusform>
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
            <translation>Estágio</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Criado</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>&lt;h2&gt;No leads yet&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Ainda não há leads&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Try FunnelDesk with a few hundred realistic demo leads, or bring your own from an .xlsx or .csv file.</source>
            <translation>Experimente o FunnelDesk com algumas centenas de leads de demonstração realistas, ou traga os seus de um ficheiro .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Carregar dados de demonstração</translation>
        </message>
        <message>
            <source>Fill this database with sample leads, users and channels</source>
            <translation>Preencher esta base de dados com leads, utilizadores e canais de exemplo</translation>
        </message>
        <message>
            <source>Import a spreadsheet…</source>
            <translation>Importar uma folha de cálculo…</translation>
        </message>
        <message>
            <source>Bring leads in from an .xlsx or .csv file</source>
            <translation>Trazer leads de um ficheiro .xlsx ou .csv</translation>
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
            <translation>guardião</translation>
        </message>
        <message>
            <source>not involved</source>
            <translation>não envolvido</translation>
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
            <translation>Detalhes do erro</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalhes</translation>
        </message>
        <message>
            <source>Something went wrong. Your data is safe; the operation was not finished. Please copy the details below into a bug report.</source>
            <translation>Algo correu mal. Os seus dados estão seguros; a operação não foi concluída. Copie os detalhes abaixo para um relatório de erro.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The move was refused; these exit criteria are not met:</source>
            <translation>A mudança foi recusada; estes critérios de saída não estão cumpridos:</translation>
        </message>
        <message>
            <source>Not allowed: {0}</source>
            <translation>Não permitido: {0}</translation>
        </message>
        <message>
            <source>Someone else changed this lead meanwhile: {0}</source>
            <translation>Entretanto outra pessoa alterou este lead: {0}</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>Erro inesperado: {0}</translation>
        </message>
        <message>
            <source>Exit criteria not met</source>
            <translation>Critérios de saída não cumpridos</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Não permitido</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Alterado por outra pessoa</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Não encontrado</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeitado</translation>
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
            <translation>Todos os leads que pode ver.</translation>
        </message>
        <message>
            <source>The leads of the Leads page's filter (pipeline and created dates).</source>
            <translation>Os leads do filtro da página Leads (pipeline e datas de criação).</translation>
        </message>
        <message>
            <source>Its search text and other filters are not applied to the export.</source>
            <translation>O texto de pesquisa e os outros filtros não se aplicam à exportação.</translation>
        </message>
        <message>
            <source>&amp;Leads (.xlsx or .csv)</source>
            <translation>&amp;Leads (.xlsx ou .csv)</translation>
        </message>
        <message>
            <source>&amp;Analytics report workbook (.xlsx with charts)</source>
            <translation>Livro de relatório de &amp;análise (.xlsx com gráficos)</translation>
        </message>
        <message>
            <source>Summary, funnel, managers, channels and periods of the chosen period</source>
            <translation>Resumo, funil, gestores, canais e períodos do período escolhido</translation>
        </message>
        <message>
            <source>A&amp;ccountant workbook (deals won in the period, one sheet per month)</source>
            <translation>Livro para a &amp;contabilidade (negócios ganhos no período, uma folha por mês)</translation>
        </message>
        <message>
            <source>Won date, client, invoice reference, amount, discount and net amount</source>
            <translation>Data de ganho, cliente, referência da fatura, montante, desconto e montante líquido</translation>
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
            <translation>Livro do Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Livro do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportar para</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>O período termina antes de começar.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>A exportar para %1…</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>A exportar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Gravado em %1.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportação cancelada; nenhum ficheiro foi gravado.</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>Nada foi exportado: %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportado para %1</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a spreadsheet</source>
            <translation>Escolha uma folha de cálculo</translation>
        </message>
        <message>
            <source>FunnelDesk reads .xlsx and .csv files; the first sheet is imported.</source>
            <translation>O FunnelDesk lê ficheiros .xlsx e .csv; é importada a primeira folha.</translation>
        </message>
        <message>
            <source>Path to an .xlsx or .csv file</source>
            <translation>Caminho de um ficheiro .xlsx ou .csv</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Ficheiro de folha de cálculo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Importar uma folha de cálculo</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Folhas de cálculo (*.xlsx *.xlsm *.csv *.tsv *.txt);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>A ler %1…</translation>
        </message>
        <message>
            <source>%1 data rows and %2 columns found.</source>
            <translation>Encontradas %1 linhas de dados e %2 colunas.</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>Reconhecido: uma exportação de %1.</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>Codificação do texto: %1.</translation>
        </message>
    </context>
    <context>
        <name>GateChecklistPanel</name>
        <message>
            <source>Exit criteria</source>
            <translation>Critérios de saída</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprovar</translation>
        </message>
        <message>
            <source>Exit criteria of the current stage:</source>
            <translation>Critérios de saída do estágio atual:</translation>
        </message>
        <message>
            <source>Add the buyer's gatekeeper as a participant first.</source>
            <translation>Adicione primeiro o guardião do comprador como participante.</translation>
        </message>
        <message>
            <source>Gatekeeper approval</source>
            <translation>Aprovação do guardião</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Aprovado por:</translation>
        </message>
        <message>
            <source>Moved on to {0}.</source>
            <translation>Passou para {0}.</translation>
        </message>
    </context>
    <context>
        <name>GatePanel</name>
        <message>
            <source>Why the move was refused</source>
            <translation>Porque é que a mudança foi recusada</translation>
        </message>
        <message>
            <source>Try the move again</source>
            <translation>Tentar a mudança de novo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>&lt;b&gt;“%1” cannot move to %2 yet.&lt;/b&gt;&lt;br&gt;Meet these exit criteria, then try again:</source>
            <translation>&lt;b&gt;“%1” ainda não pode passar para %2.&lt;/b&gt;&lt;br&gt;Cumpra estes critérios de saída e tente de novo:</translation>
        </message>
        <message>
            <source>Every criterion is met now.</source>
            <translation>Todos os critérios estão cumpridos.</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Marcar</translation>
        </message>
        <message>
            <source>Ask for approval</source>
            <translation>Pedir aprovação</translation>
        </message>
        <message>
            <source>Only a user with the %1 role can approve this</source>
            <translation>Só um utilizador com o papel %1 pode aprovar isto</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprovar</translation>
        </message>
        <message>
            <source>Open lead…</source>
            <translation>Abrir lead…</translation>
        </message>
        <message>
            <source>Fill in the field or log the activity in the lead editor</source>
            <translation>Preencha o campo ou registe a atividade no editor do lead</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>by hand</source>
            <translation>à mão</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automaticamente</translation>
        </message>
        <message>
            <source>by import</source>
            <translation>por importação</translation>
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
            <translation>criados</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>editado</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>atribuído</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>reposto</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>lista de verificação</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>aprovado</translation>
        </message>
        <message>
            <source>approval withdrawn</source>
            <translation>aprovação retirada</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>atividade</translation>
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
            <translation>Quando</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Como</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Porquê</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Histórico de estágios</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
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
            <translation>Alterações de campos</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Importar uma folha de cálculo</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(não importar)</translation>
        </message>
        <message>
            <source>Date entered stage “%1”</source>
            <translation>Data de entrada no estágio “%1”</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Estágio</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
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
            <translation>Categoria / produto</translation>
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
            <translation>Data de fecho prevista</translation>
        </message>
        <message>
            <source>Next action date</source>
            <translation>Data da próxima ação</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfação</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>External id (updates on re-import)</source>
            <translation>Id externo (atualiza ao reimportar)</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Criado em</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Fechado em</translation>
        </message>
        <message>
            <source>Status (won / lost / open)</source>
            <translation>Estado (ganho / perdido / em aberto)</translation>
        </message>
        <message>
            <source>Won on</source>
            <translation>Ganho em</translation>
        </message>
        <message>
            <source>Lost on</source>
            <translation>Perdido em</translation>
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
            <translation>Vazio</translation>
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
            <translation>, misto</translation>
        </message>
        <message>
            <source>day/month/year</source>
            <translation>dia/mês/ano</translation>
        </message>
        <message>
            <source>month/day/year</source>
            <translation>mês/dia/ano</translation>
        </message>
        <message>
            <source>year-month-day</source>
            <translation>ano-mês-dia</translation>
        </message>
        <message>
            <source>day and month alike</source>
            <translation>dia e mês ambíguos</translation>
        </message>
        <message>
            <source>ISO 8601</source>
            <translation>ISO 8601</translation>
        </message>
        <message>
            <source>spreadsheet serial numbers</source>
            <translation>números de série da folha de cálculo</translation>
        </message>
        <message>
            <source>date cells</source>
            <translation>células de data</translation>
        </message>
        <message>
            <source> and </source>
            <translation> e </translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vazio</translation>
        </message>
        <message>
            <source>%1 with time</source>
            <translation>%1 com hora</translation>
        </message>
        <message>
            <source>(decided by %1)</source>
            <translation>(decidido por %1)</translation>
        </message>
        <message>
            <source>(as chosen)</source>
            <translation>(como escolhido)</translation>
        </message>
        <message>
            <source>Detect from the file</source>
            <translation>Detetar a partir do ficheiro</translation>
        </message>
        <message>
            <source>Day/month/year (31/12/2024)</source>
            <translation>Dia/mês/ano (31/12/2024)</translation>
        </message>
        <message>
            <source>Month/day/year (12/31/2024)</source>
            <translation>Mês/dia/ano (12/31/2024)</translation>
        </message>
        <message>
            <source>Year/month/day (2024/12/31)</source>
            <translation>Ano/mês/dia (2024/12/31)</translation>
        </message>
        <message>
            <source>no user “%1”</source>
            <translation>não há utilizador “%1”</translation>
        </message>
        <message>
            <source>no stage “%1” in pipeline “%2”</source>
            <translation>não há estágio “%1” no pipeline “%2”</translation>
        </message>
        <message>
            <source>Unknown owners: go back and tick “Create missing owners as employees”, or add them in Settings first.</source>
            <translation>Responsáveis desconhecidos: volte atrás e marque “Criar os responsáveis em falta como colaboradores”, ou adicione-os primeiro nas Definições.</translation>
        </message>
        <message>
            <source>Unknown stages: the stage column must name stages of the chosen pipeline; choose another pipeline, or add the stages in Settings.</source>
            <translation>Estágios desconhecidos: a coluna de estágio tem de indicar estágios do pipeline escolhido; escolha outro pipeline, ou adicione os estágios nas Definições.</translation>
        </message>
        <message>
            <source>Ambiguous dates: go back and choose the date order.</source>
            <translation>Datas ambíguas: volte atrás e escolha a ordem das datas.</translation>
        </message>
        <message>
            <source>Moves past unmet exit criteria: complete the criteria on the board first, or (owners) give a reason below to move them anyway.</source>
            <translation>Mudanças além de critérios de saída por cumprir: cumpra primeiro os critérios no quadro, ou (proprietários) indique abaixo um motivo para os mover mesmo assim.</translation>
        </message>
        <message>
            <source>Tick the option below to import the valid rows only.</source>
            <translation>Marque a opção abaixo para importar só as linhas válidas.</translation>
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
            <translation>Idioma da janela:</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>Números e datas:</translation>
        </message>
        <message>
            <source>This is the language the window is shown in now.</source>
            <translation>Este é o idioma em que a janela é mostrada agora.</translation>
        </message>
        <message>
            <source>The new language applies the next time FunnelDesk starts; the command line always stays in English.</source>
            <translation>O novo idioma aplica-se da próxima vez que o FunnelDesk arrancar; a linha de comandos fica sempre em inglês.</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Estágio</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
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
            <translation>Fecho previsto</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Próxima ação</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Criado</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fechado</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualizado</translation>
        </message>
    </context>
    <context>
        <name>LeadEditorDialog</name>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
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
            <translation>Critérios de saída</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Atividades</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Lead — {0}</source>
            <translation>Lead — {0}</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>Nada para guardar.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this lead meanwhile.</source>
            <translation>Não guardado: entretanto outra pessoa alterou este lead.</translation>
        </message>
        <message>
            <source>Reloaded their version; your edits were dropped.</source>
            <translation>A versão deles foi recarregada; as suas alterações foram descartadas.</translation>
        </message>
        <message>
            <source>Your edits are kept; saving now replaces their values for the fields you changed.</source>
            <translation>As suas alterações mantêm-se; guardar agora substitui os valores deles nos campos que alterou.</translation>
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
            <translation>Pessoa de contacto</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
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
            <translation>Canal</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Fecho previsto</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Próxima ação</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>Satisfação (1–5)</translation>
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
            <translation>(vazio)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>pessoa de contacto</translation>
        </message>
        <message>
            <source>company</source>
            <translation>empresa</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>número de telefone</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoria</translation>
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
            <translation>data de fecho prevista</translation>
        </message>
        <message>
            <source>next action date</source>
            <translation>data da próxima ação</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>satisfação</translation>
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
            <translation>nome@exemplo.pt</translation>
        </message>
        <message>
            <source>+1 555 0100 (digits, spaces, + - ( ) . /)</source>
            <translation>+351 210 000 000 (algarismos, espaços, + - ( ) . /)</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>frio</translation>
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
            <translation>nenhum</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sem avaliação</translation>
        </message>
    </context>
    <context>
        <name>LeadFilterBar</name>
        <message>
            <source>Search title, company, contact, e-mail, phone…</source>
            <translation>Pesquisar título, empresa, contacto, e-mail, telefone…</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>Pesquisar leads</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Estágio</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
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
            <translation>frio</translation>
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
            <translation>em aberto</translation>
        </message>
        <message>
            <source>won</source>
            <translation>ganho</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Criado</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fechado</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>Qualquer: {0}</translation>
        </message>
        <message>
            <source>any</source>
            <translation>qualquer</translation>
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
            <translation>Mostrar de novo todos os leads</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Atribuir…</translation>
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
            <translation>Colunas…</translation>
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
                <numerusform>A mostrar %n lead do painel: %1</numerusform>
                <numerusform>A mostrar %n leads do painel: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colunas</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Atribuir</translation>
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
            <translation>{0}: a trabalhar…</translation>
        </message>
        <message>
            <source>{0}: {1} changed, {2} refused.</source>
            <translation>{0}: {1} alterados, {2} recusados.</translation>
        </message>
        <message>
            <source>Cancelled: {0} not processed.</source>
            <translation>Cancelado: {0} não processados.</translation>
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
            <translation>Porque foi perdido?</translation>
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
            <translation>As bases de dados de equipa têm cópia de segurança no servidor PostgreSQL.</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secções</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Quadro</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canais</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
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
            <translation>O pipeline que o quadro mostra</translation>
        </message>
        <message>
            <source>Search title, company, contact, e-mail, phone (Ctrl+F)</source>
            <translation>Pesquisar título, empresa, contacto, e-mail, telefone (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>Pesquisar leads</translation>
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
            <translation>%1 em aberto</translation>
        </message>
        <message>
            <source>filtered by “%1”</source>
            <translation>filtrado por “%1”</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>Sessão iniciada como %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Fazer corresponder as colunas</translation>
        </message>
        <message>
            <source>Each column of the file is matched to a lead field by its name. Change any match, or choose “do not import”.</source>
            <translation>Cada coluna do ficheiro corresponde a um campo do lead pelo seu nome. Altere qualquer correspondência, ou escolha “não importar”.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>Ordem das datas</translation>
        </message>
        <message>
            <source>Create missing owners as employees</source>
            <translation>Criar os responsáveis em falta como colaboradores</translation>
        </message>
        <message>
            <source>Otherwise rows naming an unknown owner are rejected</source>
            <translation>Caso contrário, as linhas com um responsável desconhecido são rejeitadas</translation>
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
            <translation>Primeiras %1 de %2 linhas em %3:</translation>
        </message>
        <message>
            <source>Several columns are imported as “%1”; keep one.</source>
            <translation>Várias colunas são importadas como “%1”; mantenha uma.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Escolha pelo menos uma coluna para importar.</translation>
        </message>
        <message>
            <source>Some dates could be day/month or month/day: choose the date order above, or the dry run will refuse them.</source>
            <translation>Algumas datas podem ser dia/mês ou mês/dia: escolha a ordem das datas acima, ou o ensaio vai recusá-las.</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Column in the file</source>
            <translation>Coluna no ficheiro</translation>
        </message>
        <message>
            <source>Detected type</source>
            <translation>Tipo detetado</translation>
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
            <translation>Correspondência de colunas</translation>
        </message>
        <message>
            <source>(column %1 has no name)</source>
            <translation>(a coluna %1 não tem nome)</translation>
        </message>
        <message>
            <source>Import column %1 as</source>
            <translation>Importar a coluna %1 como</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Move to %1</source>
            <translation>Mover para %1</translation>
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
            <translation>Atribuir “%1”</translation>
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
            <translation>Aprovar “%1”</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Mover %Ln lead para %1</numerusform>
                <numerusform>Mover %Ln leads para %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assign %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Atribuir %Ln lead a %1</numerusform>
                <numerusform>Atribuir %Ln leads a %1</numerusform>
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
            <translation>Carregar dados de &amp;demonstração</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>&amp;Importar uma folha de cálculo…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Cópias de segurança…</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Mudar de utilizador…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Procurar…</translation>
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
            <translation>Mover para o estágio &amp;seguinte</translation>
        </message>
        <message>
            <source>Move to &amp;previous stage</source>
            <translation>Mover para o estágio &amp;anterior</translation>
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
            <translation>&amp;Quadro</translation>
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation>&amp;Leads</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Painel</translation>
        </message>
        <message>
            <source>&amp;Channels</source>
            <translation>&amp;Canais</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Definições</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Lead</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
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
            <translation>Não é possível desfazer: a porta recusa — %1</translation>
        </message>
        <message>
            <source>Lead moved to the trash. Ctrl+Z brings it back.</source>
            <translation>Lead movido para o lixo. Ctrl+Z recupera-o.</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Mudar de utilizador</translation>
        </message>
        <message>
            <source>Work as:</source>
            <translation>Trabalhar como:</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Sessão iniciada como %1</translation>
        </message>
        <message>
            <source>About FunnelDesk</source>
            <translation>Acerca do FunnelDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;A desktop lead-pipeline manager: stages with exit criteria, a board, and funnel analytics.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
            <translation>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;Um gestor de pipeline de leads para o computador: estágios com critérios de saída, um quadro e análise do funil.&lt;/p&gt;&lt;p&gt;Base de dados: %1&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>OpeningNote</name>
        <message>
            <source>Opening %1…</source>
            <translation>A abrir %1…</translation>
        </message>
        <message>
            <source>Upgrading the database on the server for this version of FunnelDesk…</source>
            <translation>A atualizar a base de dados no servidor para esta versão do FunnelDesk…</translation>
        </message>
        <message>
            <source>%1 (%2 GB)</source>
            <translation>%1 (%2 GB)</translation>
        </message>
        <message>
            <source>Upgrading %1 for this version of FunnelDesk: first a verified backup of the file as it is, then the upgrade. A big file takes a minute or two.</source>
            <translation>A atualizar %1 para esta versão do FunnelDesk: primeiro uma cópia de segurança verificada do ficheiro tal como está, depois a atualização. Um ficheiro grande demora um ou dois minutos.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeZone</name>
        <message>
            <source>first stage</source>
            <translation>primeiro estágio</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>%1 % do estágio anterior</translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>%1 % do anterior</translation>
        </message>
        <message>
            <source>Drop a card here to mark it %1</source>
            <translation>Largue aqui um cartão para o marcar como %1</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>The leads table is not available in this build.</source>
            <translation>A tabela de leads não está disponível nesta versão.</translation>
        </message>
        <message>
            <source>Leads table</source>
            <translation>Tabela de leads</translation>
        </message>
        <message>
            <source>Funnel, manager and channel charts will appear here.
Until then, the Board shows counts, values and conversion per stage.</source>
            <translation>Os gráficos de funil, gestores e canais vão aparecer aqui.
Até lá, o Quadro mostra contagens, valores e conversão por estágio.</translation>
        </message>
        <message>
            <source>Channels and their monthly spend are edited in Settings.</source>
            <translation>Os canais e o seu gasto mensal editam-se nas Definições.</translation>
        </message>
        <message>
            <source>Settings are not available in this build.</source>
            <translation>As Definições não estão disponíveis nesta versão.</translation>
        </message>
        <message>
            <source>The lead editor is not available in this build.</source>
            <translation>O editor de leads não está disponível nesta versão.</translation>
        </message>
        <message>
            <source>The import wizard is not available yet; use `funneldesk import FILE`.</source>
            <translation>O assistente de importação ainda não está disponível; use `funneldesk import FILE`.</translation>
        </message>
        <message>
            <source>Demo data is not available in this build; run `funneldesk demo`.</source>
            <translation>Os dados de demonstração não estão disponíveis nesta versão; execute `funneldesk demo`.</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>Dados de demonstração carregados.</translation>
        </message>
        <message>
            <source>Demo data was not loaded: %1</source>
            <translation>Os dados de demonstração não foram carregados: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>Creating demo leads…</source>
            <translation>A criar leads de demonstração…</translation>
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
            <translation>Envolvimento</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Set engagement</source>
            <translation>Definir envolvimento</translation>
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
            <translation>Critérios de saída</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Estágios</translation>
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
            <translation>Criar</translation>
        </message>
        <message>
            <source>Stages (drag to reorder)</source>
            <translation>Estágios (arraste para reordenar)</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Adicionar estágio</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Eliminar estágio</translation>
        </message>
        <message>
            <source>Apply stage changes</source>
            <translation>Aplicar alterações de estágios</translation>
        </message>
        <message>
            <source>Exit criteria of the selected stage</source>
            <translation>Critérios de saída do estágio selecionado</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>Adicionar critério</translation>
        </message>
        <message>
            <source>Update criterion</source>
            <translation>Atualizar critério</translation>
        </message>
        <message>
            <source>Delete criterion</source>
            <translation>Eliminar critério</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>New stage {0}</source>
            <translation>Novo estágio {0}</translation>
        </message>
    </context>
    <context>
        <name>PreviewTable</name>
        <message>
            <source>First rows of the file</source>
            <translation>Primeiras linhas do ficheiro</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Any {0}</source>
            <translation>Qualquer: {0}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Guardar tudo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sim</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Sim para &amp;todos</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Não</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Nã&amp;o para todos</translation>
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
            <translation>Fechar</translation>
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
            <translation>Ajuda</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Repor</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Repor predefinições</translation>
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
            <translation>{0} alterados, {1} recusados.</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Why it was refused</source>
            <translation>Porque foi recusado</translation>
        </message>
        <message>
            <source>Refused leads</source>
            <translation>Leads recusados</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Discount threshold</source>
            <translation>Limite de desconto</translation>
        </message>
        <message>
            <source>Save threshold</source>
            <translation>Guardar limite</translation>
        </message>
        <message>
            <source>Use the approval gate's figure</source>
            <translation>Usar o valor da porta de aprovação</translation>
        </message>
        <message>
            <source>The discounts report counts the deals whose discount is above this figure. Without one, each pipeline uses its discount approval gate (15 % in typical sales). An owner or a manager may change it.</source>
            <translation>O relatório de descontos conta os negócios cujo desconto fica acima deste valor. Sem ele, cada pipeline usa a sua porta de aprovação de descontos (15 % nas vendas típicas). Um proprietário ou um gestor pode alterá-lo.</translation>
        </message>
        <message>
            <source>Set for every pipeline.</source>
            <translation>Definido para todos os pipelines.</translation>
        </message>
        <message>
            <source>Not set: the approval gate's figure is used.</source>
            <translation>Não definido: usa-se o valor da porta de aprovação.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>A trabalhar…</translation>
        </message>
        <message>
            <source>Threshold saved.</source>
            <translation>Limite guardado.</translation>
        </message>
        <message>
            <source>Threshold removed: the approval gate's figure is used.</source>
            <translation>Limite removido: usa-se o valor da porta de aprovação.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import finished</source>
            <translation>Importação concluída</translation>
        </message>
        <message>
            <source>Open the rejected-rows report</source>
            <translation>Abrir o relatório das linhas rejeitadas</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nada foi importado</translation>
        </message>
        <message>
            <source>%1 leads created and %2 updated.</source>
            <translation>%1 leads criados e %2 atualizados.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rejected row(s) listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</source>
            <translation>
                <numerusform>%Ln linha rejeitada listada em &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
                <numerusform>%Ln linhas rejeitadas listadas em &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled. The database is unchanged.</source>
            <translation>A importação foi cancelada. A base de dados não foi alterada.</translation>
        </message>
        <message>
            <source>The database is unchanged: %1</source>
            <translation>A base de dados não foi alterada: %1</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>owner</source>
            <translation>proprietário</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>gestor</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>colaborador</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Importing</source>
            <translation>A importar</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progresso da importação</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancelar importação</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>A importar %1…</translation>
        </message>
        <message>
            <source>Cancelling: undoing the import…</source>
            <translation>A cancelar: a desfazer a importação…</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>%1 is damaged. FunnelDesk left it exactly as it was and wrote nothing to it.</source>
            <translation>%1 está danificado. O FunnelDesk deixou-o exatamente como estava e não escreveu nada nele.</translation>
        </message>
        <message>
            <source>No verified backup was found next to it.</source>
            <translation>Não foi encontrada nenhuma cópia de segurança verificada junto dele.</translation>
        </message>
        <message>
            <source>The newest verified backup is %1, taken on %2.</source>
            <translation>A cópia de segurança verificada mais recente é %1, feita em %2.</translation>
        </message>
        <message>
            <source>Restoring it keeps the damaged file aside, byte for byte. From a terminal, the same is:</source>
            <translation>Restaurá-la guarda à parte o ficheiro danificado, byte a byte. Num terminal, o equivalente é:</translation>
        </message>
        <message>
            <source>This database is already open in another FunnelDesk window.</source>
            <translation>Esta base de dados já está aberta noutra janela do FunnelDesk.</translation>
        </message>
        <message>
            <source>Automatic backup written: %1</source>
            <translation>Cópia de segurança automática gravada: %1</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>A cópia de segurança automática falhou: %1</translation>
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
            <translation>Canais, personas, motivos de perda</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Utilizadores e papéis</translation>
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
            <translation>Relatórios</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to FunnelDesk — %1</source>
            <translation>Iniciar sessão no FunnelDesk — %1</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Nome de utilizador</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Palavra-passe</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sessão</translation>
        </message>
        <message>
            <source>This team database is on a server. Sign in with your login and password.</source>
            <translation>Esta base de dados de equipa está num servidor. Inicie sessão com o seu nome de utilizador e palavra-passe.</translation>
        </message>
        <message>
            <source>This database is protected. Sign in with your login.</source>
            <translation>Esta base de dados está protegida. Inicie sessão com o seu nome de utilizador.</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Utilizador:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Palavra-passe:</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>Introduza o seu nome de utilizador.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>A verificar…</translation>
        </message>
        <message>
            <source>Sign-in refused: %1</source>
            <translation>Início de sessão recusado: %1</translation>
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
            <translation> dias</translation>
        </message>
        <message>
            <source>Move on automatically when the criteria are met</source>
            <translation>Avançar automaticamente quando os critérios estiverem cumpridos</translation>
        </message>
        <message>
            <source>Optional (may be skipped)</source>
            <translation>Opcional (pode ser saltado)</translation>
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
            <translation>Probabilidade de ganho</translation>
        </message>
        <message>
            <source>Rotting limit</source>
            <translation>Limite de estagnação</translation>
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
            <translation>Cor do estágio</translation>
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
            <translation>Estágio</translation>
        </message>
        <message>
            <source>Stage values</source>
            <translation>Valores de estágio</translation>
        </message>
        <message>
            <source>— reject these rows —</source>
            <translation>— rejeitar estas linhas —</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>open</source>
            <translation>aberto</translation>
        </message>
        <message>
            <source>won</source>
            <translation>ganho</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdido</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Verificar antes de importar</translation>
        </message>
        <message>
            <source>A dry run: nothing has been changed yet.</source>
            <translation>Um ensaio: ainda nada foi alterado.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Coluna</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Linhas rejeitadas</translation>
        </message>
        <message>
            <source>Import the valid rows and skip the rejected ones (they are listed in a report file)</source>
            <translation>Importar as linhas válidas e ignorar as rejeitadas (listadas num ficheiro de relatório)</translation>
        </message>
        <message>
            <source>Reason for moving these leads past the gate</source>
            <translation>Motivo para passar estes leads pela porta</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Motivo da exceção</translation>
        </message>
        <message>
            <source>Move them anyway</source>
            <translation>Movê-los mesmo assim</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>A verificar todas as linhas…</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>Reconhecido: uma exportação de %1.</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>Codificação do texto: %1.</translation>
        </message>
        <message>
            <source>Dates in “%1”: %2.</source>
            <translation>Datas em “%1”: %2.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; to create, &lt;b&gt;%3&lt;/b&gt; to update, %4 unchanged, &lt;b&gt;%5&lt;/b&gt; rejected.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; linhas lidas: &lt;b&gt;%2&lt;/b&gt; a criar, &lt;b&gt;%3&lt;/b&gt; a atualizar, %4 sem alterações, &lt;b&gt;%5&lt;/b&gt; rejeitadas.</translation>
        </message>
        <message>
            <source>New owners (employees)</source>
            <translation>Novos responsáveis (colaboradores)</translation>
        </message>
        <message>
            <source>New channels</source>
            <translation>Novos canais</translation>
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
            <translation>As linhas rejeitadas não são importadas. Sem a opção abaixo, a importação é recusada por inteiro.</translation>
        </message>
        <message>
            <source>Stages the pipeline does not have</source>
            <translation>Estágios que o pipeline não tem</translation>
        </message>
        <message>
            <source>Owners who are not users</source>
            <translation>Responsáveis que não são utilizadores</translation>
        </message>
        <message>
            <source>%1 new leads are placed past exit criteria they do not meet; their history will say “imported past the gate”.</source>
            <translation>%1 leads novos são colocados além de critérios de saída que não cumprem; o histórico vai indicar “importado além da porta”.</translation>
        </message>
        <message>
            <source>%1 rows would move existing leads past unmet exit criteria and are refused (listed below with every unmet criterion).</source>
            <translation>%1 linhas moveriam leads existentes além de critérios de saída não cumpridos e são recusadas (listadas abaixo com cada critério por cumprir).</translation>
        </message>
        <message>
            <source>%1 leads will be moved past the gate with your reason.</source>
            <translation>%1 leads vão passar a porta com o seu motivo.</translation>
        </message>
        <message>
            <source>The file cannot be imported with these choices: %1</source>
            <translation>O ficheiro não pode ser importado com estas escolhas: %1</translation>
        </message>
    </context>
    <context>
        <name>Temperature</name>
        <message>
            <source>cold</source>
            <translation>frio</translation>
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
            <translation>Hoje</translation>
        </message>
        <message>
            <source>%1 follow-ups due or overdue</source>
            <translation>%1 seguimentos a fazer ou em atraso</translation>
        </message>
        <message>
            <source>%1 follow-ups due today or overdue (see Today)</source>
            <translation>%1 seguimentos para hoje ou em atraso (ver Hoje)</translation>
        </message>
        <message>
            <source>Follow-up due: %1 on “%2”</source>
            <translation>Seguimento a fazer: %1 em “%2”</translation>
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation>(e mais %1)</translation>
        </message>
        <message>
            <source>FunnelDesk reminder</source>
            <translation>Lembrete do FunnelDesk</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>Os meus seguimentos</translation>
        </message>
        <message>
            <source>My team's follow-ups</source>
            <translation>Seguimentos da minha equipa</translation>
        </message>
        <message>
            <source>Whose follow-ups</source>
            <translation>Seguimentos de quem</translation>
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
            <translation>Assunto</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Overdue and due today</source>
            <translation>Em atraso e para hoje</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Estágio</translation>
        </message>
        <message>
            <source>Leads with no next step</source>
            <translation>Leads sem próximo passo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <source>Reschedule to</source>
            <translation>Reagendar para</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Reagendar</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>Abrir lead</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>A atualizar…</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due today, %3 next actions due.</source>
            <translation>%1 em atraso, %2 para hoje, %3 próximas ações a fazer.</translation>
        </message>
        <message>
            <source>Open leads with no next step: %1</source>
            <translation>Leads em aberto sem próximo passo: %1</translation>
        </message>
        <message>
            <source>(the first %1 shown)</source>
            <translation>(mostrados os primeiros %1)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Em atraso</translation>
        </message>
        <message>
            <source>next action</source>
            <translation>próxima ação</translation>
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
            <translation>Nome de utilizador</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilizadores</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Gestor</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Adicionar utilizador</translation>
        </message>
        <message>
            <source>Update selected</source>
            <translation>Atualizar selecionado</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
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
            <translation>Variação do número de leads que entram no funil</translation>
        </message>
        <message>
            <source>Top-of-funnel volume</source>
            <translation>Volume do topo do funil</translation>
        </message>
        <message>
            <source>Back to current figures</source>
            <translation>Voltar aos números atuais</translation>
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
            <translation>&lt;b&gt;Negócios ganhos&lt;/b&gt;: {0} agora → {1} ({2})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won value&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;Valor ganho&lt;/b&gt;: {0} agora → {1} ({2})</translation>
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
