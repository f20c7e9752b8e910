<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AvailabilityView</name>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="640"/>
        <source>%Ln busy period(s) this week</source>
        <translation>
            <numerusform>%Ln busy period this week</numerusform>
            <numerusform>%Ln busy periods this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="641"/>
        <source>%Ln interview(s) this week</source>
        <translation>
            <numerusform>%Ln interview this week</numerusform>
            <numerusform>%Ln interviews this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/availability.py" line="718"/>
        <source>%Ln planned interview(s) now in busy time; move or re-plan.</source>
        <translation>
            <numerusform>%Ln planned interview now falls in busy time; move it or re-plan.</numerusform>
            <numerusform>%Ln planned interviews now fall in busy time; move them or re-plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="94"/>
        <source>%n interview(s) placed</source>
        <translation>
            <numerusform>%n interview placed</numerusform>
            <numerusform>%n interviews placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="95"/>
        <source>%n to place</source>
        <translation>
            <numerusform>%n to place</numerusform>
            <numerusform>%n to place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="97"/>
        <source>%n with rule violations</source>
        <translation>
            <numerusform>%n with a rule violation</numerusform>
            <numerusform>%n with rule violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statusbar.py" line="108"/>
        <source>%n invitation(s) pending</source>
        <translation>
            <numerusform>%n invitation pending</numerusform>
            <numerusform>%n invitations pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message numerus="yes">
        <location filename="../../ui/campaignview.py" line="970"/>
        <source>{0}: %n holiday(s) added, {1} renamed.</source>
        <translation>
            <numerusform>{0}: %n holiday added, {1} renamed.</numerusform>
            <numerusform>{0}: %n holidays added, {1} renamed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message numerus="yes">
        <location filename="../../ui/tables/candidates.py" line="160"/>
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidate</numerusform>
            <numerusform>%Ln candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/tables/importwizard.py" line="558"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="270"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationsView</name>
    <message numerus="yes">
        <location filename="../../ui/invitationsview.py" line="1161"/>
        <source>%Ln answer(s) recorded.</source>
        <translation>
            <numerusform>%Ln answer recorded.</numerusform>
            <numerusform>%Ln answers recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/tables/models.py" line="125"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../ui/tables/importwizard.py" line="447"/>
        <source>%Ln row(s) read. Every row needs: {0}.</source>
        <translation>
            <numerusform>%Ln row read. Every row needs: {0}.</numerusform>
            <numerusform>%Ln rows read. Every row needs: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="92"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelsModel</name>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="156"/>
        <source>%Ln panel(s)</source>
        <translation>
            <numerusform>%Ln panel</numerusform>
            <numerusform>%Ln panels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSummaryPanel</name>
    <message numerus="yes">
        <location filename="../../ui/plansummary.py" line="257"/>
        <source>%Ln interview(s) moved.</source>
        <translation>
            <numerusform>%Ln interview moved.</numerusform>
            <numerusform>%Ln interviews moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <location filename="../../ui/planview.py" line="572"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message numerus="yes">
        <location filename="../../ui/tables/panelview.py" line="202"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln room</numerusform>
            <numerusform>%Ln rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../ui/invitationsview.py" line="503"/>
        <source>%Ln message(s) waiting to be sent by e-mail.</source>
        <translation>
            <numerusform>%Ln message is waiting to be sent by e-mail.</numerusform>
            <numerusform>%Ln messages are waiting to be sent by e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../../ui/tables/page.py" line="416"/>
        <source>%Ln row(s) exported to {0}.</source>
        <translation>
            <numerusform>%Ln row exported to {0}.</numerusform>
            <numerusform>%Ln rows exported to {0}.</numerusform>
        </translation>
    </message>
</context>
</TS>
