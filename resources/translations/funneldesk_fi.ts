<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>call</source>
            <translation>puhelu</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>tapaaminen</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>sähköposti</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tehtävä</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>esittely</translation>
        </message>
        <message>
            <source>email</source>
            <translation>sähköposti</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Aihe</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Määräaika</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Tehty</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Tekijä</translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>Kirjaa puhelu</translation>
        </message>
        <message>
            <source>Schedule a meeting</source>
            <translation>Sovi tapaaminen</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Merkitse tehdyksi</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>FunnelDesk — risky location</source>
            <translation>FunnelDesk — riskialtis sijainti</translation>
        </message>
        <message>
            <source>&amp;Restore the backup and open it</source>
            <translation>&amp;Palauta varmuuskopio ja avaa se</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>FunnelDesk is already open</source>
            <translation>FunnelDesk on jo auki</translation>
        </message>
        <message>
            <source>FunnelDesk cannot open the database</source>
            <translation>FunnelDesk ei voi avata tietokantaa</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Tietokanta on vioittunut</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Palautetaan varmuuskopiota…</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>Varmuuskopiota ei voitu palauttaa</translation>
        </message>
        <message>
            <source>Integrity check passed</source>
            <translation>Eheystarkistus läpäisty</translation>
        </message>
        <message>
            <source>Checking the file after an unclean shutdown…</source>
            <translation>Tarkistetaan tiedostoa epäsiistin sulkemisen jälkeen…</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Varmuuskopiot</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Otettu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Koko</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Varmuuskopioi nyt</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Palauta…</translation>
        </message>
        <message>
            <source>Backups of %1, newest first. Restoring one keeps a copy of the current file first.</source>
            <translation>Tiedoston %1 varmuuskopiot, uusin ensin. Palautus tallentaa ensin kopion nykyisestä tiedostosta.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Varmuuskopioita ei vielä ole.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automaattinen</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuaalinen</translation>
        </message>
        <message>
            <source>Kept before a restore</source>
            <translation>Tallennettu ennen palautusta</translation>
        </message>
        <message>
            <source>Taken before a schema upgrade</source>
            <translation>Otettu ennen skeeman päivitystä</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Varmuuskopioidaan…</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Varmuuskopio kirjoitettu: %1.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Palautetaanko tämä varmuuskopio?</translation>
        </message>
        <message>
            <source>Replace the database with the backup taken on %1?

A copy of the current file is kept with the backups first, so this can be undone by restoring that copy. The window then reopens on the restored database.</source>
            <translation>Korvataanko tietokanta varmuuskopiolla, joka otettiin %1?

Nykyisestä tiedostosta tallennetaan ensin kopio varmuuskopioiden joukkoon, joten tämän voi perua palauttamalla sen. Sen jälkeen ikkuna avautuu uudelleen palautetulla tietokannalla.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Palautetaan…</translation>
        </message>
        <message>
            <source>(no previous file)</source>
            <translation>(ei aiempaa tiedostoa)</translation>
        </message>
        <message>
            <source>Restored. The previous file is kept at %1.</source>
            <translation>Palautettu. Aiempi tiedosto on tallessa: %1.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Varmuuskopio palautettu</translation>
        </message>
        <message>
            <source>The backup is restored. The previous file is kept at:
%1

The window now reopens on the restored database.</source>
            <translation>Varmuuskopio on palautettu. Aiempi tiedosto on tallessa:
%1

Ikkuna avautuu nyt uudelleen palautetulla tietokannalla.</translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>Leads in %1</source>
            <translation>Liidit vaiheessa %1</translation>
        </message>
        <message>
            <source>Leads in this stage and their total value</source>
            <translation>Tämän vaiheen liidit ja niiden yhteisarvo</translation>
        </message>
        <message>
            <source>Of the leads that reached the previous stage, the share that also reached this one</source>
            <translation>Edelliseen vaiheeseen päässeistä liideistä se osuus, joka pääsi myös tähän</translation>
        </message>
        <message>
            <source>first stage</source>
            <translation>ensimmäinen vaihe</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>%1 % edellisestä vaiheesta</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Lasketaan…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln liidi</numerusform>
                <numerusform>%Ln liidiä</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>%1 % edellisestä</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Loading the board…</source>
            <translation>Ladataan taulua…</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>(no company)</source>
            <translation>(ei yritystä)</translation>
        </message>
        <message>
            <source>%1/%2 criteria</source>
            <translation>%1/%2 ehtoa</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>ei vastuuhenkilöä</translation>
        </message>
        <message>
            <source>%1 d in stage</source>
            <translation>%1 pv</translation>
        </message>
        <message>
            <source>next: %1</source>
            <translation>seur. %1</translation>
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <source>%1
Drag to another stage, or press Ctrl+Right / Ctrl+Left. Enter opens it.</source>
            <translation>%1
