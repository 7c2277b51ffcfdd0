<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>call</source>
            <translation>дзвінок</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>зустріч</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>task</source>
            <translation>завдання</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>демонстрація</translation>
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
            <translation>Вид</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Ким</translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>Записати дзвінок</translation>
        </message>
        <message>
            <source>Schedule a meeting</source>
            <translation>Запланувати зустріч</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Позначити виконаним</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>FunnelDesk — risky location</source>
            <translation>FunnelDesk — ризиковане розташування</translation>
        </message>
        <message>
            <source>&amp;Restore the backup and open it</source>
            <translation>&amp;Відновити резервну копію та відкрити її</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Вийти</translation>
        </message>
        <message>
            <source>FunnelDesk is already open</source>
            <translation>FunnelDesk уже відкрито</translation>
        </message>
        <message>
            <source>FunnelDesk cannot open the database</source>
            <translation>FunnelDesk не може відкрити базу даних</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Базу даних пошкоджено</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Відновлення резервної копії…</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>Не вдалося відновити резервну копію</translation>
        </message>
        <message>
            <source>Integrity check passed</source>
            <translation>Перевірку цілісності пройдено</translation>
        </message>
        <message>
            <source>Checking the file after an unclean shutdown…</source>
            <translation>Перевірка файлу після некоректного завершення…</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Резервні копії</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Створено</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Розмір</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Створити копію зараз</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Відновити…</translation>
        </message>
        <message>
            <source>Backups of %1, newest first. Restoring one keeps a copy of the current file first.</source>
            <translation>Резервні копії %1, найновіші першими. Перед відновленням зберігається копія поточного файлу.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Резервних копій ще немає.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматична</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Ручна</translation>
        </message>
        <message>
            <source>Kept before a restore</source>
            <translation>Збережена перед відновленням</translation>
        </message>
        <message>
            <source>Taken before a schema upgrade</source>
            <translation>Створена перед оновленням схеми</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Створення резервної копії…</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Резервну копію записано до %1.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Відновити цю резервну копію?</translation>
        </message>
        <message>
            <source>Replace the database with the backup taken on %1?

A copy of the current file is kept with the backups first, so this can be undone by restoring that copy. The window then reopens on the restored database.</source>
            <translation>Замінити базу даних резервною копією від %1?

Спочатку копію поточного файлу буде збережено разом із резервними копіями, тож це можна скасувати, відновивши ту копію. Потім вікно знову відкриється з відновленою базою даних.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Відновлення…</translation>
        </message>
        <message>
            <source>(no previous file)</source>
            <translation>(попереднього файлу немає)</translation>
        </message>
        <message>
            <source>Restored. The previous file is kept at %1.</source>
            <translation>Відновлено. Попередній файл збережено в %1.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Резервну копію відновлено</translation>
        </message>
        <message>
            <source>The backup is restored. The previous file is kept at:
%1

The window now reopens on the restored database.</source>
            <translation>Резервну копію відновлено. Попередній файл збережено в:
%1

Зараз вікно знову відкриється з відновленою базою даних.</translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>Leads in %1</source>
            <translation>Ліди на етапі %1</translation>
        </message>
        <message>
            <source>Leads in this stage and their total value</source>
            <translation>Ліди на цьому етапі та їхня загальна вартість</translation>
        </message>
        <message>
            <source>Of the leads that reached the previous stage, the share that also reached this one</source>
            <translation>Частка лідів, що дійшли до попереднього етапу й дійшли також до цього</translation>
        </message>
        <message>
            <source>first stage</source>
            <translation>перший етап</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>%1 % з попереднього етапу</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Підрахунок…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln лід</numerusform>
                <numerusform>%Ln ліди</numerusform>
                <numerusform>%Ln лідів</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>%1 % з попереднього</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Loading the board…</source>
            <translation>Завантаження дошки…</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>(no company)</source>
            <translation>(без компанії)</translation>
        </message>
        <message>
            <source>%1/%2 criteria</source>
            <translation>критерії: %1/%2</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>без відповідального</translation>
        </message>
        <message>
            <source>%1 d in stage</source>
            <translation>%1 дн. на етапі</translation>
        </message>
        <message>
            <source>next: %1</source>
            <translation>далі: %1</translation>
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <source>%1
Drag to another stage, or press Ctrl+Right / Ctrl+Left. Enter opens it.</source>
            <translation>%1
