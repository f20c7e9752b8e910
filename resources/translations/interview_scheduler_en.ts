<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
