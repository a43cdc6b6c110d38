<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;About {app}</source>
      <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Add item...</source>
      <translation>Element &amp;hinzufügen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Find...</source>
      <translation>&amp;Suchen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Policy</source>
      <translation>&amp;Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Add &amp;child item...</source>
      <translation>&amp;Untergeordnetes Element hinzufügen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Add an item beside the selected one (asks its name)</source>
      <translation>Ein Element neben dem ausgewählten hinzufügen (fragt nach seinem Namen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Add an item under the selected one</source>
      <translation>Ein Element unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Delete the selected item</source>
      <translation>Das ausgewählte Element löschen</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Du&amp;plicate</source>
      <translation>&amp;Duplizieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Duplicate the selected item</source>
      <translation>Das ausgewählte Element duplizieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Filter the policy tree</source>
      <translation>Den Richtlinienbaum filtern</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Re&amp;name...</source>
      <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Rename the selected item and update its uses</source>
      <translation>Das ausgewählte Element umbenennen und seine Verwendungen anpassen</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Show the view: {title}</source>
      <translation>Ansicht anzeigen: {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Undo history</source>
      <translation>Verlauf der Änderungen</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Paste</source>
      <translation>&amp;Einfügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Cu&amp;t</source>
      <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Select All</source>
      <translation>Alles auswählen</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Abort</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Apply</source>
      <translation>Anwenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Don't Save</source>
      <translation>Nicht speichern</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Help</source>
      <translation>Hilfe</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Ignore</source>
      <translation>Ignorieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>No to All</source>
      <translation>Nein, keine</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Restore Defaults</source>
      <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Retry</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Save All</source>
      <translation>Alle speichern</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Yes to All</source>
      <translation>Ja, alle</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Paste</source>
      <translation>&amp;Einfügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Copy &amp;Link Location</source>
      <translation>&amp;Linkadresse kopieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Cu&amp;t</source>
      <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Select All</source>
      <translation>Alles auswählen</translation>
    </message>
  </context>
  <context>
    <name>checks</name>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Automated decisions</source>
      <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Expectations</source>
      <translation>Erwartungen</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>File format</source>
      <translation>Dateiformat</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Governance</source>
      <translation>Governance</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Intrusiveness</source>
      <translation>Eingriffsintensität</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Legal bases</source>
      <translation>Rechtsgrundlagen</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>People and data</source>
      <translation>Personen und Daten</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Regions</source>
      <translation>Regionen</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Retention</source>
      <translation>Speicherdauer</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Rule logic</source>
      <translation>Regellogik</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Sale and sharing (CPRA)</source>
      <translation>Verkauf und Weitergabe (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Structure and references</source>
      <translation>Struktur und Verweise</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Transfers</source>
      <translation>Übermittlungen</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Transparency</source>
      <translation>Transparenz</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/checks/_common.py" />
      <source>{items} and %n more</source>
      <translation>
        <numerusform>{items} und %n weiterer</numerusform>
        <numerusform>{items} und %n weitere</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/_common.py" />
      <source>{items} and {last}</source>
      <translation>{items} und {last}</translation>
    </message>
  </context>
  <context>
    <name>checks/dpia</name>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>A processing that meets two or more of the EDPB's criteria (sensitive data, vulnerable people, scoring, automated decisions, monitoring, large scale, matching data sets, new technology, transfers without adequacy, barring a right or service) is likely to result in a high risk and needs a data protection impact assessment before it starts (GDPR Art. 35(1) and (3), WP248 rev.01).</source>
      <translation>Eine Verarbeitung, die zwei oder mehr Kriterien des EDSA erfüllt (sensible Daten, schutzbedürftige Personen, Bewertung oder Scoring, automatisierte Entscheidungen, Überwachung, großer Umfang, Abgleich von Datensätzen, neue Technologien, Übermittlungen ohne Angemessenheitsbeschluss, Ausschluss von einem Recht oder Dienst), hat voraussichtlich ein hohes Risiko zur Folge und erfordert vor ihrem Beginn eine Datenschutz-Folgenabschätzung (Art. 35 Abs. 1 und 3 DSGVO, WP248 rev.01).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>Carry out the assessment (export the DPIA draft) and record it on the purpose as in progress or done with its reference; or correct what the purpose says.</source>
      <translation>Führen Sie die Folgenabschätzung durch (exportieren Sie den DSFA-Entwurf) und vermerken Sie sie beim Zweck als in Arbeit oder abgeschlossen, mit ihrer Referenz; oder korrigieren Sie die Angaben des Zwecks.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>Impact assessment required</source>
      <translation>Folgenabschätzung erforderlich</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>a DPIA is required for purpose {purpose}, which meets {count} of the criteria: {criteria}</source>
      <translation>Für den Zweck {purpose} ist eine DSFA erforderlich; er erfüllt {count} der Kriterien: {criteria}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>a DPIA is required for purpose {purpose}, which meets {count} of the criteria: {criteria}; it is recorded as not needed</source>
      <translation>Für den Zweck {purpose} ist eine DSFA erforderlich; er erfüllt {count} der Kriterien: {criteria}; sie ist als nicht erforderlich vermerkt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>a DPIA is required for purpose {purpose}, which meets {count} of the criteria: {criteria}; it is recorded as {state} but names no reference</source>
      <translation>Für den Zweck {purpose} ist eine DSFA erforderlich; er erfüllt {count} der Kriterien: {criteria}; sie ist als {state} vermerkt, nennt aber keine Referenz</translation>
    </message>
  </context>
  <context>
    <name>checks/governance</name>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Add the regimes the policy is written for, e.g. eu_gdpr.</source>
      <translation>Fügen Sie die Rechtsordnungen hinzu, für die die Richtlinie geschrieben ist, z. B. eu_gdpr.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>An approved policy is what the organisation says it does. Approving it while validation reports errors means signing off known legal or logical problems.</source>
      <translation>Eine freigegebene Richtlinie ist das, was die Organisation nach eigener Aussage tut. Sie freizugeben, während die Prüfung Fehler meldet, heißt, bekannte rechtliche oder logische Probleme abzuzeichnen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Approved policy with errors</source>
      <translation>Freigegebene Richtlinie mit Fehlern</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Approved without an approval</source>
      <translation>Freigegeben ohne Freigabevermerk</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Changed since it was approved</source>
      <translation>Seit der Freigabe geändert</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Fill in the DPO's contact, or note why no DPO is required.</source>
      <translation>Tragen Sie die Kontaktdaten des Datenschutzbeauftragten ein oder vermerken Sie, warum keiner erforderlich ist.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Fill in the controller's name and email address.</source>
      <translation>Tragen Sie Name und E-Mail-Adresse des Verantwortlichen ein.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Fix the errors and approve again, or set the status back to draft or in review.</source>
      <translation>Beheben Sie die Fehler und geben Sie erneut frei, oder setzen Sie den Status auf Entwurf oder In Prüfung zurück.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Have the changes reviewed and record a new approval, or undo the changes.</source>
      <translation>Lassen Sie die Änderungen prüfen und vermerken Sie eine neue Freigabe, oder machen Sie die Änderungen rückgängig.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>List the measures that protect the data, e.g. encryption, access control, staff training.</source>
      <translation>Führen Sie die Maßnahmen auf, die die Daten schützen, z. B. Verschlüsselung, Zugriffskontrolle, Schulung der Beschäftigten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No controller contact</source>
      <translation>Kein Kontakt des Verantwortlichen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No data protection officer contact</source>
      <translation>Kein Kontakt des Datenschutzbeauftragten</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No jurisdiction</source>
      <translation>Keine Rechtsordnung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No review date</source>
      <translation>Kein Überprüfungsdatum</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No security measures</source>
      <translation>Keine Sicherheitsmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>People and regulators must be able to tell who is responsible for the data and how to reach them (GDPR Art. 13(1)(a)).</source>
      <translation>Betroffene Personen und Aufsichtsbehörden müssen erkennen können, wer für die Daten verantwortlich ist und wie er zu erreichen ist (Art. 13 Abs. 1 lit. a DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Policies go stale as the business and the law change; the date set for the next review has passed.</source>
      <translation>Richtlinien veralten, wenn sich das Geschäft und das Recht ändern; das für die nächste Überprüfung festgelegte Datum ist verstrichen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Record the approval (name, role, date, decision), or set the status back.</source>
      <translation>Vermerken Sie die Freigabe (Name, Rolle, Datum, Entscheidung) oder setzen Sie den Status zurück.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Review overdue</source>
      <translation>Überprüfung überfällig</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Review the policy, then set the next review date (typically a year ahead).</source>
      <translation>Überprüfen Sie die Richtlinie und legen Sie dann das nächste Überprüfungsdatum fest (üblicherweise ein Jahr im Voraus).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Set the next review date (typically a year ahead).</source>
      <translation>Legen Sie das nächste Überprüfungsdatum fest (üblicherweise ein Jahr im Voraus).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>The jurisdiction decides which rules apply, including where data may be sent without a safeguard; without one, transfer checks cannot run.</source>
      <translation>Die Rechtsordnung entscheidet, welche Regeln gelten, auch wohin Daten ohne Garantien übermittelt werden dürfen; ohne sie können die Übermittlungsprüfungen nicht laufen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>The latest approval recorded the digest of what was approved; the content has changed since, so the approved status no longer covers what the file says.</source>
      <translation>Die letzte Freigabe hat den Digest des freigegebenen Inhalts vermerkt; der Inhalt hat sich seitdem geändert, sodass der Freigabestatus nicht mehr abdeckt, was die Datei aussagt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>The record of processing must describe the technical and organisational security measures (GDPR Art. 30(1)(g) and 32); none are recorded.</source>
      <translation>Das Verzeichnis von Verarbeitungstätigkeiten muss die technischen und organisatorischen Sicherheitsmaßnahmen beschreiben (Art. 30 Abs. 1 lit. g und Art. 32 DSGVO); es sind keine erfasst.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>The status says approved, but nobody is recorded as having approved it, so there is no trace of who signed off and when.</source>
      <translation>Der Status lautet freigegeben, aber niemand ist als Freigebender vermerkt; es ist also nicht nachvollziehbar, wer wann abgezeichnet hat.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Under the GDPR many organisations must appoint a data protection officer and publish how to reach them (Art. 37 and 13(1)(b)).</source>
      <translation>Nach der DSGVO müssen viele Organisationen einen Datenschutzbeauftragten benennen und veröffentlichen, wie er zu erreichen ist (Art. 37 und Art. 13 Abs. 1 lit. b).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Without a next review date nobody is reminded to check that the policy still matches what the organisation does.</source>
      <translation>Ohne ein nächstes Überprüfungsdatum wird niemand daran erinnert zu prüfen, ob die Richtlinie noch dem entspricht, was die Organisation tut.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy changed after {name} approved it on {date}</source>
      <translation>Die Richtlinie wurde geändert, nachdem {name} sie am {date} freigegeben hat</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy has no next review date</source>
      <translation>Die Richtlinie hat kein nächstes Überprüfungsdatum</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy is approved but has {count} error ({codes})</source>
      <translation>Die Richtlinie ist freigegeben, hat aber {count} Fehler ({codes})</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy is approved but has {count} errors ({codes})</source>
      <translation>Die Richtlinie ist freigegeben, hat aber {count} Fehler ({codes})</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy is marked approved but no approval is recorded</source>
      <translation>Die Richtlinie ist als freigegeben markiert, aber keine Freigabe ist vermerkt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy names no controller contact</source>
      <translation>Die Richtlinie nennt keinen Kontakt des Verantwortlichen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy names no data protection officer contact</source>
      <translation>Die Richtlinie nennt keinen Kontakt des Datenschutzbeauftragten</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy names no jurisdiction</source>
      <translation>Die Richtlinie nennt keine Rechtsordnung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy records no security measures</source>
      <translation>Die Richtlinie erfasst keine Sicherheitsmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the review was due on {date} ({days} day ago)</source>
      <translation>Die Überprüfung war am {date} fällig (vor {days} Tag)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the review was due on {date} ({days} days ago)</source>
      <translation>Die Überprüfung war am {date} fällig (vor {days} Tagen)</translation>
    </message>
  </context>
  <context>
    <name>checks/intrusiveness</name>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Add 'human_review' to the rights the purpose offers, and make sure a person can look again at the decision.</source>
      <translation>Nehmen Sie 'human_review' in die Rechte auf, die der Zweck gewährt, und stellen Sie sicher, dass ein Mensch die Entscheidung erneut prüfen kann.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Add obligations (pseudonymise, aggregate, minimise) to the rule, or exclude the vulnerable group.</source>
      <translation>Fügen Sie der Regel Auflagen hinzu (pseudonymisieren, aggregieren, minimieren) oder schließen Sie die schutzbedürftige Gruppe aus.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Advertising from browsing history</source>
      <translation>Werbung auf Grundlage des Surfverlaufs</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Advertising from browsing history without opt-in</source>
      <translation>Werbung auf Grundlage des Surfverlaufs ohne Opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Category nobody needs</source>
      <translation>Kategorie, die niemand braucht</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Children merit specific protection: marketing to them and profiling them should not happen (GDPR Recital 38 and 71, the DSA bans profiling-based ads to minors).</source>
      <translation>Kinder verdienen besonderen Schutz: Direktwerbung an sie und ihr Profiling sollten unterbleiben (DSGVO Erwägungsgründe 38 und 71; der DSA verbietet profilingbasierte Werbung gegenüber Minderjährigen).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Children's data for marketing or profiling</source>
      <translation>Daten von Kindern für Marketing oder Profiling</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Critically intrusive use</source>
      <translation>Kritisch eingreifende Nutzung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Data minimisation: a non-essential purpose (analytics, marketing, research...) should get only the data it needs, not a whole branch of categories.</source>
      <translation>Datenminimierung: Ein nicht notwendiger Zweck (Analyse, Marketing, Forschung …) sollte nur die Daten erhalten, die er braucht, nicht einen ganzen Zweig von Kategorien.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Exclude children: limit the rule to adult subjects, or add a deny rule for the children's subject group.</source>
      <translation>Schließen Sie Kinder aus: Beschränken Sie die Regel auf erwachsene betroffene Personen oder fügen Sie eine Verbotsregel für die Gruppe der Kinder hinzu.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Give the purpose an opt-in (or at least opt-out) consent mechanism, or stop the sharing.</source>
      <translation>Geben Sie dem Zweck einen Opt-in-Mechanismus für die Einwilligung (oder zumindest ein Opt-out), oder beenden Sie die Weitergabe.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Handing data to a third party for a purpose the service does not need (analytics, marketing, advertising, research...), or selling or sharing it, without any consent mechanism takes away people's control over who holds their data. Sharing that the service or the law requires (delivery, payment, fraud checks) is not concerned.</source>
      <translation>Wer Daten ohne jeden Einwilligungsmechanismus für einen Zweck, den der Dienst nicht braucht (Analyse, Marketing, Werbung, Forschung …), an Dritte gibt, verkauft oder teilt, nimmt den Menschen die Kontrolle darüber, wer ihre Daten hat. Eine Weitergabe, die der Dienst oder das Gesetz erfordert (Lieferung, Zahlung, Betrugsprüfung), ist nicht betroffen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>List only the categories the purpose needs instead of their common parent.</source>
      <translation>Führen Sie nur die Kategorien auf, die der Zweck braucht, statt ihrer gemeinsamen übergeordneten Kategorie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Location data for marketing</source>
      <translation>Standortdaten für Marketing</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Make the purpose opt-in, or stop allowing browsing data for it.</source>
      <translation>Machen Sie den Zweck zu einem Opt-in-Zweck oder erlauben Sie dafür keine Surfdaten mehr.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Make the purpose opt-in, or use coarse location, or stop allowing it.</source>
      <translation>Machen Sie den Zweck zu einem Opt-in-Zweck, verwenden Sie einen ungefähren Standort oder erlauben Sie ihn nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>No rule uses this category. Data nobody needs should not be collected at all (data minimisation).</source>
      <translation>Keine Regel verwendet diese Kategorie. Daten, die niemand braucht, sollten gar nicht erst erhoben werden (Datenminimierung).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>People have the right not to be subject to decisions based solely on automated processing, including profiling, and to obtain human intervention (GDPR Art. 22).</source>
      <translation>Betroffene Personen haben das Recht, keiner ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruhenden Entscheidung unterworfen zu werden und das Eingreifen einer Person zu erwirken (Art. 22 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Precise location (GPS-level) used for marketing without asking first is tracking people's movements behind their backs.</source>
      <translation>Ein genauer Standort (GPS-genau), der ohne vorherige Nachfrage für Marketing genutzt wird, verfolgt die Bewegungen der Menschen hinter ihrem Rücken.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Precise location for marketing without opt-in</source>
      <translation>Genauer Standort für Marketing ohne Opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Prefer contextual or aggregated approaches; if you keep it, add obligations (aggregate, pseudonymise) and explain it plainly where consent is asked.</source>
      <translation>Bevorzugen Sie kontextbezogene oder aggregierte Ansätze; wenn Sie daran festhalten, fügen Sie Auflagen hinzu (aggregieren, pseudonymisieren) und erklären Sie es verständlich dort, wo die Einwilligung eingeholt wird.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Profiling vulnerable people (patients, people in care...) or targeting them with ads exploits their situation; at least the data should be protected.</source>
      <translation>Profiling schutzbedürftiger Personen (Patienten, Menschen in Pflege …) oder gezielte Werbung an sie nutzt ihre Lage aus; zumindest die Daten sollten geschützt sein.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Profiling without human review</source>
      <translation>Profiling ohne menschliche Überprüfung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Reduce it: drop the most sensitive categories, add obligations (anonymise, aggregate, pseudonymise), ask opt-in consent, or narrow the rule.</source>
      <translation>Verringern Sie den Eingriff: Lassen Sie die sensibelsten Kategorien weg, fügen Sie Auflagen hinzu (anonymisieren, aggregieren, pseudonymisieren), holen Sie eine Opt-in-Einwilligung ein oder grenzen Sie die Regel ein.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Sensitive data used for targeting</source>
      <translation>Sensible Daten für gezielte Ansprache</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Sharing or selling without consent</source>
      <translation>Weitergabe oder Verkauf ohne Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Stop allowing sensitive data for targeting purposes; use it only for the purpose it was collected for.</source>
      <translation>Erlauben Sie sensible Daten nicht mehr für Zwecke der gezielten Ansprache; verwenden Sie sie nur für den Zweck, für den sie erhoben wurden.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Stop collecting it and delete the category, or add the rule that needs it.</source>
      <translation>Erheben Sie sie nicht mehr und löschen Sie die Kategorie, oder fügen Sie die Regel hinzu, die sie braucht.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Targeting people from what they browsed is the tactic people find most intrusive, even when they opted in.</source>
      <translation>Menschen anhand ihres Surfverhaltens gezielt anzusprechen empfinden sie als die aufdringlichste Taktik, selbst wenn sie eingewilligt haben.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Targeting people on sensitive traits (health, beliefs, sexuality, finances, offences) can harm and discriminate, and is banned or tightly restricted by the GDPR, the DSA and the CPRA.</source>
      <translation>Gezielte Ansprache anhand sensibler Merkmale (Gesundheit, Überzeugungen, Sexualität, Finanzen, Straftaten) kann schaden und diskriminieren und ist durch die DSGVO, den DSA und den CPRA verboten oder streng beschränkt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>The intrusiveness review scores this use in the critical band: the combination of data, purpose, people and recipients is the kind people find most invasive.</source>
      <translation>Die Prüfung der Eingriffsintensität stuft diese Nutzung als kritisch ein: Die Kombination aus Daten, Zweck, Personen und Empfängern ist von der Art, die Menschen als am stärksten eingreifend empfinden.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Use coarse location (city, country) or none; add obligations such as aggregate; make sure the purpose is opt-in.</source>
      <translation>Verwenden Sie einen ungefähren Standort (Stadt, Land) oder keinen; fügen Sie Auflagen wie Aggregieren hinzu; stellen Sie sicher, dass der Zweck Opt-in ist.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Using browsing history to target people without asking them first is exactly the intrusive tactic regulators act against (ePrivacy consent for tracking).</source>
      <translation>Den Surfverlauf zur gezielten Ansprache zu nutzen, ohne vorher zu fragen, ist genau die aufdringliche Taktik, gegen die Aufsichtsbehörden vorgehen (ePrivacy-Einwilligung für Tracking).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Vulnerable people profiled without safeguards</source>
      <translation>Profiling schutzbedürftiger Personen ohne Schutzmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Where people go reveals their home, work, health and beliefs; using it to market to them is widely felt as tracking.</source>
      <translation>Wohin Menschen gehen, verrät ihr Zuhause, ihre Arbeit, ihre Gesundheit und ihre Überzeugungen; dies für Marketing zu nutzen, wird weithin als Überwachung empfunden.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Whole category tree for a non-essential purpose</source>
      <translation>Ganzer Kategorienbaum für einen nicht notwendigen Zweck</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>all of {category} ({count} categories)</source>
      <translation>alles unter {category} ({count} Kategorien)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>limit the rule to adult subjects or deny {subject}</source>
      <translation>beschränken Sie die Regel auf erwachsene betroffene Personen oder verbieten Sie {subject}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>no rule uses category {category}</source>
      <translation>Keine Regel verwendet die Kategorie {category}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>profiling purpose {purpose} does not offer human review</source>
      <translation>Der Profiling-Zweck {purpose} bietet keine menschliche Überprüfung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows browsing data ({categories}) for purpose {purposes} (with opt-in consent)</source>
      <translation>Regel {rule} erlaubt Surfdaten ({categories}) für den Zweck {purposes} (mit Opt-in-Einwilligung)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows browsing data ({categories}) for purpose {purposes} without opt-in consent</source>
      <translation>Regel {rule} erlaubt Surfdaten ({categories}) für den Zweck {purposes} ohne Opt-in-Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows browsing data ({categories}) for purposes {purposes} (with opt-in consent)</source>
      <translation>Regel {rule} erlaubt Surfdaten ({categories}) für die Zwecke {purposes} (mit Opt-in-Einwilligung)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows browsing data ({categories}) for purposes {purposes} without opt-in consent</source>
      <translation>Regel {rule} erlaubt Surfdaten ({categories}) für die Zwecke {purposes} ohne Opt-in-Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows children's data (subject {subject}) for {purposes}</source>
      <translation>Regel {rule} erlaubt Daten von Kindern (betroffene Personen {subject}) für {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows data about vulnerable people ({subject}) for {purposes} without any obligation</source>
      <translation>Regel {rule} erlaubt Daten über schutzbedürftige Personen ({subject}) für {purposes} ohne jede Auflage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows data for sale or sharing ({purposes}) without asking consent</source>
      <translation>Regel {rule} erlaubt Daten für Verkauf oder Weitergabe ({purposes}), ohne eine Einwilligung einzuholen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows location data ({categories}) for purpose {purposes}</source>
      <translation>Regel {rule} erlaubt Standortdaten ({categories}) für den Zweck {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows location data ({categories}) for purposes {purposes}</source>
      <translation>Regel {rule} erlaubt Standortdaten ({categories}) für die Zwecke {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows precise location data ({categories}) for purpose {purposes} without opt-in consent</source>
      <translation>Regel {rule} erlaubt genaue Standortdaten ({categories}) für den Zweck {purposes} ohne Opt-in-Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows precise location data ({categories}) for purposes {purposes} without opt-in consent</source>
      <translation>Regel {rule} erlaubt genaue Standortdaten ({categories}) für die Zwecke {purposes} ohne Opt-in-Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows sensitive data ({categories}) for purpose {purposes}</source>
      <translation>Regel {rule} erlaubt sensible Daten ({categories}) für den Zweck {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows sensitive data ({categories}) for purposes {purposes}</source>
      <translation>Regel {rule} erlaubt sensible Daten ({categories}) für die Zwecke {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {category} for {purpose} about {subject} shared with {recipient}, scoring {score}</source>
      <translation>Regel {rule} erlaubt {category} für {purpose} über {subject}, weitergegeben an {recipient}, mit der Bewertung {score}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {category} for {purpose} about {subject}, scoring {score}</source>
      <translation>Regel {rule} erlaubt {category} für {purpose} über {subject}, mit der Bewertung {score}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {category} for {purpose} shared with {recipient}, scoring {score}</source>
      <translation>Regel {rule} erlaubt {category} für {purpose}, weitergegeben an {recipient}, mit der Bewertung {score}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {category} for {purpose}, scoring {score}</source>
      <translation>Regel {rule} erlaubt {category} für {purpose}, mit der Bewertung {score}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {what} for non-essential purpose {purposes}</source>
      <translation>Regel {rule} erlaubt {what} für den nicht notwendigen Zweck {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {what} for non-essential purposes {purposes}</source>
      <translation>Regel {rule} erlaubt {what} für die nicht notwendigen Zwecke {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} has no subject limit, so it allows data about children ({subject}) for {purpose}; no deny rule excludes them</source>
      <translation>Regel {rule} ist nicht auf bestimmte betroffene Personen beschränkt und erlaubt daher Daten über Kinder ({subject}) für {purpose}; keine Verbotsregel schließt sie aus</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} shares data with third party {recipient} for purpose {purposes}, which asks no consent</source>
      <translation>Regel {rule} gibt Daten an den Dritten {recipient} für den Zweck {purposes} weiter, der keine Einwilligung einholt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} shares data with third party {recipient} for purposes {purposes}, which ask no consent</source>
      <translation>Regel {rule} gibt Daten an den Dritten {recipient} für die Zwecke {purposes} weiter, die keine Einwilligung einholen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>{count} of the {total} categories under {category}</source>
      <translation>{count} der {total} Kategorien unter {category}</translation>
    </message>
  </context>
  <context>
    <name>checks/legal</name>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source> (in {regions})</source>
      <translation> (in {regions})</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>A request follows the consent mechanism of the purpose it names (its nearest declared ancestor-or-self). When a child purpose asks less than its parent (opt-out or nothing under an opt-in parent, nothing under an opt-out parent), every rule written for the parent also allows the child for people who refused consent to the parent.</source>
      <translation>Eine Anfrage folgt dem Einwilligungsmechanismus des Zwecks, den sie nennt (des nächsten deklarierten Vorfahren oder ihm selbst). Verlangt ein untergeordneter Zweck weniger als sein übergeordneter (Opt-out oder nichts unter einem Opt-in-Zweck, nichts unter einem Opt-out-Zweck), erlaubt jede für den übergeordneten Zweck geschriebene Regel den untergeordneten auch für Personen, die die Einwilligung in den übergeordneten verweigert haben.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Add 'opt_out_of_sale' to the rights the purpose offers (and provide the 'Do Not Sell or Share' link).</source>
      <translation>Nehmen Sie 'opt_out_of_sale' in die Rechte auf, die der Zweck gewährt (und stellen Sie den Link 'Do Not Sell or Share' bereit).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Add 'withdraw_consent' to the rights the purpose offers.</source>
      <translation>Nehmen Sie 'withdraw_consent' in die Rechte auf, die der Zweck gewährt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Art. 9 condition that nothing needs</source>
      <translation>Bedingung nach Art. 9, die nichts braucht</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Californians have the right to opt out of the sale or sharing of their personal information, including sharing for cross-context behavioural advertising.</source>
      <translation>Einwohner Kaliforniens haben das Recht, dem Verkauf oder der Weitergabe ihrer personenbezogenen Informationen zu widersprechen, einschließlich der Weitergabe für kontextübergreifende verhaltensbasierte Werbung.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Check that a law authorises this use and base the purpose on it, or stop allowing criminal-offence data for the purpose.</source>
      <translation>Prüfen Sie, ob ein Gesetz diese Nutzung erlaubt, und stützen Sie den Zweck darauf, oder erlauben Sie für den Zweck keine Daten über Straftaten mehr.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Consent basis without opt-in</source>
      <translation>Einwilligung als Rechtsgrundlage ohne Opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Consent under the GDPR must be a clear affirmative act: pre-ticked boxes, silence or an opt-out do not count. A purpose that relies on consent must ask first.</source>
      <translation>Eine Einwilligung nach der DSGVO muss eine eindeutige bestätigende Handlung sein: Vorangekreuzte Kästchen, Stillschweigen oder ein Opt-out zählen nicht. Ein Zweck, der auf Einwilligung beruht, muss vorher fragen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Consent weaker than the parent purpose's</source>
      <translation>Einwilligung schwächer als die des übergeordneten Zwecks</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Consent without a way to withdraw it</source>
      <translation>Einwilligung ohne Möglichkeit zum Widerruf</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Criminal-offence data without an official basis</source>
      <translation>Daten über Straftaten ohne behördliche Grundlage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Data about criminal convictions and offences may only be processed under official authority or where the law authorises it (GDPR Art. 10), which normally means a legal obligation or a public task.</source>
      <translation>Daten über strafrechtliche Verurteilungen und Straftaten dürfen nur unter behördlicher Aufsicht oder mit gesetzlicher Erlaubnis verarbeitet werden (Art. 10 DSGVO), was in der Regel eine rechtliche Verpflichtung oder eine öffentliche Aufgabe bedeutet.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Either base the purpose on consent, or drop the opt-in and explain the real basis to people.</source>
      <translation>Stützen Sie den Zweck entweder auf die Einwilligung, oder verzichten Sie auf das Opt-in und erklären Sie den Menschen die tatsächliche Rechtsgrundlage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Explicit consent without opt-in</source>
      <translation>Ausdrückliche Einwilligung ohne Opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Give the child purpose the parent's consent mechanism, or, if the child really needs no consent, make sure the rules on the parent were meant to cover it.</source>
      <translation>Geben Sie dem untergeordneten Zweck den Einwilligungsmechanismus des übergeordneten, oder stellen Sie, falls er wirklich keine Einwilligung braucht, sicher, dass die Regeln des übergeordneten Zwecks ihn abdecken sollten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Health, biometric, genetic and other special-category data is banned unless one of the conditions of GDPR Art. 9(2) applies, on top of the Art. 6 legal basis.</source>
      <translation>Gesundheits-, biometrische, genetische und andere Daten besonderer Kategorien sind verboten, sofern nicht zusätzlich zur Rechtsgrundlage nach Art. 6 eine der Bedingungen des Art. 9 Abs. 2 DSGVO greift.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Legitimate interests without an assessment</source>
      <translation>Berechtigte Interessen ohne Abwägung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Opt-in consent not relied on</source>
      <translation>Opt-in-Einwilligung ohne Rechtsgrundlage Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>People must be able to withdraw consent as easily as they gave it (GDPR Art. 7(3)).</source>
      <translation>Betroffene Personen müssen ihre Einwilligung so einfach widerrufen können, wie sie sie erteilt haben (Art. 7 Abs. 3 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Personal data may only be used on a lawful basis (GDPR Art. 6). A purpose that rules allow data for, but that names no basis, cannot be justified to a regulator.</source>
      <translation>Personenbezogene Daten dürfen nur auf einer Rechtsgrundlage verwendet werden (Art. 6 DSGVO). Ein Zweck, für den Regeln Daten erlauben, der aber keine Rechtsgrundlage nennt, lässt sich gegenüber einer Aufsichtsbehörde nicht rechtfertigen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Record the reference of the assessment in the purpose's 'lia' field, or choose another legal basis.</source>
      <translation>Tragen Sie die Referenz der Abwägung im Feld 'lia' des Zwecks ein, oder wählen Sie eine andere Rechtsgrundlage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Relying on legitimate interests needs a documented balancing test (a legitimate interests assessment) showing that people's rights do not override the interest.</source>
      <translation>Wer sich auf berechtigte Interessen stützt, braucht eine dokumentierte Interessenabwägung, die zeigt, dass die Rechte der betroffenen Personen das Interesse nicht überwiegen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Remove the Art. 9 condition, or check that the rules allow the data you meant.</source>
      <translation>Entfernen Sie die Bedingung nach Art. 9, oder prüfen Sie, ob die Regeln die gemeinten Daten erlauben.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Sale or sharing without an opt-out (CPRA)</source>
      <translation>Verkauf oder Weitergabe ohne Opt-out (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's Art. 9 condition (for example explicit consent), or stop allowing special-category data for it.</source>
      <translation>Legen Sie die Bedingung nach Art. 9 für den Zweck fest (zum Beispiel ausdrückliche Einwilligung), oder erlauben Sie dafür keine Daten besonderer Kategorien mehr.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's consent mechanism to opt-in, or choose the Art. 9 condition that really applies.</source>
      <translation>Setzen Sie den Einwilligungsmechanismus des Zwecks auf Opt-in, oder wählen Sie die Bedingung nach Art. 9, die tatsächlich greift.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's consent mechanism to opt-in, or choose the legal basis the purpose really relies on.</source>
      <translation>Setzen Sie den Einwilligungsmechanismus des Zwecks auf Opt-in, oder wählen Sie die Rechtsgrundlage, auf die sich der Zweck tatsächlich stützt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's legal basis (consent, contract, legal obligation, vital interests, public task or legitimate interests).</source>
      <translation>Legen Sie die Rechtsgrundlage des Zwecks fest (Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, öffentliche Aufgabe oder berechtigte Interessen).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's legal basis, or delete the purpose if nobody needs it.</source>
      <translation>Legen Sie die Rechtsgrundlage des Zwecks fest, oder löschen Sie den Zweck, wenn niemand ihn braucht.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Special-category data without an Art. 9 condition</source>
      <translation>Daten besonderer Kategorien ohne Bedingung nach Art. 9</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>The Art. 9 condition 'explicit consent' needs an express statement from the person; it cannot be met by an opt-out or without asking.</source>
      <translation>Die Bedingung 'ausdrückliche Einwilligung' nach Art. 9 erfordert eine ausdrückliche Erklärung der Person; ein Opt-out oder ein Verzicht auf die Nachfrage genügt nicht.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>The purpose collects opt-in consent but names another legal basis. People are told their consent matters, yet withdrawing it would not stop the use; that misleads them and muddles which rules apply.</source>
      <translation>Der Zweck holt eine Opt-in-Einwilligung ein, nennt aber eine andere Rechtsgrundlage. Den Menschen wird gesagt, ihre Einwilligung zähle, doch ihr Widerruf würde die Nutzung nicht beenden; das führt sie in die Irre und verwischt, welche Regeln gelten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>The purpose has no legal basis. No rule allows data for it yet, but it will need one before any rule does.</source>
      <translation>Der Zweck hat keine Rechtsgrundlage. Noch erlaubt keine Regel Daten für ihn, aber er braucht eine, bevor das eine Regel tut.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>The purpose names an Art. 9 condition, but no allow rule uses special-category data for it. The condition may be left over from an earlier version.</source>
      <translation>Der Zweck nennt eine Bedingung nach Art. 9, aber keine Erlaubnisregel verwendet dafür Daten besonderer Kategorien. Die Bedingung stammt vielleicht aus einer früheren Fassung.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Unused purpose without a legal basis</source>
      <translation>Ungenutzter Zweck ohne Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Used purpose without a legal basis</source>
      <translation>Genutzter Zweck ohne Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>a rule on {parent} would allow it</source>
      <translation>eine Regel für {parent} würde ihn erlauben</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>no consent</source>
      <translation>keine Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>only an opt-out</source>
      <translation>nur ein Opt-out</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>opt-in consent</source>
      <translation>eine Opt-in-Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} asks for opt-in consent but relies on {bases}, not on consent</source>
      <translation>Der Zweck {purpose} holt eine Opt-in-Einwilligung ein, stützt sich aber auf {bases}, nicht auf die Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} asks {asks}, less than its parent {parent} ({parent_asks}): {effect} without the consent {parent} asks for</source>
      <translation>Der Zweck {purpose} verlangt {asks}, weniger als sein übergeordneter Zweck {parent} ({parent_asks}): {effect} ohne die Einwilligung, die {parent} verlangt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} has no legal basis (an allow rule uses it)</source>
      <translation>Der Zweck {purpose} hat keine Rechtsgrundlage (eine Erlaubnisregel verwendet ihn)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} has no legal basis (no allow rule uses it yet)</source>
      <translation>Der Zweck {purpose} hat keine Rechtsgrundlage (noch verwendet ihn keine Erlaubnisregel)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is allowed criminal-offence data ({categories}, by rule {rules}) on the basis of {bases}</source>
      <translation>Für den Zweck {purpose} sind Daten über Straftaten erlaubt ({categories}, durch die Regel {rules}) auf der Grundlage von {bases}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is allowed criminal-offence data ({categories}, by rules {rules}) on the basis of {bases}</source>
      <translation>Für den Zweck {purpose} sind Daten über Straftaten erlaubt ({categories}, durch die Regeln {rules}) auf der Grundlage von {bases}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is allowed special-category data ({categories}, by rule {rules}) but has no Art. 9 condition</source>
      <translation>Für den Zweck {purpose} sind Daten besonderer Kategorien erlaubt ({categories}, durch die Regel {rules}), er hat aber keine Bedingung nach Art. 9</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is allowed special-category data ({categories}, by rules {rules}) but has no Art. 9 condition</source>
      <translation>Für den Zweck {purpose} sind Daten besonderer Kategorien erlaubt ({categories}, durch die Regeln {rules}), er hat aber keine Bedingung nach Art. 9</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is based on consent but does not offer the right to withdraw it</source>
      <translation>Der Zweck {purpose} beruht auf Einwilligung, bietet aber nicht das Recht, sie zu widerrufen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is for {kind} but does not offer the right to opt out of sale or sharing</source>
      <translation>Der Zweck {purpose} dient {kind}, bietet aber nicht das Recht, dem Verkauf oder der Weitergabe zu widersprechen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} names an Art. 9 condition but no allow rule uses special-category data for it</source>
      <translation>Der Zweck {purpose} nennt eine Bedingung nach Art. 9, aber keine Erlaubnisregel verwendet dafür Daten besonderer Kategorien</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} relies on consent{where} but its consent mechanism is {mechanism}, not opt-in</source>
      <translation>Der Zweck {purpose} beruht auf Einwilligung{where}, sein Einwilligungsmechanismus ist aber {mechanism}, nicht Opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} relies on explicit consent for special-category data but its consent mechanism is {mechanism}</source>
      <translation>Der Zweck {purpose} stützt sich für Daten besonderer Kategorien auf ausdrückliche Einwilligung, sein Einwilligungsmechanismus ist aber {mechanism}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} relies on legitimate interests{where} but names no legitimate interests assessment</source>
      <translation>Der Zweck {purpose} stützt sich auf berechtigte Interessen{where}, nennt aber keine Interessenabwägung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} sells and shares personal information but does not offer the right to opt out of sale or sharing</source>
      <translation>Der Zweck {purpose} verkauft personenbezogene Informationen und gibt sie weiter, bietet aber nicht das Recht, dem Verkauf oder der Weitergabe zu widersprechen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} sells personal information but does not offer the right to opt out of sale or sharing</source>
      <translation>Der Zweck {purpose} verkauft personenbezogene Informationen, bietet aber nicht das Recht, dem Verkauf oder der Weitergabe zu widersprechen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} shares personal information but does not offer the right to opt out of sale or sharing</source>
      <translation>Der Zweck {purpose} gibt personenbezogene Informationen weiter, bietet aber nicht das Recht, dem Verkauf oder der Weitergabe zu widersprechen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>rule {rules} on {parent} allows it</source>
      <translation>Regel {rules} für {parent} erlaubt ihn</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>rules {rules} on {parent} allow it</source>
      <translation>die Regeln {rules} für {parent} erlauben ihn</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>set the consent of {purpose} to {mechanism}</source>
      <translation>setzen Sie die Einwilligung von {purpose} auf {mechanism}</translation>
    </message>
  </context>
  <context>
    <name>checks/placeholders</name>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>Replace the text with the organisation's real details; approval is refused until no placeholder remains.</source>
      <translation>Ersetzen Sie den Text durch die tatsächlichen Angaben der Organisation; die Freigabe wird verweigert, solange noch ein Platzhalter vorhanden ist.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>Template placeholder text</source>
      <translation>Platzhaltertext aus einer Vorlage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>The policy still holds text a template asked to replace (a made-up organisation, an address on an example domain, a sample description). Published or approved, it would tell people and regulators something untrue.</source>
      <translation>Die Richtlinie enthält noch Text, den eine Vorlage zu ersetzen bat (eine erfundene Organisation, eine Adresse auf einer Beispieldomain, eine Musterbeschreibung). Veröffentlicht oder freigegeben, würde sie Menschen und Aufsichtsbehörden etwas Unwahres mitteilen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>replace it with the real text</source>
      <translation>ersetzen Sie ihn durch den tatsächlichen Text</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>{field} still holds placeholder text '{text}'</source>
      <translation>{field} enthält noch den Platzhaltertext '{text}'</translation>
    </message>
  </context>
  <context>
    <name>checks/retention</name>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>A retention period should be justified: by a law (e.g. a tax code's ten-year rule), a contract, or a stated business need. Without one, reviewers cannot tell whether the period is too long.</source>
      <translation>Eine Speicherdauer sollte begründet sein: durch ein Gesetz (z. B. die zehnjährige Aufbewahrungspflicht des Steuerrechts), einen Vertrag oder einen genannten geschäftlichen Bedarf. Ohne Begründung können Prüfer nicht beurteilen, ob die Dauer zu lang ist.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Add a retention rule for the category (for any purpose, or for the purposes listed), with a duration, a trigger and a disposition.</source>
      <translation>Fügen Sie eine Aufbewahrungsregel für die Kategorie hinzu (für jeden Zweck oder für die genannten Zwecke), mit Dauer, Auslöser und Verbleib.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Allowed data without a retention period</source>
      <translation>Erlaubte Daten ohne Speicherdauer</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Ambiguous retention periods</source>
      <translation>Mehrdeutige Speicherdauern</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Check that the hold or the cited law still applies; set a duration once it ends.</source>
      <translation>Prüfen Sie, ob die Aufbewahrungspflicht oder das genannte Gesetz noch gilt; legen Sie eine Dauer fest, sobald sie endet.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Data kept indefinitely</source>
      <translation>Unbefristet gespeicherte Daten</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Data kept indefinitely, with a reason</source>
      <translation>Unbefristet gespeicherte Daten, mit Begründung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Data may be kept no longer than its purpose needs (storage limitation, GDPR Art. 5(1)(e)). For this use no retention rule says how long the data is kept or what happens to it afterwards.</source>
      <translation>Daten dürfen nicht länger gespeichert werden, als ihr Zweck es erfordert (Speicherbegrenzung, Art. 5 Abs. 1 lit. e DSGVO). Für diese Nutzung sagt keine Aufbewahrungsregel, wie lange die Daten gespeichert werden oder was danach mit ihnen geschieht.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Delete the category from the retention rule, or add the allow rule it was written for.</source>
      <translation>Entfernen Sie die Kategorie aus der Aufbewahrungsregel, oder fügen Sie die Erlaubnisregel hinzu, für die sie geschrieben wurde.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Fill in the citation: the law, contract clause or reason behind the period.</source>
      <translation>Tragen Sie die Begründung ein: das Gesetz, die Vertragsklausel oder den Grund für die Dauer.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Give a duration (e.g. P2Y), or, if the law requires keeping the data, set the legal hold or archive it with the citation of that law.</source>
      <translation>Geben Sie eine Dauer an (z. B. P2Y), oder, wenn das Gesetz die Aufbewahrung verlangt, setzen Sie die Aufbewahrungspflicht oder archivieren Sie die Daten unter Angabe dieses Gesetzes.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Give the real period (e.g. P10Y), or 'indefinite' with a legal hold or a cited reason if the data is kept without an end.</source>
      <translation>Geben Sie die tatsächliche Dauer an (z. B. P10Y), oder 'indefinite' mit einer Aufbewahrungspflicht oder einer genannten Begründung, wenn die Daten unbefristet gespeichert werden.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Keeping personal data without an end date goes against storage limitation (GDPR Art. 5(1)(e)); regulators expect a period or at least criteria to set one.</source>
      <translation>Personenbezogene Daten ohne Enddatum zu speichern widerspricht der Speicherbegrenzung (Art. 5 Abs. 1 lit. e DSGVO); Aufsichtsbehörden erwarten eine Dauer oder zumindest Kriterien für ihre Festlegung.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Make one rule more specific (a narrower category or a purpose), give both the same terms, or delete one of them.</source>
      <translation>Machen Sie eine Regel spezifischer (eine engere Kategorie oder ein Zweck), geben Sie beiden dieselben Bedingungen oder löschen Sie eine davon.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Name the purpose the data is really used for, or remove the purpose so the rule applies whatever the purpose.</source>
      <translation>Nennen Sie den Zweck, für den die Daten tatsächlich genutzt werden, oder entfernen Sie den Zweck, damit die Regel für jeden Zweck gilt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Retention for a purpose the data is not used for</source>
      <translation>Aufbewahrung für einen Zweck, für den die Daten nicht genutzt werden</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Retention for data no rule allows</source>
      <translation>Aufbewahrung für Daten, die keine Regel erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Retention period longer than any calendar</source>
      <translation>Speicherdauer länger als jeder Kalender</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Retention period without a reason</source>
      <translation>Speicherdauer ohne Begründung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>The data is kept without an end date, but under legal hold or archived with a cited reason. That can be lawful; it should still be reviewed from time to time.</source>
      <translation>Die Daten werden ohne Enddatum gespeichert, aber unter einer Aufbewahrungspflicht oder archiviert mit genannter Begründung. Das kann rechtmäßig sein; es sollte dennoch von Zeit zu Zeit überprüft werden.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>The period runs past the year 9999, so no date can be given for the end of the retention: schedules, exports and people cannot say when the data goes.</source>
      <translation>Die Dauer reicht über das Jahr 9999 hinaus, sodass kein Datum für das Ende der Aufbewahrung angegeben werden kann: Aufbewahrungspläne, Exporte und Menschen können nicht sagen, wann die Daten gelöscht werden.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>The retention rule is about a category that no allow rule uses, so it governs nothing. It may be left over, or an allow rule may be missing.</source>
      <translation>Die Aufbewahrungsregel betrifft eine Kategorie, die keine Erlaubnisregel verwendet, und regelt daher nichts. Sie ist vielleicht übrig geblieben, oder es fehlt eine Erlaubnisregel.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>The retention rule is limited to a purpose, but no allow rule allows its categories for that purpose, so that part of the rule never applies. Usually the purpose is misspelt or the wrong one.</source>
      <translation>Die Aufbewahrungsregel ist auf einen Zweck beschränkt, aber keine Erlaubnisregel erlaubt ihre Kategorien für diesen Zweck; dieser Teil der Regel greift also nie. Meist ist der Zweck falsch geschrieben oder der falsche.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Two retention rules apply equally well to the same data and purpose but say different things. The shortest period wins (a fixed period before criteria, criteria before indefinite), so the other rule never applies there, which is rarely what its author meant.</source>
      <translation>Zwei Aufbewahrungsregeln passen gleich gut auf dieselben Daten und denselben Zweck, sagen aber Unterschiedliches. Die kürzeste Dauer gewinnt (eine feste Dauer vor Kriterien, Kriterien vor unbefristet), sodass die andere Regel dort nie greift, was selten die Absicht ihres Verfassers ist.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>add a retention rule for {category}</source>
      <translation>fügen Sie eine Aufbewahrungsregel für {category} hinzu</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>category {category} has no retention period when used for purpose {purposes}</source>
      <translation>Die Kategorie {category} hat keine Speicherdauer, wenn sie für den Zweck {purposes} genutzt wird</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>category {category} has no retention period when used for purposes {purposes}</source>
      <translation>Die Kategorie {category} hat keine Speicherdauer, wenn sie für die Zwecke {purposes} genutzt wird</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>make one of the rules more specific or give them the same terms</source>
      <translation>machen Sie eine der Regeln spezifischer oder geben Sie ihnen dieselben Bedingungen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} gives no reason for its period</source>
      <translation>Die Aufbewahrungsregel {rule} nennt keine Begründung für ihre Dauer</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} is about category {category}, which no allow rule uses</source>
      <translation>Die Aufbewahrungsregel {rule} betrifft die Kategorie {category}, die keine Erlaubnisregel verwendet</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} is for purpose {purpose}, but no allow rule allows {categories} for it</source>
      <translation>Die Aufbewahrungsregel {rule} gilt für den Zweck {purpose}, aber keine Erlaubnisregel erlaubt dafür {categories}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} keeps data for {period}, longer than any calendar date can count</source>
      <translation>Die Aufbewahrungsregel {rule} speichert Daten für {period}, länger als jedes Kalenderdatum reicht</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} keeps {categories} indefinitely</source>
      <translation>Die Aufbewahrungsregel {rule} speichert {categories} unbefristet</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} keeps {categories} indefinitely (archived, with a citation)</source>
      <translation>Die Aufbewahrungsregel {rule} speichert {categories} unbefristet (archiviert, mit Begründung)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} keeps {categories} indefinitely (under legal hold)</source>
      <translation>Die Aufbewahrungsregel {rule} speichert {categories} unbefristet (unter Aufbewahrungspflicht)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rules {winner} and {other} apply equally to category {category} for purpose {purpose}: {terms}; {other_terms}. Only {winner} takes effect there</source>
      <translation>Die Aufbewahrungsregeln {winner} und {other} gelten gleichermaßen für die Kategorie {category} für den Zweck {purpose}: {terms}; {other_terms}. Dort greift nur {winner}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rules {winner} and {other} apply equally to category {category}: {terms}; {other_terms}. Only {winner} takes effect there</source>
      <translation>Die Aufbewahrungsregeln {winner} und {other} gelten gleichermaßen für die Kategorie {category}: {terms}; {other_terms}. Dort greift nur {winner}</translation>
    </message>
  </context>
  <context>
    <name>checks/structure</name>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A canonical JSON file states the digest of its content; a different digest means the file was changed after it was exported, so it may not be what was approved.</source>
      <translation>Eine kanonische JSON-Datei nennt den Digest ihres Inhalts; ein abweichender Digest bedeutet, dass die Datei nach dem Export geändert wurde und womöglich nicht dem Freigegebenen entspricht.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A list names the same id twice, or names both an item and one of its ancestors; the ancestor already covers its descendants.</source>
      <translation>Eine Liste nennt dieselbe Id zweimal oder sowohl einen Eintrag als auch einen seiner Vorfahren; der Vorfahr deckt seine Nachkommen bereits ab.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A retention rule that names no data category says how long nothing is kept.</source>
      <translation>Eine Aufbewahrungsregel ohne Datenkategorie sagt, wie lange nichts gespeichert wird.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A rule is limited to a group of people the policy does not declare.</source>
      <translation>Eine Regel ist auf eine Personengruppe beschränkt, die die Richtlinie nicht deklariert.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A rule names a purpose the policy does not declare: it has no legal basis or consent mechanism, so decisions about it cannot be justified.</source>
      <translation>Eine Regel nennt einen Zweck, den die Richtlinie nicht deklariert: Er hat weder Rechtsgrundlage noch Einwilligungsmechanismus, sodass Entscheidungen darüber nicht zu rechtfertigen sind.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A rule or retention rule names a data category the policy does not declare, so nobody can tell what data it is about; usually a typo.</source>
      <translation>Eine Regel oder Aufbewahrungsregel nennt eine Datenkategorie, die die Richtlinie nicht deklariert, sodass niemand sagen kann, um welche Daten es geht; meist ein Tippfehler.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A rule shares data with a recipient the policy does not declare, so its country and transfer safeguards are unknown.</source>
      <translation>Eine Regel gibt Daten an einen Empfänger weiter, den die Richtlinie nicht deklariert; sein Land und seine Übermittlungsgarantien sind daher unbekannt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A use rule with no categories or no purposes covers nothing and never takes effect.</source>
      <translation>Eine Nutzungsregel ohne Kategorien oder ohne Zwecke deckt nichts ab und greift nie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Add the data categories and purposes the rule is about, or delete the rule.</source>
      <translation>Fügen Sie die Datenkategorien und Zwecke hinzu, um die es in der Regel geht, oder löschen Sie die Regel.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Add the data categories the retention period applies to, or delete the rule.</source>
      <translation>Fügen Sie die Datenkategorien hinzu, für die die Speicherdauer gilt, oder löschen Sie die Regel.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Digest does not match content</source>
      <translation>Digest passt nicht zum Inhalt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Duplicate id</source>
      <translation>Doppelte Id</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Export the canonical JSON again from the approved policy, or review the change.</source>
      <translation>Exportieren Sie das kanonische JSON erneut aus der freigegebenen Richtlinie, oder prüfen Sie die Änderung.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Ids must be unique within their section: rules, exports and decisions refer to items by id, so two items with one id make the policy ambiguous.</source>
      <translation>Ids müssen innerhalb ihres Abschnitts eindeutig sein: Regeln, Exporte und Entscheidungen verweisen über die Id auf Einträge, daher machen zwei Einträge mit derselben Id die Richtlinie mehrdeutig.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Pick a declared category, or declare the missing one.</source>
      <translation>Wählen Sie eine deklarierte Kategorie, oder deklarieren Sie die fehlende.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Pick a declared data subject, or declare the missing one.</source>
      <translation>Wählen Sie eine deklarierte Gruppe betroffener Personen, oder deklarieren Sie die fehlende.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Pick a declared purpose, or declare the missing one with its legal basis.</source>
      <translation>Wählen Sie einen deklarierten Zweck, oder deklarieren Sie den fehlenden mit seiner Rechtsgrundlage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Pick a declared recipient, or declare the missing one with its country.</source>
      <translation>Wählen Sie einen deklarierten Empfänger, oder deklarieren Sie den fehlenden mit seinem Land.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Redundant reference</source>
      <translation>Überflüssiger Verweis</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Remove the repeated or already covered id.</source>
      <translation>Entfernen Sie die wiederholte oder bereits abgedeckte Id.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Rename one of the items (references follow the rename in the editor), or merge them into one.</source>
      <translation>Benennen Sie einen der Einträge um (Verweise folgen der Umbenennung im Editor), oder führen Sie sie zu einem zusammen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Retention rule without categories</source>
      <translation>Aufbewahrungsregel ohne Kategorien</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Rule without categories or purposes</source>
      <translation>Regel ohne Kategorien oder Zwecke</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Unknown data category</source>
      <translation>Unbekannte Datenkategorie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Unknown data subject</source>
      <translation>Unbekannte betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Unknown purpose</source>
      <translation>Unbekannter Zweck</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Unknown recipient</source>
      <translation>Unbekannter Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>declare '{value}' under {section}</source>
      <translation>deklarieren Sie '{value}' unter {section}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>did you mean '{nearest}'?</source>
      <translation>meinten Sie '{nearest}'?</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>retention rule {rule} lists no categories</source>
      <translation>Die Aufbewahrungsregel {rule} nennt keine Kategorien</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>rule {rule} lists no categories</source>
      <translation>Regel {rule} nennt keine Kategorien</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>rule {rule} lists no purposes</source>
      <translation>Regel {rule} nennt keine Zwecke</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>the file says its digest is {declared}, but its content has {actual}</source>
      <translation>Laut Datei ist ihr Digest {declared}, ihr Inhalt hat aber {actual}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>two {items} have the id '{id}' (the first is {item} {position} in the list)</source>
      <translation>Zwei Einträge in {items} haben die Id '{id}' (der erste ist {item} Nr. {position} der Liste)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>{kind} {item} lists '{value}' twice</source>
      <translation>{kind} {item} nennt '{value}' zweimal</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>{kind} {item} lists '{value}', already covered by '{cover}'</source>
      <translation>{kind} {item} nennt '{value}', das bereits durch '{cover}' abgedeckt ist</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>{kind} {item} refers to the unknown {word} '{value}'</source>
      <translation>{kind} {item} verweist auf '{value}', das nicht als {word} deklariert ist</translation>
    </message>
  </context>
</TS>
