<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="248"/>
        <location filename="../../ui/invitationsview.py" line="281"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="248"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="248"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="248"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="249"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="249"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="249"/>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="249"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="281"/>
        <source>Panel member</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="291"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="291"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="292"/>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="292"/>
        <source>Delegated</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="293"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="293"/>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="296"/>
        <source>Delegated to {0}</source>
        <translation>Délégué à {0}</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="299"/>
        <source>No answer yet (earlier version: {0})</source>
        <translation>Pas encore de réponse (version précédente : {0})</translation>
    </message>
</context>
<context>
    <name>AvailabilityGrid</name>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="100"/>
        <source>Availability week grid</source>
        <translation>Grille hebdomadaire des disponibilités</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="103"/>
        <source>Rows are time slots, columns are days. Arrow keys move the cursor, Shift with the arrow keys selects, Space or Enter paints the selection, B marks busy, F marks free, Page Up and Page Down change the week.</source>
        <translation>Les lignes sont les créneaux, les colonnes les jours. Les touches fléchées déplacent le curseur, Maj avec les touches fléchées sélectionne, Espace ou Entrée applique le marquage à la sélection, B marque comme occupé, F marque comme libre, Page précédente et Page suivante changent de semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="319"/>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="321"/>
        <source>interview with {0} ({1})</source>
        <translation>entretien avec {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="327"/>
        <source>holiday: {0}</source>
        <translation>jour férié : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="327"/>
        <source>holiday</source>
        <translation>jour férié</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="329"/>
        <source>not a campaign day</source>
        <translation>hors des jours de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="330"/>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="333"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="335"/>
        <source>outside the candidate&apos;s local hours</source>
        <translation>en dehors des heures locales du candidat</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="336"/>
        <source>outside the listed available times</source>
        <translation>en dehors des disponibilités indiquées</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="337"/>
        <source>listed as available</source>
        <translation>indiqué comme disponible</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="338"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="425"/>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location filename="../../ui/availabilitygrid.py" line="427"/>
        <source>Outside the campaign</source>
        <translation>Hors campagne</translation>
    </message>
</context>
<context>
    <name>AvailabilityView</name>
    <message>
        <location filename="../../ui/availability.py" line="229"/>
        <source>Name, e-mail, role or reference</source>
        <translation>Nom, e-mail, rôle ou référence</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="231"/>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="233"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="234"/>
        <source>Members</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="235"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="236"/>
        <source>Show members or candidates</source>
        <translation>Afficher les membres du jury ou les candidats</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="242"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="259"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="261"/>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="289"/>
        <source>About the person</source>
        <translation>À propos de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="291"/>
        <source>◀ Previo&amp;us week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="291"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="293"/>
        <source>Fi&amp;rst week</source>
        <translation>Pre&amp;mière semaine</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="293"/>
        <source>First week of the campaign</source>
        <translation>Première semaine de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="295"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>Semaine &amp;suivante ▶</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="295"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="302"/>
        <source>Mark &amp;busy</source>
        <translation>Marquer &amp;occupé</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="302"/>
        <source>Paint mode: mark busy</source>
        <translation>Mode peinture : marquer occupé</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="303"/>
        <source>Mar&amp;k free</source>
        <translation>Marquer &amp;libre</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="303"/>
        <source>Paint mode: mark free</source>
        <translation>Mode peinture : marquer libre</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="310"/>
        <source>Painting adds busy time (key B in the grid).</source>
        <translation>Peindre ajoute du temps occupé (touche B dans la grille).</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="312"/>
        <source>Painting removes busy time; for someone with listed available times it also adds to them (key F in the grid).</source>
        <translation>Peindre supprime du temps occupé ; pour une personne dont les heures de disponibilité sont indiquées, cela les complète aussi (touche F dans la grille).</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="316"/>
        <source>Import calen&amp;dar (.ics)…</source>
        <translation>Importer un &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="316"/>
        <source>Import a calendar file as busy time</source>
        <translation>Importer un fichier de calendrier comme temps occupé</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="329"/>
        <source>Paint:</source>
        <translation>Peindre :</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="340"/>
        <source>Calendar import report</source>
        <translation>Rapport d’importation du calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="379"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="380"/>
        <source>Listed as available</source>
        <translation>Indiqué comme disponible</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="381"/>
        <source>Outside listed times</source>
        <translation>En dehors des heures indiquées</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="382"/>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="383"/>
        <source>Closed (hours, break, holiday)</source>
        <translation>Fermé (heures de travail, pause, jour férié)</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="384"/>
        <source>Outside local hours</source>
        <translation>En dehors des heures locales</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="385"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="473"/>
        <source>{0} of {1} people</source>
        <translation>{0} personnes sur {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="577"/>
        <source>{day1} {month1} {year1} – {day2} {month2} {year2}</source>
        <translation>{day1} {month1} {year1} – {day2} {month2} {year2}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="581"/>
        <source>{day1} {month1} – {day2} {month2} {year}</source>
        <translation>{day1} {month1} – {day2} {month2} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="583"/>
        <source>{day1}–{day2} {month} {year}</source>
        <translation>{day1}–{day2} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="603"/>
        <source>(week {0} of {1})</source>
        <translation>(semaine {0} sur {1})</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="610"/>
        <source>No one chosen</source>
        <translation>Aucune personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="610"/>
        <source>No campaign open</source>
        <translation>Aucune campagne ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="613"/>
        <source>Choose a member or candidate on the left to see their week.</source>
        <translation>Choisissez à gauche un membre du jury ou un candidat pour voir sa semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="614"/>
        <source>Open a campaign to see availability.</source>
        <translation>Ouvrez une campagne pour voir les disponibilités.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="632"/>
        <source>roles: {0}</source>
        <translation>rôles : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="637"/>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="640"/>
        <source>%Ln busy period(s) this week</source>
        <translation>
            <numerusform>%Ln période occupée cette semaine</numerusform>
            <numerusform>%Ln périodes occupées cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="641"/>
        <source>%Ln interview(s) this week</source>
        <translation>
            <numerusform>%Ln entretien cette semaine</numerusform>
            <numerusform>%Ln entretiens cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="718"/>
        <source>%Ln planned interview(s) now in busy time; move or re-plan.</source>
        <translation>
            <numerusform>%Ln entretien planifié tombe désormais sur une période occupée ; déplacez-le ou replanifiez.</numerusform>
            <numerusform>%Ln entretiens planifiés tombent désormais sur une période occupée ; déplacez-les ou replanifiez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="643"/>
        <source>available only inside the listed times</source>
        <translation>disponible uniquement aux heures indiquées</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="653"/>
        <source>Times are shown in {0}.</source>
        <translation>Les heures sont affichées dans le fuseau horaire {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="661"/>
        <source>Candidate&apos;s local time: {0} ({1} from {2}).</source>
        <translation>Heure locale du candidat : {0} ({1} par rapport à {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="664"/>
        <source>Local hours {0}–{1}; the shaded cells are outside them.</source>
        <translation>Heures de travail locales {0}–{1} ; les cellules grisées sont en dehors.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="667"/>
        <source>The candidate comes on site, so their local hours do not limit the plan.</source>
        <translation>Le candidat vient sur place : ses heures locales ne limitent donc pas le planning.</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="707"/>
        <source>Mark {0} busy, {1}</source>
        <translation>Marquer une période occupée pour {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="707"/>
        <source>Mark {0} free, {1}</source>
        <translation>Marquer une période libre pour {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="753"/>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="761"/>
        <source>Import calendar {0} for {1}</source>
        <translation>Importer le calendrier {0} pour {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="777"/>
        <source>Import calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="778"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="788"/>
        <source>… and {0} more notes</source>
        <translation>… et {0} autres remarques</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="795"/>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
</context>
<context>
    <name>BreaksModel</name>
    <message>
        <location filename="../../ui/models/profiles.py" line="249"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="249"/>
        <source>End</source>
        <translation>Fin</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1114"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>CampaignSession</name>
    <message>
        <location filename="../../ui/session.py" line="119"/>
        <source>The campaign file was changed by another window or program; it has been reloaded.</source>
        <translation>Le fichier de campagne a été modifié par une autre fenêtre ou un autre programme ; il a été rechargé.</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <location filename="../../ui/statusbar.py" line="64"/>
        <source>Interviews placed</source>
        <translation>Entretiens planifiés</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="65"/>
        <source>Candidates to place</source>
        <translation>Candidats à placer</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="66"/>
        <source>Rule violations</source>
        <translation>Infractions aux règles</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="67"/>
        <source>Invitations pending</source>
        <translation>Invitations en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="94"/>
        <source>%n interview(s) placed</source>
        <translation>
            <numerusform>%n entretien planifié</numerusform>
            <numerusform>%n entretiens planifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="95"/>
        <source>%n to place</source>
        <translation>
            <numerusform>%n à placer</numerusform>
            <numerusform>%n à placer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="97"/>
        <source>%n with rule violations</source>
        <translation>
            <numerusform>%n avec infraction aux règles</numerusform>
            <numerusform>%n avec infractions aux règles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="106"/>
        <source>Invitations: not counted (see the log)</source>
        <translation>Invitations : non comptées (voir le journal)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="108"/>
        <source>%n invitation(s) pending</source>
        <translation>
            <numerusform>%n invitation en attente</numerusform>
            <numerusform>%n invitations en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../ui/campaignview.py" line="476"/>
        <source>Rename the campaign</source>
        <translation>Renommer la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="480"/>
        <source>Change the time zone</source>
        <translation>Modifier le fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="484"/>
        <source>Change the first day</source>
        <translation>Modifier le premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="488"/>
        <source>Change the last day</source>
        <translation>Modifier le dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="492"/>
        <source>Change the working days</source>
        <translation>Modifier les jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="496"/>
        <source>Change the day start</source>
        <translation>Modifier le début de journée</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="500"/>
        <source>Change the day end</source>
        <translation>Modifier la fin de journée</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="504"/>
        <source>Change the slot grid</source>
        <translation>Modifier la grille des créneaux</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="509"/>
        <source>Change the organizer</source>
        <translation>Modifier l’organisateur</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="560"/>
        <source>Messages about the campaign settings</source>
        <translation>Messages sur les paramètres de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="561"/>
        <source>Campaign settings</source>
        <translation>Paramètres de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="569"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="570"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="571"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="572"/>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="573"/>
        <source>Organizer &amp;e-mail:</source>
        <translation>&amp;E-mail de l’organisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="574"/>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="575"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="576"/>
        <source>Dates and times of the campaign are in this zone.</source>
        <translation>Les dates et heures de la campagne sont exprimées dans ce fuseau.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="577"/>
        <source>Organizer name</source>
        <translation>Nom de l’organisateur</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="578"/>
        <source>Sender of the invitations</source>
        <translation>Expéditeur des invitations</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="579"/>
        <source>Organizer e-mail</source>
        <translation>E-mail de l’organisateur</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="580"/>
        <source>recruitment@example.org</source>
        <translation>recrutement@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="583"/>
        <source>Dates and hours</source>
        <translation>Dates et horaires</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="584"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="585"/>
        <location filename="../../ui/campaignview.py" line="588"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="586"/>
        <source>&amp;Working days:</source>
        <translation>&amp;Jours ouvrés :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="587"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="589"/>
        <source>Slot &amp;grid:</source>
        <translation>&amp;Grille des créneaux :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="590"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="591"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="592"/>
        <source>Day start</source>
        <translation>Début de journée</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="593"/>
        <source>Day end</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="594"/>
        <source>Slot grid in minutes</source>
        <translation>Grille des créneaux en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="595"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="596"/>
        <source>Interviews start at the day start plus a multiple of this.</source>
        <translation>Les entretiens commencent au début de journée plus un multiple de cette valeur.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="597"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="598"/>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="598"/>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="599"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="599"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="599"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="599"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="600"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="600"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="600"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="606"/>
        <location filename="../../ui/campaignview.py" line="607"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="608"/>
        <source>Add brea&amp;k</source>
        <translation>Ajou&amp;ter une pause</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="609"/>
        <source>Add a break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="610"/>
        <source>Remove b&amp;reak</source>
        <translation>Supprimer la pa&amp;use</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="611"/>
        <source>Remove the selected break</source>
        <translation>Supprimer la pause sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="612"/>
        <location filename="../../ui/campaignview.py" line="613"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="614"/>
        <source>&amp;Add holiday…</source>
        <translation>&amp;Ajouter un jour férié…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="615"/>
        <location filename="../../ui/campaignview.py" line="889"/>
        <source>Add a holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="616"/>
        <source>Re&amp;move holiday</source>
        <translation>Supp&amp;rimer le jour férié</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="617"/>
        <source>Remove the selected holidays</source>
        <translation>Supprimer les jours fériés sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="618"/>
        <source>Add &amp;country holidays…</source>
        <translation>Ajouter les jours fériés d’un pa&amp;ys…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="619"/>
        <source>Add the public holidays of a country</source>
        <translation>Ajouter les jours fériés d’un pays</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="620"/>
        <source>Import .&amp;ics…</source>
        <translation>Importer un .&amp;ics…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="621"/>
        <source>Import holidays from a calendar file</source>
        <translation>Importer des jours fériés depuis un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="622"/>
        <location filename="../../ui/campaignview.py" line="623"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="624"/>
        <source>Add pro&amp;file…</source>
        <translation>Ajouter un profi&amp;l…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="625"/>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="626"/>
        <source>E&amp;dit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="627"/>
        <source>Edit the selected profile</source>
        <translation>Modifier le profil sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="628"/>
        <source>Remo&amp;ve profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="629"/>
        <source>Remove the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="698"/>
        <source>Interview days in this period: {0} (days off and holidays left out).</source>
        <translation>Jours d’entretien sur cette période : {0} (hors jours non travaillés et jours fériés).</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="849"/>
        <source>Change the breaks</source>
        <translation>Modifier les pauses</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="853"/>
        <source>Change the holidays</source>
        <translation>Modifier les jours fériés</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="915"/>
        <source>Import holidays from a calendar</source>
        <translation>Importer des jours fériés depuis un calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="916"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="957"/>
        <source>No campaign is open.</source>
        <translation>Aucune campagne n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="963"/>
        <source>Add the holidays of {0}</source>
        <translation>Ajouter les jours fériés ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaignview.py" line="970"/>
        <source>{0}: %n holiday(s) added, {1} renamed.</source>
        <translation>
            <numerusform>{0} : %n jour férié ajouté, {1} renommés.</numerusform>
            <numerusform>{0} : %n jours fériés ajoutés, {1} renommés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="973"/>
        <source>{0}: no holiday falls on a working day of the campaign period.</source>
        <translation>{0} : aucun jour férié ne tombe sur un jour ouvré de la période de la campagne.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="991"/>
        <location filename="../../ui/campaignview.py" line="1001"/>
        <source>Change profile {0}</source>
        <translation>Modifier le profil {0}</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="999"/>
        <source>Add profile {0}</source>
        <translation>Ajouter le profil {0}</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1044"/>
        <source>Remove profile {0}</source>
        <translation>Supprimer le profil {0}</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../ui/tables/candidates.py" line="67"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="67"/>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="68"/>
        <source>Shortlisted</source>
        <translation>Présélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="68"/>
        <source>Withdrawn</source>
        <translation>Désisté</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="72"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="74"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="76"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="79"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="85"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="88"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="91"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="93"/>
        <source>Extra minutes</source>
        <translation>Minutes supplémentaires</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="96"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="97"/>
        <source>Accessible room</source>
        <translation>Salle accessible</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="100"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="127"/>
        <source>The campaign&apos;s time zone</source>
        <translation>Fuseau horaire de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="132"/>
        <source>withdrawn</source>
        <translation>désisté</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="132"/>
        <source>not placed</source>
        <translation>non planifié</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="144"/>
        <source>Planned in the campaign&apos;s time zone ({0})</source>
        <translation>Planifié dans le fuseau horaire de la campagne ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/candidates.py" line="160"/>
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidat</numerusform>
            <numerusform>%Ln candidats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="163"/>
        <source>Add a candidate</source>
        <translation>Ajouter un candidat</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="168"/>
        <source>Delete {0} ({1})? Their interview and conflicts of interest go with them; Undo brings everything back.</source>
        <translation>Supprimer {0} ({1}) ? Son entretien et ses conflits d’intérêts seront également supprimés ; Annuler rétablit le tout.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="172"/>
        <source>Delete these {0}? Their interviews and conflicts of interest go with them; Undo brings everything back.</source>
        <translation>Supprimer ces {0} ? Leurs entretiens et conflits d’intérêts seront également supprimés ; Annuler rétablit le tout.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="177"/>
        <source>candidates</source>
        <translation>candidats</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../ui/tables/candidates.py" line="187"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="191"/>
        <source>Show the profile</source>
        <translation>Profil à afficher</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="191"/>
        <location filename="../../ui/tables/candidates.py" line="195"/>
        <location filename="../../ui/tables/candidates.py" line="199"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="191"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="194"/>
        <source>Show the status</source>
        <translation>Statut à afficher</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="194"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="198"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location filename="../../ui/tables/candidates.py" line="198"/>
        <source>Show the mode</source>
        <translation>Mode à afficher</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="489"/>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="490"/>
        <source>Every row is checked before anything is stored.</source>
        <translation>Chaque ligne est vérifiée avant tout enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="492"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="493"/>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="497"/>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="499"/>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="515"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="524"/>
        <source>No campaign is open.</source>
        <translation>Aucune campagne n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="543"/>
        <source>No problems found. Import adds {0} and updates {1}; nothing is stored until you choose Import.</source>
        <translation>Aucun problème détecté. Ajouts : {0}, mises à jour : {1} ; rien n’est enregistré tant que vous n’avez pas choisi Importer.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="556"/>
        <source>The file cannot be imported as it is: {0} to correct. Nothing was stored. Correct the file and choose it again, or go Back and change the columns.</source>
        <translation>Le fichier ne peut pas être importé en l’état : {0} à corriger. Rien n’a été enregistré. Corrigez le fichier et choisissez-le de nouveau, ou cliquez sur Précédent pour modifier les colonnes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/importwizard.py" line="558"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="560"/>
        <source>The file cannot be imported: {0} Nothing was stored.</source>
        <translation>Le fichier ne peut pas être importé : {0} Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="331"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="332"/>
        <source>A CSV or Excel (.xlsx) file with one row per person or item, under a row that names the columns.</source>
        <translation>Un fichier CSV ou Excel (.xlsx) avec une ligne par personne ou par élément, sous une ligne qui nomme les colonnes.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="335"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="336"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Chemin d’un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="338"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="339"/>
        <source>Browse for the file</source>
        <translation>Rechercher le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="341"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="344"/>
        <source>What the rows are</source>
        <translation>Type de lignes</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="347"/>
        <source>&amp;Rows are:</source>
        <translation>Type de &amp;lignes :</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="357"/>
        <source>Headers may be in English, French or German; the next page shows how each column is understood, and nothing is stored before the last step.</source>
        <translation>Les en-têtes peuvent être en anglais, en français ou en allemand ; la page suivante montre comment chaque colonne est interprétée, et rien n’est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="374"/>
        <source>Import a spreadsheet</source>
        <translation>Importer une feuille de calcul</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="375"/>
        <source>Spreadsheets ({0});;All files (*)</source>
        <translation>Feuilles de calcul ({0});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="229"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="232"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="235"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="270"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="273"/>
        <source>Add a conflict of interest</source>
        <translation>Ajouter un conflit d&apos;intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="276"/>
        <source>Delete {0}</source>
        <translation>Supprimer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="279"/>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
</context>
<context>
    <name>CountryHolidaysDialog</name>
    <message>
        <location filename="../../ui/campaignview.py" line="1167"/>
        <source>Add country holidays</source>
        <translation>Ajouter les jours fériés d’un pays</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1171"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1178"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1185"/>
        <source>Public holidays that fall on working days of the campaign period are added; a date already listed takes the country&apos;s name for it.</source>
        <translation>Les jours fériés qui tombent sur des jours ouvrés de la période de la campagne sont ajoutés ; une date déjà présente prend le nom que lui donne le pays.</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1188"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1188"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1216"/>
        <source>Whole country</source>
        <translation>Tout le pays</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="575"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="576"/>
        <source>The rows are stored in the campaign; Undo takes the whole import back.</source>
        <translation>Les lignes sont enregistrées dans la campagne ; Annuler revient sur toute l’importation.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="577"/>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="581"/>
        <source>Result of the import</source>
        <translation>Résultat de l’importation</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="592"/>
        <source>No campaign is open.</source>
        <translation>Aucune campagne n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="598"/>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="614"/>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="629"/>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n’a été importé : {0}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>An unexpected error occurred ({0}); the last action was not completed. The details below are also in {1}.</source>
        <translation>Une erreur inattendue s&apos;est produite ({0}) ; la dernière action n&apos;a pas été effectuée. Les détails ci-dessous figurent aussi dans {1}.</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../ui/campaignview.py" line="1134"/>
        <source>Add a holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1137"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1139"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1140"/>
        <source>Company day off</source>
        <translation>Jour de fermeture de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1142"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1142"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>HolidaysModel</name>
    <message>
        <location filename="../../ui/models/profiles.py" line="287"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="287"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="649"/>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis une feuille de calcul</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="655"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="656"/>
        <source>Panel members</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="657"/>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="658"/>
        <source>Conflicts of interest</source>
        <translation>Conflits d’intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="659"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="670"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="671"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="672"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="673"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="674"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="681"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="682"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="682"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="683"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="683"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="684"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="684"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="684"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="685"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="685"/>
        <source>Local hours: start</source>
        <translation>Heures locales : début</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="686"/>
        <source>Local hours: end</source>
        <translation>Heures locales : fin</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="686"/>
        <source>Local hours</source>
        <translation>Heures locales</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="687"/>
        <source>Extra minutes</source>
        <translation>Minutes supplémentaires</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="687"/>
        <source>Accessible room</source>
        <translation>Salle accessible</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="688"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="688"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="688"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="689"/>
        <source>Max per day</source>
        <translation>Max. par jour</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="689"/>
        <source>Max total</source>
        <translation>Max. au total</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="690"/>
        <source>Person (e-mail or reference)</source>
        <translation>Personne (e-mail ou référence)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="690"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="691"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="691"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="691"/>
        <source>From (time)</source>
        <translation>De (heure)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="692"/>
        <source>To (time)</source>
        <translation>À (heure)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="692"/>
        <source>Member</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="692"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="693"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <location filename="../../ui/invitationworkers.py" line="51"/>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Une erreur inattendue s’est produite ; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationworkers.py" line="198"/>
        <source>No password for {0} is saved in the system keyring; type it in the Password field.</source>
        <translation>Aucun mot de passe pour {0} n’est enregistré dans le trousseau du système ; saisissez-le dans le champ Mot de passe.</translation>
    </message>
</context>
<context>
    <name>InvitationsView</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="618"/>
        <location filename="../../ui/invitationsview.py" line="619"/>
        <source>Invitation pages</source>
        <translation>Pages des invitations</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="620"/>
        <source>Pending &amp;messages</source>
        <translation>&amp;Messages en attente</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="621"/>
        <source>Ans&amp;wers</source>
        <translation>Rép&amp;onses</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="643"/>
        <source>E&amp;xport to folder…</source>
        <translation>E&amp;xporter dans un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="643"/>
        <source>Export to folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="645"/>
        <source>All, not only chan&amp;ges</source>
        <translation>Tout, pas seulement les chan&amp;gements</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="646"/>
        <source>Export all invitations, not only the changes</source>
        <translation>Exporter toutes les invitations, pas seulement les changements</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="647"/>
        <source>Write every current invitation again, not only what changed since the last export.</source>
        <translation>Réécrire toutes les invitations actuelles, pas seulement ce qui a changé depuis le dernier export.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="649"/>
        <source>Sen&amp;d by e-mail…</source>
        <translation>Envoyer par Envoyer par courri&amp;el…amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="649"/>
        <location filename="../../ui/invitationsview.py" line="1062"/>
        <location filename="../../ui/invitationsview.py" line="1075"/>
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="658"/>
        <source>Pending for</source>
        <translation>En attente pour</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="658"/>
        <source>Export to a folder</source>
        <translation>Export dans un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="659"/>
        <source>Sending by e-mail</source>
        <translation>Envoi par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="662"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="662"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="662"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="663"/>
        <source>Panel members</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="665"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="665"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="665"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="665"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="666"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="668"/>
        <source>Search pending messages</source>
        <translation>Rechercher dans les messages en attente</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="671"/>
        <source>Pending f&amp;or:</source>
        <translation>En attente p&amp;our :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="672"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="673"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="673"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="675"/>
        <source>Pending messages</source>
        <translation>Messages en attente</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="691"/>
        <source>Sending progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="692"/>
        <source>%v of %m sent</source>
        <translation>%v sur %m envoyés</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="693"/>
        <source>S&amp;top sending</source>
        <translation>Arrê&amp;ter l’envoi</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="693"/>
        <source>Stop sending</source>
        <translation>Arrêter l’envoi</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="715"/>
        <source>Impor&amp;t replies…</source>
        <translation>Impor&amp;ter des réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="715"/>
        <location filename="../../ui/invitationsview.py" line="1138"/>
        <location filename="../../ui/invitationsview.py" line="1156"/>
        <location filename="../../ui/invitationsview.py" line="1162"/>
        <source>Import replies</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="720"/>
        <source>Show answers</source>
        <translation>Afficher les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="721"/>
        <source>All answers</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="721"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="721"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="721"/>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="722"/>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="724"/>
        <source>Search answers</source>
        <translation>Rechercher dans les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="727"/>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="728"/>
        <source>Sea&amp;rch:</source>
        <translation>Reche&amp;rcher :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="729"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="755"/>
        <source>Name, reference or address</source>
        <translation>Nom, référence ou adresse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="789"/>
        <location filename="../../ui/invitationsview.py" line="900"/>
        <source>Looking for pending invitations…</source>
        <translation>Recherche des invitations en attente…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="801"/>
        <source>No campaign is open.</source>
        <translation>Aucune campagne n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="870"/>
        <source>Nothing pending for export: every invitation is up to date.</source>
        <translation>Rien en attente d’export : toutes les invitations sont à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="872"/>
        <source>Nothing pending for e-mail: every invitation is up to date.</source>
        <translation>Rien en attente d’envoi : toutes les invitations sont à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="874"/>
        <source>{0} pending: {1} new, {2} changed, {3} cancelled</source>
        <translation>{0} en attente : {1} nouveaux, {2} modifiés, {3} annulés</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="878"/>
        <location filename="../../ui/invitationsview.py" line="1126"/>
        <source>({0} shown)</source>
        <translation>({0} affichés)</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="885"/>
        <source>{0} people get no invitation (hover for why).</source>
        <translation>{0} personnes ne reçoivent pas d’invitation (survolez pour savoir pourquoi).</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="942"/>
        <source>Export the invitations into a folder</source>
        <translation>Exporter les invitations dans un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="953"/>
        <source>Invitations {0}</source>
        <translation>Invitations {0}</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="956"/>
        <source>Invitations {0} ({1})</source>
        <translation>Invitations {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="969"/>
        <source>Writing the invitations into {0}…</source>
        <translation>Écriture des invitations dans {0}…</translation>
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
        <translation>Export en cours</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1033"/>
        <source>Sending through {0}…</source>
        <translation>Envoi via {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1050"/>
        <source>Stopping after the message being sent…</source>
        <translation>Arrêt après le message en cours d’envoi…</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1116"/>
        <source>No invitation has gone out yet: export or send them first, then import the replies as they come back.</source>
        <translation>Aucune invitation n’est encore partie : exportez-les ou envoyez-les d’abord, puis importez les réponses à leur arrivée.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1120"/>
        <source>{0} invitations out: {1} accepted, {2} declined, {3} tentative, {4} no answer yet</source>
        <translation>{0} invitations parties : {1} acceptées, {2} refusées, {3} provisoires, {4} sans réponse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1139"/>
        <source>Replies (*.ics *.eml);;All files (*)</source>
        <translation>Réponses (*.ics *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/invitationsview.py" line="1161"/>
        <source>%Ln answer(s) recorded.</source>
        <translation>
            <numerusform>%Ln réponse enregistrée.</numerusform>
            <numerusform>%Ln réponses enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="1169"/>
        <source>{0}: cannot be read ({1}).</source>
        <translation>{0} : lecture impossible ({1}).</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/tables/forms.py" line="99"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="100"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="101"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/tables/models.py" line="125"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="128"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="132"/>
        <source>Delete {0}? Undo brings it back.</source>
        <translation>Supprimer {0} ? Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="133"/>
        <source>Delete these {0}? Undo brings them back.</source>
        <translation>Supprimer ces {0} ? Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="138"/>
        <location filename="../../ui/tables/models.py" line="139"/>
        <source>Delete {0}</source>
        <translation>Supprimer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="293"/>
        <source>Change {0} of {1}</source>
        <translation>Modifier « {0} » de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="317"/>
        <source>No campaign is open.</source>
        <translation>Aucune campagne n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/models.py" line="318"/>
        <source>Add {0}</source>
        <translation>Ajouter {0}</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../ui/tables/jobs.py" line="41"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Une erreur s’est produite ; les détails figurent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../ui/planview.py" line="262"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="276"/>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="276"/>
        <source>Pinned interview</source>
        <translation>Entretien épinglé</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="277"/>
        <source>breaks a rule</source>
        <translation>enfreint une règle</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="277"/>
        <source>Interview that breaks a rule</source>
        <translation>Entretien qui enfreint une règle</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="278"/>
        <source>break or closed day</source>
        <translation>pause ou jour fermé</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="278"/>
        <source>Break or closed day</source>
        <translation>Pause ou jour fermé</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="160"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="161"/>
        <source>Ca&amp;ndidates</source>
        <translation>Ca&amp;ndidats</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="162"/>
        <source>&amp;Panel</source>
        <translation>&amp;Jury</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>A&amp;vailability</source>
        <translation>Dis&amp;ponibilités</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="164"/>
        <source>P&amp;lan</source>
        <translation>P&amp;lanning</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="165"/>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitations</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193"/>
        <location filename="../../ui/mainwindow.py" line="236"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="232"/>
        <source>Planning cancelled; the plan is unchanged.</source>
        <translation>Planification annulée ; le planning est inchangé.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="255"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="257"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="259"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="260"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="261"/>
        <source>Open &amp;demo campaign</source>
        <translation>Ouvrir la campagne de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="264"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="268"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="271"/>
        <source>Personal &amp;data…</source>
        <translation>&amp;Données personnelles…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="274"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="276"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="277"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="279"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="284"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="286"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="295"/>
        <source>Pl&amp;anning</source>
        <translation>Planifica&amp;tion</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="296"/>
        <source>&amp;Plan the campaign</source>
        <translation>&amp;Planifier la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="298"/>
        <source>&amp;Re-plan around pinned interviews</source>
        <translation>&amp;Replanifier autour des entretiens épinglés</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="303"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="304"/>
        <source>&amp;About Interview Scheduler</source>
        <translation>À &amp;propos d’Interview Scheduler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="326"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="349"/>
        <source>Open campaign</source>
        <translation>Ouvrir une campagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="370"/>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="370"/>
        <source>{0}: the file is no longer there.</source>
        <translation>{0} : le fichier n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="395"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="402"/>
        <source>Copy saved to {0}.</source>
        <translation>Copie enregistrée dans {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="471"/>
        <source>{0} – Interview Scheduler</source>
        <translation>{0} – Interview Scheduler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="478"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="490"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="491"/>
        <source>The new language applies the next time Interview Scheduler starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage d’Interview Scheduler.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="507"/>
        <source>About Interview Scheduler</source>
        <translation>À propos d’Interview Scheduler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="509"/>
        <source>&lt;h3&gt;Interview Scheduler&lt;/h3&gt;&lt;p&gt;Plans every interview of a recruitment campaign with a constraint solver and sends calendar invitations.&lt;/p&gt;&lt;p&gt;Campaign files stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Interview Scheduler&lt;/h3&gt;&lt;p&gt;Planifie tous les entretiens d’une campagne de recrutement à l’aide d’un solveur de contraintes et envoie les invitations d’agenda.&lt;/p&gt;&lt;p&gt;Les fichiers de campagne restent sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="144"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="144"/>
        <location filename="../../ui/tables/importwizard.py" line="187"/>
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="144"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="396"/>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="397"/>
        <source>Each column of the file and what it is imported as. Change a choice if a column was misread, or choose “Not imported” to leave it out.</source>
        <translation>Chaque colonne du fichier et ce en quoi elle est importée. Modifiez un choix si une colonne a été mal lue, ou choisissez « Non importé » pour l’ignorer.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="399"/>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="405"/>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="409"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="412"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="414"/>
        <source>&amp;First rows:</source>
        <translation>&amp;Premières lignes :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/importwizard.py" line="447"/>
        <source>%Ln row(s) read. Every row needs: {0}.</source>
        <translation>
            <numerusform>%Ln ligne lue. Chaque ligne doit contenir : {0}.</numerusform>
            <numerusform>%Ln lignes lues. Chaque ligne doit contenir : {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="449"/>
        <source>These columns look like {0}; go Back to import them as such.</source>
        <translation>Ces colonnes semblent correspondre à : {0} ; cliquez sur Précédent pour les importer ainsi.</translation>
    </message>
</context>
<context>
    <name>MemberChoices</name>
    <message>
        <location filename="../../ui/tables/forms.py" line="164"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="164"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="164"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../ui/tables/forms.py" line="208"/>
        <source>Panel members</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="212"/>
        <source>Members to choose from</source>
        <translation>Membres disponibles</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="220"/>
        <source>Tick the members who sit on this panel (Space ticks the current one).</source>
        <translation>Cochez les membres qui siègent dans ce jury (Espace coche le membre actuel).</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="223"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="224"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MembersField</name>
    <message>
        <location filename="../../ui/tables/forms.py" line="47"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="48"/>
        <source>Choose the panel&apos;s members</source>
        <translation>Choisir les membres du jury</translation>
    </message>
    <message>
        <location filename="../../ui/tables/forms.py" line="59"/>
        <source>No members yet</source>
        <translation>Aucun membre pour l’instant</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="54"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="60"/>
        <source>Max per day</source>
        <translation>Max. par jour</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="64"/>
        <source>Max total</source>
        <translation>Max. au total</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="68"/>
        <source>Planned interviews</source>
        <translation>Entretiens planifiés</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="71"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="73"/>
        <source>Separate roles with commas: chair, technical, member</source>
        <translation>Séparez les rôles par des virgules : président, technique, membre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="92"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="95"/>
        <source>Add a panel member</source>
        <translation>Ajouter un membre du jury</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="99"/>
        <source>Delete {0}? They leave their panels, their conflicts of interest are deleted and their interviews go back to be planned; Undo brings everything back.</source>
        <translation>Supprimer {0} ? Les membres concernés quittent leurs jurys, leurs conflits d’intérêts sont supprimés et leurs entretiens sont à replanifier ; Annuler rétablit l’ensemble.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="104"/>
        <source>members</source>
        <translation>membres</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/planview.py" line="101"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="111"/>
        <location filename="../../ui/planview.py" line="112"/>
        <source>Dismiss the message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="63"/>
        <location filename="../../ui/tables/page.py" line="64"/>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="370"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="374"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="374"/>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="375"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="375"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="385"/>
        <source>E-mail text</source>
        <translation>Texte du e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="390"/>
        <location filename="../../ui/invitationsview.py" line="393"/>
        <source>Calendar entry</source>
        <translation>Entrée d’agenda</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="411"/>
        <source>Select a message to see it as its recipient will.</source>
        <translation>Sélectionnez un message pour le voir tel que son destinataire le verra.</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="436"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="436"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="438"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="440"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="443"/>
        <source>Video link</source>
        <translation>Lien vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="444"/>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="445"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="448"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="448"/>
        <source>{0} minutes before</source>
        <translation>{0} minutes avant</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="449"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="449"/>
        <source>{0}, version {1}</source>
        <translation>{0}, version {1}</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="464"/>
        <source>{0}, {1}–{2}</source>
        <translation>{0}, {1}–{2}</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="469"/>
        <source>{0} in the campaign&apos;s zone ({1})</source>
        <translation>{0} dans le fuseau de la campagne ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="475"/>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="476"/>
        <source>the recipient, asked to reply</source>
        <translation>le destinataire, invité à répondre</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/planview.py" line="156"/>
        <source>Move interview {0}</source>
        <translation>Déplacer l&apos;entretien {0}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="160"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="170"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="172"/>
        <source>Lane</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="182"/>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="183"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="184"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="188"/>
        <source>&amp;Panel:</source>
        <translation>&amp;Jury :</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="188"/>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="188"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="189"/>
        <source>&amp;Day:</source>
        <translation>J&amp;our :</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="189"/>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="246"/>
        <source>It cannot go there:</source>
        <translation>Il ne peut pas être placé ici :</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="248"/>
        <source>This is where the interview is now.</source>
        <translation>L&apos;entretien se trouve actuellement ici.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="250"/>
        <source>The interview can go there.</source>
        <translation>L&apos;entretien peut être placé ici.</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="339"/>
        <location filename="../../ui/tables/panelview.py" line="340"/>
        <source>Panel tables</source>
        <translation>Tableaux des jurys</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="341"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="342"/>
        <location filename="../../ui/tables/panelview.py" line="346"/>
        <source>Panels</source>
        <translation>Jurys</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="343"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="344"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="345"/>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="348"/>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="347"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Salles</translation>
    </message>
</context>
<context>
    <name>PanelsModel</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="119"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="121"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="123"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="142"/>
        <source>Double-click or press Enter to choose the members.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour choisir les membres.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="148"/>
        <source>Change the members of {0}</source>
        <translation>Modifier les membres de {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="156"/>
        <source>%Ln panel(s)</source>
        <translation>
            <numerusform>%Ln jury</numerusform>
            <numerusform>%Ln jurys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="159"/>
        <source>Add a panel</source>
        <translation>Ajouter un jury</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="162"/>
        <source>panels</source>
        <translation>jurys</translation>
    </message>
</context>
<context>
    <name>PanelsPage</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="289"/>
        <source>Choose the members of the selected panel</source>
        <translation>Choisir les membres du jury sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="289"/>
        <source>Mem&amp;bers…</source>
        <translation>Mem&amp;bres…</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="166"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="166"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="166"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="166"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="167"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="167"/>
        <location filename="../../ui/invitationsview.py" line="202"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="167"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="167"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="202"/>
        <source>Panel member</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="212"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="212"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="212"/>
        <source>Again</source>
        <translation>De nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="213"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="217"/>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="217"/>
        <source>other duration</source>
        <translation>autre durée</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="218"/>
        <source>other time zone</source>
        <translation>autre fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="218"/>
        <source>other room</source>
        <translation>autre salle</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="219"/>
        <source>other video link</source>
        <translation>autre lien vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="219"/>
        <source>panel changed</source>
        <translation>jury modifié</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="220"/>
        <source>newer version</source>
        <translation>version plus récente</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="220"/>
        <source>candidate withdrawn</source>
        <translation>candidat désisté</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="221"/>
        <source>candidate removed</source>
        <translation>candidat supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="221"/>
        <source>interview removed</source>
        <translation>entretien supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="222"/>
        <source>no longer on the panel</source>
        <translation>ne fait plus partie du jury</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="222"/>
        <source>address changed</source>
        <translation>adresse modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="223"/>
        <source>invited again</source>
        <translation>invité de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="226"/>
        <source>first invitation</source>
        <translation>première invitation</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="229"/>
        <source>moved from {0}</source>
        <translation>déplacé depuis {0}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/availability.py" line="114"/>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="115"/>
        <source>Panel member {0}, roles: {1}</source>
        <translation>Membre du jury {0}, rôles : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="122"/>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="124"/>
        <source>withdrawn</source>
        <translation>désisté</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="126"/>
        <source>Candidate {0} for profile {1}</source>
        <translation>Candidat {0} pour le profil {1}</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="153"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/availability.py" line="153"/>
        <source>Roles / profile</source>
        <translation>Rôles / profil</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <location filename="../../ui/plancalendar.py" line="672"/>
        <source>Interview calendar</source>
        <translation>Calendrier des entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="818"/>
        <source>No room</source>
        <translation>Sans salle</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="820"/>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="824"/>
        <source>{0} problem(s):</source>
        <translation>{0} problème(s) :</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="830"/>
        <source>No interview selected</source>
        <translation>Aucun entretien sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/plancalendar.py" line="842"/>
        <source>No campaign is open.</source>
        <translation>Aucune campagne n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../../ui/plansummary.py" line="287"/>
        <source>Planning summary</source>
        <translation>Résumé de la planification</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="292"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PlanSummaryPanel</name>
    <message>
        <location filename="../../ui/plansummary.py" line="168"/>
        <source>member-days: days on which a panel member interviews (fewer is more compact)</source>
        <translation>jours-membres : jours où un membre du jury fait passer des entretiens (moins il y en a, plus le planning est compact)</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="170"/>
        <source>interviews for the busiest member</source>
        <translation>entretiens pour le membre le plus chargé</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="171"/>
        <source>seconds of planning</source>
        <translation>secondes de planification</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="172"/>
        <source>the most that can be placed (proved)</source>
        <translation>maximum planifiable (prouvé)</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="177"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="178"/>
        <source>Interviews that cannot all be kept</source>
        <translation>Entretiens qui ne peuvent pas tous être maintenus</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="186"/>
        <source>Every shortlisted candidate has an interview.</source>
        <translation>Chaque candidat présélectionné a un entretien.</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="192"/>
        <source>Candidates not placed</source>
        <translation>Candidats non planifiés</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="194"/>
        <source>Filter by reference, name, profile or reason</source>
        <translation>Filtrer par référence, nom, profil ou motif</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="195"/>
        <source>Filter the candidates not placed</source>
        <translation>Filtrer les candidats non planifiés</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="198"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="202"/>
        <source>Candidates not placed, with the reasons</source>
        <translation>Candidats non planifiés, avec les motifs</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="232"/>
        <source>Candidates not placed ({0})</source>
        <translation>Candidats non planifiés ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="242"/>
        <source>No plan was stored</source>
        <translation>Aucun planning n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="244"/>
        <source>Some interviews that must be kept break the rules among themselves, so no search can repair them. Unpin or move one of those named below, then plan again.</source>
        <translation>Certains entretiens qui doivent être maintenus enfreignent les règles entre eux : aucune recherche ne peut y remédier. Désépinglez ou déplacez l’un des entretiens indiqués ci-dessous, puis planifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="249"/>
        <source>{0} of {1} shortlisted candidates have an interview</source>
        <translation>{0} candidats présélectionnés sur {1} ont un entretien</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="252"/>
        <source>The best possible plan: the planner proved that no better one exists.</source>
        <translation>Le meilleur planning possible : le planificateur a prouvé qu’il n’en existe pas de meilleur.</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="254"/>
        <source>A good plan, found within the time limit; a longer run may still improve it.</source>
        <translation>Un bon planning, trouvé dans le délai imparti ; une exécution plus longue pourrait encore l’améliorer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plansummary.py" line="257"/>
        <source>%Ln interview(s) moved.</source>
        <translation>
            <numerusform>%Ln entretien déplacé.</numerusform>
            <numerusform>%Ln entretiens déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="268"/>
        <source>A first plan was ready after {0} s.</source>
        <translation>Un premier planning était prêt après {0} s.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/planview.py" line="388"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="389"/>
        <source>Show one day (Alt+D)</source>
        <translation>Afficher un jour (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="390"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="391"/>
        <source>Show the week (Alt+W)</source>
        <translation>Afficher la semaine (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="397"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="398"/>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Jour ou semaine précédents (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="400"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="401"/>
        <source>Today, or the nearest campaign day (Alt+T)</source>
        <translation>Aujourd&apos;hui ou le jour de campagne le plus proche (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="402"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="403"/>
        <source>Next day or week (Alt+Right)</source>
        <translation>Jour ou semaine suivants (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="405"/>
        <location filename="../../ui/planview.py" line="607"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="406"/>
        <source>Pin or unpin the selected interview (Ctrl+Shift+P)</source>
        <translation>Épingler ou désépingler l&apos;entretien sélectionné (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="408"/>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="409"/>
        <source>Move the selected interview to a day, time and lane (Ctrl+M)</source>
        <translation>Déplacer l&apos;entretien sélectionné vers un jour, une heure et une colonne (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="411"/>
        <source>Unschedule</source>
        <translation>Déplanifier</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="412"/>
        <source>Take the selected interview out of the plan (Delete)</source>
        <translation>Retirer l&apos;entretien sélectionné du planning (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="413"/>
        <source>Re-plan around pinned</source>
        <translation>Replanifier autour des épinglés</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="414"/>
        <source>Plan again, keeping the pinned interviews where they are</source>
        <translation>Replanifier en laissant les entretiens épinglés à leur place</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="415"/>
        <source>Export visible days to PDF…</source>
        <translation>Exporter les jours affichés en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="417"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="419"/>
        <location filename="../../ui/planview.py" line="572"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="420"/>
        <source>Go to the next interview that breaks a rule</source>
        <translation>Aller à l&apos;entretien suivant qui enfreint une règle</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="425"/>
        <source>Plan tools</source>
        <translation>Outils du planning</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="445"/>
        <source>Lanes &amp;by:</source>
        <translation>&amp;Colonnes par :</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="447"/>
        <source>Lanes by</source>
        <translation>Colonnes par</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="448"/>
        <source>Panels</source>
        <translation>Jurys</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="448"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="448"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="461"/>
        <location filename="../../ui/planview.py" line="943"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="465"/>
        <source>Print or export</source>
        <translation>Imprimer ou exporter</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="466"/>
        <source>Print the visible days or export them to PDF</source>
        <translation>Imprimer les jours affichés ou les exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="485"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/planview.py" line="572"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="591"/>
        <source>Week {0} · {1}</source>
        <translation>Semaine {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="607"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="745"/>
        <source>Move interview {0}</source>
        <translation>Déplacer l&apos;entretien {0}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="772"/>
        <source>{0} cannot go there:</source>
        <translation>{0} ne peut pas être placé ici :</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="774"/>
        <source>… and {0} more.</source>
        <translation>… et {0} de plus.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="786"/>
        <source>{0} moved to {1} {2}. Undo brings it back.</source>
        <translation>{0} déplacé au {1} à {2}. « Annuler » rétablit la position précédente.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="816"/>
        <source>Pin interview {0}</source>
        <translation>Épingler l&apos;entretien {0}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="816"/>
        <source>Unpin interview {0}</source>
        <translation>Désépingler l&apos;entretien {0}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="828"/>
        <source>Unschedule interview {0}</source>
        <translation>Déplanifier l&apos;entretien {0}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="829"/>
        <source>{0} is no longer scheduled. Undo brings the interview back.</source>
        <translation>{0} n&apos;est plus planifié. « Annuler » rétablit l&apos;entretien.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="875"/>
        <source>{0} · lanes by {1} · times in {2}</source>
        <translation>{0} · colonnes par {1} · heures en {2}</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="916"/>
        <source>Export visible days to PDF</source>
        <translation>Exporter les jours affichés en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="917"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="923"/>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="926"/>
        <source>The visible days were exported to {0}.</source>
        <translation>Les jours affichés ont été exportés vers {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="938"/>
        <source>Print the visible days</source>
        <translation>Imprimer les jours affichés</translation>
    </message>
    <message>
        <location filename="../../ui/planview.py" line="943"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
</context>
<context>
    <name>PlanWorker</name>
    <message>
        <location filename="../../ui/planning.py" line="111"/>
        <source>The planner stopped on an unexpected error; the campaign file is unchanged. The log has the details.</source>
        <translation>Le planificateur s’est arrêté sur une erreur inattendue ; le fichier de campagne n’a pas été modifié. Le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>PlanningController</name>
    <message>
        <location filename="../../ui/planning.py" line="312"/>
        <source>The campaign changed while it was being planned, so the plan was not stored: plan again.</source>
        <translation>La campagne a été modifiée pendant la planification ; le planning n’a donc pas été enregistré : relancez la planification.</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="317"/>
        <source>Re-plan the campaign</source>
        <translation>Replanifier la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="317"/>
        <source>Plan the campaign</source>
        <translation>Planifier la campagne</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="136"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="142"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="143"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="144"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="147"/>
        <location filename="../../ui/preferences.py" line="149"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="152"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="159"/>
        <source>Default folders</source>
        <translation>Dossiers par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="160"/>
        <source>&amp;Campaigns:</source>
        <translation>&amp;Campagnes :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="161"/>
        <source>&amp;Imports:</source>
        <translation>&amp;Importations :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="162"/>
        <source>E&amp;xports:</source>
        <translation>E&amp;xportations :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="163"/>
        <source>Campaigns folder</source>
        <translation>Dossier des campagnes</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="164"/>
        <source>Imports folder</source>
        <translation>Dossier des importations</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="165"/>
        <source>Exports folder</source>
        <translation>Dossier des exportations</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="167"/>
        <source>Choose the campaigns folder</source>
        <translation>Choisir le dossier des campagnes</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="168"/>
        <source>Choose the imports folder</source>
        <translation>Choisir le dossier des importations</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="169"/>
        <source>Choose the exports folder</source>
        <translation>Choisir le dossier des exportations</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="172"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="176"/>
        <source>E-mail account (SMTP)</source>
        <translation>Compte e-mail (SMTP)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="177"/>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="178"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="179"/>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="180"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="181"/>
        <source>smtp.example.org:587</source>
        <translation>smtp.example.org:587</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="182"/>
        <source>Mail server and port</source>
        <translation>Serveur de messagerie et port</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="183"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="184"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="185"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="186"/>
        <source>&amp;Forget saved password</source>
        <translation>&amp;Oublier le mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="187"/>
        <source>Forget the saved password</source>
        <translation>Oublier le mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="190"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="191"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (généralement port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="253"/>
        <source>A password is saved in the system keyring.</source>
        <translation>Un mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="254"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Laisser vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="256"/>
        <source>Kept in the system keyring, never in a file</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="258"/>
        <source>Give the server and the user name to save a password.</source>
        <translation>Indiquez le serveur et le nom d&apos;utilisateur pour enregistrer un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="260"/>
        <source>No password is saved; type it to save it.</source>
        <translation>Aucun mot de passe n&apos;est enregistré ; saisissez-le pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="276"/>
        <source>The saved password could not be removed from the system keyring.</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être supprimé du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="302"/>
        <source>Give the mail server as HOST:PORT, for example smtp.example.org:587.</source>
        <translation>Indiquez le serveur de messagerie sous la forme HÔTE:PORT, par exemple smtp.example.org:587.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="304"/>
        <source>Give the mail server and the user name to save the password.</source>
        <translation>Indiquez le serveur de messagerie et le nom d&apos;utilisateur pour enregistrer le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="321"/>
        <source>The password could not be saved in the system keyring.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../ui/privacy.py" line="86"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="91"/>
        <source>Retention date</source>
        <translation>Date de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="93"/>
        <source>&amp;Default (last day + 180 days)</source>
        <translation>Par &amp;défaut (dernier jour + 180 jours)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="94"/>
        <source>Use the default retention date</source>
        <translation>Utiliser la date de conservation par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="97"/>
        <source>&amp;Keep candidates&apos; data until:</source>
        <translation>&amp;Conserver les données des candidats jusqu’au :</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="101"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="103"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="111"/>
        <source>Requests and the end of the campaign</source>
        <translation>Demandes et fin de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="112"/>
        <source>&amp;Export one person&apos;s data…</source>
        <translation>&amp;Exporter les données d’une personne…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="113"/>
        <source>Export everything stored about one person</source>
        <translation>Exporter tout ce qui est enregistré sur une personne</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="115"/>
        <source>&amp;Purge candidates&apos; personal data…</source>
        <translation>&amp;Purger les données personnelles des candidats…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="116"/>
        <source>Purge the candidates&apos; personal data</source>
        <translation>Purger les données personnelles des candidats</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="118"/>
        <source>Purge &amp;now, although the campaign has not ended</source>
        <translation>Purger &amp;maintenant, bien que la campagne ne soit pas terminée</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="119"/>
        <source>Purge before the campaign&apos;s last day</source>
        <translation>Purger avant le dernier jour de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="126"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="148"/>
        <source>The candidates&apos; personal data was purged on {0}.</source>
        <translation>Les données personnelles des candidats ont été purgées le {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="151"/>
        <source>The retention date has passed: purge the candidates&apos; personal data.</source>
        <translation>La date de conservation est dépassée : purgez les données personnelles des candidats.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="153"/>
        <source>The candidates&apos; personal data is kept until {0}.</source>
        <translation>Les données personnelles des candidats sont conservées jusqu’au {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="173"/>
        <source>Retention date saved.</source>
        <translation>Date de conservation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="179"/>
        <source>Export one person&apos;s data</source>
        <translation>Exporter les données d’une personne</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="180"/>
        <source>E-mail address or candidate reference:</source>
        <translation>Adresse e-mail ou référence du candidat :</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="184"/>
        <source>Save the person&apos;s data</source>
        <translation>Enregistrer les données de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="185"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="202"/>
        <source>Purge personal data</source>
        <translation>Purger les données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="203"/>
        <source>Anonymise {0} candidates (names, e-mail addresses, notes, availability, accommodations, conflicts, invitations sent) and delete {1} backups of this campaign? The {2} interviews stay for the figures. This cannot be undone.</source>
        <translation>Anonymiser {0} candidats (noms, adresses e-mail, remarques, disponibilités, aménagements, conflits, invitations envoyées) et supprimer {1} sauvegardes de cette campagne ? Les {2} entretiens restent pour les statistiques. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="284"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="284"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/tables/importwizard.py" line="284"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/campaignview.py" line="1090"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1254"/>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1254"/>
        <source>Edit profile {0}</source>
        <translation>Modifier le profil {0}</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1258"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1259"/>
        <source>Buffer in minutes</source>
        <translation>Battement en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1266"/>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1267"/>
        <source>Profile code</source>
        <translation>Code du profil</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1268"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1269"/>
        <source>&amp;Add seat</source>
        <translation>&amp;Ajouter un siège</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1270"/>
        <source>Add a seat</source>
        <translation>Ajouter un siège</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1271"/>
        <source>&amp;Remove seat</source>
        <translation>&amp;Retirer le siège</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1272"/>
        <source>Remove the selected seat</source>
        <translation>Retirer le siège sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1281"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1288"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1289"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1290"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1291"/>
        <source>&amp;Buffer after:</source>
        <translation>&amp;Battement après :</translation>
    </message>
    <message>
        <location filename="../../ui/campaignview.py" line="1292"/>
        <source>&amp;Seats:</source>
        <translation>&amp;Sièges :</translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <location filename="../../ui/models/profiles.py" line="117"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="118"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="119"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="120"/>
        <source>Buffer</source>
        <translation>Battement</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="121"/>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="122"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="150"/>
        <location filename="../../ui/models/profiles.py" line="152"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/progresspanel.py" line="239"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progresspanel.py" line="75"/>
        <location filename="../../ui/progresspanel.py" line="78"/>
        <source>Candidates placed</source>
        <translation>Candidats placés</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="79"/>
        <source>Objective of this stage</source>
        <translation>Objectif de cette étape</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="80"/>
        <source>Best still possible</source>
        <translation>Meilleur résultat encore possible</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="81"/>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="84"/>
        <source>Placed:</source>
        <translation>Placés :</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="85"/>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="86"/>
        <source>Bound (best possible):</source>
        <translation>Borne (meilleur possible) :</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="87"/>
        <source>Elapsed:</source>
        <translation>Écoulé :</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="88"/>
        <location filename="../../ui/progresspanel.py" line="135"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="89"/>
        <source>Cancel planning</source>
        <translation>Annuler la planification</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="90"/>
        <source>Stop the search; the campaign file stays as it was (Esc)</source>
        <translation>Arrêter la recherche ; le fichier de campagne reste inchangé (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="128"/>
        <source>Planning the campaign</source>
        <translation>Planification de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="129"/>
        <source>Preparing the campaign…</source>
        <translation>Préparation de la campagne…</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="156"/>
        <source>%v of %m placed</source>
        <translation>%v sur %m placés</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="157"/>
        <source>{0} of {1} candidates</source>
        <translation>{0} candidats sur {1}</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="160"/>
        <source>{0} candidates</source>
        <translation>{0} candidats</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="168"/>
        <source>Found a first plan; now improving it</source>
        <translation>Premier planning trouvé ; amélioration en cours</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="169"/>
        <source>Placing as many candidates as possible</source>
        <translation>Placement du plus grand nombre possible de candidats</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="170"/>
        <source>Keeping as many interviews where they were</source>
        <translation>Maintien du plus grand nombre d&apos;entretiens à leur place</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="171"/>
        <source>Giving panel members fewer working days</source>
        <translation>Réduction du nombre de jours de travail des membres du jury</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="172"/>
        <source>Sharing the interviews fairly among members</source>
        <translation>Répartition équitable des entretiens entre les membres</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="173"/>
        <source>Settling the interview times</source>
        <translation>Fixation des heures des entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="174"/>
        <source>Planning day by day</source>
        <translation>Planification jour par jour</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="181"/>
        <location filename="../../ui/progresspanel.py" line="182"/>
        <location filename="../../ui/progresspanel.py" line="183"/>
        <source>{0} placed</source>
        <translation>{0} placés</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="184"/>
        <source>{0} kept</source>
        <translation>{0} maintenus</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="185"/>
        <source>{0} member-days</source>
        <translation>{0} jours-membres</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="186"/>
        <source>{0} (difference in load)</source>
        <translation>{0} (écart de charge)</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="203"/>
        <source>Planning finished</source>
        <translation>Planification terminée</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="207"/>
        <source>Planning cancelled: nothing was changed</source>
        <translation>Planification annulée : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="211"/>
        <source>Planning stopped: nothing was changed</source>
        <translation>Planification interrompue : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="218"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="219"/>
        <source>Stopping the search…</source>
        <translation>Arrêt de la recherche…</translation>
    </message>
    <message>
        <location filename="../../ui/progresspanel.py" line="229"/>
        <source>{0} of at most {1}</source>
        <translation>{0} sur {1} au maximum</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <location filename="../../ui/privacy.py" line="53"/>
        <source>Personal &amp;data…</source>
        <translation>&amp;Données personnelles…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="54"/>
        <source>Open the personal data dialog</source>
        <translation>Ouvrir la fenêtre des données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="70"/>
        <source>The retention date of this campaign ({0}) has passed: the candidates&apos; personal data should now be purged.</source>
        <translation>La date de conservation de cette campagne ({0}) est dépassée : les données personnelles des candidats doivent maintenant être purgées.</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../ui/tables/panelview.py" line="171"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="171"/>
        <source>Virtual</source>
        <translation>Virtuelle</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="174"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="176"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="179"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="183"/>
        <source>Accessible</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="186"/>
        <source>Location</source>
        <translation>Emplacement</translation>
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
            <numerusform>%Ln salle</numerusform>
            <numerusform>%Ln salles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="205"/>
        <source>Add a room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="209"/>
        <source>Delete {0}? Interviews planned there go back to be planned; Undo brings everything back.</source>
        <translation>Supprimer {0} ? Les entretiens qui y sont planifiés seront à replanifier ; « Annuler » rétablit tout.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/panelview.py" line="213"/>
        <source>rooms</source>
        <translation>salles</translation>
    </message>
</context>
<context>
    <name>SeatsModel</name>
    <message>
        <location filename="../../ui/models/profiles.py" line="198"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/models/profiles.py" line="198"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/invitationsview.py" line="498"/>
        <source>Send the invitations by e-mail</source>
        <translation>Envoyer les invitations par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="500"/>
        <source>Each pending message is sent once and recorded as soon as the mail server accepts it; what is not sent stays pending.</source>
        <translation>Chaque message en attente est envoyé une fois et enregistré dès que le serveur de messagerie l’accepte ; ce qui n’est pas envoyé reste en attente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/invitationsview.py" line="503"/>
        <source>%Ln message(s) waiting to be sent by e-mail.</source>
        <translation>
            <numerusform>%Ln message attend d’être envoyé par e-mail.</numerusform>
            <numerusform>%Ln messages attendent d’être envoyés par e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="506"/>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="508"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement le port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="508"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (généralement le port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="509"/>
        <source>None (only to this computer)</source>
        <translation>Aucun (uniquement vers cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="510"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="513"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="513"/>
        <source>none: no login</source>
        <translation>aucun : pas de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="514"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="514"/>
        <source>from the system keyring</source>
        <translation>depuis le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="516"/>
        <source>&amp;Keep the typed password in the system keyring</source>
        <translation>&amp;Conserver le mot de passe saisi dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="517"/>
        <source>Keep the password in the system keyring</source>
        <translation>Conserver le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="521"/>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="522"/>
        <source>At most this many messages per minute</source>
        <translation>Au plus ce nombre de messages par minute</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="528"/>
        <source>Mail se&amp;rver (host:port):</source>
        <translation>Se&amp;rveur de messagerie (hôte:port) :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="529"/>
        <source>&amp;Encryption:</source>
        <translation>C&amp;hiffrement :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="529"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="530"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="530"/>
        <source>&amp;At most:</source>
        <translation>&amp;Au plus :</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="536"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/invitationsview.py" line="576"/>
        <source>Without encryption, mail can only go to a server on this computer; choose STARTTLS or SSL/TLS for {0}.</source>
        <translation>Sans chiffrement, le courrier ne peut aller qu’à un serveur sur cet ordinateur ; choisissez STARTTLS ou SSL/TLS pour {0}.</translation>
    </message>
</context>
<context>
    <name>TableEditors</name>
    <message>
        <location filename="../../ui/tables/delegates.py" line="62"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/tables/delegates.py" line="66"/>
        <source>Campaign&apos;s time zone</source>
        <translation>Fuseau horaire de la campagne</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/tables/page.py" line="149"/>
        <source>Search in every column</source>
        <translation>Rechercher dans toutes les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="150"/>
        <source>Search {0}</source>
        <translation>Rechercher : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="152"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="163"/>
        <source>Number of rows</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="164"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="165"/>
        <source>Delete the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="164"/>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="165"/>
        <source>Dele&amp;te</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="167"/>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis une feuille de calcul</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="167"/>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;orter…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="170"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="170"/>
        <source>Export the rows shown</source>
        <translation>Exporter les lignes affichées</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="309"/>
        <source>{0} shown of {1}</source>
        <translation>Affichage : {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="359"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="384"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="384"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/page.py" line="386"/>
        <source>Export {0}</source>
        <translation>Exporter : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tables/page.py" line="416"/>
        <source>%Ln row(s) exported to {0}.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers {0}.</numerusform>
            <numerusform>%Ln lignes exportées vers {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <location filename="../../ui/plansummary.py" line="96"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="96"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="96"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/plansummary.py" line="97"/>
        <source>Why not placed, and what could be relaxed</source>
        <translation>Raison de la non-planification et contraintes à assouplir</translation>
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
        <translation>Planifiez tous les entretiens d’une campagne de recrutement : saisissez les candidats et les jurys, obtenez un planning et des invitations de calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="67"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="67"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="68"/>
        <source>&amp;Open campaign…</source>
        <translation>&amp;Ouvrir une campagne…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="68"/>
        <source>Open campaign</source>
        <translation>Ouvrir une campagne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="69"/>
        <source>Open the &amp;demo campaign</source>
        <translation>Ouvrir la campagne de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="69"/>
        <source>Open the demo campaign</source>
        <translation>Ouvrir la campagne de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="76"/>
        <source>&amp;Recent campaigns:</source>
        <translation>Campagnes &amp;récentes :</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="80"/>
        <source>Recent campaigns</source>
        <translation>Campagnes récentes</translation>
    </message>
</context>
</TS>