Vedä toiseen vaiheeseen tai paina Ctrl+Oikea / Ctrl+Vasen. Enter avaa sen.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Channels</source>
            <translation>Kanavat</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Häviön syyt</translation>
        </message>
    </context>
    <context>
        <name>CatalogPage</name>
        <message>
            <source>Amount, e.g. 1500.00</source>
            <translation>Summa, esim. 1500.00</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lisää</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Nimeä uudelleen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Monthly spend of the selected channel</source>
            <translation>Valitun kanavan kuukausikulut</translation>
        </message>
        <message>
            <source>Set spend</source>
            <translation>Aseta kulut</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>The amount must be a number like 1500.00.</source>
            <translation>Summan on oltava luku, kuten 1500.00.</translation>
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>paid</source>
            <translation>maksettu</translation>
        </message>
        <message>
            <source>owned</source>
            <translation>oma</translation>
        </message>
        <message>
            <source>earned</source>
            <translation>ansaittu</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save PNG…</source>
            <translation>Tallenna PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Tallenna kaavio PNG-kuvana</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Tallenna kaavio</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-kuvat (*.png)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else changed this lead</source>
            <translation>Joku muu muutti tätä liidiä</translation>
        </message>
        <message>
            <source>This lead was saved by someone else at {0} while you were editing it. Nothing has been overwritten. Fields you changed are in bold.</source>
            <translation>Joku muu tallensi tämän liidin {0}, kun muokkasit sitä. Mitään ei ole korvattu. Muuttamasi kentät ovat lihavoituina.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kenttä</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Sinun</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Heidän</translation>
        </message>
        <message>
            <source>Take theirs (reload, drop my edits)</source>
            <translation>Ota heidän versionsa (lataa uudelleen, hylkää muutokseni)</translation>
        </message>
        <message>
            <source>Keep editing mine</source>
            <translation>Jatka omani muokkaamista</translation>
        </message>
    </context>
    <context>
        <name>Criteria</name>
        <message>
            <source>A field is set or meets a condition</source>
            <translation>Kenttä on täytetty tai täyttää ehdon</translation>
        </message>
        <message>
            <source>A checklist item is ticked</source>
            <translation>Tarkistuslistan kohta on merkitty</translation>
        </message>
        <message>
            <source>An approval is given</source>
            <translation>Hyväksyntä on annettu</translation>
        </message>
        <message>
            <source>Activities are done</source>
            <translation>Toimenpiteet on tehty</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kenttä</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Tarkistuslista</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Hyväksyntä</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>is set</source>
            <translation>on täytetty</translation>
        </message>
        <message>
            <source>a manager</source>
            <translation>päällikkö</translation>
        </message>
        <message>
            <source>an owner</source>
            <translation>omistaja</translation>
        </message>
        <message>
            <source>always</source>
            <translation>aina</translation>
        </message>
    </context>
    <context>
        <name>CriterionForm</name>
        <message>
            <source>Given by the lead's gatekeeper participant</source>
            <translation>Antaa liidin portinvartija-osallistuja</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nimike</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kenttä</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Ehto</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Hyväksyjä</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Vähintään</translation>
        </message>
        <message>
            <source>Only when</source>
            <translation>Vain kun</translation>
        </message>
        <message>
            <source>that field</source>
            <translation>tuo kenttä</translation>
        </message>
        <message>
            <source>compared with</source>
            <translation>verrattuna</translation>
        </message>
    </context>
    <context>
        <name>CurrencyPage</name>
        <message>
            <source>e.g. USD</source>
            <translation>esim. EUR</translation>
        </message>
        <message>
            <source>Reporting currency</source>
            <translation>Raportointivaluutta</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuutta</translation>
        </message>
        <message>
            <source>In force since</source>
            <translation>Voimassa alkaen</translation>
        </message>
        <message>
            <source>Rate today</source>
            <translation>Kurssi tänään</translation>
        </message>
        <message>
            <source>Rates (since)</source>
            <translation>Kurssit (alkaen)</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Vaihtokurssit</translation>
        </message>
        <message>
            <source>Currency, e.g. EUR</source>
            <translation>Valuutta, esim. EUR</translation>
        </message>
        <message>
            <source>Rate, e.g. 1.08</source>
            <translation>Kurssi, esim. 1.08</translation>
        </message>
        <message>
            <source>Every money figure in reports, the dashboard and the analytics workbook is in this currency. Changing it converts the rates you have into it.</source>
            <translation>Kaikki rahasummat raporteissa, koontinäytöllä ja analytiikkatyökirjassa ovat tässä valuutassa. Sen vaihtaminen muuntaa nykyiset kurssit siihen.</translation>
        </message>
        <message>
            <source>Set reporting currency</source>
            <translation>Aseta raportointivaluutta</translation>
        </message>
        <message>
            <source>A rate is how many units of the reporting currency one unit of the currency is worth, from a day on. A deal is converted at the rate in force on its won day; a deal with no rate is left out of totals and shown apart.</source>
            <translation>Kurssi kertoo, montako raportointivaluutan yksikköä valuutan yksi yksikkö on arvoltaan tietystä päivästä alkaen. Kauppa muunnetaan voittopäivänä voimassa olevalla kurssilla; kauppa ilman kurssia jätetään summista pois ja näytetään erikseen.</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>Aseta kurssi</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Tuo CSV…</translation>
        </message>
        <message>
            <source>Leads by currency: {0}</source>
            <translation>Liidit valuutoittain: {0}</translation>
        </message>
        <message>
            <source>(only later rates)</source>
            <translation>(vain myöhempiä kursseja)</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Käsitellään…</translation>
        </message>
        <message>
            <source>{0} rates read: {1} added, {2} changed.</source>
            <translation>{0} kurssia luettu: {1} lisätty, {2} muutettu.</translation>
        </message>
        <message>
            <source>Reporting currency saved.</source>
            <translation>Raportointivaluutta tallennettu.</translation>
        </message>
        <message>
            <source>Rate saved.</source>
            <translation>Kurssi tallennettu.</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Tuo vaihtokurssit</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Gate overrides</source>
            <translation>Portin ohitukset</translation>
        </message>
        <message>
            <source>Stages skipped</source>
            <translation>Ohitetut vaiheet</translation>
        </message>
        <message>
            <source>Imported past the gate</source>
            <translation>Tuotu portin ohi</translation>
        </message>
        <message>
            <source>Refused moves</source>
            <translation>Estetyt siirrot</translation>
        </message>
        <message>
            <source>Stage data missing</source>
            <translation>Vaiheen tietoja puuttuu</translation>
        </message>
        <message>
            <source>Overdue activities</source>
            <translation>Myöhässä olevat toimenpiteet</translation>
        </message>
        <message>
            <source>No next action</source>
            <translation>Ei seuraavaa toimenpidettä</translation>
        </message>
        <message>
            <source>Process compliance</source>
            <translation>Prosessin noudattaminen</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Liidit</translation>
        </message>
        <message>
            <source>Median days to first contact</source>
            <translation>Mediaanipäivät ensikontaktiin</translation>
        </message>
        <message>
            <source>Click to list these leads</source>
            <translation>Napsauta nähdäksesi nämä liidit</translation>
        </message>
        <message>
            <source>Discounts by owner (average discount solid, share of deals above the threshold pale)</source>
            <translation>Alennukset vastuuhenkilöittäin (keskimääräinen alennus täysi, rajan ylittävien kauppojen osuus vaalea)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} of {2} deals discounted, {3} above {4} %&lt;br&gt;average {5}, largest {6}&lt;br&gt;win rate discounted {7}, full price {8}&lt;br&gt;average won value discounted {9}, full price {10}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: {1}/{2} kauppaa alennuksella, {3} yli {4} %&lt;br&gt;keskiarvo {5}, suurin {6}&lt;br&gt;voittoprosentti alennuksella {7}, täydellä hinnalla {8}&lt;br&gt;keskimääräinen voitettu arvo alennuksella {9}, täydellä hinnalla {10}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} deals discounted, average {2}.</source>
            <translation>Tiimi: {0}/{1} kauppaa alennuksella, keskiarvo {2}.</translation>
        </message>
        <message>
            <source>Furthest above the team: {0}.</source>
            <translation>Eniten tiimin yläpuolella: {0}.</translation>
        </message>
        <message>
            <source>No deals with a value.</source>
            <translation>Ei kauppoja, joilla on arvo.</translation>
        </message>
        <message>
            <source>Forecast accuracy (won pale, forecast at the month's start solid)</source>
            <translation>Ennusteen tarkkuus (voitettu vaalea, kuun alun ennuste täysi)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;forecast {1}&lt;br&gt;won {2}&lt;br&gt;error {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;ennuste {1}&lt;br&gt;voitettu {2}&lt;br&gt;virhe {3}</translation>
        </message>
        <message>
            <source>No past months yet.</source>
            <translation>Menneitä kuukausia ei vielä ole.</translation>
        </message>
        <message>
            <source>Mean absolute percentage error: {0}; won over these months: {1}.</source>
            <translation>Keskimääräinen absoluuttinen prosenttivirhe: {0}; voitettu näinä kuukausina: {1}.</translation>
        </message>
        <message>
            <source>Conversion by manager</source>
            <translation>Konversio päälliköittäin</translation>
        </message>
        <message>
            <source>Sort: conversion</source>
            <translation>Järjestys: konversio</translation>
        </message>
        <message>
            <source>Sort: leads</source>
            <translation>Järjestys: liidit</translation>
        </message>
        <message>
            <source>Sort: won</source>
            <translation>Järjestys: voitetut</translation>
        </message>
        <message>
            <source>Sort: name</source>
            <translation>Järjestys: nimi</translation>
        </message>
        <message>
            <source>Bars: conversion %, line: 95 % interval, grey: previous period.</source>
            <translation>Palkit: konversio %, viiva: 95 %:n väli, harmaa: edellinen jakso.</translation>
        </message>
        <message>
            <source>Leads of {0} and their team</source>
            <translation>Henkilön {0} ja tiimin liidit</translation>
        </message>
        <message>
            <source>Leads of {0}</source>
            <translation>Henkilön {0} liidit</translation>
        </message>
        <message>
            <source>Conversion: {0}</source>
            <translation>Konversio: {0}</translation>
        </message>
        <message>
            <source>Win rate: {0}</source>
            <translation>Voittoprosentti: {0}</translation>
        </message>
        <message>
            <source>Leads {0}, open {1}, won {2}, lost {3}</source>
            <translation>Liidit {0}, avoimet {1}, voitetut {2}, hävityt {3}</translation>
        </message>
        <message>
            <source>Won value: {0}</source>
            <translation>Voitettu arvo: {0}</translation>
        </message>
        <message>
            <source>Previous period: {0}</source>
            <translation>Edellinen jakso: {0}</translation>
        </message>
        <message>
            <source>Channels: leads, conversion, cost per lead / per won deal, ROI</source>
            <translation>Kanavat: liidit, konversio, hinta per liidi / voitettu kauppa, ROI</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>Konversio %</translation>
        </message>
        <message>
            <source>Cost per lead / per won</source>
            <translation>Hinta per liidi / voitettu</translation>
        </message>
        <message>
            <source>ROI ×</source>
            <translation>ROI ×</translation>
        </message>
        <message>
            <source>Leads from {0}</source>
            <translation>Liidit kanavasta {0}</translation>
        </message>
        <message>
            <source>Cost: orange per lead, pale per won deal (labels: per lead / per won). Hover for figures.</source>
            <translation>Hinta: oranssi per liidi, vaalea per voitettu kauppa (merkinnät: per liidi / per voitettu). Vie hiiri päälle nähdäksesi luvut.</translation>
        </message>
        <message>
            <source>Leads {0}, won {1}, lost {2}</source>
            <translation>Liidit {0}, voitetut {1}, hävityt {2}</translation>
        </message>
        <message>
            <source>Spend: {0}; won value: {1}</source>
            <translation>Kulut: {0}; voitettu arvo: {1}</translation>
        </message>
        <message>
            <source>Cost per lead: {0}; per won deal: {1}</source>
            <translation>Hinta per liidi: {0}; per voitettu kauppa: {1}</translation>
        </message>
        <message>
            <source>ROI: {0}</source>
            <translation>ROI: {0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>päivä</translation>
        </message>
        <message>
            <source>week</source>
            <translation>viikko</translation>
        </message>
        <message>
            <source>month</source>
            <translation>kuukausi</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>neljännes</translation>
        </message>
        <message>
            <source>year</source>
            <translation>vuosi</translation>
        </message>
        <message>
            <source>Trend: created and won leads per period</source>
            <translation>Trendi: luodut ja voitetut liidit jaksoittain</translation>
        </message>
        <message>
            <source>created</source>
            <translation>luodut</translation>
        </message>
        <message>
            <source>won</source>
            <translation>voitettu</translation>
        </message>
        <message>
            <source>created, previous period</source>
            <translation>luodut, edellinen jakso</translation>
        </message>
        <message>
            <source>won, previous period</source>
            <translation>voitetut, edellinen jakso</translation>
        </message>
        <message>
            <source>Grouped by {0}; hover a period for its figures.</source>
            <translation>Ryhmitelty: {0}; vie hiiri jakson päälle nähdäksesi luvut.</translation>
        </message>
        <message>
            <source>Hollow points: periods only partly in the range.</source>
            <translation>Ontot pisteet: jaksot, jotka ovat vain osin aikavälillä.</translation>
        </message>
        <message>
            <source>Created {0}, won {1}, lost {2}</source>
            <translation>Luotu {0}, voitettu {1}, hävitty {2}</translation>
        </message>
        <message>
            <source>Conversion of this cohort: {0}</source>
            <translation>Tämän kohortin konversio: {0}</translation>
        </message>
        <message>
            <source>Only {0} of its {1} days are in the range.</source>
            <translation>Vain {0} sen {1} päivästä on aikavälillä.</translation>
        </message>
        <message>
            <source>Previous period ({0}): created {1}, won {2}</source>
            <translation>Edellinen jakso ({0}): luotu {1}, voitettu {2}</translation>
        </message>
        <message>
            <source>Forecast by expected-close month (value pale, weighted solid)</source>
            <translation>Ennuste odotetun sulkemiskuukauden mukaan (arvo vaalea, painotettu täysi)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1} open leads&lt;br&gt;value {2}&lt;br&gt;weighted value {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} avointa liidiä&lt;br&gt;arvo {2}&lt;br&gt;painotettu arvo {3}</translation>
        </message>
        <message>
            <source>unscheduled</source>
            <translation>ei ajoitettu</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei mitään</translation>
        </message>
        <message>
            <source>Weighted pipeline: {0}</source>
            <translation>Painotettu putki: {0}</translation>
        </message>
        <message>
            <source>No open leads.</source>
            <translation>Ei avoimia liidejä.</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Suppilo</translation>
        </message>
        <message>
            <source>Leads that reached “{0}”</source>
            <translation>Liidit, jotka pääsivät vaiheeseen ”{0}”</translation>
        </message>
        <message>
            <source>Weakest step: “{0}” at {1}</source>
            <translation>Heikoin askel: ”{0}”, {1}</translation>
        </message>
        <message>
            <source>weakest step</source>
            <translation>heikoin askel</translation>
        </message>
        <message>
            <source>Reached: {0}; in this stage now: {1}</source>
            <translation>Päässeet: {0}; nyt tässä vaiheessa: {1}</translation>
        </message>
        <message>
            <source>From the previous stage: {0}</source>
            <translation>Edellisestä vaiheesta: {0}</translation>
        </message>
        <message>
            <source>From the top: {0}</source>
            <translation>Suppilon huipulta: {0}</translation>
        </message>
        <message>
            <source>Dropped off after it: {0}; lost here: {1}</source>
            <translation>Putosi pois sen jälkeen: {0}; hävitty tässä: {1}</translation>
        </message>
        <message>
            <source>Lost reasons per stage</source>
            <translation>Häviön syyt vaiheittain</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2} of {3} lost here ({4})</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}: {2}/{3} hävitty tässä ({4})</translation>
        </message>
        <message>
            <source>Lost at “{0}”: {1}</source>
            <translation>Hävitty vaiheessa ”{0}”: {1}</translation>
        </message>
        <message>
            <source>Time in stage (days: median, 75th percentile behind)</source>
            <translation>Aika vaiheessa (päivää: mediaani, taustalla 75. persentiili)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: median {1}, 75th percentile {2} (n={3} stays)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: mediaani {1}, 75. persentiili {2} (n={3} jaksoa)</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <source>{0}'s team</source>
            <translation>Tiimi: {0}</translation>
        </message>
        <message>
            <source>No lead reached this step.</source>
            <translation>Yksikään liidi ei päässyt tähän askeleeseen.</translation>
        </message>
        <message>
            <source>{0} of {1} leads went on ({2}); {3}</source>
            <translation>{0}/{1} liidiä eteni ({2}); {3}</translation>
        </message>
        <message>
            <source>Team: {0} of {1} ({2})</source>
            <translation>Tiimi: {0} / {1} ({2})</translation>
        </message>
        <message>
            <source>Fewer than {0} leads: too few to compare.</source>
            <translation>Alle {0} liidiä: liian vähän vertailuun.</translation>
        </message>
        <message>
            <source>Click or press Enter to list the leads that stopped here.</source>
            <translation>Napsauta tai paina Enter nähdäksesi tähän pysähtyneet liidit.</translation>
        </message>
        <message>
            <source>Weakest: no one has {0} leads at a step yet, too few to compare.</source>
            <translation>Heikoin: kenelläkään ei vielä ole {0} liidiä missään askeleessa, liian vähän vertailuun.</translation>
        </message>
        <message>
            <source>Weakest: {0} at {1}: {2} of {3} (team {4})</source>
            <translation>Heikoin: {0} askeleessa {1}: {2} / {3} (tiimi {4})</translation>
        </message>
        <message>
            <source>{0}: team {1} of {2}</source>
            <translation>{0}: tiimi {1} / {2}</translation>
        </message>
        <message>
            <source>Conversion by employee and stage</source>
            <translation>Konversio työntekijöittäin ja vaiheittain</translation>
        </message>
        <message>
            <source>Red: below the team's rate at that step, green: above; grey: fewer than {0} leads;