Перетягніть на інший етап або натисніть Ctrl+Вправо / Ctrl+Вліво. Enter відкриває лід.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Channels</source>
            <translation>Канали</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Персони</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Причини програшу</translation>
        </message>
    </context>
    <context>
        <name>CatalogPage</name>
        <message>
            <source>Amount, e.g. 1500.00</source>
            <translation>Сума, напр. 1500.00</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Перейменувати</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>Monthly spend of the selected channel</source>
            <translation>Щомісячні витрати вибраного каналу</translation>
        </message>
        <message>
            <source>Set spend</source>
            <translation>Задати витрати</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Збережено.</translation>
        </message>
        <message>
            <source>The amount must be a number like 1500.00.</source>
            <translation>Сума має бути числом на зразок 1500.00.</translation>
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>paid</source>
            <translation>платний</translation>
        </message>
        <message>
            <source>owned</source>
            <translation>власний</translation>
        </message>
        <message>
            <source>earned</source>
            <translation>заслужений</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save PNG…</source>
            <translation>Зберегти PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Зберегти цю діаграму як зображення PNG</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Зберегти діаграму</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Зображення PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else changed this lead</source>
            <translation>Хтось інший змінив цей лід</translation>
        </message>
        <message>
            <source>This lead was saved by someone else at {0} while you were editing it. Nothing has been overwritten. Fields you changed are in bold.</source>
            <translation>Цей лід зберіг хтось інший о {0}, поки ви його редагували. Нічого не перезаписано. Змінені вами поля виділено жирним.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ваше</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Їхнє</translation>
        </message>
        <message>
            <source>Take theirs (reload, drop my edits)</source>
            <translation>Взяти їхнє (перезавантажити, відкинути мої зміни)</translation>
        </message>
        <message>
            <source>Keep editing mine</source>
            <translation>Далі редагувати моє</translation>
        </message>
    </context>
    <context>
        <name>Criteria</name>
        <message>
            <source>A field is set or meets a condition</source>
            <translation>Поле заповнено або відповідає умові</translation>
        </message>
        <message>
            <source>A checklist item is ticked</source>
            <translation>Пункт чекліста позначено</translation>
        </message>
        <message>
            <source>An approval is given</source>
            <translation>Надано схвалення</translation>
        </message>
        <message>
            <source>Activities are done</source>
            <translation>Активності виконано</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Чекліст</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Схвалення</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Активність</translation>
        </message>
        <message>
            <source>is set</source>
            <translation>заповнено</translation>
        </message>
        <message>
            <source>a manager</source>
            <translation>менеджер</translation>
        </message>
        <message>
            <source>an owner</source>
            <translation>власник</translation>
        </message>
        <message>
            <source>always</source>
            <translation>завжди</translation>
        </message>
    </context>
    <context>
        <name>CriterionForm</name>
        <message>
            <source>Given by the lead's gatekeeper participant</source>
            <translation>Надає учасник-вартовий ліда</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Підпис</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Умова</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Вартість</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Хто схвалює</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Активність</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Щонайменше</translation>
        </message>
        <message>
            <source>Only when</source>
            <translation>Лише коли</translation>
        </message>
        <message>
            <source>that field</source>
            <translation>це поле</translation>
        </message>
        <message>
            <source>compared with</source>
            <translation>порівняно з</translation>
        </message>
    </context>
    <context>
        <name>CurrencyPage</name>
        <message>
            <source>e.g. USD</source>
            <translation>напр. UAH</translation>
        </message>
        <message>
            <source>Reporting currency</source>
            <translation>Валюта звітів</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>In force since</source>
            <translation>Чинний з</translation>
        </message>
        <message>
            <source>Rate today</source>
            <translation>Курс сьогодні</translation>
        </message>
        <message>
            <source>Rates (since)</source>
            <translation>Курси (з дати)</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Курси валют</translation>
        </message>
        <message>
            <source>Currency, e.g. EUR</source>
            <translation>Валюта, напр. EUR</translation>
        </message>
        <message>
            <source>Rate, e.g. 1.08</source>
            <translation>Курс, напр. 1.08</translation>
        </message>
        <message>
            <source>Every money figure in reports, the dashboard and the analytics workbook is in this currency. Changing it converts the rates you have into it.</source>
            <translation>Усі грошові суми у звітах, на панелі та в аналітичній книзі подано в цій валюті. Її зміна перераховує наявні курси в неї.</translation>
        </message>
        <message>
            <source>Set reporting currency</source>
            <translation>Задати валюту звітів</translation>
        </message>
        <message>
            <source>A rate is how many units of the reporting currency one unit of the currency is worth, from a day on. A deal is converted at the rate in force on its won day; a deal with no rate is left out of totals and shown apart.</source>
            <translation>Курс — скільки одиниць валюти звітів коштує одиниця валюти, починаючи з певного дня. Угоду перераховують за курсом, чинним у день виграшу; угоду без курсу не включають до підсумків і показують окремо.</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>Задати курс</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Імпортувати CSV…</translation>
        </message>
        <message>
            <source>Leads by currency: {0}</source>
            <translation>Ліди за валютами: {0}</translation>
        </message>
        <message>
            <source>(only later rates)</source>
            <translation>(лише пізніші курси)</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Виконується…</translation>
        </message>
        <message>
            <source>{0} rates read: {1} added, {2} changed.</source>
            <translation>Прочитано курсів: {0}; додано {1}, змінено {2}.</translation>
        </message>
        <message>
            <source>Reporting currency saved.</source>
            <translation>Валюту звітів збережено.</translation>
        </message>
        <message>
            <source>Rate saved.</source>
            <translation>Курс збережено.</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Імпорт курсів валют</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Gate overrides</source>
            <translation>Обходи бар'єра</translation>
        </message>
        <message>
            <source>Stages skipped</source>
            <translation>Пропущені етапи</translation>
        </message>
        <message>
            <source>Imported past the gate</source>
            <translation>Імпортовано через бар'єр</translation>
        </message>
        <message>
            <source>Refused moves</source>
            <translation>Відхилені переміщення</translation>
        </message>
        <message>
            <source>Stage data missing</source>
            <translation>Бракує даних етапу</translation>
        </message>
        <message>
            <source>Overdue activities</source>
            <translation>Прострочені активності</translation>
        </message>
        <message>
            <source>No next action</source>
            <translation>Немає наступної дії</translation>
        </message>
        <message>
            <source>Process compliance</source>
            <translation>Дотримання процесу</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Ліди</translation>
        </message>
        <message>
            <source>Median days to first contact</source>
            <translation>Медіана днів до першого контакту</translation>
        </message>
        <message>
            <source>Click to list these leads</source>
            <translation>Клацніть, щоб показати ці ліди</translation>
        </message>
        <message>
            <source>Discounts by owner (average discount solid, share of deals above the threshold pale)</source>
            <translation>Знижки за відповідальними (середня знижка суцільна, частка угод понад поріг бліда)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} of {2} deals discounted, {3} above {4} %&lt;br&gt;average {5}, largest {6}&lt;br&gt;win rate discounted {7}, full price {8}&lt;br&gt;average won value discounted {9}, full price {10}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: знижка в {1} з {2} угод, {3} понад {4} %&lt;br&gt;середня {5}, найбільша {6}&lt;br&gt;частка виграних зі знижкою {7}, за повну ціну {8}&lt;br&gt;середня виграна вартість зі знижкою {9}, за повну ціну {10}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} deals discounted, average {2}.</source>
            <translation>Команда: знижка в {0} з {1} угод, середня {2}.</translation>
        </message>
        <message>
            <source>Furthest above the team: {0}.</source>
            <translation>Найдалі понад команду: {0}.</translation>
        </message>
        <message>
            <source>No deals with a value.</source>
            <translation>Немає угод із вартістю.</translation>
        </message>
        <message>
            <source>Forecast accuracy (won pale, forecast at the month's start solid)</source>
            <translation>Точність прогнозу (вигране бліде, прогноз на початок місяця суцільний)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;forecast {1}&lt;br&gt;won {2}&lt;br&gt;error {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;прогноз {1}&lt;br&gt;виграно {2}&lt;br&gt;похибка {3}</translation>
        </message>
        <message>
            <source>No past months yet.</source>
            <translation>Минулих місяців ще немає.</translation>
        </message>
        <message>
            <source>Mean absolute percentage error: {0}; won over these months: {1}.</source>
            <translation>Середня абсолютна похибка у відсотках: {0}; виграно за ці місяці: {1}.</translation>
        </message>
        <message>
            <source>Conversion by manager</source>
            <translation>Конверсія за менеджерами</translation>
        </message>
        <message>
            <source>Sort: conversion</source>
            <translation>Сортувати: конверсія</translation>
        </message>
        <message>
            <source>Sort: leads</source>
            <translation>Сортувати: ліди</translation>
        </message>
        <message>
            <source>Sort: won</source>
            <translation>Сортувати: виграні</translation>
        </message>
        <message>
            <source>Sort: name</source>
            <translation>Сортувати: ім'я</translation>
        </message>
        <message>
            <source>Bars: conversion %, line: 95 % interval, grey: previous period.</source>
            <translation>Стовпці: конверсія %, лінія: інтервал 95 %, сірий: попередній період.</translation>
        </message>
        <message>
            <source>Leads of {0} and their team</source>
            <translation>Ліди: {0} і команда</translation>
        </message>
        <message>
            <source>Leads of {0}</source>
            <translation>Ліди: {0}</translation>
        </message>
        <message>
            <source>Conversion: {0}</source>
            <translation>Конверсія: {0}</translation>
        </message>
        <message>
            <source>Win rate: {0}</source>
            <translation>Частка виграних: {0}</translation>
        </message>
        <message>
            <source>Leads {0}, open {1}, won {2}, lost {3}</source>
            <translation>Ліди {0}, відкриті {1}, виграні {2}, програні {3}</translation>
        </message>
        <message>
            <source>Won value: {0}</source>
            <translation>Виграна вартість: {0}</translation>
        </message>
        <message>
            <source>Previous period: {0}</source>
            <translation>Попередній період: {0}</translation>
        </message>
        <message>
            <source>Channels: leads, conversion, cost per lead / per won deal, ROI</source>
            <translation>Канали: ліди, конверсія, вартість ліда / виграної угоди, ROI</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>Конверсія %</translation>
        </message>
        <message>
            <source>Cost per lead / per won</source>
            <translation>Вартість ліда / виграної</translation>
        </message>
        <message>
            <source>ROI ×</source>
            <translation>ROI ×</translation>
        </message>
        <message>
            <source>Leads from {0}</source>
            <translation>Ліди з каналу {0}</translation>
        </message>
        <message>
            <source>Cost: orange per lead, pale per won deal (labels: per lead / per won). Hover for figures.</source>
            <translation>Вартість: помаранчеве — за лід, бліде — за виграну угоду (підписи: за лід / за виграну). Наведіть мишу, щоб побачити числа.</translation>
        </message>
        <message>
            <source>Leads {0}, won {1}, lost {2}</source>
            <translation>Ліди {0}, виграні {1}, програні {2}</translation>
        </message>
        <message>
            <source>Spend: {0}; won value: {1}</source>
            <translation>Витрати: {0}; виграна вартість: {1}</translation>
        </message>
        <message>
            <source>Cost per lead: {0}; per won deal: {1}</source>
            <translation>Вартість ліда: {0}; виграної угоди: {1}</translation>
        </message>
        <message>
            <source>ROI: {0}</source>
            <translation>ROI: {0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>за днями</translation>
        </message>
        <message>
            <source>week</source>
            <translation>за тижнями</translation>
        </message>
        <message>
            <source>month</source>
            <translation>за місяцями</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>за кварталами</translation>
        </message>
        <message>
            <source>year</source>
            <translation>за роками</translation>
        </message>
        <message>
            <source>Trend: created and won leads per period</source>
            <translation>Тренд: створені й виграні ліди за періодами</translation>
        </message>
        <message>
            <source>created</source>
            <translation>створені</translation>
        </message>
        <message>
            <source>won</source>
            <translation>виграно</translation>
        </message>
        <message>
            <source>created, previous period</source>
            <translation>створені, попередній період</translation>
        </message>
        <message>
            <source>won, previous period</source>
            <translation>виграні, попередній період</translation>
        </message>
        <message>
            <source>Grouped by {0}; hover a period for its figures.</source>
            <translation>Групування: {0}; наведіть на період, щоб побачити числа.</translation>
        </message>
        <message>
            <source>Hollow points: periods only partly in the range.</source>
            <translation>Порожні точки: періоди, що лише частково в діапазоні.</translation>
        </message>
        <message>
            <source>Created {0}, won {1}, lost {2}</source>
            <translation>Створено {0}, виграно {1}, програно {2}</translation>
        </message>
        <message>
            <source>Conversion of this cohort: {0}</source>
            <translation>Конверсія цієї когорти: {0}</translation>
        </message>
        <message>
            <source>Only {0} of its {1} days are in the range.</source>
            <translation>Лише {0} з {1} днів періоду в діапазоні.</translation>
        </message>
        <message>
            <source>Previous period ({0}): created {1}, won {2}</source>
            <translation>Попередній період ({0}): створено {1}, виграно {2}</translation>
        </message>
        <message>
            <source>Forecast by expected-close month (value pale, weighted solid)</source>
            <translation>Прогноз за місяцем очікуваного закриття (вартість бліда, зважена суцільна)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} open leads&lt;br&gt;value {2}&lt;br&gt;weighted value {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: відкритих лідів {1}&lt;br&gt;вартість {2}&lt;br&gt;зважена вартість {3}</translation>
        </message>
        <message>
            <source>unscheduled</source>
            <translation>без дати</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>Weighted pipeline: {0}</source>
            <translation>Зважений конвеєр: {0}</translation>
        </message>
        <message>
            <source>No open leads.</source>
            <translation>Немає відкритих лідів.</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Leads that reached “{0}”</source>
            <translation>Ліди, що дійшли до «{0}»</translation>
        </message>
        <message>
            <source>Weakest step: “{0}” at {1}</source>
            <translation>Найслабший крок: «{0}», {1}</translation>
        </message>
        <message>
            <source>weakest step</source>
            <translation>найслабший крок</translation>
        </message>
        <message>
            <source>Reached: {0}; in this stage now: {1}</source>
            <translation>Дійшли: {0}; зараз на цьому етапі: {1}</translation>
        </message>
        <message>
            <source>From the previous stage: {0}</source>
            <translation>З попереднього етапу: {0}</translation>
        </message>
        <message>
            <source>From the top: {0}</source>
            <translation>Від верху воронки: {0}</translation>
        </message>
        <message>
            <source>Dropped off after it: {0}; lost here: {1}</source>
            <translation>Вибули після нього: {0}; програно тут: {1}</translation>
        </message>
        <message>
            <source>Lost reasons per stage</source>
            <translation>Причини програшу за етапами</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} of {3} lost here ({4})</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} з {3} програно тут ({4})</translation>
        </message>
        <message>
            <source>Lost at “{0}”: {1}</source>
            <translation>Програно на «{0}»: {1}</translation>
        </message>
        <message>
            <source>Time in stage (days: median, 75th percentile behind)</source>
            <translation>Час на етапі (дні: медіана, позаду 75-й процентиль)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: median {1}, 75th percentile {2} (n={3} stays)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: медіана {1}, 75-й процентиль {2} (n={3} перебувань)</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} з {1}</translation>
        </message>
        <message>
            <source>{0}'s team</source>
            <translation>Команда: {0}</translation>
        </message>
        <message>
            <source>No lead reached this step.</source>
            <translation>Жоден лід не дійшов до цього кроку.</translation>
        </message>
        <message>
            <source>{0} of {1} leads went on ({2}); {3}</source>
            <translation>{0} з {1} лідів пішли далі ({2}); {3}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} ({2})</source>
            <translation>Команда: {0} з {1} ({2})</translation>
        </message>
        <message>
            <source>Fewer than {0} leads: too few to compare.</source>
            <translation>Менше ніж {0} лідів: замало для порівняння.</translation>
        </message>
        <message>
            <source>Click or press Enter to list the leads that stopped here.</source>
            <translation>Клацніть або натисніть Enter, щоб показати ліди, що зупинилися тут.</translation>
        </message>
        <message>
            <source>Weakest: no one has {0} leads at a step yet, too few to compare.</source>
            <translation>Найслабший: ще ніхто не має {0} лідів на кроці, замало для порівняння.</translation>
        </message>
        <message>
            <source>Weakest: {0} at {1}: {2} of {3} (team {4})</source>
            <translation>Найслабший: {0} на {1}: {2} з {3} (команда {4})</translation>
        </message>
        <message>
            <source>{0}: team {1} of {2}</source>
            <translation>{0}: команда {1} з {2}</translation>
        </message>
        <message>
            <source>Conversion by employee and stage</source>
            <translation>Конверсія за працівниками й етапами</translation>
        </message>
        <message>
            <source>Red: below the team's rate at that step, green: above; grey: fewer than {0} leads;
