<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="248"/>
        <location filename="../../ui/invitationsview.py" line="281"/>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="248"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="248"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="248"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="249"/>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="249"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="249"/>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="249"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="281"/>
        <source>Panel member</source>
        <translation>Ausschussmitglied</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="291"/>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="291"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="292"/>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="292"/>
        <source>Delegated</source>
        <translation>Delegiert</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="293"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="293"/>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="296"/>
        <source>Delegated to {0}</source>
        <translation>Delegiert an {0}</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="299"/>
        <source>No answer yet (earlier version: {0})</source>
        <translation>Noch keine Antwort (frühere Fassung: {0})</translation>
    </message>
</context>
<context>
    <name>AvailabilityGrid</name>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="100"/>
        <source>Availability week grid</source>
        <translation>Wochenraster der Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="103"/>
        <source>Rows are time slots, columns are days. Arrow keys move the cursor, Shift with the arrow keys selects, Space or Enter paints the selection, B marks busy, F marks free, Page Up and Page Down change the week.</source>
        <translation>Zeilen sind Zeitfenster, Spalten sind Tage. Die Pfeiltasten bewegen den Cursor, Umschalt mit den Pfeiltasten wählt aus, Leertaste oder Eingabetaste markiert die Auswahl, B markiert als belegt, F markiert als frei, Bild auf und Bild ab wechseln die Woche.</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="319"/>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="321"/>
        <source>interview with {0} ({1})</source>
        <translation>Gespräch mit {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="327"/>
        <source>holiday: {0}</source>
        <translation>Feiertag: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="327"/>
        <source>holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="329"/>
        <source>not a campaign day</source>
        <translation>kein Tag der Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="330"/>
        <source>break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="333"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="335"/>
        <source>outside the candidate&apos;s local hours</source>
        <translation>außerhalb der Ortszeiten des Bewerbers</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="336"/>
        <source>outside the listed available times</source>
        <translation>außerhalb der angegebenen verfügbaren Zeiten</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="337"/>
        <source>listed as available</source>
        <translation>als verfügbar angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="338"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="425"/>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="427"/>
        <source>Outside the campaign</source>
        <translation>Außerhalb der Kampagne</translation>
    </message>
</context>
<context>
    <name>AvailabilityView</name>
    <message>
        <location filename="../../ui/availability.py" line="229"/>
        <source>Name, e-mail, role or reference</source>
        <translation>Name, E-Mail, Rolle oder Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="231"/>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="233"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="234"/>
        <source>Members</source>
        <translation>Ausschussmitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="235"/>
        <source>Candidates</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="236"/>
        <source>Show members or candidates</source>
        <translation>Ausschussmitglieder oder Bewerber anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="242"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="259"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="261"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="289"/>
        <source>About the person</source>
        <translation>Angaben zur Person</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="291"/>
        <source>◀ Previo&amp;us week</source>
        <translation>◀ &amp;Vorherige Woche</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="291"/>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="293"/>
        <source>Fi&amp;rst week</source>
        <translation>&amp;Erste Woche</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="293"/>
        <source>First week of the campaign</source>
        <translation>Erste Woche der Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="295"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>&amp;Nächste Woche ▶</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="295"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="302"/>
        <source>Mark &amp;busy</source>
        <translation>Als &amp;belegt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="302"/>
        <source>Paint mode: mark busy</source>
        <translation>Malmodus: als belegt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="303"/>
        <source>Mar&amp;k free</source>
        <translation>Als &amp;frei markieren</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="303"/>
        <source>Paint mode: mark free</source>
        <translation>Malmodus: als frei markieren</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="310"/>
        <source>Painting adds busy time (key B in the grid).</source>
        <translation>Malen fügt belegte Zeit hinzu (Taste B im Raster).</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="312"/>
        <source>Painting removes busy time; for someone with listed available times it also adds to them (key F in the grid).</source>
        <translation>Malen entfernt belegte Zeit; bei Personen mit angegebenen verfügbaren Zeiten werden diese zudem ergänzt (Taste F im Raster).</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="316"/>
        <source>Import calen&amp;dar (.ics)…</source>
        <translation>&amp;Kalender importieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="316"/>
        <source>Import a calendar file as busy time</source>
        <translation>Eine Kalenderdatei als belegte Zeit importieren</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="329"/>
        <source>Paint:</source>
        <translation>Malen:</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="340"/>
        <source>Calendar import report</source>
        <translation>Bericht zum Kalenderimport</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="379"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="380"/>
        <source>Listed as available</source>
        <translation>Als verfügbar angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="381"/>
        <source>Outside listed times</source>
        <translation>Außerhalb der angegebenen Zeiten</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="382"/>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="383"/>
        <source>Closed (hours, break, holiday)</source>
        <translation>Geschlossen (Arbeitszeiten, Pause, Feiertag)</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="384"/>
        <source>Outside local hours</source>
        <translation>Außerhalb der lokalen Arbeitszeiten</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="385"/>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="473"/>
        <source>{0} of {1} people</source>
        <translation>{0} von {1} Personen</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="577"/>
        <source>{day1} {month1} {year1} – {day2} {month2} {year2}</source>
        <translation>{day1}. {month1} {year1} – {day2}. {month2} {year2}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="581"/>
        <source>{day1} {month1} – {day2} {month2} {year}</source>
        <translation>{day1}. {month1} – {day2}. {month2} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="583"/>
        <source>{day1}–{day2} {month} {year}</source>
        <translation>{day1}.–{day2}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="603"/>
        <source>(week {0} of {1})</source>
        <translation>(Woche {0} von {1})</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="610"/>
        <source>No one chosen</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="610"/>
        <source>No campaign open</source>
        <translation>Keine Kampagne geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="613"/>
        <source>Choose a member or candidate on the left to see their week.</source>
        <translation>Wählen Sie links ein Ausschussmitglied oder einen Bewerber, um dessen Woche zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="614"/>
        <source>Open a campaign to see availability.</source>
        <translation>Öffnen Sie eine Kampagne, um die Verfügbarkeit zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="632"/>
        <source>roles: {0}</source>
        <translation>Rollen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="637"/>
        <source>remote</source>
        <translation>online</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="640"/>
        <source>%Ln busy period(s) this week</source>
        <translation>
            <numerusform>%Ln belegter Zeitraum in dieser Woche</numerusform>
            <numerusform>%Ln belegte Zeiträume in dieser Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="641"/>
        <source>%Ln interview(s) this week</source>
        <translation>
            <numerusform>%Ln Gespräch in dieser Woche</numerusform>
            <numerusform>%Ln Gespräche in dieser Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="718"/>
        <source>%Ln planned interview(s) now in busy time; move or re-plan.</source>
        <translation>
            <numerusform>%Ln geplantes Gespräch liegt jetzt in belegter Zeit; verschieben Sie es oder planen Sie neu.</numerusform>
            <numerusform>%Ln geplante Gespräche liegen jetzt in belegter Zeit; verschieben Sie sie oder planen Sie neu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="643"/>
        <source>available only inside the listed times</source>
        <translation>nur zu den angegebenen Zeiten verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="653"/>
        <source>Times are shown in {0}.</source>
        <translation>Die Zeiten werden in der Zeitzone {0} angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="661"/>
        <source>Candidate&apos;s local time: {0} ({1} from {2}).</source>
        <translation>Ortszeit des Bewerbers: {0} ({1} gegenüber {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="664"/>
        <source>Local hours {0}–{1}; the shaded cells are outside them.</source>
        <translation>Lokale Arbeitszeiten {0}–{1}; die schattierten Zellen liegen außerhalb.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="667"/>
        <source>The candidate comes on site, so their local hours do not limit the plan.</source>
        <translation>Der Bewerber kommt vor Ort, daher schränken seine lokalen Arbeitszeiten den Plan nicht ein.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="707"/>
        <source>Mark {0} busy, {1}</source>
        <translation>{0} als belegt markieren, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="707"/>
        <source>Mark {0} free, {1}</source>
        <translation>{0} als frei markieren, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="753"/>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="761"/>
        <source>Import calendar {0} for {1}</source>
        <translation>Kalender {0} für {1} importieren</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="777"/>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="778"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="788"/>
        <source>… and {0} more notes</source>
        <translation>… und {0} weitere Hinweise</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="795"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>BreaksModel</name>
    <message>
        <location filename="../../ui/models/profiles.py" line="249"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="249"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>CampaignDialogs</name>
    <message>
        <location filename="../../ui/campaignview.py" line="1112"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1113"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1114"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>CampaignSession</name>
    <message>
        <location filename="../../ui/session.py" line="119"/>
        <source>The campaign file was changed by another window or program; it has been reloaded.</source>
        <translation>Die Kampagnendatei wurde von einem anderen Fenster oder Programm geändert; sie wurde neu geladen.</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <location filename="../../ui/statusbar.py" line="64"/>
        <source>Interviews placed</source>
        <translation>Geplante Gespräche</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="65"/>
        <source>Candidates to place</source>
        <translation>Einzuplanende Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="66"/>
        <source>Rule violations</source>
        <translation>Regelverstöße</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="67"/>
        <source>Invitations pending</source>
        <translation>Ausstehende Einladungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="94"/>
        <source>%n interview(s) placed</source>
        <translation>
            <numerusform>%n Gespräch geplant</numerusform>
            <numerusform>%n Gespräche geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="95"/>
        <source>%n to place</source>
        <translation>
            <numerusform>%n noch einzuplanen</numerusform>
            <numerusform>%n noch einzuplanen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="97"/>
        <source>%n with rule violations</source>
        <translation>
            <numerusform>%n mit Regelverstoß</numerusform>
            <numerusform>%n mit Regelverstößen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="106"/>
        <source>Invitations: not counted (see the log)</source>
        <translation>Einladungen: nicht gezählt (siehe Protokoll)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="108"/>
        <source>%n invitation(s) pending</source>
        <translation>
            <numerusform>%n Einladung ausstehend</numerusform>
            <numerusform>%n Einladungen ausstehend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../ui/campaignview.py" line="476"/>
        <source>Rename the campaign</source>
        <translation>Kampagne umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="480"/>
        <source>Change the time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="484"/>
        <source>Change the first day</source>
        <translation>Ersten Tag ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="488"/>
        <source>Change the last day</source>
        <translation>Letzten Tag ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="492"/>
        <source>Change the working days</source>
        <translation>Arbeitstage ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="496"/>
        <source>Change the day start</source>
        <translation>Tagesbeginn ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="500"/>
        <source>Change the day end</source>
        <translation>Tagesende ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="504"/>
        <source>Change the slot grid</source>
        <translation>Zeitraster ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="509"/>
        <source>Change the organizer</source>
        <translation>Organisator ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="560"/>
        <source>Messages about the campaign settings</source>
        <translation>Meldungen zu den Kampagneneinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="561"/>
        <source>Campaign settings</source>
        <translation>Kampagneneinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="569"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="570"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="571"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="572"/>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organisator:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="573"/>
        <source>Organizer &amp;e-mail:</source>
        <translation>&amp;E-Mail des Organisators:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="574"/>
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="575"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="576"/>
        <source>Dates and times of the campaign are in this zone.</source>
        <translation>Datums- und Zeitangaben der Kampagne gelten in dieser Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="577"/>
        <source>Organizer name</source>
        <translation>Name des Organisators</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="578"/>
        <source>Sender of the invitations</source>
        <translation>Absender der Einladungen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="579"/>
        <source>Organizer e-mail</source>
        <translation>E-Mail des Organisators</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="580"/>
        <source>recruitment@example.org</source>
        <translation>personal@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="583"/>
        <source>Dates and hours</source>
        <translation>Daten und Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="584"/>
        <source>&amp;Period:</source>
        <translation>Zeitr&amp;aum:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="585"/>
        <location filename="../../ui/campaignview.py" line="588"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="586"/>
        <source>&amp;Working days:</source>
        <translation>Arbeits&amp;tage:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="587"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="589"/>
        <source>Slot &amp;grid:</source>
        <translation>Zeit&amp;raster:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="590"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="591"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="592"/>
        <source>Day start</source>
        <translation>Tagesbeginn</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="593"/>
        <source>Day end</source>
        <translation>Tagesende</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="594"/>
        <source>Slot grid in minutes</source>
        <translation>Zeitraster in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="595"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="596"/>
        <source>Interviews start at the day start plus a multiple of this.</source>
        <translation>Gespräche beginnen zum Tagesbeginn plus einem Vielfachen dieses Werts.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="598"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="598"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="599"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="599"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="599"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="599"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="600"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="600"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="600"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="606"/>
        <location filename="../../ui/campaignview.py" line="607"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="608"/>
        <source>Add brea&amp;k</source>
        <translation>&amp;Pause hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="609"/>
        <source>Add a break</source>
        <translation>Eine Pause hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="610"/>
        <source>Remove b&amp;reak</source>
        <translation>Pau&amp;se entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="611"/>
        <source>Remove the selected break</source>
        <translation>Die ausgewählte Pause entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="612"/>
        <location filename="../../ui/campaignview.py" line="613"/>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="614"/>
        <source>&amp;Add holiday…</source>
        <translation>&amp;Feiertag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="615"/>
        <location filename="../../ui/campaignview.py" line="889"/>
        <source>Add a holiday</source>
        <translation>Einen Feiertag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="616"/>
        <source>Re&amp;move holiday</source>
        <translation>Feierta&amp;g entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="617"/>
        <source>Remove the selected holidays</source>
        <translation>Die ausgewählten Feiertage entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="618"/>
        <source>Add &amp;country holidays…</source>
        <translation>Feiertage eines &amp;Landes hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="619"/>
        <source>Add the public holidays of a country</source>
        <translation>Die gesetzlichen Feiertage eines Landes hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="620"/>
        <source>Import .&amp;ics…</source>
        <translation>.ics i&amp;mportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="621"/>
        <source>Import holidays from a calendar file</source>
        <translation>Feiertage aus einer Kalenderdatei importieren</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="622"/>
        <location filename="../../ui/campaignview.py" line="623"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="624"/>
        <source>Add pro&amp;file…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="625"/>
        <source>Add a profile</source>
        <translation>Ein Profil hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="626"/>
        <source>E&amp;dit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="627"/>
        <source>Edit the selected profile</source>
        <translation>Das ausgewählte Profil bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="628"/>
        <source>Remo&amp;ve profile</source>
        <translation>Prof&amp;il entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="629"/>
        <source>Remove the selected profile</source>
        <translation>Das ausgewählte Profil entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="698"/>
        <source>Interview days in this period: {0} (days off and holidays left out).</source>
        <translation>Gesprächstage in diesem Zeitraum: {0} (ohne freie Tage und Feiertage).</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="849"/>
        <source>Change the breaks</source>
        <translation>Pausen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="853"/>
        <source>Change the holidays</source>
        <translation>Feiertage ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="915"/>
        <source>Import holidays from a calendar</source>
        <translation>Feiertage aus einem Kalender importieren</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="916"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="957"/>
        <source>No campaign is open.</source>
        <translation>Es ist keine Kampagne geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="963"/>
        <source>Add the holidays of {0}</source>
        <translation>Feiertage hinzufügen ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaignview.py" line="970"/>
        <source>{0}: %n holiday(s) added, {1} renamed.</source>
        <translation>
            <numerusform>{0}: %n Feiertag hinzugefügt, {1} umbenannt.</numerusform>
            <numerusform>{0}: %n Feiertage hinzugefügt, {1} umbenannt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="973"/>
        <source>{0}: no holiday falls on a working day of the campaign period.</source>
        <translation>{0}: Kein Feiertag fällt auf einen Arbeitstag im Zeitraum der Kampagne.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="991"/>
        <location filename="../../ui/campaignview.py" line="1001"/>
        <source>Change profile {0}</source>
        <translation>Profil {0} ändern</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="999"/>
        <source>Add profile {0}</source>
        <translation>Profil {0} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1044"/>
        <source>Remove profile {0}</source>
        <translation>Profil {0} entfernen</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../ui/tables/candidates.py" line="67"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="67"/>
        <source>Remote</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="68"/>
        <source>Shortlisted</source>
        <translation>In der engeren Wahl</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="68"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="72"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="76"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="79"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="85"/>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="88"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="91"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="93"/>
        <source>Extra minutes</source>
        <translation>Zusätzliche Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="96"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="97"/>
        <source>Accessible room</source>
        <translation>Barrierefreier Raum</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="100"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="127"/>
        <source>The campaign&apos;s time zone</source>
        <translation>Zeitzone der Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="132"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="132"/>
        <source>not placed</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="144"/>
        <source>Planned in the campaign&apos;s time zone ({0})</source>
        <translation>In der Zeitzone der Kampagne geplant ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/candidates.py" line="160"/>
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln Bewerber</numerusform>
            <numerusform>%Ln Bewerber</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="163"/>
        <source>Add a candidate</source>
        <translation>Bewerber hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="168"/>
        <source>Delete {0} ({1})? Their interview and conflicts of interest go with them; Undo brings everything back.</source>
        <translation>{0} ({1}) löschen? Das Gespräch und die Interessenkonflikte werden mitgelöscht; Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="172"/>
        <source>Delete these {0}? Their interviews and conflicts of interest go with them; Undo brings everything back.</source>
        <translation>Diese {0} löschen? Ihre Gespräche und Interessenkonflikte werden mitgelöscht; Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="177"/>
        <source>candidates</source>
        <translation>bewerber</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../ui/tables/candidates.py" line="187"/>
        <source>Candidates</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="191"/>
        <source>Show the profile</source>
        <translation>Anzuzeigendes Profil</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="191"/>
        <location filename="../../ui/tables/candidates.py" line="195"/>
        <location filename="../../ui/tables/candidates.py" line="199"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="191"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="194"/>
        <source>Show the status</source>
        <translation>Anzuzeigender Status</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="194"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="198"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="198"/>
        <source>Show the mode</source>
        <translation>Anzuzeigender Modus</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="489"/>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="490"/>
        <source>Every row is checked before anything is stored.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="492"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="493"/>
        <source>Checking the file</source>
        <translation>Datei wird geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="497"/>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="499"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="515"/>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="524"/>
        <source>No campaign is open.</source>
        <translation>Keine Kampagne ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="543"/>
        <source>No problems found. Import adds {0} and updates {1}; nothing is stored until you choose Import.</source>
        <translation>Keine Probleme gefunden. Neu: {0}, aktualisiert: {1}; gespeichert wird erst, wenn Sie Importieren wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="556"/>
        <source>The file cannot be imported as it is: {0} to correct. Nothing was stored. Correct the file and choose it again, or go Back and change the columns.</source>
        <translation>Die Datei kann so nicht importiert werden: {0} zu beheben. Es wurde nichts gespeichert. Korrigieren Sie die Datei und wählen Sie sie erneut, oder gehen Sie Zurück und ändern Sie die Spalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/importwizard.py" line="558"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="560"/>
        <source>The file cannot be imported: {0} Nothing was stored.</source>
        <translation>Die Datei kann nicht importiert werden: {0} Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="331"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="332"/>
        <source>A CSV or Excel (.xlsx) file with one row per person or item, under a row that names the columns.</source>
        <translation>Eine CSV- oder Excel-Datei (.xlsx) mit einer Zeile pro Person oder Eintrag, unter einer Zeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="335"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="336"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Pfad einer .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="338"/>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="339"/>
        <source>Browse for the file</source>
        <translation>Nach der Datei suchen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="341"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="344"/>
        <source>What the rows are</source>
        <translation>Art der Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="347"/>
        <source>&amp;Rows are:</source>
        <translation>&amp;Zeilenart:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="357"/>
        <source>Headers may be in English, French or German; the next page shows how each column is understood, and nothing is stored before the last step.</source>
        <translation>Die Spaltenüberschriften können auf Englisch, Französisch oder Deutsch sein; die nächste Seite zeigt, wie jede Spalte verstanden wird, und vor dem letzten Schritt wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="374"/>
        <source>Import a spreadsheet</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="375"/>
        <source>Spreadsheets ({0});;All files (*)</source>
        <translation>Tabellen ({0});;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="229"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="232"/>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="235"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="270"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="273"/>
        <source>Add a conflict of interest</source>
        <translation>Interessenkonflikt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="276"/>
        <source>Delete {0}</source>
        <translation>{0} löschen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="279"/>
        <source>conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>CountryHolidaysDialog</name>
    <message>
        <location filename="../../ui/campaignview.py" line="1167"/>
        <source>Add country holidays</source>
        <translation>Feiertage eines Landes hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1171"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1178"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1185"/>
        <source>Public holidays that fall on working days of the campaign period are added; a date already listed takes the country&apos;s name for it.</source>
        <translation>Gesetzliche Feiertage, die auf Arbeitstage im Zeitraum der Kampagne fallen, werden hinzugefügt; ein bereits eingetragenes Datum erhält die Bezeichnung des Landes.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1188"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1188"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1216"/>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="575"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="576"/>
        <source>The rows are stored in the campaign; Undo takes the whole import back.</source>
        <translation>Die Zeilen werden in der Kampagne gespeichert; Rückgängig nimmt den gesamten Import zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="577"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="581"/>
        <source>Result of the import</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="592"/>
        <source>No campaign is open.</source>
        <translation>Keine Kampagne ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="598"/>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="614"/>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="629"/>
        <source>Nothing was imported: {0}</source>
        <translation>Es wurde nichts importiert: {0}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Something went wrong</source>
        <translation>Es ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>An unexpected error occurred ({0}); the last action was not completed. The details below are also in {1}.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten ({0}); die letzte Aktion wurde nicht abgeschlossen. Die folgenden Details stehen auch in {1}.</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../ui/campaignview.py" line="1134"/>
        <source>Add a holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1137"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1139"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1140"/>
        <source>Company day off</source>
        <translation>Betriebsruhetag</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1142"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1142"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>HolidaysModel</name>
    <message>
        <location filename="../../ui/models/profiles.py" line="287"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="287"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="649"/>
        <source>Import from a spreadsheet</source>
        <translation>Aus einer Tabellenkalkulation importieren</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="655"/>
        <source>Candidates</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="656"/>
        <source>Panel members</source>
        <translation>Ausschussmitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="657"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="658"/>
        <source>Conflicts of interest</source>
        <translation>Interessenkonflikte</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="659"/>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="670"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="671"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="672"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="673"/>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="674"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="681"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="682"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="682"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="683"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="683"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="684"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="684"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="684"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="685"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="685"/>
        <source>Local hours: start</source>
        <translation>Ortszeit: Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="686"/>
        <source>Local hours: end</source>
        <translation>Ortszeit: Ende</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="686"/>
        <source>Local hours</source>
        <translation>Ortszeiten</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="687"/>
        <source>Extra minutes</source>
        <translation>Zusätzliche Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="687"/>
        <source>Accessible room</source>
        <translation>Barrierefreier Raum</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="688"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="688"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="688"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="689"/>
        <source>Max per day</source>
        <translation>Max. pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="689"/>
        <source>Max total</source>
        <translation>Max. insgesamt</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="690"/>
        <source>Person (e-mail or reference)</source>
        <translation>Person (E-Mail oder Referenz)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="690"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="691"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="691"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="691"/>
        <source>From (time)</source>
        <translation>Von (Uhrzeit)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="692"/>
        <source>To (time)</source>
        <translation>Bis (Uhrzeit)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="692"/>
        <source>Member</source>
        <translation>Ausschussmitglied</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="692"/>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="693"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <location filename="../../ui/invitationworkers.py" line="51"/>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationworkers.py" line="198"/>
        <source>No password for {0} is saved in the system keyring; type it in the Password field.</source>
        <translation>Für {0} ist kein Passwort im Schlüsselbund des Systems gespeichert; geben Sie es im Feld Passwort ein.</translation>
    </message>
</context>
<context>
    <name>InvitationsView</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="618"/>
        <location filename="../../ui/invitationsview.py" line="619"/>
        <source>Invitation pages</source>
        <translation>Seiten der Einladungen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="620"/>
        <source>Pending &amp;messages</source>
        <translation>Ausstehende N&amp;achrichten</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="621"/>
        <source>Ans&amp;wers</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="643"/>
        <source>E&amp;xport to folder…</source>
        <translation>In Ordner e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="643"/>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="645"/>
        <source>All, not only chan&amp;ges</source>
        <translation>Alle, nicht nur Änderun&amp;gen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="646"/>
        <source>Export all invitations, not only the changes</source>
        <translation>Alle Einladungen exportieren, nicht nur die Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="647"/>
        <source>Write every current invitation again, not only what changed since the last export.</source>
        <translation>Alle aktuellen Einladungen erneut schreiben, nicht nur das seit dem letzten Export Geänderte.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="649"/>
        <source>Sen&amp;d by e-mail…</source>
        <translation>Per E-Mail sen&amp;den…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="649"/>
        <location filename="../../ui/invitationsview.py" line="1062"/>
        <location filename="../../ui/invitationsview.py" line="1075"/>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="658"/>
        <source>Pending for</source>
        <translation>Ausstehend für</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="658"/>
        <source>Export to a folder</source>
        <translation>Export in einen Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="659"/>
        <source>Sending by e-mail</source>
        <translation>Versand per E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="662"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="662"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="662"/>
        <source>Candidates</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="663"/>
        <source>Panel members</source>
        <translation>Ausschussmitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="665"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="665"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="665"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="665"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="666"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="668"/>
        <source>Search pending messages</source>
        <translation>Ausstehende Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="671"/>
        <source>Pending f&amp;or:</source>
        <translation>Ausstehend f&amp;ür:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="672"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="673"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="673"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="675"/>
        <source>Pending messages</source>
        <translation>Ausstehende Nachrichten</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="691"/>
        <source>Sending progress</source>
        <translation>Fortschritt des Versands</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="692"/>
        <source>%v of %m sent</source>
        <translation>%v von %m gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="693"/>
        <source>S&amp;top sending</source>
        <translation>Versand s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="693"/>
        <source>Stop sending</source>
        <translation>Versand stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="715"/>
        <source>Impor&amp;t replies…</source>
        <translation>An&amp;tworten importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="715"/>
        <location filename="../../ui/invitationsview.py" line="1138"/>
        <location filename="../../ui/invitationsview.py" line="1156"/>
        <location filename="../../ui/invitationsview.py" line="1162"/>
        <source>Import replies</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="720"/>
        <source>Show answers</source>
        <translation>Antworten anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="721"/>
        <source>All answers</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="721"/>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="721"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="721"/>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="722"/>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="724"/>
        <source>Search answers</source>
        <translation>Antworten durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="727"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="728"/>
        <source>Sea&amp;rch:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="729"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="755"/>
        <source>Name, reference or address</source>
        <translation>Name, Referenz oder Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="789"/>
        <location filename="../../ui/invitationsview.py" line="900"/>
        <source>Looking for pending invitations…</source>
        <translation>Ausstehende Einladungen werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="801"/>
        <source>No campaign is open.</source>
        <translation>Keine Kampagne ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="870"/>
        <source>Nothing pending for export: every invitation is up to date.</source>
        <translation>Nichts zum Exportieren: alle Einladungen sind aktuell.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="872"/>
        <source>Nothing pending for e-mail: every invitation is up to date.</source>
        <translation>Nichts zum Versenden: alle Einladungen sind aktuell.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="874"/>
        <source>{0} pending: {1} new, {2} changed, {3} cancelled</source>
        <translation>{0} ausstehend: {1} neu, {2} geändert, {3} abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="878"/>
        <location filename="../../ui/invitationsview.py" line="1126"/>
        <source>({0} shown)</source>
        <translation>({0} angezeigt)</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="885"/>
        <source>{0} people get no invitation (hover for why).</source>
        <translation>{0} Personen erhalten keine Einladung (Mauszeiger darüber zeigt, warum).</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="942"/>
        <source>Export the invitations into a folder</source>
        <translation>Die Einladungen in einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="953"/>
        <source>Invitations {0}</source>
        <translation>Einladungen {0}</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="956"/>
        <source>Invitations {0} ({1})</source>
        <translation>Einladungen {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="969"/>
        <source>Writing the invitations into {0}…</source>
        <translation>Die Einladungen werden in {0} geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="971"/>
        <location filename="../../ui/invitationsview.py" line="984"/>
        <location filename="../../ui/invitationsview.py" line="992"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="975"/>
        <source>Export in progress</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1033"/>
        <source>Sending through {0}…</source>
        <translation>Versand über {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1050"/>
        <source>Stopping after the message being sent…</source>
        <translation>Anhalten nach der Nachricht, die gerade gesendet wird…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1116"/>
        <source>No invitation has gone out yet: export or send them first, then import the replies as they come back.</source>
        <translation>Noch keine Einladung ist hinausgegangen: exportieren oder senden Sie sie zuerst und importieren Sie dann die Antworten, sobald sie eintreffen.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1120"/>
        <source>{0} invitations out: {1} accepted, {2} declined, {3} tentative, {4} no answer yet</source>
        <translation>{0} Einladungen verschickt: {1} zugesagt, {2} abgelehnt, {3} vorläufig, {4} noch ohne Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1139"/>
        <source>Replies (*.ics *.eml);;All files (*)</source>
        <translation>Antworten (*.ics *.eml);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/invitationsview.py" line="1161"/>
        <source>%Ln answer(s) recorded.</source>
        <translation>
            <numerusform>%Ln Antwort gespeichert.</numerusform>
            <numerusform>%Ln Antworten gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1169"/>
        <source>{0}: cannot be read ({1}).</source>
        <translation>{0}: kann nicht gelesen werden ({1}).</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/tables/forms.py" line="99"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="100"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="101"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/tables/models.py" line="125"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="128"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="132"/>
        <source>Delete {0}? Undo brings it back.</source>
        <translation>{0} löschen? Mit Rückgängig lässt sich das umkehren.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="133"/>
        <source>Delete these {0}? Undo brings them back.</source>
        <translation>Diese {0} löschen? Mit Rückgängig lässt sich das umkehren.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="138"/>
        <location filename="../../ui/tables/models.py" line="139"/>
        <source>Delete {0}</source>
        <translation>{0} löschen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="293"/>
        <source>Change {0} of {1}</source>
        <translation>„{0}“ von {1} ändern</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="317"/>
        <source>No campaign is open.</source>
        <translation>Keine Kampagne ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="318"/>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../ui/tables/jobs.py" line="41"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Ein Fehler ist aufgetreten; die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../ui/planview.py" line="262"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="276"/>
        <source>pinned</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="276"/>
        <source>Pinned interview</source>
        <translation>Fixiertes Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="277"/>
        <source>breaks a rule</source>
        <translation>verstößt gegen eine Regel</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="277"/>
        <source>Interview that breaks a rule</source>
        <translation>Gespräch mit Regelverstoß</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="278"/>
        <source>break or closed day</source>
        <translation>Pause oder Schließtag</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="278"/>
        <source>Break or closed day</source>
        <translation>Pause oder Schließtag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="111"/>
        <location filename="../../ui/mainwindow.py" line="320"/>
        <location filename="../../ui/mainwindow.py" line="474"/>
        <source>Interview Scheduler</source>
        <translation>Interview Scheduler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="116"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="160"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="161"/>
        <source>Ca&amp;ndidates</source>
        <translation>Be&amp;werber</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="162"/>
        <source>&amp;Panel</source>
        <translation>&amp;Ausschuss</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>A&amp;vailability</source>
        <translation>&amp;Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="164"/>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="165"/>
        <source>&amp;Invitations</source>
        <translation>&amp;Einladungen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193"/>
        <location filename="../../ui/mainwindow.py" line="236"/>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="232"/>
        <source>Planning cancelled; the plan is unchanged.</source>
        <translation>Planung abgebrochen; der Plan bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="255"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="257"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="259"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="260"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="261"/>
        <source>Open &amp;demo campaign</source>
        <translation>&amp;Demo-Kampagne öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="264"/>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="268"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="271"/>
        <source>Personal &amp;data…</source>
        <translation>Personenbezogene &amp;Daten…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="274"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="276"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="277"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="279"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="284"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="286"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="295"/>
        <source>Pl&amp;anning</source>
        <translation>&amp;Planung</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="296"/>
        <source>&amp;Plan the campaign</source>
        <translation>Kampagne &amp;planen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="298"/>
        <source>&amp;Re-plan around pinned interviews</source>
        <translation>Um fixierte Gespräche &amp;neu planen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="303"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="304"/>
        <source>&amp;About Interview Scheduler</source>
        <translation>&amp;Über Interview Scheduler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="326"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="349"/>
        <source>Open campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="370"/>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="370"/>
        <source>{0}: the file is no longer there.</source>
        <translation>{0}: Die Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="395"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="402"/>
        <source>Copy saved to {0}.</source>
        <translation>Kopie unter {0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="471"/>
        <source>{0} – Interview Scheduler</source>
        <translation>{0} – Interview Scheduler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="478"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="490"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="491"/>
        <source>The new language applies the next time Interview Scheduler starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Interview Scheduler.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="507"/>
        <source>About Interview Scheduler</source>
        <translation>Über Interview Scheduler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="509"/>
        <source>&lt;h3&gt;Interview Scheduler&lt;/h3&gt;&lt;p&gt;Plans every interview of a recruitment campaign with a constraint solver and sends calendar invitations.&lt;/p&gt;&lt;p&gt;Campaign files stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Interview Scheduler&lt;/h3&gt;&lt;p&gt;Plant alle Vorstellungsgespräche einer Rekrutierungskampagne mit einem Constraint-Solver und versendet Kalendereinladungen.&lt;/p&gt;&lt;p&gt;Kampagnendateien bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="144"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="144"/>
        <location filename="../../ui/tables/importwizard.py" line="187"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="144"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="396"/>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="397"/>
        <source>Each column of the file and what it is imported as. Change a choice if a column was misread, or choose “Not imported” to leave it out.</source>
        <translation>Jede Spalte der Datei und als was sie importiert wird. Ändern Sie eine Auswahl, wenn eine Spalte falsch erkannt wurde, oder wählen Sie „Nicht importiert“, um sie auszulassen.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="399"/>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="405"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="409"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="412"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="414"/>
        <source>&amp;First rows:</source>
        <translation>&amp;Erste Zeilen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/importwizard.py" line="447"/>
        <source>%Ln row(s) read. Every row needs: {0}.</source>
        <translation>
            <numerusform>%Ln Zeile gelesen. Jede Zeile benötigt: {0}.</numerusform>
            <numerusform>%Ln Zeilen gelesen. Jede Zeile benötigt: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="449"/>
        <source>These columns look like {0}; go Back to import them as such.</source>
        <translation>Diese Spalten sehen aus wie: {0}; gehen Sie mit „Zurück“ zurück, um sie so zu importieren.</translation>
    </message>
</context>
<context>
    <name>MemberChoices</name>
    <message>
        <location filename="../../ui/tables/forms.py" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="164"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="164"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../ui/tables/forms.py" line="208"/>
        <source>Panel members</source>
        <translation>Ausschussmitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="212"/>
        <source>Members to choose from</source>
        <translation>Auswählbare Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="220"/>
        <source>Tick the members who sit on this panel (Space ticks the current one).</source>
        <translation>Markieren Sie die Mitglieder dieses Ausschusses (die Leertaste markiert das aktuelle).</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="223"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="224"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MembersField</name>
    <message>
        <location filename="../../ui/tables/forms.py" line="47"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="48"/>
        <source>Choose the panel&apos;s members</source>
        <translation>Mitglieder des Ausschusses auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="59"/>
        <source>No members yet</source>
        <translation>Noch keine Mitglieder</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="54"/>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="58"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="60"/>
        <source>Max per day</source>
        <translation>Max. pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="64"/>
        <source>Max total</source>
        <translation>Max. insgesamt</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="68"/>
        <source>Planned interviews</source>
        <translation>Geplante Gespräche</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="71"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="73"/>
        <source>Separate roles with commas: chair, technical, member</source>
        <translation>Rollen durch Kommas trennen: Vorsitz, Fachlich, Mitglied</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="92"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="95"/>
        <source>Add a panel member</source>
        <translation>Ausschussmitglied hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="99"/>
        <source>Delete {0}? They leave their panels, their conflicts of interest are deleted and their interviews go back to be planned; Undo brings everything back.</source>
        <translation>{0} löschen? Die Mitglieder werden aus ihren Ausschüssen entfernt, ihre Interessenkonflikte werden gelöscht und ihre Gespräche müssen neu geplant werden; Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="104"/>
        <source>members</source>
        <translation>mitglieder</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/planview.py" line="101"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="111"/>
        <location filename="../../ui/planview.py" line="112"/>
        <source>Dismiss the message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="63"/>
        <location filename="../../ui/tables/page.py" line="64"/>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="370"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="374"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="374"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="375"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="375"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="385"/>
        <source>E-mail text</source>
        <translation>Text der E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="390"/>
        <location filename="../../ui/invitationsview.py" line="393"/>
        <source>Calendar entry</source>
        <translation>Kalendereintrag</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="411"/>
        <source>Select a message to see it as its recipient will.</source>
        <translation>Wählen Sie eine Nachricht, um sie so zu sehen, wie ihr Empfänger sie sehen wird.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="436"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="436"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="438"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="440"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="443"/>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="444"/>
        <source>Organizer</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="445"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="448"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="448"/>
        <source>{0} minutes before</source>
        <translation>{0} Minuten vorher</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="449"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="449"/>
        <source>{0}, version {1}</source>
        <translation>{0}, Fassung {1}</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="464"/>
        <source>{0}, {1}–{2}</source>
        <translation>{0}, {1}–{2}</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="469"/>
        <source>{0} in the campaign&apos;s zone ({1})</source>
        <translation>{0} in der Zeitzone der Kampagne ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="475"/>
        <source>the recipient</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="476"/>
        <source>the recipient, asked to reply</source>
        <translation>der Empfänger, um Antwort gebeten</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/planview.py" line="156"/>
        <source>Move interview {0}</source>
        <translation>Gespräch {0} verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="160"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="170"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="172"/>
        <source>Lane</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="182"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="183"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="184"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="188"/>
        <source>&amp;Panel:</source>
        <translation>&amp;Ausschuss:</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="188"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="188"/>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="189"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="189"/>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="246"/>
        <source>It cannot go there:</source>
        <translation>Es kann dort nicht stattfinden:</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="248"/>
        <source>This is where the interview is now.</source>
        <translation>Hier befindet sich das Gespräch derzeit.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="250"/>
        <source>The interview can go there.</source>
        <translation>Das Gespräch kann dort stattfinden.</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="339"/>
        <location filename="../../ui/tables/panelview.py" line="340"/>
        <source>Panel tables</source>
        <translation>Ausschusstabellen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="341"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="342"/>
        <location filename="../../ui/tables/panelview.py" line="346"/>
        <source>Panels</source>
        <translation>Ausschüsse</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="343"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="344"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="345"/>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="348"/>
        <source>Conflicts of interest</source>
        <translation>Interessenkonflikte</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="347"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Räume</translation>
    </message>
</context>
<context>
    <name>PanelsModel</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="119"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="121"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="123"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="142"/>
        <source>Double-click or press Enter to choose the members.</source>
        <translation>Doppelklicken Sie oder drücken Sie die Eingabetaste, um die Mitglieder auszuwählen.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="148"/>
        <source>Change the members of {0}</source>
        <translation>Mitglieder von {0} ändern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="156"/>
        <source>%Ln panel(s)</source>
        <translation>
            <numerusform>%Ln Ausschuss</numerusform>
            <numerusform>%Ln Ausschüsse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="159"/>
        <source>Add a panel</source>
        <translation>Ausschuss hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="162"/>
        <source>panels</source>
        <translation>ausschüsse</translation>
    </message>
</context>
<context>
    <name>PanelsPage</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="289"/>
        <source>Choose the members of the selected panel</source>
        <translation>Mitglieder des ausgewählten Ausschusses auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="289"/>
        <source>Mem&amp;bers…</source>
        <translation>Mitglie&amp;der…</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="166"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="166"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="166"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="166"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="167"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="167"/>
        <location filename="../../ui/invitationsview.py" line="202"/>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="167"/>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="167"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="202"/>
        <source>Panel member</source>
        <translation>Ausschussmitglied</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="212"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="212"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="212"/>
        <source>Again</source>
        <translation>Erneut</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="213"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="217"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="217"/>
        <source>other duration</source>
        <translation>andere Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="218"/>
        <source>other time zone</source>
        <translation>andere Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="218"/>
        <source>other room</source>
        <translation>anderer Raum</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="219"/>
        <source>other video link</source>
        <translation>anderer Videolink</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="219"/>
        <source>panel changed</source>
        <translation>Ausschuss geändert</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="220"/>
        <source>newer version</source>
        <translation>neuere Fassung</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="220"/>
        <source>candidate withdrawn</source>
        <translation>Bewerbung zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="221"/>
        <source>candidate removed</source>
        <translation>Bewerber entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="221"/>
        <source>interview removed</source>
        <translation>Gespräch entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="222"/>
        <source>no longer on the panel</source>
        <translation>nicht mehr im Ausschuss</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="222"/>
        <source>address changed</source>
        <translation>Adresse geändert</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="223"/>
        <source>invited again</source>
        <translation>erneut eingeladen</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="226"/>
        <source>first invitation</source>
        <translation>erste Einladung</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="229"/>
        <source>moved from {0}</source>
        <translation>verschoben von {0}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/availability.py" line="114"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="115"/>
        <source>Panel member {0}, roles: {1}</source>
        <translation>Ausschussmitglied {0}, Rollen: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="122"/>
        <source>remote</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="124"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="126"/>
        <source>Candidate {0} for profile {1}</source>
        <translation>Bewerber {0} für Profil {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="153"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="153"/>
        <source>Roles / profile</source>
        <translation>Rollen / Profil</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <location filename="../../ui/plancalendar.py" line="672"/>
        <source>Interview calendar</source>
        <translation>Gesprächskalender</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="818"/>
        <source>No room</source>
        <translation>Kein Raum</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="820"/>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="824"/>
        <source>{0} problem(s):</source>
        <translation>{0} Problem(e):</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="830"/>
        <source>No interview selected</source>
        <translation>Kein Gespräch ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="842"/>
        <source>No campaign is open.</source>
        <translation>Es ist keine Kampagne geöffnet.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../../ui/plansummary.py" line="287"/>
        <source>Planning summary</source>
        <translation>Zusammenfassung der Planung</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="292"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PlanSummaryPanel</name>
    <message>
        <location filename="../../ui/plansummary.py" line="168"/>
        <source>member-days: days on which a panel member interviews (fewer is more compact)</source>
        <translation>Mitgliedstage: Tage, an denen ein Ausschussmitglied Gespräche führt (weniger ist kompakter)</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="170"/>
        <source>interviews for the busiest member</source>
        <translation>Gespräche für das am stärksten ausgelastete Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="171"/>
        <source>seconds of planning</source>
        <translation>Sekunden Planung</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="172"/>
        <source>the most that can be placed (proved)</source>
        <translation>höchstens planbar (bewiesen)</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="177"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="178"/>
        <source>Interviews that cannot all be kept</source>
        <translation>Gespräche, die nicht alle beibehalten werden können</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="186"/>
        <source>Every shortlisted candidate has an interview.</source>
        <translation>Jeder Bewerber in der engeren Wahl hat ein Gespräch.</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="192"/>
        <source>Candidates not placed</source>
        <translation>Nicht eingeplante Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="194"/>
        <source>Filter by reference, name, profile or reason</source>
        <translation>Nach Referenz, Name, Profil oder Grund filtern</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="195"/>
        <source>Filter the candidates not placed</source>
        <translation>Nicht eingeplante Bewerber filtern</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="198"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="202"/>
        <source>Candidates not placed, with the reasons</source>
        <translation>Nicht eingeplante Bewerber mit Gründen</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="232"/>
        <source>Candidates not placed ({0})</source>
        <translation>Nicht eingeplante Bewerber ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="242"/>
        <source>No plan was stored</source>
        <translation>Es wurde kein Plan gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="244"/>
        <source>Some interviews that must be kept break the rules among themselves, so no search can repair them. Unpin or move one of those named below, then plan again.</source>
        <translation>Einige Gespräche, die beibehalten werden müssen, verstoßen untereinander gegen die Regeln, sodass keine Suche sie beheben kann. Heben Sie die Fixierung eines der unten genannten Gespräche auf oder verschieben Sie es und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="249"/>
        <source>{0} of {1} shortlisted candidates have an interview</source>
        <translation>{0} von {1} Bewerbern in der engeren Wahl haben ein Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="252"/>
        <source>The best possible plan: the planner proved that no better one exists.</source>
        <translation>Der bestmögliche Plan: Der Planer hat bewiesen, dass es keinen besseren gibt.</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="254"/>
        <source>A good plan, found within the time limit; a longer run may still improve it.</source>
        <translation>Ein guter Plan, innerhalb des Zeitlimits gefunden; ein längerer Lauf kann ihn noch verbessern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plansummary.py" line="257"/>
        <source>%Ln interview(s) moved.</source>
        <translation>
            <numerusform>%Ln Gespräch verschoben.</numerusform>
            <numerusform>%Ln Gespräche verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="268"/>
        <source>A first plan was ready after {0} s.</source>
        <translation>Ein erster Plan lag nach {0} s vor.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/planview.py" line="388"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="389"/>
        <source>Show one day (Alt+D)</source>
        <translation>Einen Tag anzeigen (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="390"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="391"/>
        <source>Show the week (Alt+W)</source>
        <translation>Woche anzeigen (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="397"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="398"/>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Vorheriger Tag oder vorherige Woche (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="400"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="401"/>
        <source>Today, or the nearest campaign day (Alt+T)</source>
        <translation>Heute oder nächstgelegener Kampagnentag (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="402"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="403"/>
        <source>Next day or week (Alt+Right)</source>
        <translation>Nächster Tag oder nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="405"/>
        <location filename="../../ui/planview.py" line="607"/>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="406"/>
        <source>Pin or unpin the selected interview (Ctrl+Shift+P)</source>
        <translation>Ausgewähltes Gespräch fixieren oder Fixierung aufheben (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="408"/>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="409"/>
        <source>Move the selected interview to a day, time and lane (Ctrl+M)</source>
        <translation>Ausgewähltes Gespräch auf einen Tag, eine Uhrzeit und eine Spalte verschieben (Strg+M)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="411"/>
        <source>Unschedule</source>
        <translation>Aus dem Plan nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="412"/>
        <source>Take the selected interview out of the plan (Delete)</source>
        <translation>Ausgewähltes Gespräch aus dem Plan nehmen (Entf)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="413"/>
        <source>Re-plan around pinned</source>
        <translation>Um Fixierte herum neu planen</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="414"/>
        <source>Plan again, keeping the pinned interviews where they are</source>
        <translation>Neu planen und die fixierten Gespräche an ihrem Platz lassen</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="415"/>
        <source>Export visible days to PDF…</source>
        <translation>Angezeigte Tage als PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="417"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="419"/>
        <location filename="../../ui/planview.py" line="572"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="420"/>
        <source>Go to the next interview that breaks a rule</source>
        <translation>Zum nächsten Gespräch mit Regelverstoß</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="425"/>
        <source>Plan tools</source>
        <translation>Planwerkzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="445"/>
        <source>Lanes &amp;by:</source>
        <translation>&amp;Spalten nach:</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="447"/>
        <source>Lanes by</source>
        <translation>Spalten nach</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="448"/>
        <source>Panels</source>
        <translation>Ausschüsse</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="448"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="448"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="461"/>
        <location filename="../../ui/planview.py" line="943"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="465"/>
        <source>Print or export</source>
        <translation>Drucken oder exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="466"/>
        <source>Print the visible days or export them to PDF</source>
        <translation>Angezeigte Tage drucken oder als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="485"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/planview.py" line="572"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="591"/>
        <source>Week {0} · {1}</source>
        <translation>Woche {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="607"/>
        <source>Unpin</source>
        <translation>Fixierung aufheben</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="745"/>
        <source>Move interview {0}</source>
        <translation>Gespräch {0} verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="772"/>
        <source>{0} cannot go there:</source>
        <translation>{0} kann dort nicht stattfinden:</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="774"/>
        <source>… and {0} more.</source>
        <translation>… und {0} weitere.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="786"/>
        <source>{0} moved to {1} {2}. Undo brings it back.</source>
        <translation>{0} auf {1} {2} verschoben. Mit „Rückgängig“ wird dies zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="816"/>
        <source>Pin interview {0}</source>
        <translation>Gespräch {0} fixieren</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="816"/>
        <source>Unpin interview {0}</source>
        <translation>Fixierung von Gespräch {0} aufheben</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="828"/>
        <source>Unschedule interview {0}</source>
        <translation>Gespräch {0} aus dem Plan nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="829"/>
        <source>{0} is no longer scheduled. Undo brings the interview back.</source>
        <translation>{0} ist nicht mehr eingeplant. Mit „Rückgängig“ wird das Gespräch wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="875"/>
        <source>{0} · lanes by {1} · times in {2}</source>
        <translation>{0} · Spalten nach {1} · Zeiten in {2}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="916"/>
        <source>Export visible days to PDF</source>
        <translation>Angezeigte Tage als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="917"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="923"/>
        <source>Export to PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="926"/>
        <source>The visible days were exported to {0}.</source>
        <translation>Die angezeigten Tage wurden nach {0} exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="938"/>
        <source>Print the visible days</source>
        <translation>Angezeigte Tage drucken</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="943"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>PlanWorker</name>
    <message>
        <location filename="../../ui/planning.py" line="111"/>
        <source>The planner stopped on an unexpected error; the campaign file is unchanged. The log has the details.</source>
        <translation>Der Planer wurde durch einen unerwarteten Fehler angehalten; die Kampagnendatei ist unverändert. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>PlanningController</name>
    <message>
        <location filename="../../ui/planning.py" line="312"/>
        <source>The campaign changed while it was being planned, so the plan was not stored: plan again.</source>
        <translation>Die Kampagne wurde während der Planung geändert, daher wurde der Plan nicht gespeichert: Planen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="317"/>
        <source>Re-plan the campaign</source>
        <translation>Kampagne neu planen</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="317"/>
        <source>Plan the campaign</source>
        <translation>Kampagne planen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="136"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="142"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="143"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="144"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="147"/>
        <location filename="../../ui/preferences.py" line="149"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="152"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="159"/>
        <source>Default folders</source>
        <translation>Standardordner</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="160"/>
        <source>&amp;Campaigns:</source>
        <translation>&amp;Kampagnen:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="161"/>
        <source>&amp;Imports:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="162"/>
        <source>E&amp;xports:</source>
        <translation>E&amp;xporte:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="163"/>
        <source>Campaigns folder</source>
        <translation>Kampagnenordner</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="164"/>
        <source>Imports folder</source>
        <translation>Importordner</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="165"/>
        <source>Exports folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="167"/>
        <source>Choose the campaigns folder</source>
        <translation>Kampagnenordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="168"/>
        <source>Choose the imports folder</source>
        <translation>Importordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="169"/>
        <source>Choose the exports folder</source>
        <translation>Exportordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="172"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="176"/>
        <source>E-mail account (SMTP)</source>
        <translation>E-Mail-Konto (SMTP)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="177"/>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="178"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="179"/>
        <source>S&amp;ecurity:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="180"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="181"/>
        <source>smtp.example.org:587</source>
        <translation>smtp.example.org:587</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="182"/>
        <source>Mail server and port</source>
        <translation>Mailserver und Port</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="183"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="184"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="185"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="186"/>
        <source>&amp;Forget saved password</source>
        <translation>Gespeichertes Passwort &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="187"/>
        <source>Forget the saved password</source>
        <translation>Gespeichertes Passwort vergessen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="190"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="191"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meist Port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="253"/>
        <source>A password is saved in the system keyring.</source>
        <translation>Im Schlüsselbund des Systems ist ein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="254"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort beizubehalten</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="256"/>
        <source>Kept in the system keyring, never in a file</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="258"/>
        <source>Give the server and the user name to save a password.</source>
        <translation>Geben Sie Server und Benutzernamen an, um ein Passwort zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="260"/>
        <source>No password is saved; type it to save it.</source>
        <translation>Es ist kein Passwort gespeichert; geben Sie es ein, um es zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="276"/>
        <source>The saved password could not be removed from the system keyring.</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="302"/>
        <source>Give the mail server as HOST:PORT, for example smtp.example.org:587.</source>
        <translation>Geben Sie den Mailserver als HOST:PORT an, zum Beispiel smtp.example.org:587.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="304"/>
        <source>Give the mail server and the user name to save the password.</source>
        <translation>Geben Sie Mailserver und Benutzernamen an, um das Passwort zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="321"/>
        <source>The password could not be saved in the system keyring.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../ui/privacy.py" line="86"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="91"/>
        <source>Retention date</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="93"/>
        <source>&amp;Default (last day + 180 days)</source>
        <translation>&amp;Standard (letzter Tag + 180 Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="94"/>
        <source>Use the default retention date</source>
        <translation>Die Standard-Aufbewahrungsfrist verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="97"/>
        <source>&amp;Keep candidates&apos; data until:</source>
        <translation>Bewerberdaten aufbewahren &amp;bis:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="101"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="103"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="111"/>
        <source>Requests and the end of the campaign</source>
        <translation>Auskunftsersuchen und Ende der Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="112"/>
        <source>&amp;Export one person&apos;s data…</source>
        <translation>Daten einer Person &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="113"/>
        <source>Export everything stored about one person</source>
        <translation>Alles exportieren, was über eine Person gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="115"/>
        <source>&amp;Purge candidates&apos; personal data…</source>
        <translation>Personenbezogene Daten der Bewerber &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="116"/>
        <source>Purge the candidates&apos; personal data</source>
        <translation>Die personenbezogenen Daten der Bewerber löschen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="118"/>
        <source>Purge &amp;now, although the campaign has not ended</source>
        <translation>&amp;Jetzt löschen, obwohl die Kampagne noch läuft</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="119"/>
        <source>Purge before the campaign&apos;s last day</source>
        <translation>Vor dem letzten Tag der Kampagne löschen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="126"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="148"/>
        <source>The candidates&apos; personal data was purged on {0}.</source>
        <translation>Die personenbezogenen Daten der Bewerber wurden am {0} gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="151"/>
        <source>The retention date has passed: purge the candidates&apos; personal data.</source>
        <translation>Die Aufbewahrungsfrist ist abgelaufen: Löschen Sie die personenbezogenen Daten der Bewerber.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="153"/>
        <source>The candidates&apos; personal data is kept until {0}.</source>
        <translation>Die personenbezogenen Daten der Bewerber werden bis {0} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="173"/>
        <source>Retention date saved.</source>
        <translation>Aufbewahrungsfrist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="179"/>
        <source>Export one person&apos;s data</source>
        <translation>Daten einer Person exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="180"/>
        <source>E-mail address or candidate reference:</source>
        <translation>E-Mail-Adresse oder Referenz des Bewerbers:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="184"/>
        <source>Save the person&apos;s data</source>
        <translation>Daten der Person speichern</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="185"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="202"/>
        <source>Purge personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="203"/>
        <source>Anonymise {0} candidates (names, e-mail addresses, notes, availability, accommodations, conflicts, invitations sent) and delete {1} backups of this campaign? The {2} interviews stay for the figures. This cannot be undone.</source>
        <translation>{0} Bewerber anonymisieren (Namen, E-Mail-Adressen, Bemerkungen, Verfügbarkeit, Vorkehrungen, Konflikte, versandte Einladungen) und {1} Sicherungskopien dieser Kampagne löschen? Die {2} Gespräche bleiben für die Statistik erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="284"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="284"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="284"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/campaignview.py" line="1090"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1254"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1254"/>
        <source>Edit profile {0}</source>
        <translation>Profil {0} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1258"/>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1259"/>
        <source>Buffer in minutes</source>
        <translation>Puffer in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1266"/>
        <source>Seats</source>
        <translation>Sitze</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1267"/>
        <source>Profile code</source>
        <translation>Profilcode</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1268"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1269"/>
        <source>&amp;Add seat</source>
        <translation>Sitz &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1270"/>
        <source>Add a seat</source>
        <translation>Sitz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1271"/>
        <source>&amp;Remove seat</source>
        <translation>Sitz &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1272"/>
        <source>Remove the selected seat</source>
        <translation>Ausgewählten Sitz entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1281"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1288"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1289"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1290"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1291"/>
        <source>&amp;Buffer after:</source>
        <translation>&amp;Puffer danach:</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1292"/>
        <source>&amp;Seats:</source>
        <translation>&amp;Sitze:</translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <location filename="../../ui/models/profiles.py" line="117"/>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="118"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="119"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="120"/>
        <source>Buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="121"/>
        <source>Seats</source>
        <translation>Sitze</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="122"/>
        <source>Candidates</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="150"/>
        <location filename="../../ui/models/profiles.py" line="152"/>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/progresspanel.py" line="239"/>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progresspanel.py" line="75"/>
        <location filename="../../ui/progresspanel.py" line="78"/>
        <source>Candidates placed</source>
        <translation>Eingeplante Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="79"/>
        <source>Objective of this stage</source>
        <translation>Zielwert dieser Phase</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="80"/>
        <source>Best still possible</source>
        <translation>Bestenfalls noch erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="81"/>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="84"/>
        <source>Placed:</source>
        <translation>Eingeplant:</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="85"/>
        <source>Objective:</source>
        <translation>Zielwert:</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="86"/>
        <source>Bound (best possible):</source>
        <translation>Schranke (bestmöglich):</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="87"/>
        <source>Elapsed:</source>
        <translation>Verstrichen:</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="88"/>
        <location filename="../../ui/progresspanel.py" line="135"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="89"/>
        <source>Cancel planning</source>
        <translation>Planung abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="90"/>
        <source>Stop the search; the campaign file stays as it was (Esc)</source>
        <translation>Suche abbrechen; die Kampagnendatei bleibt unverändert (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="128"/>
        <source>Planning the campaign</source>
        <translation>Planung der Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="129"/>
        <source>Preparing the campaign…</source>
        <translation>Kampagne wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="156"/>
        <source>%v of %m placed</source>
        <translation>%v von %m eingeplant</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="157"/>
        <source>{0} of {1} candidates</source>
        <translation>{0} von {1} Bewerbern</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="160"/>
        <source>{0} candidates</source>
        <translation>{0} Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="168"/>
        <source>Found a first plan; now improving it</source>
        <translation>Erster Plan gefunden; er wird jetzt verbessert</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="169"/>
        <source>Placing as many candidates as possible</source>
        <translation>Möglichst viele Bewerber einplanen</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="170"/>
        <source>Keeping as many interviews where they were</source>
        <translation>Möglichst viele Gespräche an ihrem Platz belassen</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="171"/>
        <source>Giving panel members fewer working days</source>
        <translation>Weniger Arbeitstage für die Ausschussmitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="172"/>
        <source>Sharing the interviews fairly among members</source>
        <translation>Gespräche gerecht auf die Mitglieder verteilen</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="173"/>
        <source>Settling the interview times</source>
        <translation>Gesprächszeiten festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="174"/>
        <source>Planning day by day</source>
        <translation>Planung Tag für Tag</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="181"/>
        <location filename="../../ui/progresspanel.py" line="182"/>
        <location filename="../../ui/progresspanel.py" line="183"/>
        <source>{0} placed</source>
        <translation>{0} eingeplant</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="184"/>
        <source>{0} kept</source>
        <translation>{0} beibehalten</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="185"/>
        <source>{0} member-days</source>
        <translation>{0} Mitgliedertage</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="186"/>
        <source>{0} (difference in load)</source>
        <translation>{0} (Unterschied in der Auslastung)</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="203"/>
        <source>Planning finished</source>
        <translation>Planung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="207"/>
        <source>Planning cancelled: nothing was changed</source>
        <translation>Planung abgebrochen: Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="211"/>
        <source>Planning stopped: nothing was changed</source>
        <translation>Planung angehalten: Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="218"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="219"/>
        <source>Stopping the search…</source>
        <translation>Suche wird beendet…</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="229"/>
        <source>{0} of at most {1}</source>
        <translation>{0} von höchstens {1}</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <location filename="../../ui/privacy.py" line="53"/>
        <source>Personal &amp;data…</source>
        <translation>Personenbezogene &amp;Daten…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="54"/>
        <source>Open the personal data dialog</source>
        <translation>Den Dialog zu personenbezogenen Daten öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="70"/>
        <source>The retention date of this campaign ({0}) has passed: the candidates&apos; personal data should now be purged.</source>
        <translation>Die Aufbewahrungsfrist dieser Kampagne ({0}) ist abgelaufen: Die personenbezogenen Daten der Bewerber sollten jetzt gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="171"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="171"/>
        <source>Virtual</source>
        <translation>Virtuell</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="174"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="176"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="179"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="183"/>
        <source>Accessible</source>
        <translation>Barrierefrei</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="186"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="188"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="202"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln Raum</numerusform>
            <numerusform>%Ln Räume</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="205"/>
        <source>Add a room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="209"/>
        <source>Delete {0}? Interviews planned there go back to be planned; Undo brings everything back.</source>
        <translation>{0} löschen? Die dort geplanten Gespräche müssen neu geplant werden; mit „Rückgängig“ wird alles wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="213"/>
        <source>rooms</source>
        <translation>Räume</translation>
    </message>
</context>
<context>
    <name>SeatsModel</name>
    <message>
        <location filename="../../ui/models/profiles.py" line="198"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="198"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="498"/>
        <source>Send the invitations by e-mail</source>
        <translation>Die Einladungen per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="500"/>
        <source>Each pending message is sent once and recorded as soon as the mail server accepts it; what is not sent stays pending.</source>
        <translation>Jede ausstehende Nachricht wird einmal gesendet und gespeichert, sobald der Mailserver sie annimmt; was nicht gesendet wurde, bleibt ausstehend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/invitationsview.py" line="503"/>
        <source>%Ln message(s) waiting to be sent by e-mail.</source>
        <translation>
            <numerusform>%Ln Nachricht wartet auf den Versand per E-Mail.</numerusform>
            <numerusform>%Ln Nachrichten warten auf den Versand per E-Mail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="506"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="508"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="508"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meist Port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="509"/>
        <source>None (only to this computer)</source>
        <translation>Keine (nur zu diesem Computer)</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="510"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="513"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="513"/>
        <source>none: no login</source>
        <translation>keiner: keine Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="514"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="514"/>
        <source>from the system keyring</source>
        <translation>aus dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="516"/>
        <source>&amp;Keep the typed password in the system keyring</source>
        <translation>Das eingegebene Passwort im Schlüsselbund des Systems &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="517"/>
        <source>Keep the password in the system keyring</source>
        <translation>Das Passwort im Schlüsselbund des Systems behalten</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="521"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="522"/>
        <source>At most this many messages per minute</source>
        <translation>Höchstens so viele Nachrichten pro Minute</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="528"/>
        <source>Mail se&amp;rver (host:port):</source>
        <translation>Mailse&amp;rver (Host:Port):</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="529"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="529"/>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="530"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="530"/>
        <source>&amp;At most:</source>
        <translation>Höch&amp;stens:</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="536"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="576"/>
        <source>Without encryption, mail can only go to a server on this computer; choose STARTTLS or SSL/TLS for {0}.</source>
        <translation>Ohne Verschlüsselung kann Post nur an einen Server auf diesem Computer gehen; wählen Sie STARTTLS oder SSL/TLS für {0}.</translation>
    </message>
</context>
<context>
    <name>TableEditors</name>
    <message>
        <location filename="../../ui/tables/delegates.py" line="62"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../../ui/tables/delegates.py" line="66"/>
        <source>Campaign&apos;s time zone</source>
        <translation>Zeitzone der Kampagne</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/tables/page.py" line="149"/>
        <source>Search in every column</source>
        <translation>In allen Spalten suchen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="150"/>
        <source>Search {0}</source>
        <translation>Suchen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="152"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="163"/>
        <source>Number of rows</source>
        <translation>Anzahl der Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="164"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="165"/>
        <source>Delete the selected rows</source>
        <translation>Ausgewählte Zeilen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="164"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="165"/>
        <source>Dele&amp;te</source>
        <translation>Lösc&amp;hen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="167"/>
        <source>Import from a spreadsheet</source>
        <translation>Aus einer Tabelle importieren</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="167"/>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;ortieren…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="170"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="170"/>
        <source>Export the rows shown</source>
        <translation>Angezeigte Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="309"/>
        <source>{0} shown of {1}</source>
        <translation>{0} von {1} angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="359"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="384"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="384"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="386"/>
        <source>Export {0}</source>
        <translation>Exportieren: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/page.py" line="416"/>
        <source>%Ln row(s) exported to {0}.</source>
        <translation>
            <numerusform>%Ln Zeile nach {0} exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach {0} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <location filename="../../ui/plansummary.py" line="96"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="96"/>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="96"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="97"/>
        <source>Why not placed, and what could be relaxed</source>
        <translation>Warum nicht eingeplant und was gelockert werden könnte</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="57"/>
        <source>&lt;h1&gt;Interview Scheduler&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Interview Scheduler&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="60"/>
        <source>Plan every interview of a recruitment campaign: candidates and panels in, a plan and calendar invitations out.</source>
        <translation>Planen Sie alle Vorstellungsgespräche einer Kampagne: Sie erfassen Bewerber und Ausschüsse und erhalten einen Plan und Kalendereinladungen.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="67"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="67"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="68"/>
        <source>&amp;Open campaign…</source>
        <translation>Kampagne ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="68"/>
        <source>Open campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="69"/>
        <source>Open the &amp;demo campaign</source>
        <translation>&amp;Demo-Kampagne öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="69"/>
        <source>Open the demo campaign</source>
        <translation>Demo-Kampagne öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="76"/>
        <source>&amp;Recent campaigns:</source>
        <translation>&amp;Zuletzt geöffnete Kampagnen:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="80"/>
        <source>Recent campaigns</source>
        <translation>Zuletzt geöffnete Kampagnen</translation>
    </message>
</context>
</TS>