framed: the weakest of each step; bold: the one named above.</source>
            <translation>Punainen: alle tiimin tason tässä askeleessa, vihreä: yli; harmaa: alle {0} liidiä;
kehystetty: kunkin askeleen heikoin; lihavoitu: yllä mainittu.</translation>
        </message>
        <message>
            <source>{0}: reached {1}, never {2}</source>
            <translation>{0}: pääsi vaiheeseen {1}, ei koskaan vaiheeseen {2}</translation>
        </message>
        <message>
            <source>(no channel)</source>
            <translation>(ei kanavaa)</translation>
        </message>
        <message>
            <source>(no reason)</source>
            <translation>(ei syytä)</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>(ei vastuuhenkilöä)</translation>
        </message>
        <message>
            <source>95 % interval {0}–{1}</source>
            <translation>95 %:n väli {0}–{1}</translation>
        </message>
        <message>
            <source>no sample</source>
            <translation>ei otosta</translation>
        </message>
        <message>
            <source>{0} d</source>
            <translation>{0} pv</translation>
        </message>
    </context>
    <context>
        <name>DashboardFilterBar</name>
        <message>
            <source>Managers</source>
            <translation>Päälliköt</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanavat</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Putki</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Tämä kuukausi</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Viime kuukausi</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Tämä neljännes</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Viime neljännes</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Tämä vuosi</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Koko ajalta</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Oma aikaväli</translation>
        </message>
        <message>
            <source>Team roll-up</source>
            <translation>Tiimi mukaan</translation>
        </message>
        <message>
            <source>Count each manager's figures with everyone below them</source>
            <translation>Laske kunkin päällikön luvut yhdessä kaikkien alaisten kanssa</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Lämpötila</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>kylmä</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>lämmin</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>kuuma</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>Kaikki: {0}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>Entä jos</translation>
        </message>
        <message>
            <source>Show or hide the what-if panel</source>
            <translation>Näytä tai piilota Entä jos -paneeli</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Päivitetään…</translation>
        </message>
        <message>
            <source>won {0}</source>
            <translation>voitettu {0}</translation>
        </message>
        <message>
            <source>open {0}</source>
            <translation>avoinna {0}</translation>
        </message>
        <message>
            <source>Not in the figures (money in {0}; no exchange rate): {1}. Add rates in Settings → Currencies.</source>
            <translation>Ei mukana luvuissa (rahasummat: {0}; ei vaihtokurssia): {1}. Lisää kurssit: Asetukset → Valuutat.</translation>
        </message>
        <message>
            <source>all time</source>
            <translation>koko ajalta</translation>
        </message>
        <message>
            <source>; compared with {0} – {1}</source>
            <translation>; verrattuna jaksoon {0} – {1}</translation>
        </message>
        <message>
            <source>{0}: leads created {1}{2}. {3} entered, {4} won. Money in {5}.</source>
            <translation>{0}: liidit luotu {1}{2}. {3} tuli sisään, {4} voitettiin. Rahasummat: {5}.</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message numerus="yes">
            <source>%Ln lead(s)</source>
            <translation>
                <numerusform>%Ln liidi</numerusform>
                <numerusform>%Ln liidiä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s); the first %1 are listed</source>
            <translation>
                <numerusform>%Ln liidi; ensimmäiset %1 näytetään</numerusform>
                <numerusform>%Ln liidiä; ensimmäiset %1 näytetään</numerusform>
            </translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Tunnus</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Yritys</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Luotu</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>&lt;h2&gt;No leads yet&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Liidejä ei vielä ole&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Try FunnelDesk with a few hundred realistic demo leads, or bring your own from an .xlsx or .csv file.</source>
            <translation>Kokeile FunnelDeskiä parilla sadalla realistisella esimerkkiliidillä tai tuo omasi .xlsx- tai .csv-tiedostosta.</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Lataa esimerkkidata</translation>
        </message>
        <message>
            <source>Fill this database with sample leads, users and channels</source>
            <translation>Täytä tietokanta esimerkkiliideillä, -käyttäjillä ja -kanavilla</translation>
        </message>
        <message>
            <source>Import a spreadsheet…</source>
            <translation>Tuo laskentataulukko…</translation>
        </message>
        <message>
            <source>Bring leads in from an .xlsx or .csv file</source>
            <translation>Tuo liidejä .xlsx- tai .csv-tiedostosta</translation>
        </message>
    </context>
    <context>
        <name>Engagement</name>
        <message>
            <source>driver</source>
            <translation>vetäjä</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>osallistuja</translation>
        </message>
        <message>
            <source>gatekeeper</source>
            <translation>portinvartija</translation>
        </message>
        <message>
            <source>not involved</source>
            <translation>ei mukana</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>FunnelDesk — unexpected error</source>
            <translation>FunnelDesk — odottamaton virhe</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Virheen tiedot</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Kopioi tiedot</translation>
        </message>
        <message>
            <source>Something went wrong. Your data is safe; the operation was not finished. Please copy the details below into a bug report.</source>
            <translation>Jokin meni vikaan. Tietosi ovat tallessa; toimintoa ei viety loppuun. Kopioi alla olevat tiedot virheraporttiin.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The move was refused; these exit criteria are not met:</source>
            <translation>Siirto estettiin; nämä siirtymisehdot eivät täyty:</translation>
        </message>
        <message>
            <source>Not allowed: {0}</source>
            <translation>Ei sallittu: {0}</translation>
        </message>
        <message>
            <source>Someone else changed this lead meanwhile: {0}</source>
            <translation>Joku muu muutti liidiä sillä välin: {0}</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>Odottamaton virhe: {0}</translation>
        </message>
        <message>
            <source>Exit criteria not met</source>
            <translation>Siirtymisehdot eivät täyty</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Ei sallittu</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Joku muu muutti</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Ei löytynyt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Hylätty</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Vienti</translation>
        </message>
        <message>
            <source>All the leads you can see.</source>
            <translation>Kaikki liidit, jotka näet.</translation>
        </message>
        <message>
            <source>The leads of the Leads page's filter (pipeline and created dates).</source>
            <translation>Liidit-sivun suodattimen liidit (putki ja luontipäivät).</translation>
        </message>
        <message>
            <source>Its search text and other filters are not applied to the export.</source>
            <translation>Sen hakutekstiä ja muita suodattimia ei käytetä vientiin.</translation>
        </message>
        <message>
            <source>&amp;Leads (.xlsx or .csv)</source>
            <translation>&amp;Liidit (.xlsx tai .csv)</translation>
        </message>
        <message>
            <source>&amp;Analytics report workbook (.xlsx with charts)</source>
            <translation>&amp;Analytiikkaraportti (.xlsx kaavioineen)</translation>
        </message>
        <message>
            <source>Summary, funnel, managers, channels and periods of the chosen period</source>
            <translation>Valitun jakson yhteenveto, suppilo, päälliköt, kanavat ja jaksot</translation>
        </message>
        <message>
            <source>A&amp;ccountant workbook (deals won in the period, one sheet per month)</source>
            <translation>&amp;Kirjanpitäjän työkirja (jakson voitetut kaupat, taulukko kuukaudessa)</translation>
        </message>
        <message>
            <source>Won date, client, invoice reference, amount, discount and net amount</source>
            <translation>Voittopäivä, asiakas, laskun viite, summa, alennus ja nettosumma</translation>
        </message>
        <message>
            <source>to</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Jakso:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Vie…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel-työkirja (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-työkirja (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Vie kohteeseen</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Jakso päättyy ennen kuin se alkaa.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Viedään kohteeseen %1…</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Viedään…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Kirjoitettu: %1.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Vienti peruttu; tiedostoa ei kirjoitettu.</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>Mitään ei viety: %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Viety: %1</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a spreadsheet</source>
            <translation>Valitse laskentataulukko</translation>
        </message>
        <message>
            <source>FunnelDesk reads .xlsx and .csv files; the first sheet is imported.</source>
            <translation>FunnelDesk lukee .xlsx- ja .csv-tiedostoja; ensimmäinen taulukko tuodaan.</translation>
        </message>
        <message>
            <source>Path to an .xlsx or .csv file</source>
            <translation>.xlsx- tai .csv-tiedoston polku</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Taulukkotiedosto</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Tuo laskentataulukko</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Laskentataulukot (*.xlsx *.xlsm *.csv *.tsv *.txt);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Luetaan %1…</translation>
        </message>
        <message>
            <source>%1 data rows and %2 columns found.</source>
            <translation>Löytyi %1 tietoriviä ja %2 saraketta.</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>Tunnistettu: vienti ohjelmasta %1.</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>Tekstin merkistö: %1.</translation>
        </message>
    </context>
    <context>
        <name>GateChecklistPanel</name>
        <message>
            <source>Exit criteria</source>
            <translation>Siirtymisehdot</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Hyväksy</translation>
        </message>
        <message>
            <source>Exit criteria of the current stage:</source>
            <translation>Nykyisen vaiheen siirtymisehdot:</translation>
        </message>
        <message>
            <source>Add the buyer's gatekeeper as a participant first.</source>
            <translation>Lisää ensin ostajan portinvartija osallistujaksi.</translation>
        </message>
        <message>
            <source>Gatekeeper approval</source>
            <translation>Portinvartijan hyväksyntä</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Hyväksyjä:</translation>
        </message>
        <message>
            <source>Moved on to {0}.</source>
            <translation>Siirretty vaiheeseen {0}.</translation>
        </message>
    </context>
    <context>
        <name>GatePanel</name>
        <message>
            <source>Why the move was refused</source>
            <translation>Miksi siirto estettiin</translation>
        </message>
        <message>
            <source>Try the move again</source>
            <translation>Yritä siirtoa uudelleen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <source>&lt;b&gt;“%1” cannot move to %2 yet.&lt;/b&gt;&lt;br&gt;Meet these exit criteria, then try again:</source>
            <translation>&lt;b&gt;”%1” ei voi vielä siirtyä vaiheeseen %2.&lt;/b&gt;&lt;br&gt;Täytä nämä siirtymisehdot ja yritä uudelleen:</translation>
        </message>
        <message>
            <source>Every criterion is met now.</source>
            <translation>Kaikki ehdot täyttyvät nyt.</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Merkitse</translation>
        </message>
        <message>
            <source>Ask for approval</source>
            <translation>Pyydä hyväksyntä</translation>
        </message>
        <message>
            <source>Only a user with the %1 role can approve this</source>
            <translation>Vain käyttäjä, jolla on rooli %1, voi hyväksyä tämän</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Hyväksy</translation>
        </message>
        <message>
            <source>Open lead…</source>
            <translation>Avaa liidi…</translation>
        </message>
        <message>
            <source>Fill in the field or log the activity in the lead editor</source>
            <translation>Täytä kenttä tai kirjaa toimenpide liidin muokkaimessa</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>by hand</source>
            <translation>käsin</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automaattisesti</translation>
        </message>
        <message>
            <source>by import</source>
            <translation>tuonnilla</translation>
        </message>
        <message>
            <source>gate overridden</source>
            <translation>portti ohitettu</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>peruttu</translation>
        </message>
        <message>
            <source>created</source>
            <translation>luodut</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>muokattu</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>osoitettu</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>poistettu</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>palautettu</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>tarkistuslista</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>hyväksytty</translation>
        </message>
        <message>
            <source>approval withdrawn</source>
            <translation>hyväksyntä peruttu</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>toimenpide</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>osallistuja</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Mistä</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Mihin</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Miten</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Miksi</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Vaihehistoria</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kenttä</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Vanha arvo</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Uusi arvo</translation>
        </message>
        <message>
            <source>Field changes</source>
            <translation>Kenttien muutokset</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Tuo laskentataulukko</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(älä tuo)</translation>
        </message>
        <message>
            <source>Date entered stage “%1”</source>
            <translation>Vaiheeseen ”%1” tulon päivä</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Yhteyshenkilön nimi</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Yritys</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Häviön syy</translation>
        </message>
        <message>
            <source>Category / product</source>
            <translation>Luokka / tuote</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuutta</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Alennus</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Lämpötila</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Odotettu sulkemispäivä</translation>
        </message>
        <message>
            <source>Next action date</source>
            <translation>Seuraavan toimenpiteen päivä</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Tyytyväisyys</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>External id (updates on re-import)</source>
            <translation>Ulkoinen tunnus (päivittää uudelleentuonnissa)</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Luontipäivä</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Sulkemispäivä</translation>
        </message>
        <message>
            <source>Status (won / lost / open)</source>
            <translation>Tila (voitettu / hävitty / avoin)</translation>
        </message>
        <message>
            <source>Won on</source>
            <translation>Voittopäivä</translation>
        </message>
        <message>
            <source>Lost on</source>
            <translation>Häviöpäivä</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Luku</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Tyhjä</translation>
        </message>
        <message>
            <source>d/m/y</source>
            <translation>pv/kk/v</translation>
        </message>
        <message>
            <source>m/d/y</source>
            <translation>kk/pv/v</translation>
        </message>
        <message>
            <source>d/m or m/d?</source>
            <translation>pv/kk vai kk/pv?</translation>
        </message>
        <message>
            <source>, mixed</source>
            <translation>, sekalainen</translation>
        </message>
        <message>
            <source>day/month/year</source>
            <translation>päivä/kuukausi/vuosi</translation>
        </message>
        <message>
            <source>month/day/year</source>
            <translation>kuukausi/päivä/vuosi</translation>
        </message>
        <message>
            <source>year-month-day</source>
            <translation>vuosi-kuukausi-päivä</translation>
        </message>
        <message>
            <source>day and month alike</source>
            <translation>päivä ja kuukausi sekoitettavissa</translation>
        </message>
        <message>
            <source>ISO 8601</source>
            <translation>ISO 8601</translation>
        </message>
        <message>
            <source>spreadsheet serial numbers</source>
            <translation>taulukon sarjanumerot</translation>
        </message>
        <message>
            <source>date cells</source>
            <translation>päivämääräsolut</translation>
        </message>
        <message>
            <source> and </source>
            <translation> ja </translation>
        </message>
        <message>
            <source>empty</source>
            <translation>tyhjä</translation>
        </message>
        <message>
            <source>%1 with time</source>
            <translation>%1 kellonajan kanssa</translation>
        </message>
        <message>
            <source>(decided by %1)</source>
            <translation>(ratkaisi %1)</translation>
        </message>
        <message>
            <source>(as chosen)</source>
            <translation>(valinnan mukaan)</translation>
        </message>
        <message>
            <source>Detect from the file</source>
            <translation>Tunnista tiedostosta</translation>
        </message>
        <message>
            <source>Day/month/year (31/12/2024)</source>
            <translation>Päivä/kuukausi/vuosi (31/12/2024)</translation>
        </message>
        <message>
            <source>Month/day/year (12/31/2024)</source>
            <translation>Kuukausi/päivä/vuosi (12/31/2024)</translation>
        </message>
        <message>
            <source>Year/month/day (2024/12/31)</source>
            <translation>Vuosi/kuukausi/päivä (2024/12/31)</translation>
        </message>
        <message>
            <source>no user “%1”</source>
            <translation>ei käyttäjää ”%1”</translation>
        </message>
        <message>
            <source>no stage “%1” in pipeline “%2”</source>
            <translation>putkessa ”%2” ei ole vaihetta ”%1”</translation>
        </message>
        <message>
            <source>Unknown owners: go back and tick “Create missing owners as employees”, or add them in Settings first.</source>
            <translation>Tuntemattomat vastuuhenkilöt: palaa ja valitse ”Luo puuttuvat vastuuhenkilöt työntekijöiksi”, tai lisää heidät ensin Asetuksissa.</translation>
        </message>
        <message>
            <source>Unknown stages: the stage column must name stages of the chosen pipeline; choose another pipeline, or add the stages in Settings.</source>
            <translation>Tuntemattomat vaiheet: vaihesarakkeessa on oltava valitun putken vaiheita; valitse toinen putki tai lisää vaiheet Asetuksissa.</translation>
        </message>
        <message>
            <source>Ambiguous dates: go back and choose the date order.</source>
            <translation>Monitulkintaiset päivämäärät: palaa ja valitse päivämäärän järjestys.</translation>
        </message>
        <message>
            <source>Moves past unmet exit criteria: complete the criteria on the board first, or (owners) give a reason below to move them anyway.</source>
            <translation>Siirtoja täyttymättömien siirtymisehtojen ohi: täytä ehdot ensin taululla tai (omistajat) anna alla syy siirtää silti.</translation>
        </message>
        <message>
            <source>Tick the option below to import the valid rows only.</source>
            <translation>Valitse alla oleva vaihtoehto tuodaksesi vain kelvolliset rivit.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Järjestelmän kieli (%1)</translation>
        </message>
        <message>
            <source>Language of the window:</source>
            <translation>Ikkunan kieli:</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>Luvut ja päivämäärät:</translation>
        </message>
        <message>
            <source>This is the language the window is shown in now.</source>
            <translation>Tällä kielellä ikkuna näytetään nyt.</translation>
        </message>
        <message>
            <source>The new language applies the next time FunnelDesk starts; the command line always stays in English.</source>
            <translation>Uusi kieli tulee käyttöön, kun FunnelDesk käynnistetään seuraavan kerran; komentorivi pysyy aina englanninkielisenä.</translation>
        </message>
    </context>
    <context>
        <name>LeadColumns</name>
        <message>
            <source>#</source>
            <translation>Nro</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Yritys</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Putki</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Lämpötila</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Odotettu sulkeminen</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Seuraava toimenpide</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Luotu</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Päivitetty</translation>
        </message>
    </context>
    <context>
        <name>LeadEditorDialog</name>
        <message>
            <source>Details</source>
            <translation>Tiedot</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>Uusi liidi</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Liidi</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>Siirtymisehdot</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Osallistujat</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Toimenpiteet</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Lead — {0}</source>
            <translation>Liidi — {0}</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>Ei tallennettavaa.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this lead meanwhile.</source>
            <translation>Ei tallennettu: joku muu muutti liidiä sillä välin.</translation>
        </message>
        <message>
            <source>Reloaded their version; your edits were dropped.</source>
            <translation>Heidän versionsa ladattiin; muutoksesi hylättiin.</translation>
        </message>
        <message>
            <source>Your edits are kept; saving now replaces their values for the fields you changed.</source>
            <translation>Muutoksesi säilyvät; tallentaminen nyt korvaa heidän arvonsa muuttamissasi kentissä.</translation>
        </message>
    </context>
    <context>
        <name>LeadFields</name>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Yritys</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuutta</translation>
        </message>
        <message>
            <source>Discount (%)</source>
            <translation>Alennus (%)</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Lämpötila</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Luokka</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Odotettu sulkeminen</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Seuraava toimenpide</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>Tyytyväisyys (1–5)</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Ulkoinen tunnus</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>(blank)</source>
            <translation>(tyhjä)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>otsikko</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>yhteyshenkilö</translation>
        </message>
        <message>
            <source>company</source>
            <translation>yritys</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>sähköposti</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>puhelinnumero</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanava</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>persoona</translation>
        </message>
        <message>
            <source>category</source>
            <translation>luokka</translation>
        </message>
        <message>
            <source>value</source>
            <translation>arvo</translation>
        </message>
        <message>
            <source>discount (%)</source>
            <translation>alennus (%)</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>lämpötila</translation>
        </message>
        <message>
            <source>expected close date</source>
            <translation>odotettu sulkemispäivä</translation>
        </message>
        <message>
            <source>next action date</source>
            <translation>seuraavan toimenpiteen päivä</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>tyytyväisyys</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>muistiinpanot</translation>
        </message>
    </context>
    <context>
        <name>LeadFieldsForm</name>
        <message>
            <source>name@example.com</source>
            <translation>nimi@esimerkki.fi</translation>
        </message>
        <message>
            <source>+1 555 0100 (digits, spaces, + - ( ) . /)</source>
            <translation>+358 9 000 0000 (numerot, välilyönnit, + - ( ) . /)</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>kylmä</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>lämmin</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>kuuma</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei mitään</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>ei arvioitu</translation>
        </message>
    </context>
    <context>
        <name>LeadFilterBar</name>
        <message>
            <source>Search title, company, contact, e-mail, phone…</source>
            <translation>Hae otsikkoa, yritystä, yhteyshenkilöä, sähköpostia, puhelinta…</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>Hae liidejä</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Putki</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Lämpötila</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>kylmä</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>lämmin</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>kuuma</translation>
        </message>
        <message>
            <source>open</source>
            <translation>avoimet</translation>
        </message>
        <message>
            <source>won</source>
            <translation>voitettu</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>hävitty</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Luotu</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <source>Any {0}</source>
            <translation>Kaikki: {0}</translation>
        </message>
        <message>
            <source>any</source>
            <translation>kaikki</translation>
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message>
            <source>Clear</source>
            <translation>Tyhjennä</translation>
        </message>
        <message>
            <source>Show all leads again</source>
            <translation>Näytä taas kaikki liidit</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Liidit</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Osoita…</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Siirrä…</translation>
        </message>
        <message>
            <source>Mark lost…</source>
            <translation>Merkitse hävityksi…</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>Sarakkeet…</translation>
        </message>
        <message numerus="yes">
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n liidi</numerusform>
                <numerusform>%n liidiä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %n lead(s) from the dashboard: %1</source>
            <translation>
                <numerusform>Näytetään %n liidi koontinäytöltä: %1</numerusform>
                <numerusform>Näytetään %n liidiä koontinäytöltä: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Sarakkeet</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Osoita</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Siirrä</translation>
        </message>
        <message>
            <source>Mark lost</source>
            <translation>Merkitse hävityksi</translation>
        </message>
        <message>
            <source>{0}: working…</source>
            <translation>{0}: käsitellään…</translation>
        </message>
        <message>
            <source>{0}: {1} changed, {2} refused.</source>
            <translation>{0}: {1} muutettu, {2} estetty.</translation>
        </message>
        <message>
            <source>Cancelled: {0} not processed.</source>
            <translation>Peruttu: {0} käsittelemättä.</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <source>Mark “%1” as lost</source>
            <translation>Merkitse ”%1” hävityksi</translation>
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation>Miksi se hävittiin?</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Häviön syy</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <source>Mark as lost</source>
            <translation>Merkitse hävityksi</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Syy:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Huomautus:</translation>
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
            <translation>Tiimin tietokannat varmuuskopioidaan PostgreSQL-palvelimella.</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Osiot</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Taulu</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Liidit</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Koontinäyttö</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanavat</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Päätyökalurivi</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Putki</translation>
        </message>
        <message>
            <source>Which pipeline the board shows</source>
            <translation>Mikä putki taululla näkyy</translation>
        </message>
        <message>
            <source>Search title, company, contact, e-mail, phone (Ctrl+F)</source>
            <translation>Hae otsikkoa, yritystä, yhteyshenkilöä, sähköpostia, puhelinta (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search leads</source>
            <translation>Hae liidejä</translation>
        </message>
        <message>
            <source> Pipeline: </source>
            <translation> Putki: </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lead(s) in this pipeline</source>
            <translation>
                <numerusform>%Ln liidi tässä putkessa</numerusform>
                <numerusform>%Ln liidiä tässä putkessa</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 avointa</translation>
        </message>
        <message>
            <source>filtered by “%1”</source>
            <translation>suodatettu: ”%1”</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>Kirjautunut: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Yhdistä sarakkeet</translation>
        </message>
        <message>
            <source>Each column of the file is matched to a lead field by its name. Change any match, or choose “do not import”.</source>
            <translation>Tiedoston jokainen sarake yhdistetään nimensä perusteella liidin kenttään. Muuta mitä tahansa yhdistystä tai valitse ”älä tuo”.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Putki</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>Päivämäärän järjestys</translation>
        </message>
        <message>
            <source>Create missing owners as employees</source>
            <translation>Luo puuttuvat vastuuhenkilöt työntekijöiksi</translation>
        </message>
        <message>
            <source>Otherwise rows naming an unknown owner are rejected</source>
            <translation>Muuten rivit, joissa on tuntematon vastuuhenkilö, hylätään</translation>
        </message>
        <message>
            <source>Pipeline:</source>
            <translation>Putki:</translation>
        </message>
        <message>
            <source>Dates like 03/04/2024:</source>
            <translation>Päivämäärät kuten 03/04/2024:</translation>
        </message>
        <message>
            <source>First %1 of %2 rows in %3:</source>
            <translation>Ensimmäiset %1/%2 riviä tiedostossa %3:</translation>
        </message>
        <message>
            <source>Several columns are imported as “%1”; keep one.</source>
            <translation>Useita sarakkeita tuodaan kenttään ”%1”; jätä yksi.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Valitse vähintään yksi tuotava sarake.</translation>
        </message>
        <message>
            <source>Some dates could be day/month or month/day: choose the date order above, or the dry run will refuse them.</source>
            <translation>Jotkin päivämäärät voivat olla pv/kk tai kk/pv: valitse järjestys yllä, tai koeajo hylkää ne.</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Column in the file</source>
            <translation>Sarake tiedostossa</translation>
        </message>
        <message>
            <source>Detected type</source>
            <translation>Tunnistettu tyyppi</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Ensimmäiset arvot</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Tuo kenttään</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Sarakkeiden yhdistys</translation>
        </message>
        <message>
            <source>(column %1 has no name)</source>
            <translation>(sarakkeella %1 ei ole nimeä)</translation>
        </message>
        <message>
            <source>Import column %1 as</source>
            <translation>Tuo sarake %1 kenttään</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Move to %1</source>
            <translation>Siirrä vaiheeseen %1</translation>
        </message>
        <message>
            <source>Mark “%1” lost</source>
            <translation>Merkitse ”%1” hävityksi</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Muokkaa: ”%1”</translation>
        </message>
        <message>
            <source>Assign “%1”</source>
            <translation>Osoita ”%1”</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>Poista ”%1”</translation>
        </message>
        <message>
            <source>Tick “%1”</source>
            <translation>Merkitse ”%1”</translation>
        </message>
        <message>
            <source>Untick “%1”</source>
            <translation>Poista merkintä ”%1”</translation>
        </message>
        <message>
            <source>Approve “%1”</source>
            <translation>Hyväksy ”%1”</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Siirrä %Ln liidi vaiheeseen %1</numerusform>
                <numerusform>Siirrä %Ln liidiä vaiheeseen %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assign %Ln lead(s) to %1</source>
            <translation>
                <numerusform>Osoita %Ln liidi henkilölle %1</numerusform>
                <numerusform>Osoita %Ln liidiä henkilölle %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %Ln lead(s) lost (%1)</source>
            <translation>
                <numerusform>Merkitse %Ln liidi hävityksi (%1)</numerusform>
                <numerusform>Merkitse %Ln liidiä hävityiksi (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New lead…</source>
            <translation>&amp;Uusi liidi…</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>Lataa &amp;esimerkkidata</translation>
        </message>
        <message>
            <source>&amp;Import a spreadsheet…</source>
            <translation>&amp;Tuo laskentataulukko…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Vie…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>V&amp;armuuskopiot…</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>Vaihda &amp;käyttäjää…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Etsi…</translation>
        </message>
        <message>
            <source>&amp;Edit lead</source>
            <translation>&amp;Muokkaa liidiä</translation>
        </message>
        <message>
            <source>&amp;Delete lead</source>
            <translation>&amp;Poista liidi</translation>
        </message>
        <message>
            <source>Move to &amp;next stage</source>
            <translation>Siirrä &amp;seuraavaan vaiheeseen</translation>
        </message>
        <message>
            <source>Move to &amp;previous stage</source>
            <translation>Siirrä &amp;edelliseen vaiheeseen</translation>
        </message>
        <message>
            <source>&amp;About FunnelDesk</source>
            <translation>&amp;Tietoja FunnelDeskistä</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Taulu</translation>
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation>&amp;Liidit</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Koontinäyttö</translation>
        </message>
        <message>
            <source>&amp;Channels</source>
            <translation>Ka&amp;navat</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Asetukset</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Liidi</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Tehty uudelleen: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Kumottu: %1</translation>
        </message>
        <message>
            <source>Cannot undo: the gate refuses it — %1</source>
            <translation>Ei voi kumota: portti estää sen — %1</translation>
        </message>
        <message>
            <source>Lead moved to the trash. Ctrl+Z brings it back.</source>
            <translation>Liidi siirrettiin roskakoriin. Ctrl+Z palauttaa sen.</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Vaihda käyttäjää</translation>
        </message>
        <message>
            <source>Work as:</source>
            <translation>Työskentele käyttäjänä:</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Kirjautunut: %1</translation>
        </message>
        <message>
            <source>About FunnelDesk</source>
            <translation>Tietoja FunnelDeskistä</translation>
        </message>
        <message>
            <source>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;A desktop lead-pipeline manager: stages with exit criteria, a board, and funnel analytics.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
            <translation>&lt;h3&gt;FunnelDesk&lt;/h3&gt;&lt;p&gt;Työpöydän liidiputken hallinta: vaiheet siirtymisehtoineen, taulu ja suppiloanalytiikka.&lt;/p&gt;&lt;p&gt;Tietokanta: %1&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>OpeningNote</name>
        <message>
            <source>Opening %1…</source>
            <translation>Avataan %1…</translation>
        </message>
        <message>
            <source>Upgrading the database on the server for this version of FunnelDesk…</source>
            <translation>Palvelimen tietokantaa päivitetään tätä FunnelDeskin versiota varten…</translation>
        </message>
        <message>
            <source>%1 (%2 GB)</source>
            <translation>%1 (%2 Gt)</translation>
        </message>
        <message>
            <source>Upgrading %1 for this version of FunnelDesk: first a verified backup of the file as it is, then the upgrade. A big file takes a minute or two.</source>
            <translation>Päivitetään %1 tätä FunnelDeskin versiota varten: ensin tarkistettu varmuuskopio tiedostosta sellaisenaan, sitten päivitys. Suuri tiedosto vie minuutin tai kaksi.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeZone</name>
        <message>
            <source>first stage</source>
            <translation>ensimmäinen vaihe</translation>
        </message>
        <message>
            <source>%1 % from previous stage</source>
            <translation>%1 % edellisestä vaiheesta</translation>
        </message>
        <message>
            <source>%1 % from previous</source>
            <translation>%1 % edellisestä</translation>
        </message>
        <message>
            <source>Drop a card here to mark it %1</source>
            <translation>Pudota kortti tähän merkitäksesi sen: %1</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>The leads table is not available in this build.</source>
            <translation>Liiditaulukko ei ole käytettävissä tässä versiossa.</translation>
        </message>
        <message>
            <source>Leads table</source>
            <translation>Liiditaulukko</translation>
        </message>
        <message>
            <source>Funnel, manager and channel charts will appear here.
Until then, the Board shows counts, values and conversion per stage.</source>
            <translation>Suppilo-, päällikkö- ja kanavakaaviot tulevat tähän.
Siihen asti Taulu näyttää määrät, arvot ja konversion vaiheittain.</translation>
        </message>
        <message>
            <source>Channels and their monthly spend are edited in Settings.</source>
            <translation>Kanavia ja niiden kuukausikuluja muokataan Asetuksissa.</translation>
        </message>
        <message>
            <source>Settings are not available in this build.</source>
            <translation>Asetukset eivät ole käytettävissä tässä versiossa.</translation>
        </message>
        <message>
            <source>The lead editor is not available in this build.</source>
            <translation>Liidien muokkain ei ole käytettävissä tässä versiossa.</translation>
        </message>
        <message>
            <source>The import wizard is not available yet; use `funneldesk import FILE`.</source>
            <translation>Tuontiavustaja ei ole vielä käytettävissä; käytä komentoa `funneldesk import FILE`.</translation>
        </message>
        <message>
            <source>Demo data is not available in this build; run `funneldesk demo`.</source>
            <translation>Esimerkkidata ei ole käytettävissä tässä versiossa; suorita `funneldesk demo`.</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>Esimerkkidata ladattu.</translation>
        </message>
        <message>
            <source>Demo data was not loaded: %1</source>
            <translation>Esimerkkidataa ei ladattu: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>peruttu</translation>
        </message>
        <message>
            <source>Creating demo leads…</source>
            <translation>Luodaan esimerkkiliidejä…</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titteli</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Osallisuus</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lisää</translation>
        </message>
        <message>
            <source>Set engagement</source>
            <translation>Aseta osallisuus</translation>
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <source>Pipeline</source>
            <translation>Putki</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Malli</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>Siirtymisehdot</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <source>Pipeline:</source>
            <translation>Putki:</translation>
        </message>
        <message>
            <source>New from template:</source>
            <translation>Uusi mallista:</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Luo</translation>
        </message>
        <message>
            <source>Stages (drag to reorder)</source>
            <translation>Vaiheet (järjestä vetämällä)</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Lisää vaihe</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Poista vaihe</translation>
        </message>
        <message>
            <source>Apply stage changes</source>
            <translation>Ota vaihemuutokset käyttöön</translation>
        </message>
        <message>
            <source>Exit criteria of the selected stage</source>
            <translation>Valitun vaiheen siirtymisehdot</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>Lisää ehto</translation>
        </message>
        <message>
            <source>Update criterion</source>
            <translation>Päivitä ehto</translation>
        </message>
        <message>
            <source>Delete criterion</source>
            <translation>Poista ehto</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>New stage {0}</source>
            <translation>Uusi vaihe {0}</translation>
        </message>
    </context>
    <context>
        <name>PreviewTable</name>
        <message>
            <source>First rows of the file</source>
            <translation>Tiedoston ensimmäiset rivit</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Any {0}</source>
            <translation>Kaikki: {0}</translation>
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
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Tallenna kaikki</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avaa</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Kyllä</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Kyllä k&amp;aikkiin</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ei</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>E&amp;i kaikkiin</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Keskeytä</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Yritä uudelleen</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ohita</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ohje</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Käytä</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Palauta</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Palauta oletukset</translation>
        </message>
    </context>
    <context>
        <name>RefusalSummaryDialog</name>
        <message>
            <source>{0}: summary</source>
            <translation>{0}: yhteenveto</translation>
        </message>
        <message>
            <source>{0} changed, {1} refused.</source>
            <translation>{0} muutettu, {1} estetty.</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Liidi</translation>
        </message>
        <message>
            <source>Why it was refused</source>
            <translation>Miksi se estettiin</translation>
        </message>
        <message>
            <source>Refused leads</source>
            <translation>Estetyt liidit</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Discount threshold</source>
            <translation>Alennuksen raja</translation>
        </message>
        <message>
            <source>Save threshold</source>
            <translation>Tallenna raja</translation>
        </message>
        <message>
            <source>Use the approval gate's figure</source>
            <translation>Käytä hyväksyntäportin lukua</translation>
        </message>
        <message>
            <source>The discounts report counts the deals whose discount is above this figure. Without one, each pipeline uses its discount approval gate (15 % in typical sales). An owner or a manager may change it.</source>
            <translation>Alennusraportti laskee kaupat, joiden alennus ylittää tämän luvun. Ilman sitä kukin putki käyttää alennusten hyväksyntäporttiaan (tyypillisessä myynnissä 15 %). Omistaja tai päällikkö voi muuttaa sitä.</translation>
        </message>
        <message>
            <source>Set for every pipeline.</source>
            <translation>Asetettu kaikille putkille.</translation>
        </message>
        <message>
            <source>Not set: the approval gate's figure is used.</source>
            <translation>Ei asetettu: käytetään hyväksyntäportin lukua.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Käsitellään…</translation>
        </message>
        <message>
            <source>Threshold saved.</source>
            <translation>Raja tallennettu.</translation>
        </message>
        <message>
            <source>Threshold removed: the approval gate's figure is used.</source>
            <translation>Raja poistettu: käytetään hyväksyntäportin lukua.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import finished</source>
            <translation>Tuonti valmis</translation>
        </message>
        <message>
            <source>Open the rejected-rows report</source>
            <translation>Avaa hylättyjen rivien raportti</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Mitään ei tuotu</translation>
        </message>
        <message>
            <source>%1 leads created and %2 updated.</source>
            <translation>%1 liidiä luotu ja %2 päivitetty.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rejected row(s) listed in &lt;a href="%2"&gt;%3&lt;/a&gt;.</source>
            <translation>
                <numerusform>%Ln hylätty rivi on lueteltu tiedostossa &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
                <numerusform>%Ln hylättyä riviä on lueteltu tiedostossa &lt;a href="%2"&gt;%3&lt;/a&gt;.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled. The database is unchanged.</source>
            <translation>Tuonti peruttiin. Tietokanta on ennallaan.</translation>
        </message>
        <message>
            <source>The database is unchanged: %1</source>
            <translation>Tietokanta on ennallaan: %1</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>owner</source>
            <translation>omistaja</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>päällikkö</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>työntekijä</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Importing</source>
            <translation>Tuodaan</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Tuonnin edistyminen</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Peruuta tuonti</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Tuodaan %1…</translation>
        </message>
        <message>
            <source>Cancelling: undoing the import…</source>
            <translation>Perutaan: tuontia kumotaan…</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>%1 is damaged. FunnelDesk left it exactly as it was and wrote nothing to it.</source>
            <translation>%1 on vioittunut. FunnelDesk jätti sen täsmälleen ennalleen eikä kirjoittanut siihen mitään.</translation>
        </message>
        <message>
            <source>No verified backup was found next to it.</source>
            <translation>Sen vierestä ei löytynyt tarkistettua varmuuskopiota.</translation>
        </message>
        <message>
            <source>The newest verified backup is %1, taken on %2.</source>
            <translation>Uusin tarkistettu varmuuskopio on %1, otettu %2.</translation>
        </message>
        <message>
            <source>Restoring it keeps the damaged file aside, byte for byte. From a terminal, the same is:</source>
            <translation>Palautus säilyttää vioittuneen tiedoston sivussa tavu tavulta. Päätteessä sama on:</translation>
        </message>
        <message>
            <source>This database is already open in another FunnelDesk window.</source>
            <translation>Tämä tietokanta on jo auki toisessa FunnelDesk-ikkunassa.</translation>
        </message>
        <message>
            <source>Automatic backup written: %1</source>
            <translation>Automaattinen varmuuskopio kirjoitettu: %1</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>Automaattinen varmuuskopiointi epäonnistui: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Pipelines</source>
            <translation>Putket</translation>
        </message>
        <message>
            <source>Channels, personas, lost reasons</source>
            <translation>Kanavat, persoonat, häviön syyt</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Käyttäjät ja roolit</translation>
        </message>
        <message>
            <source>Currencies</source>
            <translation>Valuutat</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Raportit</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to FunnelDesk — %1</source>
            <translation>Kirjaudu FunnelDeskiin — %1</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Käyttäjätunnus</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Salasana</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Kirjaudu</translation>
        </message>
        <message>
            <source>This team database is on a server. Sign in with your login and password.</source>
            <translation>Tämä tiimin tietokanta on palvelimella. Kirjaudu käyttäjätunnuksellasi ja salasanallasi.</translation>
        </message>
        <message>
            <source>This database is protected. Sign in with your login.</source>
            <translation>Tämä tietokanta on suojattu. Kirjaudu käyttäjätunnuksellasi.</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Käyttäjätunnus:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Salasana:</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>Anna käyttäjätunnuksesi.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Tarkistetaan…</translation>
        </message>
        <message>
            <source>Sign-in refused: %1</source>
            <translation>Kirjautuminen estetty: %1</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>never</source>
            <translation>ei koskaan</translation>
        </message>
        <message>
            <source> days</source>
            <translation> pv</translation>
        </message>
        <message>
            <source>Move on automatically when the criteria are met</source>
            <translation>Siirry automaattisesti, kun ehdot täyttyvät</translation>
        </message>
        <message>
            <source>Optional (may be skipped)</source>
            <translation>Valinnainen (voi ohittaa)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Win probability</source>
            <translation>Voiton todennäköisyys</translation>
        </message>
        <message>
            <source>Rotting limit</source>
            <translation>Seisontaraja</translation>
        </message>
        <message>
            <source>Funnel group</source>
            <translation>Suppiloryhmä</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <source>Stage colour</source>
            <translation>Vaiheen väri</translation>
        </message>
    </context>
    <context>
        <name>StageMapTable</name>
        <message>
            <source>Value in the file</source>
            <translation>Arvo tiedostossa</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Stage values</source>
            <translation>Vaiheiden arvot</translation>
        </message>
        <message>
            <source>— reject these rows —</source>
            <translation>— hylkää nämä rivit —</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>open</source>
            <translation>avoin</translation>
        </message>
        <message>
            <source>won</source>
            <translation>voitto</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>häviö</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Tarkista ennen tuontia</translation>
        </message>
        <message>
            <source>A dry run: nothing has been changed yet.</source>
            <translation>Koeajo: mitään ei ole vielä muutettu.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Tuo</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rivi</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Sarake</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Hylätyt rivit</translation>
        </message>
        <message>
            <source>Import the valid rows and skip the rejected ones (they are listed in a report file)</source>
            <translation>Tuo kelvolliset rivit ja ohita hylätyt (ne luetellaan raporttitiedostossa)</translation>
        </message>
        <message>
            <source>Reason for moving these leads past the gate</source>
            <translation>Syy siirtää nämä liidit portin ohi</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Ohituksen syy</translation>
        </message>
        <message>
            <source>Move them anyway</source>
            <translation>Siirrä silti</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Tarkistetaan jokainen rivi…</translation>
        </message>
        <message>
            <source>Recognised: an export of %1.</source>
            <translation>Tunnistettu: vienti ohjelmasta %1.</translation>
        </message>
        <message>
            <source>Text encoding: %1.</source>
            <translation>Tekstin merkistö: %1.</translation>
        </message>
        <message>
            <source>Dates in “%1”: %2.</source>
            <translation>Päivämäärät sarakkeessa ”%1”: %2.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; to create, &lt;b&gt;%3&lt;/b&gt; to update, %4 unchanged, &lt;b&gt;%5&lt;/b&gt; rejected.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; riviä luettu: &lt;b&gt;%2&lt;/b&gt; luotavaa, &lt;b&gt;%3&lt;/b&gt; päivitettävää, %4 ennallaan, &lt;b&gt;%5&lt;/b&gt; hylättyä.</translation>
        </message>
        <message>
            <source>New owners (employees)</source>
            <translation>Uudet vastuuhenkilöt (työntekijät)</translation>
        </message>
        <message>
            <source>New channels</source>
            <translation>Uudet kanavat</translation>
        </message>
        <message>
            <source>New personas</source>
            <translation>Uudet persoonat</translation>
        </message>
        <message>
            <source>New lost reasons</source>
            <translation>Uudet häviön syyt</translation>
        </message>
        <message>
            <source>Rejected rows are not imported. Without the option below, the import is refused as a whole.</source>
            <translation>Hylättyjä rivejä ei tuoda. Ilman alla olevaa valintaa koko tuonti estetään.</translation>
        </message>
        <message>
            <source>Stages the pipeline does not have</source>
            <translation>Vaiheet, joita putkessa ei ole</translation>
        </message>
        <message>
            <source>Owners who are not users</source>
            <translation>Vastuuhenkilöt, jotka eivät ole käyttäjiä</translation>
        </message>
        <message>
            <source>%1 new leads are placed past exit criteria they do not meet; their history will say “imported past the gate”.</source>
            <translation>%1 uutta liidiä sijoitetaan siirtymisehtojen ohi, joita ne eivät täytä; niiden historiassa lukee ”tuotu portin ohi”.</translation>
        </message>
        <message>
            <source>%1 rows would move existing leads past unmet exit criteria and are refused (listed below with every unmet criterion).</source>
            <translation>%1 riviä siirtäisi olemassa olevia liidejä täyttymättömien siirtymisehtojen ohi, ja ne hylätään (lueteltu alla jokaisen täyttymättömän ehdon kanssa).</translation>
        </message>
        <message>
            <source>%1 leads will be moved past the gate with your reason.</source>
            <translation>%1 liidiä siirretään portin ohi antamallasi syyllä.</translation>
        </message>
        <message>
            <source>The file cannot be imported with these choices: %1</source>
            <translation>Tiedostoa ei voi tuoda näillä valinnoilla: %1</translation>
        </message>
    </context>
    <context>
        <name>Temperature</name>
        <message>
            <source>cold</source>
            <translation>kylmä</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>lämmin</translation>
        </message>
        <message>
            <source>hot</source>
            <translation>kuuma</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <source>%1 follow-ups due or overdue</source>
            <translation>%1 seurantaa erääntyy tai myöhässä</translation>
        </message>
        <message>
            <source>%1 follow-ups due today or overdue (see Today)</source>
            <translation>%1 seurantaa erääntyy tänään tai myöhässä (katso Tänään)</translation>
        </message>
        <message>
            <source>Follow-up due: %1 on “%2”</source>
            <translation>Seuranta erääntyy: %1, ”%2”</translation>
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation>(ja %1 muuta)</translation>
        </message>
        <message>
            <source>FunnelDesk reminder</source>
            <translation>FunnelDesk-muistutus</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>Omat seurannat</translation>
        </message>
        <message>
            <source>My team's follow-ups</source>
            <translation>Tiimini seurannat</translation>
        </message>
        <message>
            <source>Whose follow-ups</source>
            <translation>Kenen seurannat</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Määräaika</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Liidi</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Aihe</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Overdue and due today</source>
            <translation>Myöhässä ja tänään erääntyvät</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Leads with no next step</source>
            <translation>Liidit ilman seuraavaa askelta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Tehty</translation>
        </message>
        <message>
            <source>Reschedule to</source>
            <translation>Siirrä päivälle</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Siirrä</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>Avaa liidi</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Päivitetään…</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due today, %3 next actions due.</source>
            <translation>%1 myöhässä, %2 erääntyy tänään, %3 seuraavaa toimenpidettä erääntyy.</translation>
        </message>
        <message>
            <source>Open leads with no next step: %1</source>
            <translation>Avoimet liidit ilman seuraavaa askelta: %1</translation>
        </message>
        <message>
            <source>(the first %1 shown)</source>
            <translation>(ensimmäiset %1 näytetään)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Myöhässä</translation>
        </message>
        <message>
            <source>next action</source>
            <translation>seuraava toimenpide</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Käyttäjätunnus</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiivinen</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Käyttäjät</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Esihenkilö</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Lisää käyttäjä</translation>
        </message>
        <message>
            <source>Update selected</source>
            <translation>Päivitä valittu</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ei</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ei mitään)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>What if…</source>
            <translation>Entä jos…</translation>
        </message>
        <message>
            <source>Change in the number of leads entering the funnel</source>
            <translation>Suppiloon tulevien liidien määrän muutos</translation>
        </message>
        <message>
            <source>Top-of-funnel volume</source>
            <translation>Suppilon huipun määrä</translation>
        </message>
        <message>
            <source>Back to current figures</source>
            <translation>Takaisin nykyisiin lukuihin</translation>
        </message>
        <message>
            <source>Now {0} %</source>
            <translation>Nyt {0} %</translation>
        </message>
        <message>
            <source>→ {0} (now {1} %)</source>
            <translation>→ {0} (nyt {1} %)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won deals&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;Voitetut kaupat&lt;/b&gt;: nyt {0} → {1} ({2})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Won value&lt;/b&gt;: {0} now → {1} ({2})</source>
            <translation>&lt;b&gt;Voitettu arvo&lt;/b&gt;: nyt {0} → {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>_ProgressWatch</name>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
    </context>
</TS>
