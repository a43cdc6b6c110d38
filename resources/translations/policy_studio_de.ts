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
    <name>art30</name>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source> and </source>
      <translation> und </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/art30.html.j2" />
      <source>%n activities, one per purpose; a purpose within another is numbered under it.</source>
      <translation>
        <numerusform>%n Tätigkeit, eine je Zweck; ein Zweck innerhalb eines anderen ist darunter nummeriert.</numerusform>
        <numerusform>%n Tätigkeiten, eine je Zweck; ein Zweck innerhalb eines anderen ist darunter nummeriert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n criminal offence data</source>
      <translation>
        <numerusform>%n Daten über Straftaten</numerusform>
        <numerusform>%n Daten über Straftaten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n of the rules are under legal hold.</source>
      <translation>
        <numerusform>%n der Regeln unterliegt einer Aufbewahrungspflicht (Legal Hold).</numerusform>
        <numerusform>%n der Regeln unterliegen einer Aufbewahrungspflicht (Legal Hold).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_words.py" />
      <source>%n recipients in {places}</source>
      <translation>
        <numerusform>%n Empfänger in {places}</numerusform>
        <numerusform>%n Empfänger in {places}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n special category</source>
      <translation>
        <numerusform>%n besondere Kategorie</numerusform>
        <numerusform>%n besondere Kategorien</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>Any data subject (the rules do not limit them)</source>
      <translation>Jede betroffene Person (die Regeln schränken sie nicht ein)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>Any data subject (the rules do not limit them), including:</source>
      <translation>Jede betroffene Person (die Regeln schränken sie nicht ein), darunter:</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Applies to all processing: {measures}</source>
      <translation>Gilt für jede Verarbeitung: {measures}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>April</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Assessment: {text}</source>
      <translation>Abwägung: {text}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>August</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Automated decision-making, including profiling</source>
      <translation>Automatisierte Entscheidungsfindung einschließlich Profiling</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Balancing test: {text}</source>
      <translation>Interessenabwägung: {text}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Categories of data subjects</source>
      <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Categories of personal data</source>
      <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Categories of recipients</source>
      <translation>Kategorien von Empfängern</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Contact details</source>
      <translation>Kontaktdaten</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Content digest:</source>
      <translation>Inhalts-Prüfsumme:</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Controller</source>
      <translation>Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Controller served</source>
      <translation>Betreuter Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Controller served: contact details</source>
      <translation>Betreuter Verantwortlicher: Kontaktdaten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Controller served: processing contract (GDPR Art. 28)</source>
      <translation>Betreuter Verantwortlicher: Auftragsverarbeitungsvertrag (Art. 28 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Controller served: representative (GDPR Art. 27)</source>
      <translation>Betreuter Verantwortlicher: Vertreter (Art. 27 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Data protection impact assessment</source>
      <translation>Datenschutz-Folgenabschätzung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Data protection officer</source>
      <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>December</source>
      <translation>Dezember</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Digest</source>
      <translation>Prüfsumme</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Done</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Established in</source>
      <translation>Niedergelassen in</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>February</source>
      <translation>Februar</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>GDPR Art. 30(1), controller’s record</source>
      <translation>Art. 30 Abs. 1 DSGVO, Verzeichnis des Verantwortlichen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>GDPR Art. 30(2)</source>
      <translation>Art. 30 Abs. 2 DSGVO</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Generated by Policy Studio from policy {policy} {version}; content digest {digest}. The machine file with the same digest says exactly what this record says.</source>
      <translation>Von Policy Studio erzeugt aus der Richtlinie {policy} {version}; Inhalts-Prüfsumme {digest}. Die maschinenlesbare Datei mit derselben Prüfsumme sagt genau, was dieses Verzeichnis sagt.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>In progress</source>
      <translation>In Bearbeitung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>January</source>
      <translation>Januar</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Joint controllers</source>
      <translation>Gemeinsam Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>July</source>
      <translation>Juli</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>June</source>
      <translation>Juni</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Lawful basis (GDPR Art. 6)</source>
      <translation>Rechtsgrundlage (Art. 6 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Laws applied</source>
      <translation>Angewandtes Recht</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Legal hold: {reason}.</source>
      <translation>Aufbewahrungspflicht (Legal Hold): {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Legitimate interests</source>
      <translation>Berechtigte Interessen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>March</source>
      <translation>März</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>May</source>
      <translation>Mai</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>NO CONTRACT REFERENCED</source>
      <translation>KEIN VERTRAG ANGEGEBEN</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>NO SAFEGUARD RECORDED</source>
      <translation>KEINE GARANTIE ERFASST</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>NOT LISTED under Processing for controllers</source>
      <translation>NICHT AUFGEFÜHRT unter Verarbeitung für Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>No purpose is recorded as carried out on behalf of this controller.</source>
      <translation>Für diesen Verantwortlichen ist kein Zweck als in seinem Auftrag verfolgt erfasst.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>No retention rule for %n categories (in {families}).</source>
      <translation>
        <numerusform>Keine Aufbewahrungsregel für %n Kategorie (in {families}).</numerusform>
        <numerusform>Keine Aufbewahrungsregel für %n Kategorien (in {families}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>No security measures are recorded in the policy.</source>
      <translation>In der Richtlinie sind keine Sicherheitsmaßnahmen erfasst.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>No transfer outside the EEA for the other recipients ({recipients}).</source>
      <translation>Keine Übermittlung außerhalb des EWR für die übrigen Empfänger ({recipients}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>No transfer outside the EEA: every recipient is in the EEA ({recipients}).</source>
      <translation>Keine Übermittlung außerhalb des EWR: Jeder Empfänger befindet sich im EWR ({recipients}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>No transfer outside the country of establishment for the other recipients ({recipients}).</source>
      <translation>Keine Übermittlung außerhalb des Niederlassungslandes für die übrigen Empfänger ({recipients}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>No transfer outside the country of establishment: every recipient is in the country of establishment or a country it recognises as adequate without conditions ({recipients}).</source>
      <translation>Keine Übermittlung außerhalb des Niederlassungslandes: Jeder Empfänger befindet sich im Niederlassungsland oder in einem Land, das es ohne Bedingungen als angemessen anerkennt ({recipients}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Not needed (screened out)</source>
      <translation>Nicht erforderlich (in der Vorprüfung ausgeschlossen)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Not recorded, although {signs}: record whether people are profiled and whether decisions are taken solely by automated means (GDPR Art. 22).</source>
      <translation>Nicht erfasst, obwohl {signs}: Erfassen Sie, ob Personen einem Profiling unterliegen und ob Entscheidungen ausschließlich automatisiert getroffen werden (Art. 22 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>November</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>October</source>
      <translation>Oktober</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>On behalf of {name}</source>
      <translation>Im Auftrag von {name}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>Other recipients</source>
      <translation>Sonstige Empfänger</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Processing activities</source>
      <translation>Verarbeitungstätigkeiten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Processing activity</source>
      <translation>Verarbeitungstätigkeit</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Processing carried out on behalf of each controller</source>
      <translation>Verarbeitungen im Auftrag jedes Verantwortlichen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Processing contract (GDPR Art. 28)</source>
      <translation>Auftragsverarbeitungsvertrag (Art. 28 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Processor</source>
      <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Processor contracts (GDPR Art. 28)</source>
      <translation>Auftragsverarbeitungsverträge (Art. 28 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Processors</source>
      <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Public authorities</source>
      <translation>Behörden</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Published (anyone can see it)</source>
      <translation>Veröffentlicht (für jeden sichtbar)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Purposes of the processing</source>
      <translation>Zwecke der Verarbeitung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Record created</source>
      <translation>Verzeichnis angelegt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Record last updated</source>
      <translation>Verzeichnis zuletzt aktualisiert</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Record of processing activities</source>
      <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>Record of processing activities (processor)</source>
      <translation>Verzeichnis von Verarbeitungstätigkeiten (Auftragsverarbeiter)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Record of processing activities carried out as processor</source>
      <translation>Verzeichnis der als Auftragsverarbeiter durchgeführten Verarbeitungstätigkeiten</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Record of processing activities: {title}</source>
      <translation>Verzeichnis von Verarbeitungstätigkeiten: {title}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Representative (GDPR Art. 27)</source>
      <translation>Vertreter (Art. 27 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Required by the rules for these uses: {measures}</source>
      <translation>Von den Regeln für diese Verwendungen verlangt: {measures}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Required, not started</source>
      <translation>Erforderlich, nicht begonnen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Sale and sharing (CCPA/CPRA)</source>
      <translation>Verkauf und Weitergabe (CCPA/CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Security measures</source>
      <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>September</source>
      <translation>September</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>Set for each category by %n retention rules (see the retention schedule): {period}, then {dispositions}.</source>
      <translation>
        <numerusform>Für jede Kategorie durch %n Aufbewahrungsregel festgelegt (siehe Aufbewahrungsplan): {period}, danach {dispositions}.</numerusform>
        <numerusform>Für jede Kategorie durch %n Aufbewahrungsregeln festgelegt (siehe Aufbewahrungsplan): {period}, danach {dispositions}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>Some categories are kept indefinitely.</source>
      <translation>Einige Kategorien werden unbefristet aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>Some periods also depend on criteria stated in the rules.</source>
      <translation>Einige Fristen hängen zudem von in den Regeln genannten Kriterien ab.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Source of the personal data</source>
      <translation>Herkunft der personenbezogenen Daten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Special category condition (GDPR Art. 9)</source>
      <translation>Bedingung für besondere Kategorien (Art. 9 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Technical and organisational security measures</source>
      <translation>Technische und organisatorische Sicherheitsmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>The controller</source>
      <translation>Der Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>The organisation processes no personal data on behalf of other controllers: the policy lists none under Processing for controllers.</source>
      <translation>Die Organisation verarbeitet keine personenbezogenen Daten im Auftrag anderer Verantwortlicher: Die Richtlinie führt unter Verarbeitung für Verantwortliche keinen auf.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>The policy declares no purposes of its own.</source>
      <translation>Die Richtlinie gibt keine eigenen Zwecke an.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>The processor</source>
      <translation>Der Auftragsverarbeiter</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Third parties (independent controllers)</source>
      <translation>Dritte (eigenständige Verantwortliche)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Time limits for erasure</source>
      <translation>Fristen für die Löschung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>To {places}: {ground}</source>
      <translation>Nach {places}: {ground}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Transfers to third countries and safeguards</source>
      <translation>Übermittlungen in Drittländer und Garantien</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Under legal hold.</source>
      <translation>Unterliegt einer Aufbewahrungspflicht (Legal Hold).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Within the organisation</source>
      <translation>Innerhalb der Organisation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>a parent's or guardian's consent for a child below the age of digital consent</source>
      <translation>Einwilligung eines Elternteils oder Vormunds für ein Kind unter dem Alter der digitalen Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>adequacy decision (GDPR Art. 45)</source>
      <translation>Angemessenheitsbeschluss (Art. 45 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>adequacy decision (GDPR Art. 45; the country is recognised as adequate, not recorded for this recipient)</source>
      <translation>Angemessenheitsbeschluss (Art. 45 DSGVO; das Land ist als angemessen anerkannt, für diesen Empfänger nicht erfasst)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>aggregation</source>
      <translation>Aggregierung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>anonymisation</source>
      <translation>Anonymisierung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>any recipient (a rule allows disclosure to anyone)</source>
      <translation>jeder Empfänger (eine Regel erlaubt die Offenlegung gegenüber jedem)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>binding corporate rules (GDPR Art. 47)</source>
      <translation>verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>children</source>
      <translation>Kinder</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>data minimisation</source>
      <translation>Datenminimierung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>derogation (GDPR Art. 49), which one is not recorded</source>
      <translation>Ausnahme (Art. 49 DSGVO), welche, ist nicht erfasst</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>derogation for a specific situation (GDPR Art. 49)</source>
      <translation>Ausnahme für bestimmte Fälle (Art. 49 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>derogation: {ground}</source>
      <translation>Ausnahme: {ground}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>encryption</source>
      <translation>Verschlüsselung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>establishing, exercising or defending legal claims (GDPR Art. 49(1)(e))</source>
      <translation>Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 49 Abs. 1 lit. e DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>from {shortest} to {longest}</source>
      <translation>von {shortest} bis {longest}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>from {starts}</source>
      <translation>ab {starts}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>important reasons of public interest (GDPR Art. 49(1)(d))</source>
      <translation>wichtige Gründe des öffentlichen Interesses (Art. 49 Abs. 1 lit. d DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>it uses data inferred about people ({categories}) for {kind}</source>
      <translation>er über Personen abgeleitete Daten ({categories}) für {kind} verwendet</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>made from a public register (GDPR Art. 49(1)(g))</source>
      <translation>aus einem öffentlichen Register (Art. 49 Abs. 1 lit. g DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>necessary for a contract made in the person's interest (GDPR Art. 49(1)(c))</source>
      <translation>erforderlich für einen im Interesse der Person geschlossenen Vertrag (Art. 49 Abs. 1 lit. c DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>necessary for a contract with the person or steps they asked for (GDPR Art. 49(1)(b))</source>
      <translation>erforderlich für einen Vertrag mit der Person oder von ihr beantragte Maßnahmen (Art. 49 Abs. 1 lit. b DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>no processor receives the data</source>
      <translation>kein Auftragsverarbeiter erhält die Daten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/art30_fields.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>none (no rule allows a use for this purpose)</source>
      <translation>keine (keine Regel erlaubt eine Verwendung für diesen Zweck)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>none appointed</source>
      <translation>keiner benannt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>none outside the organisation's own use</source>
      <translation>keine außerhalb der eigenen Verwendung der Organisation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/art30_fields.py" />
      <source>none recorded</source>
      <translation>keine erfasst</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>not applicable (the CCPA/CPRA does not apply)</source>
      <translation>nicht anwendbar (der CCPA/CPRA gilt nicht)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/art30_fields.py" />
      <location filename="../../app/exporters/art30_words.py" />
      <source>not recorded</source>
      <translation>nicht erfasst</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>not recorded: the controller is {gap}</source>
      <translation>nicht erfasst: Der Verantwortliche ist {gap}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>not relied on</source>
      <translation>nicht herangezogen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>notifying the person</source>
      <translation>Benachrichtigung der Person</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>pseudonymisation</source>
      <translation>Pseudonymisierung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>standard contractual clauses (GDPR Art. 46(2)(c))</source>
      <translation>Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>status {status}</source>
      <translation>Status {status}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>the person's explicit consent, informed of the risks (GDPR Art. 49(1)(a))</source>
      <translation>ausdrückliche Einwilligung der Person nach Unterrichtung über die Risiken (Art. 49 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>the purpose is of the profiling kind</source>
      <translation>der Zweck zur Art Profiling gehört</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>the whole family</source>
      <translation>die ganze Familie</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>the {regime} adequacy decision covers only part of the country: {condition}</source>
      <translation>der Angemessenheitsbeschluss nach {regime} deckt nur einen Teil des Landes ab: {condition}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>vital interests of a person who cannot consent (GDPR Art. 49(1)(f))</source>
      <translation>lebenswichtige Interessen einer Person, die nicht einwilligen kann (Art. 49 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>vulnerable people</source>
      <translation>schutzbedürftige Personen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>{category}, of which only:</source>
      <translation>{category}, davon nur:</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>{controller} (not listed under Processing for controllers)</source>
      <translation>{controller} (nicht unter Verarbeitung für Verantwortliche aufgeführt)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{count} of its %n categories</source>
      <translation>
        <numerusform>{count} ihrer %n Kategorie</numerusform>
        <numerusform>{count} ihrer %n Kategorien</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{date} (the effective date; no update date recorded)</source>
      <translation>{date} (Datum des Inkrafttretens; kein Aktualisierungsdatum erfasst)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{date} (the latest approval; no update date recorded)</source>
      <translation>{date} (letzte Freigabe; kein Aktualisierungsdatum erfasst)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{day} {month} {year}</source>
      <translation>{day}. {month} {year}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{items} or {last}</source>
      <translation>{items} oder {last}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>{names}:</source>
      <translation>{names}:</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>{names}: no retention rule</source>
      <translation>{names}: keine Aufbewahrungsregel</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>{names}: {rule}{citation}.{hold}</source>
      <translation>{names}: {rule}{citation}.{hold}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30.py" />
      <source>{name} (with the %n purposes within it)</source>
      <translation>
        <numerusform>{name} (mit dem %n darin enthaltenen Zweck)</numerusform>
        <numerusform>{name} (mit den %n darin enthaltenen Zwecken)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>{name}: {contract}</source>
      <translation>{name}: {contract}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{name}: {count}</source>
      <translation>{name}: {count}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>{name}: {description}</source>
      <translation>{name}: {description}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{name}: {places}</source>
      <translation>{name}: {places}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{place} (storage only)</source>
      <translation>{place} (nur Speicherung)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>{recipient} (not declared)</source>
      <translation>{recipient} (nicht angegeben)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>{recipient} to {places}: {ground}</source>
      <translation>{recipient} nach {places}: {ground}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{span}, counted from {starts}</source>
      <translation>{span}, gerechnet ab {starts}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{status}: {reference}</source>
      <translation>{status}: {reference}</translation>
    </message>
  </context>
  <context>
    <name>document standing</name>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>DRAFT: this document is not approved ({why}).</source>
      <translation>ENTWURF: Dieses Dokument ist nicht freigegeben ({why}).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/standing.py" />
      <source>Exported despite %n error finding: validation reports known problems in this policy (run policy-studio validate for the list).</source>
      <translation>
        <numerusform>Trotz %n Fehlerbefund exportiert: Die Prüfung meldet bekannte Probleme in dieser Richtlinie (die Liste zeigt policy-studio validate).</numerusform>
        <numerusform>Trotz %n Fehlerbefunden exportiert: Die Prüfung meldet bekannte Probleme in dieser Richtlinie (die Liste zeigt policy-studio validate).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/standing.py" />
      <source>Exported despite %n error findings: validation reports known problems in this policy (run policy-studio validate for the list).</source>
      <translation>
        <numerusform>Trotz %n Fehlerbefund exportiert: Die Prüfung meldet bekannte Probleme in dieser Richtlinie (die Liste zeigt policy-studio validate).</numerusform>
        <numerusform>Trotz %n Fehlerbefunden exportiert: Die Prüfung meldet bekannte Probleme in dieser Richtlinie (die Liste zeigt policy-studio validate).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>no approval of this content is recorded</source>
      <translation>für diesen Inhalt ist keine Freigabe erfasst</translation>
    </message>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>the policy changed after it was approved, so this content is not approved</source>
      <translation>die Richtlinie wurde nach ihrer Freigabe geändert, daher ist dieser Inhalt nicht freigegeben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>the policy's status is {status}</source>
      <translation>der Status der Richtlinie ist {status}</translation>
    </message>
  </context>
  <context>
    <name>pdf</name>
    <message>
      <location filename="../../app/exporters/pdf/writer.py" />
      <source>Content digest {digest}</source>
      <translation>Inhalts-Prüfsumme {digest}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>DRAFT - not approved</source>
      <translation>ENTWURF – nicht freigegeben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/writer.py" />
      <source>Page {page} of {count}</source>
      <translation>Seite {page} von {count}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/writer.py" />
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>{heading}: {title}</source>
      <translation>{heading}: {title}</translation>
    </message>
  </context>
</TS>