framed: the weakest of each step; bold: the one named above.</source>
            <translation>Червоний: нижче за показник команди на цьому кроці, зелений: вище; сірий: менше ніж {0} лідів;
у рамці: найслабший на кожному кроці; жирний: названий вище.</translation>
        </message>
        <message>
            <source>{0}: reached {1}, never {2}</source>
            <translation>{0}: дійшли до {1}, не дійшли до {2}</translation>
        </message>
        <message>
            <source>(no channel)</source>
            <translation>(без каналу)</translation>
        </message>
        <message>
            <source>(no reason)</source>
            <translation>(без причини)</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>(без відповідального)</translation>
        </message>
        <message>
            <source>95 % interval {0}–{1}</source>
            <translation>інтервал 95 % {0}–{1}</translation>
        </message>
        <message>
            <source>no sample</source>
            <translation>немає вибірки</translation>
        </message>
        <message>
            <source>{0} d</source>
            <translation>{0} дн.</translation>
        </message>
    </context>
    <context>
        <name>DashboardFilterBar</name>
        <message>
            <source>Managers</source>
            <translation>Менеджери</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Канали</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Конвеєр</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Період</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Цей місяць</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Минулий місяць</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Цей квартал</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Минулий квартал</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Цей рік</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Весь час</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Власний діапазон</translation>
        </message>
        <message>
            <source>Team roll-up</source>
            <translation>Разом із командою</translation>
        </message>
        <message>
            <source>Count each manager's figures with everyone below them</source>
            <translation>Рахувати показники кожного менеджера разом з усіма його підлеглими</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Персона</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>холодний</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>теплий</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>гарячий</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>Будь-що: {0}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation>Оновити</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>Що як</translation>
        </message>
        <message>
            <source>Show or hide the what-if panel</source>
            <translation>Показати або сховати панель «Що як»</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Оновлення…</translation>
        </message>
        <message>
            <source>won {0}</source>
            <translation>виграно {0}</translation>
        </message>
        <message>
            <source>open {0}</source>
            <translation>відкрито {0}</translation>
        </message>
        <message>
            <source>Not in the figures (money in {0}; no exchange rate): {1}. Add rates in Settings → Currencies.</source>
            <translation>Не враховано (суми в {0}; немає курсу): {1}. Додайте курси в Параметри → Валюти.</translation>
        </message>
        <message>
            <source>all time</source>
            <translation>весь час</translation>
        </message>
        <message>
            <source>; compared with {0} – {1}</source>
            <translation>; порівняно з {0} – {1}</translation>
        </message>
        <message>
            <source>{0}: leads created {1}{2}. {3} entered, {4} won. Money in {5}.</source>
            <translation>{0}: ліди, створені {1}{2}. Увійшли {3}, виграно {4}. Суми в {5}.</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln лід</numerusform>
                <numerusform>%Ln ліди</numerusform>
                <numerusform>%Ln лідів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s); the first %1 are listed</source>
            <translation>
                <numerusform>%Ln лід; показано перші %1</numerusform>
                <numerusform>%Ln ліди; показано перші %1</numerusform>
                <numerusform>%Ln лідів; показано перші %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Вартість</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Створено</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>&lt;h2&gt;No leads yet&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Лідів ще немає&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Try FunnelDesk with a few hundred realistic demo leads, or bring your own from an .xlsx or .csv file.</source>
            <translation>Спробуйте FunnelDesk на кількох сотнях реалістичних демонстраційних лідів або імпортуйте власні з файлу .xlsx чи .csv.</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Завантажити демодані</translation>
        </message>
        <message>
            <source>Fill this database with sample leads, users and channels</source>
            <translation>Заповнити цю базу даних зразковими лідами, користувачами й каналами</translation>
        </message>
        <message>
            <source>Import a spreadsheet…</source>
            <translation>Імпортувати таблицю…</translation>
        </message>
        <message>
            <source>Bring leads in from an .xlsx or .csv file</source>
            <translation>Імпортувати ліди з файлу .xlsx чи .csv</translation>
        </message>
    </context>
    <context>
        <name>Engagement</name>
        <message>
            <source>driver</source>
            <translation>ініціатор</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>учасник</translation>
        </message>
        <message>
            <source>gatekeeper</source>
            <translation>вартовий</translation>
        </message>
        <message>
            <source>not involved</source>
            <translation>не залучений</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>FunnelDesk — unexpected error</source>
            <translation>FunnelDesk — неочікувана помилка</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Подробиці помилки</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Копіювати подробиці</translation>
        </message>
        <message>
            <source>Something went wrong. Your data is safe; the operation was not finished. Please copy the details below into a bug report.</source>
            <translation>Щось пішло не так. Ваші дані в безпеці; операцію не завершено. Скопіюйте подробиці нижче у звіт про помилку.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The move was refused; these exit criteria are not met:</source>
            <translation>Переміщення відхилено; ці критерії виходу не виконано:</translation>
        </message>
        <message>
            <source>Not allowed: {0}</source>
            <translation>Не дозволено: {0}</translation>
        </message>
        <message>
            <source>Someone else changed this lead meanwhile: {0}</source>
            <translation>Тим часом хтось інший змінив цей лід: {0}</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>Неочікувана помилка: {0}</translation>
        </message>
        <message>
            <source>Exit criteria not met</source>
            <translation>Критерії виходу не виконано</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Не дозволено</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Змінено кимось іншим</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Не знайдено</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Відхилено</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>All the leads you can see.</source>
            <translation>Усі ліди, які ви бачите.</translation>
        </message>
        <message>
            <source>The leads of the Leads page's filter (pipeline and created dates).</source>
            <translation>Ліди за фільтром сторінки «Ліди» (конвеєр і дати створення).</translation>
        </message>
        <message>
            <source>Its search text and other filters are not applied to the export.</source>
            <translation>Текст пошуку та інші фільтри до експорту не застосовуються.</translation>
        </message>
        <message>
            <source>&amp;Leads (.xlsx or .csv)</source>
            <translation>&amp;Ліди (.xlsx або .csv)</translation>
        </message>
        <message>
            <source>&amp;Analytics report workbook (.xlsx with charts)</source>
            <translation>&amp;Аналітичний звіт (.xlsx із діаграмами)</translation>
        </message>
        <message>
            <source>Summary, funnel, managers, channels and periods of the chosen period</source>
            <translation>Підсумок, воронка, менеджери, канали й періоди за вибраний період</translation>
        </message>
        <message>
            <source>A&amp;ccountant workbook (deals won in the period, one sheet per month)</source>
            <translation>Книга для &amp;бухгалтера (виграні угоди за період, аркуш на місяць)</translation>
        </message>
        <message>
            <source>Won date, client, invoice reference, amount, discount and net amount</source>
            <translation>Дата виграшу, клієнт, номер рахунку, сума, знижка й сума нетто</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Період:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Експортувати…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Експортувати до</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Період закінчується раніше, ніж починається.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Експорт до %1…</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Експорт…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Записано до %1.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Експорт скасовано; файл не записано.</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>Нічого не експортовано: %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Експортовано до %1</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a spreadsheet</source>
            <translation>Виберіть таблицю</translation>
        </message>
        <message>
            <source>FunnelDesk reads .xlsx and .csv files; the first sheet is imported.</source>
            <translation>FunnelDesk читає файли .xlsx і .csv; імпортується перший аркуш.</translation>
        </message>
        <message>
            <source>Path to an .xlsx or .csv file</source>
            <translation>Шлях до файлу .xlsx чи .csv</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Файл таблиці</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Вибрати…</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Імпорт таблиці</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Таблиці (*.xlsx *.xlsm *.csv *.tsv *.txt);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Читання %1…</translation>
        </message>
        <message>
            <source>%1 data rows and %2 columns found.</source>
            <translation>Знайдено рядків даних: %1, стовпців: %2.</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>Розпізнано: експорт із %1.</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>Кодування тексту: %1.</translation>
        </message>
    </context>
    <context>
        <name>GateChecklistPanel</name>
        <message>
            <source>Exit criteria</source>
            <translation>Критерії виходу</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Схвалити</translation>
        </message>
        <message>
            <source>Exit criteria of the current stage:</source>
            <translation>Критерії виходу з поточного етапу:</translation>
        </message>
        <message>
            <source>Add the buyer's gatekeeper as a participant first.</source>
            <translation>Спершу додайте вартового з боку покупця як учасника.</translation>
        </message>
        <message>
            <source>Gatekeeper approval</source>
            <translation>Схвалення вартового</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Схвалив:</translation>
        </message>
        <message>
            <source>Moved on to {0}.</source>
            <translation>Переміщено на етап {0}.</translation>
        </message>
    </context>
    <context>
        <name>GatePanel</name>
        <message>
            <source>Why the move was refused</source>
            <translation>Чому переміщення відхилено</translation>
        </message>
        <message>
            <source>Try the move again</source>
            <translation>Спробувати перемістити ще раз</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <source>&lt;b&gt;“%1” cannot move to %2 yet.&lt;/b&gt;&lt;br&gt;Meet these exit criteria, then try again:</source>
            <translation>&lt;b&gt;«%1» ще не може перейти на етап %2.&lt;/b&gt;&lt;br&gt;Виконайте ці критерії виходу й спробуйте знову:</translation>
        </message>
        <message>
            <source>Every criterion is met now.</source>
            <translation>Усі критерії виконано.</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Позначити</translation>
        </message>
        <message>
            <source>Ask for approval</source>
            <translation>Попросити схвалення</translation>
        </message>
        <message>
            <source>Only a user with the %1 role can approve this</source>
            <translation>Схвалити це може лише користувач із роллю %1</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Схвалити</translation>
        </message>
        <message>
            <source>Open lead…</source>
            <translation>Відкрити лід…</translation>
        </message>
        <message>
            <source>Fill in the field or log the activity in the lead editor</source>
            <translation>Заповніть поле або запишіть активність у редакторі ліда</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>by hand</source>
            <translation>вручну</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>автоматично</translation>
        </message>
        <message>
            <source>by import</source>
            <translation>імпортом</translation>
        </message>
        <message>
            <source>gate overridden</source>
            <translation>бар'єр обійдено</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>скасовано</translation>
        </message>
        <message>
            <source>created</source>
            <translation>створені</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>змінено</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>призначено</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>видалено</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>відновлено</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>чекліст</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>схвалено</translation>
        </message>
        <message>
            <source>approval withdrawn</source>
            <translation>схвалення відкликано</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>активність</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>учасник</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Звідки</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Куди</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Хто</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Як</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Історія етапів</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Старе значення</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Нове значення</translation>
        </message>
        <message>
            <source>Field changes</source>
            <translation>Зміни полів</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Імпорт таблиці</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(не імпортувати)</translation>
        </message>
        <message>
            <source>Date entered stage “%1”</source>
            <translation>Дата входу на етап «%1»</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Ім'я контакту</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Персона</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Причина програшу</translation>
        </message>
        <message>
            <source>Category / product</source>
            <translation>Категорія / продукт</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Вартість</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Знижка</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Очікувана дата закриття</translation>
        </message>
        <message>
            <source>Next action date</source>
            <translation>Дата наступної дії</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Задоволеність</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <source>External id (updates on re-import)</source>
            <translation>Зовнішній id (оновлює під час повторного імпорту)</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Дата створення</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Дата закриття</translation>
        </message>
        <message>
            <source>Status (won / lost / open)</source>
            <translation>Стан (виграно / програно / відкрито)</translation>
        </message>
        <message>
            <source>Won on</source>
            <translation>Дата виграшу</translation>
        </message>
        <message>
            <source>Lost on</source>
            <translation>Дата програшу</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Число</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Порожньо</translation>
        </message>
        <message>
            <source>d/m/y</source>
            <translation>д/м/р</translation>
        </message>
        <message>
            <source>m/d/y</source>
            <translation>м/д/р</translation>
        </message>
        <message>
            <source>d/m or m/d?</source>
            <translation>д/м чи м/д?</translation>
        </message>
        <message>
            <source>, mixed</source>
            <translation>, змішано</translation>
        </message>
        <message>
            <source>day/month/year</source>
            <translation>день/місяць/рік</translation>
        </message>
        <message>
            <source>month/day/year</source>
            <translation>місяць/день/рік</translation>
        </message>
        <message>
            <source>year-month-day</source>
            <translation>рік-місяць-день</translation>
        </message>
        <message>
            <source>day and month alike</source>
            <translation>день і місяць неоднозначні</translation>
        </message>
        <message>
            <source>ISO 8601</source>
            <translation>ISO 8601</translation>
        </message>
        <message>
            <source>spreadsheet serial numbers</source>
            <translation>порядкові числа таблиці</translation>
        </message>
        <message>
            <source>date cells</source>
            <translation>клітинки дат</translation>
        </message>
        <message>
            <source> and </source>
            <translation> і </translation>
        </message>
        <message>
            <source>empty</source>
            <translation>порожньо</translation>
        </message>
        <message>
            <source>%1 with time</source>
            <translation>%1 з часом</translation>
        </message>
        <message>
            <source>(decided by %1)</source>
            <translation>(визначено за %1)</translation>
        </message>
        <message>
            <source>(as chosen)</source>
            <translation>(як вибрано)</translation>
        </message>
        <message>
            <source>Detect from the file</source>
            <translation>Визначити з файлу</translation>
        </message>
        <message>
            <source>Day/month/year (31/12/2024)</source>
            <translation>День/місяць/рік (31/12/2024)</translation>
        </message>
        <message>
            <source>Month/day/year (12/31/2024)</source>
            <translation>Місяць/день/рік (12/31/2024)</translation>
        </message>
        <message>
            <source>Year/month/day (2024/12/31)</source>
            <translation>Рік/місяць/день (2024/12/31)</translation>
        </message>
        <message>
            <source>no user “%1”</source>
            <translation>немає користувача «%1»</translation>
        </message>
        <message>
            <source>no stage “%1” in pipeline “%2”</source>
            <translation>немає етапу «%1» у конвеєрі «%2»</translation>
        </message>
        <message>
            <source>Unknown owners: go back and tick “Create missing owners as employees”, or add them in Settings first.</source>
            <translation>Невідомі відповідальні: поверніться й позначте «Створити відсутніх відповідальних як працівників» або спершу додайте їх у Параметрах.</translation>
        </message>
        <message>
            <source>Unknown stages: the stage column must name stages of the chosen pipeline; choose another pipeline, or add the stages in Settings.</source>
            <translation>Невідомі етапи: стовпець етапу має містити етапи вибраного конвеєра; виберіть інший конвеєр або додайте етапи в Параметрах.</translation>
        </message>
        <message>
            <source>Ambiguous dates: go back and choose the date order.</source>
            <translation>Неоднозначні дати: поверніться й виберіть порядок дати.</translation>
        </message>
        <message>
            <source>Moves past unmet exit criteria: complete the criteria on the board first, or (owners) give a reason below to move them anyway.</source>
            <translation>Переміщення через невиконані критерії виходу: спершу виконайте критерії на дошці або (власники) вкажіть нижче причину, щоб перемістити попри це.</translation>
        </message>
        <message>
            <source>Tick the option below to import the valid rows only.</source>
            <translation>Позначте параметр нижче, щоб імпортувати лише коректні рядки.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Мова системи (%1)</translation>
        </message>
        <message>
            <source>Language of the window:</source>
            <translation>Мова вікна:</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>Числа й дати:</translation>
        </message>
        <message>
            <source>This is the language the window is shown in now.</source>
            <translation>Цією мовою вікно показано зараз.</translation>
        </message>
        <message>
            <source>The new language applies the next time FunnelDesk starts; the command line always stays in English.</source>
            <translation>Нова мова застосується під час наступного запуску FunnelDesk; командний рядок завжди лишається англійською.</translation>
        </message>
    </context>
    <context>
        <name>LeadColumns</name>
        <message>
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Конвеєр</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Вартість</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Очікуване закриття</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Наступна дія</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Створено</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрито</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Оновлено</translation>
        </message>
    </context>
    <context>
        <name>LeadEditorDialog</name>
        <message>
            <source>Details</source>
            <translation>Подробиці</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>Новий лід</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Лід</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>Критерії виходу</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Учасники</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Активності</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Історія</translation>
        </message>
        <message>
            <source>Lead — {0}</source>
            <translation>Лід — {0}</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>Нічого зберігати.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Збережено.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this lead meanwhile.</source>
            <translation>Не збережено: тим часом хтось інший змінив цей лід.</translation>
        </message>
        <message>
            <source>Reloaded their version; your edits were dropped.</source>
            <translation>Завантажено їхню версію; ваші зміни відкинуто.</translation>
        </message>
        <message>
            <source>Your edits are kept; saving now replaces their values for the fields you changed.</source>
            <translation>Ваші зміни збережено; якщо зберегти зараз, їхні значення в змінених вами полях буде замінено.</translation>
        </message>
    </context>
    <context>
        <name>LeadFields</name>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактна особа</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Вартість</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Discount (%)</source>
            <translation>Знижка (%)</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Персона</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Очікуване закриття</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Наступна дія</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>Задоволеність (1–5)</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Зовнішній id</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <source>(blank)</source>
            <translation>(порожньо)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>назва</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>контактна особа</translation>
        </message>
        <message>
            <source>company</source>
            <translation>компанія</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>номер телефону</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>канал</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>персона</translation>
        </message>
        <message>
            <source>category</source>
            <translation>категорія</translation>
        </message>
        <message>
            <source>value</source>
            <translation>вартість</translation>
        </message>
        <message>
            <source>discount (%)</source>
            <translation>знижка (%)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>температура</translation>
        </message>
        <message>
            <source>expected close date</source>
            <translation>очікувана дата закриття</translation>
        </message>
        <message>
            <source>next action date</source>
            <translation>дата наступної дії</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>задоволеність</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>нотатки</translation>
        </message>
    </context>
    <context>
        <name>LeadFieldsForm</name>
        <message>
            <source>name@example.com</source>
            <translation>im'ia@example.com</translation>
        </message>
        <message>
            <source>+1 555 0100 (digits, spaces, + - ( ) . /)</source>
            <translation>+380 44 000 0000 (цифри, пробіли, + - ( ) . /)</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>холодний</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>теплий</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>гарячий</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>без оцінки</translation>
        </message>
    </context>
    <context>
        <name>LeadFilterBar</name>
        <message>
            <source>Search title, company, contact, e-mail, phone…</source>
            <translation>Пошук за назвою, компанією, контактом, e-mail, телефоном…</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>Пошук лідів</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Конвеєр</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>холодний</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>теплий</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>гарячий</translation>
        </message>
        <message>
            <source>open</source>
            <translation>відкриті</translation>
        </message>
        <message>
            <source>won</source>
            <translation>виграно</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>програно</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Створено</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрито</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>Будь-що: {0}</translation>
        </message>
        <message>
            <source>any</source>
            <translation>будь-який</translation>
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message>
            <source>Clear</source>
            <translation>Очистити</translation>
        </message>
        <message>
            <source>Show all leads again</source>
            <translation>Знову показати всі ліди</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Ліди</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Призначити…</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Перемістити…</translation>
        </message>
        <message>
            <source>Mark lost…</source>
            <translation>Позначити програним…</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>Стовпці…</translation>
        </message>
        <message numerus="yes">
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n лід</numerusform>
                <numerusform>%n ліди</numerusform>
                <numerusform>%n лідів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %n lead(s) from the dashboard: %1</source>
            <translation>
                <numerusform>Показано %n лід із панелі: %1</numerusform>
                <numerusform>Показано %n ліди з панелі: %1</numerusform>
                <numerusform>Показано %n лідів із панелі: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Стовпці</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Призначити</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Перемістити</translation>
        </message>
        <message>
            <source>Mark lost</source>
            <translation>Позначити програним</translation>
        </message>
        <message>
            <source>{0}: working…</source>
            <translation>{0}: виконується…</translation>
        </message>
        <message>
            <source>{0}: {1} changed, {2} refused.</source>
            <translation>{0}: змінено {1}, відхилено {2}.</translation>
        </message>
        <message>
            <source>Cancelled: {0} not processed.</source>
            <translation>Скасовано: не оброблено {0}.</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <source>Mark “%1” as lost</source>
            <translation>Позначити «%1» як програний</translation>
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation>Чому його програно?</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Причина програшу</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>Mark as lost</source>
            <translation>Позначити як програний</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>При&amp;мітка:</translation>
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
            <translation>Командні бази даних резервуються на сервері PostgreSQL.</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Розділи</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Дошка</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Ліди</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Панель</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Канали</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Параметри</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Головна панель інструментів</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Конвеєр</translation>
        </message>
        <message>
            <source>Which pipeline the board shows</source>
            <translation>Який конвеєр показує дошка</translation>
        </message>
        <message>
            <source>Search title, company, contact, e-mail, phone (Ctrl+F)</source>
            <translation>Пошук за назвою, компанією, контактом, e-mail, телефоном (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>Пошук лідів</translation>
        </message>
        <message>
            <source> Pipeline: </source>
            <translation> Конвеєр: </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s) in this pipeline</source>
            <translation>
                <numerusform>%Ln лід у цьому конвеєрі</numerusform>
                <numerusform>%Ln ліди в цьому конвеєрі</numerusform>
                <numerusform>%Ln лідів у цьому конвеєрі</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 відкритих</translation>
        </message>
        <message>
            <source>filtered by “%1”</source>
            <translation>відфільтровано за «%1»</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>Ви ввійшли як %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Зіставте стовпці</translation>
        </message>
        <message>
            <source>Each column of the file is matched to a lead field by its name. Change any match, or choose “do not import”.</source>
            <translation>Кожен стовпець файлу зіставлено з полем ліда за назвою. Змініть будь-яку відповідність або виберіть «не імпортувати».</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Конвеєр</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>Порядок дати</translation>
        </message>
        <message>
            <source>Create missing owners as employees</source>
            <translation>Створити відсутніх відповідальних як працівників</translation>
        </message>
        <message>
            <source>Otherwise rows naming an unknown owner are rejected</source>
            <translation>Інакше рядки з невідомим відповідальним буде відхилено</translation>
        </message>
        <message>
            <source>Pipeline:</source>
            <translation>Конвеєр:</translation>
        </message>
        <message>
            <source>Dates like 03/04/2024:</source>
            <translation>Дати на зразок 03/04/2024:</translation>
        </message>
        <message>
            <source>First %1 of %2 rows in %3:</source>
            <translation>Перші %1 з %2 рядків у %3:</translation>
        </message>
        <message>
            <source>Several columns are imported as “%1”; keep one.</source>
            <translation>Кілька стовпців імпортуються як «%1»; залиште один.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Виберіть принаймні один стовпець для імпорту.</translation>
        </message>
        <message>
            <source>Some dates could be day/month or month/day: choose the date order above, or the dry run will refuse them.</source>
            <translation>Деякі дати можуть бути день/місяць або місяць/день: виберіть порядок дати вище, інакше пробний прогін їх відхилить.</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Column in the file</source>
            <translation>Стовпець у файлі</translation>
        </message>
        <message>
            <source>Detected type</source>
            <translation>Виявлений тип</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Перші значення</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Імпортувати як</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Відповідність стовпців</translation>
        </message>
        <message>
            <source>(column %1 has no name)</source>
            <translation>(стовпець %1 без назви)</translation>
        </message>
        <message>
            <source>Import column %1 as</source>
            <translation>Імпортувати стовпець %1 як</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Move to %1</source>
            <translation>Перемістити на %1</translation>
        </message>
        <message>
            <source>Mark “%1” lost</source>
            <translation>Позначити «%1» програним</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Редагувати «%1»</translation>
        </message>
        <message>
            <source>Assign “%1”</source>
            <translation>Призначити «%1»</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>Видалити «%1»</translation>
        </message>
        <message>
            <source>Tick “%1”</source>
            <translation>Позначити «%1»</translation>
        </message>
        <message>
            <source>Untick “%1”</source>
            <translation>Зняти позначку «%1»</translation>
        </message>
        <message>
            <source>Approve “%1”</source>
            <translation>Схвалити «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Перемістити %Ln лід на %1</numerusform>
                <numerusform>Перемістити %Ln ліди на %1</numerusform>
                <numerusform>Перемістити %Ln лідів на %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assign %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Призначити %Ln лід для %1</numerusform>
                <numerusform>Призначити %Ln ліди для %1</numerusform>
                <numerusform>Призначити %Ln лідів для %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %Ln lead(s) lost (%1)</source>
            <translation>
                <numerusform>Позначити %Ln лід програним (%1)</numerusform>
                <numerusform>Позначити %Ln ліди програними (%1)</numerusform>
                <numerusform>Позначити %Ln лідів програними (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New lead…</source>
            <translation>&amp;Новий лід…</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>Завантажити &amp;демодані</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>&amp;Імпортувати таблицю…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Експорт…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Резервні копії…</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Змінити користувача…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Вийти</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Знайти…</translation>
        </message>
        <message>
            <source>&amp;Edit lead</source>
            <translation>&amp;Редагувати лід</translation>
        </message>
        <message>
            <source>&amp;Delete lead</source>
            <translation>&amp;Видалити лід</translation>
        </message>
        <message>
            <source>Move to &amp;next stage</source>
            <translation>Перемістити на на&amp;ступний етап</translation>
        </message>
        <message>
            <source>Move to &amp;previous stage</source>
            <translation>Перемістити на &amp;попередній етап</translation>
        </message>
        <message>
            <source>&amp;About FunnelDesk</source>
            <translation>&amp;Про FunnelDesk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Дошка</translation>
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation>&amp;Ліди</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Панель</translation>
        </message>
        <message>
            <source>&amp;Channels</source>
            <translation>&amp;Канали</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>Пара&amp;метри</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Лід</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Повторено: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Скасовано: %1</translation>
        </message>
        <message>
            <source>Cannot undo: the gate refuses it — %1</source>
            <translation>Не вдається скасувати: бар'єр не пропускає — %1</translation>
        </message>
        <message>
            <source>Lead moved to the trash. Ctrl+Z brings it back.</source>
            <translation>Лід переміщено до кошика. Ctrl+Z поверне його.</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Змінити користувача</translation>
        </message>
        <message>
            <source>Work as:</source>
            <translation>Працювати як:</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Ви ввійшли як %1</translation>
        </message>
        <message>
            <source>About FunnelDesk</source>
            <translation>Про FunnelDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;A desktop lead-pipeline manager: stages with exit criteria, a board, and funnel analytics.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
            <translation>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;Настільний менеджер конвеєра лідів: етапи з критеріями виходу, дошка й аналітика воронки.&lt;/p&gt;&lt;p&gt;База даних: %1&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>OpeningNote</name>
        <message>
            <source>Opening %1…</source>
            <translation>Відкриття %1…</translation>
        </message>
        <message>
            <source>Upgrading the database on the server for this version of FunnelDesk…</source>
            <translation>Оновлення бази даних на сервері для цієї версії FunnelDesk…</translation>
        </message>
        <message>
            <source>%1 (%2 GB)</source>
            <translation>%1 (%2 ГБ)</translation>
        </message>
        <message>
            <source>Upgrading %1 for this version of FunnelDesk: first a verified backup of the file as it is, then the upgrade. A big file takes a minute or two.</source>
            <translation>Оновлення %1 для цієї версії FunnelDesk: спочатку перевірена резервна копія файлу в поточному стані, потім оновлення. Великий файл оновлюється хвилину-дві.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeZone</name>
        <message>
            <source>first stage</source>
            <translation>перший етап</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>%1 % з попереднього етапу</translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>%1 % з попереднього</translation>
        </message>
        <message>
            <source>Drop a card here to mark it %1</source>
            <translation>Перетягніть сюди картку, щоб позначити її як %1</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>The leads table is not available in this build.</source>
            <translation>Таблиця лідів недоступна в цій збірці.</translation>
        </message>
        <message>
            <source>Leads table</source>
            <translation>Таблиця лідів</translation>
        </message>
        <message>
            <source>Funnel, manager and channel charts will appear here.
Until then, the Board shows counts, values and conversion per stage.</source>
            <translation>Тут з'являться діаграми воронки, менеджерів і каналів.
До того часу Дошка показує кількість, вартість і конверсію за етапами.</translation>
        </message>
        <message>
            <source>Channels and their monthly spend are edited in Settings.</source>
            <translation>Канали та їхні щомісячні витрати редагуються в Параметрах.</translation>
        </message>
        <message>
            <source>Settings are not available in this build.</source>
            <translation>Параметри недоступні в цій збірці.</translation>
        </message>
        <message>
            <source>The lead editor is not available in this build.</source>
            <translation>Редактор лідів недоступний у цій збірці.</translation>
        </message>
        <message>
            <source>The import wizard is not available yet; use `funneldesk import FILE`.</source>
            <translation>Майстер імпорту ще недоступний; скористайтеся `funneldesk import FILE`.</translation>
        </message>
        <message>
            <source>Demo data is not available in this build; run `funneldesk demo`.</source>
            <translation>Демодані недоступні в цій збірці; виконайте `funneldesk demo`.</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>Демодані завантажено.</translation>
        </message>
        <message>
            <source>Demo data was not loaded: %1</source>
            <translation>Демодані не завантажено: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>скасовано</translation>
        </message>
        <message>
            <source>Creating demo leads…</source>
            <translation>Створення демонстраційних лідів…</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Name</source>
            <translation>Ім'я</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Залученість</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <source>Set engagement</source>
            <translation>Задати залученість</translation>
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <source>Pipeline</source>
            <translation>Конвеєр</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>Критерії виходу</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Етапи</translation>
        </message>
        <message>
            <source>Pipeline:</source>
            <translation>Конвеєр:</translation>
        </message>
        <message>
            <source>New from template:</source>
            <translation>Новий із шаблону:</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Створити</translation>
        </message>
        <message>
            <source>Stages (drag to reorder)</source>
            <translation>Етапи (перетягніть, щоб змінити порядок)</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Додати етап</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Видалити етап</translation>
        </message>
        <message>
            <source>Apply stage changes</source>
            <translation>Застосувати зміни етапів</translation>
        </message>
        <message>
            <source>Exit criteria of the selected stage</source>
            <translation>Критерії виходу з вибраного етапу</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>Додати критерій</translation>
        </message>
        <message>
            <source>Update criterion</source>
            <translation>Оновити критерій</translation>
        </message>
        <message>
            <source>Delete criterion</source>
            <translation>Видалити критерій</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Збережено.</translation>
        </message>
        <message>
            <source>New stage {0}</source>
            <translation>Новий етап {0}</translation>
        </message>
    </context>
    <context>
        <name>PreviewTable</name>
        <message>
            <source>First rows of the file</source>
            <translation>Перші рядки файлу</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Any {0}</source>
            <translation>Будь-що: {0}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Гаразд</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Зберегти все</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Так</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Так для &amp;всіх</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ні</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Ні для в&amp;сіх</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Перервати</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторити</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ігнорувати</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Відкинути</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Довідка</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Застосувати</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Скинути</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Відновити типові</translation>
        </message>
    </context>
    <context>
        <name>RefusalSummaryDialog</name>
        <message>
            <source>{0}: summary</source>
            <translation>{0}: підсумок</translation>
        </message>
        <message>
            <source>{0} changed, {1} refused.</source>
            <translation>Змінено: {0}, відхилено: {1}.</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Лід</translation>
        </message>
        <message>
            <source>Why it was refused</source>
            <translation>Чому відхилено</translation>
        </message>
        <message>
            <source>Refused leads</source>
            <translation>Відхилені ліди</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Discount threshold</source>
            <translation>Поріг знижки</translation>
        </message>
        <message>
            <source>Save threshold</source>
            <translation>Зберегти поріг</translation>
        </message>
        <message>
            <source>Use the approval gate's figure</source>
            <translation>Брати значення бар'єра схвалення</translation>
        </message>
        <message>
            <source>The discounts report counts the deals whose discount is above this figure. Without one, each pipeline uses its discount approval gate (15 % in typical sales). An owner or a manager may change it.</source>
            <translation>Звіт про знижки рахує угоди, знижка яких перевищує це значення. Без нього кожен конвеєр бере свій бар'єр схвалення знижок (15 % у типових продажах). Змінити його може власник або менеджер.</translation>
        </message>
        <message>
            <source>Set for every pipeline.</source>
            <translation>Задано для всіх конвеєрів.</translation>
        </message>
        <message>
            <source>Not set: the approval gate's figure is used.</source>
            <translation>Не задано: береться значення бар'єра схвалення.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Виконується…</translation>
        </message>
        <message>
            <source>Threshold saved.</source>
            <translation>Поріг збережено.</translation>
        </message>
        <message>
            <source>Threshold removed: the approval gate's figure is used.</source>
            <translation>Поріг прибрано: береться значення бар'єра схвалення.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import finished</source>
            <translation>Імпорт завершено</translation>
        </message>
        <message>
            <source>Open the rejected-rows report</source>
            <translation>Відкрити звіт про відхилені рядки</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Нічого не імпортовано</translation>
        </message>
        <message>
            <source>%1 leads created and %2 updated.</source>
            <translation>Створено лідів: %1, оновлено: %2.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rejected row(s) listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</source>
            <translation>
                <numerusform>%Ln відхилений рядок наведено в &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
                <numerusform>%Ln відхилені рядки наведено в &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
                <numerusform>%Ln відхилених рядків наведено в &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled. The database is unchanged.</source>
            <translation>Імпорт скасовано. Базу даних не змінено.</translation>
        </message>
        <message>
            <source>The database is unchanged: %1</source>
            <translation>Базу даних не змінено: %1</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>owner</source>
            <translation>власник</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>менеджер</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>працівник</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Importing</source>
            <translation>Імпорт</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Перебіг імпорту</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Скасувати імпорт</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Імпорт %1…</translation>
        </message>
        <message>
            <source>Cancelling: undoing the import…</source>
            <translation>Скасування: відкочування імпорту…</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>%1 is damaged. FunnelDesk left it exactly as it was and wrote nothing to it.</source>
            <translation>%1 пошкоджено. FunnelDesk залишив його точно таким, як був, і нічого до нього не записав.</translation>
        </message>
        <message>
            <source>No verified backup was found next to it.</source>
            <translation>Поруч не знайдено перевіреної резервної копії.</translation>
        </message>
        <message>
            <source>The newest verified backup is %1, taken on %2.</source>
            <translation>Найновіша перевірена резервна копія — %1, створена %2.</translation>
        </message>
        <message>
            <source>Restoring it keeps the damaged file aside, byte for byte. From a terminal, the same is:</source>
            <translation>Відновлення збереже пошкоджений файл окремо, байт у байт. У терміналі те саме робить:</translation>
        </message>
        <message>
            <source>This database is already open in another FunnelDesk window.</source>
            <translation>Цю базу даних уже відкрито в іншому вікні FunnelDesk.</translation>
        </message>
        <message>
            <source>Automatic backup written: %1</source>
            <translation>Автоматичну резервну копію записано: %1</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>Автоматичне резервне копіювання не вдалося: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Pipelines</source>
            <translation>Конвеєри</translation>
        </message>
        <message>
            <source>Channels, personas, lost reasons</source>
            <translation>Канали, персони, причини програшу</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Користувачі й ролі</translation>
        </message>
        <message>
            <source>Currencies</source>
            <translation>Валюти</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Звіти</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to FunnelDesk — %1</source>
            <translation>Вхід до FunnelDesk — %1</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логін</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Увійти</translation>
        </message>
        <message>
            <source>This team database is on a server. Sign in with your login and password.</source>
            <translation>Ця командна база даних на сервері. Увійдіть за своїм логіном і паролем.</translation>
        </message>
        <message>
            <source>This database is protected. Sign in with your login.</source>
            <translation>Цю базу даних захищено. Увійдіть за своїм логіном.</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логін:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>Введіть свій логін.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Перевірка…</translation>
        </message>
        <message>
            <source>Sign-in refused: %1</source>
            <translation>Вхід відхилено: %1</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>never</source>
            <translation>ніколи</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>Move on automatically when the criteria are met</source>
            <translation>Переходити автоматично, коли критерії виконано</translation>
        </message>
        <message>
            <source>Optional (may be skipped)</source>
            <translation>Необов'язковий (можна пропустити)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Win probability</source>
            <translation>Імовірність виграшу</translation>
        </message>
        <message>
            <source>Rotting limit</source>
            <translation>Межа застою</translation>
        </message>
        <message>
            <source>Funnel group</source>
            <translation>Група воронки</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Колір</translation>
        </message>
        <message>
            <source>Stage colour</source>
            <translation>Колір етапу</translation>
        </message>
    </context>
    <context>
        <name>StageMapTable</name>
        <message>
            <source>Value in the file</source>
            <translation>Значення у файлі</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Stage values</source>
            <translation>Значення етапів</translation>
        </message>
        <message>
            <source>— reject these rows —</source>
            <translation>— відхилити ці рядки —</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>open</source>
            <translation>відкритий</translation>
        </message>
        <message>
            <source>won</source>
            <translation>виграш</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>програш</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Перевірка перед імпортом</translation>
        </message>
        <message>
            <source>A dry run: nothing has been changed yet.</source>
            <translation>Пробний прогін: ще нічого не змінено.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Імпортувати</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Рядок</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Стовпець</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Відхилені рядки</translation>
        </message>
        <message>
            <source>Import the valid rows and skip the rejected ones (they are listed in a report file)</source>
            <translation>Імпортувати коректні рядки й пропустити відхилені (їх перелічено у файлі звіту)</translation>
        </message>
        <message>
            <source>Reason for moving these leads past the gate</source>
            <translation>Причина переміщення цих лідів через бар'єр</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Причина обходу</translation>
        </message>
        <message>
            <source>Move them anyway</source>
            <translation>Перемістити попри це</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Перевірка кожного рядка…</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>Розпізнано: експорт із %1.</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>Кодування тексту: %1.</translation>
        </message>
        <message>
            <source>Dates in “%1”: %2.</source>
            <translation>Дати в «%1»: %2.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; to create, &lt;b&gt;%3&lt;/b&gt; to update, %4 unchanged, &lt;b&gt;%5&lt;/b&gt; rejected.</source>
            <translation>Прочитано рядків: &lt;b&gt;%1&lt;/b&gt;; створити: &lt;b&gt;%2&lt;/b&gt;, оновити: &lt;b&gt;%3&lt;/b&gt;, без змін: %4, відхилено: &lt;b&gt;%5&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>New owners (employees)</source>
            <translation>Нові відповідальні (працівники)</translation>
        </message>
        <message>
            <source>New channels</source>
            <translation>Нові канали</translation>
        </message>
        <message>
            <source>New personas</source>
            <translation>Нові персони</translation>
        </message>
        <message>
            <source>New lost reasons</source>
            <translation>Нові причини програшу</translation>
        </message>
        <message>
            <source>Rejected rows are not imported. Without the option below, the import is refused as a whole.</source>
            <translation>Відхилені рядки не імпортуються. Без параметра нижче імпорт буде відхилено повністю.</translation>
        </message>
        <message>
            <source>Stages the pipeline does not have</source>
            <translation>Етапи, яких немає в конвеєрі</translation>
        </message>
        <message>
            <source>Owners who are not users</source>
            <translation>Відповідальні, що не є користувачами</translation>
        </message>
        <message>
            <source>%1 new leads are placed past exit criteria they do not meet; their history will say “imported past the gate”.</source>
            <translation>%1 нових лідів буде розміщено за критеріями виходу, яких вони не виконують; в історії буде «імпортовано через бар'єр».</translation>
        </message>
        <message>
            <source>%1 rows would move existing leads past unmet exit criteria and are refused (listed below with every unmet criterion).</source>
            <translation>%1 рядків перемістили б наявні ліди через невиконані критерії виходу, тому їх відхилено (нижче — з кожним невиконаним критерієм).</translation>
        </message>
        <message>
            <source>%1 leads will be moved past the gate with your reason.</source>
            <translation>%1 лідів буде переміщено через бар'єр із вашою причиною.</translation>
        </message>
        <message>
            <source>The file cannot be imported with these choices: %1</source>
            <translation>Файл не можна імпортувати з такими налаштуваннями: %1</translation>
        </message>
    </context>
    <context>
        <name>Temperature</name>
        <message>
            <source>cold</source>
            <translation>холодний</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>теплий</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>гарячий</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>%1 follow-ups due or overdue</source>
            <translation>%1 подальших дій на черзі або прострочено</translation>
        </message>
        <message>
            <source>%1 follow-ups due today or overdue (see Today)</source>
            <translation>%1 подальших дій на сьогодні або прострочено (див. «Сьогодні»)</translation>
        </message>
        <message>
            <source>Follow-up due: %1 on “%2”</source>
            <translation>Подальша дія: %1 для «%2»</translation>
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation>(і ще %1)</translation>
        </message>
        <message>
            <source>FunnelDesk reminder</source>
            <translation>Нагадування FunnelDesk</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>Мої подальші дії</translation>
        </message>
        <message>
            <source>My team's follow-ups</source>
            <translation>Подальші дії моєї команди</translation>
        </message>
        <message>
            <source>Whose follow-ups</source>
            <translation>Чиї подальші дії</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Лід</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>Overdue and due today</source>
            <translation>Прострочені й на сьогодні</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Leads with no next step</source>
            <translation>Ліди без наступного кроку</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <source>Reschedule to</source>
            <translation>Перенести на</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Перенести</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>Відкрити лід</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Оновити</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Оновлення…</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due today, %3 next actions due.</source>
            <translation>Прострочено: %1, на сьогодні: %2, наступних дій на черзі: %3.</translation>
        </message>
        <message>
            <source>Open leads with no next step: %1</source>
            <translation>Відкриті ліди без наступного кроку: %1</translation>
        </message>
        <message>
            <source>(the first %1 shown)</source>
            <translation>(показано перші %1)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Прострочено</translation>
        </message>
        <message>
            <source>next action</source>
            <translation>наступна дія</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation>Ім'я</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логін</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активний</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Користувачі</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Керівник</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Додати користувача</translation>
        </message>
        <message>
            <source>Update selected</source>
            <translation>Оновити вибраного</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>так</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ні</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(немає)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Збережено.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>What if…</source>
            <translation>Що як…</translation>
        </message>
        <message>
            <source>Change in the number of leads entering the funnel</source>
            <translation>Зміна кількості лідів, що входять у воронку</translation>
        </message>
        <message>
            <source>Top-of-funnel volume</source>
            <translation>Обсяг верху воронки</translation>
        </message>
        <message>
            <source>Back to current figures</source>
            <translation>Повернути поточні показники</translation>
        </message>
        <message>
            <source>Now {0} %</source>
            <translation>Зараз {0} %</translation>
        </message>
        <message>
            <source>→ {0} (now {1} %)</source>
            <translation>→ {0} (зараз {1} %)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won deals&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;Виграні угоди&lt;/b&gt;: зараз {0} → {1} ({2})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won value&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;Виграна вартість&lt;/b&gt;: зараз {0} → {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>_ProgressWatch</name>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
    </context>
</TS>
