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
      <location filename="../../app/exporters/dpia.py" />
      <source>Record created</source>
      <translation>Verzeichnis angelegt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/dpia.py" />
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
      <location filename="../../app/exporters/dpia.py" />
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
    <name>document words</name>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>and</source>
      <translation>und</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>or</source>
      <translation>oder</translation>
    </message>
    <message>
      <location filename="../../app/exporters/retention_csv.py" />
      <source>{period}, then {disposition}</source>
      <translation>{period}, danach {disposition}</translation>
    </message>
  </context>
  <context>
    <name>dpia</name>
    <message numerus="yes">
      <location filename="../../app/exporters/dpia.py" />
      <source>%n criteria met</source>
      <translation>
        <numerusform>%n Kriterium erfüllt</numerusform>
        <numerusform>%n Kriterien erfüllt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/dpia.py" />
      <source>%n criterion met</source>
      <translation>
        <numerusform>%n Kriterium erfüllt</numerusform>
        <numerusform>%n Kriterien erfüllt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Advice of the data protection officer</source>
      <translation>Rat des Datenschutzbeauftragten</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Conclusion</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Conclusion:</source>
      <translation>Ergebnis:</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Content digest:</source>
      <translation>Inhalts-Prüfsumme:</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Context</source>
      <translation>Kontext</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/dpia.py" />
      <source>DPIA draft</source>
      <translation>DSFA-Entwurf</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Data minimisation</source>
      <translation>Datenminimierung</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Data protection impact assessment (draft)</source>
      <translation>Datenschutz-Folgenabschätzung (Entwurf)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Data protection impact assessment: {title}</source>
      <translation>Datenschutz-Folgenabschätzung: {title}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Decision, by whom and when</source>
      <translation>Entscheidung, durch wen und wann</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Disappearance of data</source>
      <translation>Verschwinden von Daten</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Each purpose against the criteria of the EDPB-endorsed guidelines (WP248 rev.01), with transfers without an adequacy decision added: two or more make an assessment required in most cases.</source>
      <translation>Jeder Zweck geprüft anhand der Kriterien der vom EDSA bestätigten Leitlinien (WP248 rev.01), ergänzt um Übermittlungen ohne Angemessenheitsbeschluss: Zwei oder mehr machen eine Folgenabschätzung in den meisten Fällen erforderlich.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Fundamental principles</source>
      <translation>Grundsätze</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>GDPR Art. 35</source>
      <translation>Art. 35 DSGVO</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Generated by Policy Studio from policy {policy} {version}; content digest {digest}. The machine file with the same digest says exactly what this draft was made from.</source>
      <translation>Von Policy Studio erzeugt aus der Richtlinie {policy} {version}; Inhalts-Prüfsumme {digest}. Die maschinenlesbare Datei mit derselben Prüfsumme sagt genau, woraus dieser Entwurf erstellt wurde.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Illegitimate access to data</source>
      <translation>Unrechtmäßiger Zugriff auf Daten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Impacts on the people if it happened</source>
      <translation>Folgen für die Personen, falls es eintritt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Information and consent</source>
      <translation>Information und Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Likelihood (negligible, limited, significant or maximum), and why</source>
      <translation>Eintrittswahrscheinlichkeit (vernachlässigbar, begrenzt, erheblich oder maximal) und warum</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Likely not required ({count}); record why</source>
      <translation>Voraussichtlich nicht erforderlich ({count}); Begründung erfassen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Measures that address it</source>
      <translation>Maßnahmen dagegen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Measures the policy records</source>
      <translation>In der Richtlinie erfasste Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>No criterion met.</source>
      <translation>Kein Kriterium erfüllt.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>No purpose needs an assessment by the screening; every purpose is drafted below, should you carry one out anyway.</source>
      <translation>Nach der Vorprüfung braucht kein Zweck eine Folgenabschätzung; jeder Zweck ist unten vorbereitet, falls Sie dennoch eine durchführen.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>No security measures are recorded in the policy.</source>
      <translation>In der Richtlinie sind keine Sicherheitsmaßnahmen erfasst.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Not required by the screening (no criterion met)</source>
      <translation>Nach der Vorprüfung nicht erforderlich (kein Kriterium erfüllt)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Offered: {rights}</source>
      <translation>Angeboten: {rights}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Required ({count})</source>
      <translation>Erforderlich ({count})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Required ({count}), although recorded as not needed</source>
      <translation>Erforderlich ({count}), obwohl als nicht erforderlich erfasst</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Required ({count}), recorded as done but with no reference</source>
      <translation>Erforderlich ({count}), als abgeschlossen erfasst, aber ohne Verweis</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Required ({count}), recorded in progress but with no reference</source>
      <translation>Erforderlich ({count}), als in Bearbeitung erfasst, aber ohne Verweis</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Residual risk accepted, and why</source>
      <translation>Akzeptiertes Restrisiko und warum</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Rights of the people</source>
      <translation>Rechte der Personen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Risk sources (who or what could cause it)</source>
      <translation>Risikoquellen (wer oder was es verursachen könnte)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Risks</source>
      <translation>Risiken</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Screening</source>
      <translation>Vorprüfung</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Screening:</source>
      <translation>Vorprüfung:</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Severity (negligible, limited, significant or maximum), and why</source>
      <translation>Schwere (vernachlässigbar, begrenzt, erheblich oder maximal) und warum</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>TO BE COMPLETED</source>
      <translation>NOCH AUSZUFÜLLEN</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>The controller</source>
      <translation>Der Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>The policy declares no purposes of its own.</source>
      <translation>Die Richtlinie gibt keine eigenen Zwecke an.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>The purpose, as the policy describes it: {description}</source>
      <translation>Der Zweck, wie die Richtlinie ihn beschreibt: {description}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>This draft is pre-filled from the policy: what it processes, about whom and for whom is what the policy’s rules allow. It is not an assessment until the assessors have completed every part marked {gap}, weighed the risks and recorded their conclusion, with the data protection officer’s advice (GDPR Art. 35(2)).</source>
      <translation>Dieser Entwurf ist aus der Richtlinie vorausgefüllt: Was er verarbeitet, über wen und für wen, ist das, was die Regeln der Richtlinie erlauben. Er ist erst dann eine Folgenabschätzung, wenn die Prüfenden jeden mit {gap} markierten Teil ausgefüllt, die Risiken abgewogen und ihr Ergebnis erfasst haben, mit dem Rat des Datenschutzbeauftragten (Art. 35 Abs. 2 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Threats that could bring it about</source>
      <translation>Bedrohungen, die es herbeiführen könnten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Unwanted change of data</source>
      <translation>Unerwünschte Änderung von Daten</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Views of the people concerned or their representatives</source>
      <translation>Standpunkt der betroffenen Personen oder ihrer Vertreter</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>status {status}</source>
      <translation>Status {status}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>{criterion}: {reason}</source>
      <translation>{criterion}: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: how people exercise them</source>
      <translation>{gap}: wie Personen sie ausüben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: no rights are recorded for the purpose</source>
      <translation>{gap}: Für den Zweck sind keine Rechte erfasst</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: the purpose is not described</source>
      <translation>{gap}: Der Zweck ist nicht beschrieben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: where and when people are informed</source>
      <translation>{gap}: wo und wann Personen informiert werden</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: why each category of data is needed for the purpose</source>
      <translation>{gap}: warum jede Datenkategorie für den Zweck nötig ist</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{status} ({count})</source>
      <translation>{status} ({count})</translation>
    </message>
  </context>
  <context>
    <name>gpc table</name>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Consent and Global Privacy Control</source>
      <translation>Einwilligung und Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Consent and Global Privacy Control: {title}</source>
      <translation>Einwilligung und Global Privacy Control: {title}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Content digest:</source>
      <translation>Inhalts-Prüfsumme:</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Each cell is the decision engine’s answer for an allowed use of the purpose (the example under its name) when the person granted consent, refused it (or opted out) or was never asked, without and with a Global Privacy Control (GPC) signal from their browser. Deny rules do not depend on consent, so every allowed use of a purpose gets the same answers.</source>
      <translation>Jede Zelle ist die Antwort der Entscheidungslogik für eine erlaubte Verwendung des Zwecks (das Beispiel unter seinem Namen), wenn die Person eingewilligt, abgelehnt (oder widersprochen) hat oder nie gefragt wurde, ohne und mit einem Global-Privacy-Control-Signal (GPC) ihres Browsers. Verbotsregeln hängen nicht von der Einwilligung ab, daher erhält jede erlaubte Verwendung eines Zwecks dieselben Antworten.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>GPC</source>
      <translation>GPC</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>Personal information is sold or shared, but a GPC signal does not opt the person out, although under the CPRA it must (11 CCR 7025).</source>
      <translation>Personenbezogene Informationen werden verkauft oder geteilt, aber ein GPC-Signal gilt nicht als Widerspruch der Person, obwohl es das nach dem CPRA muss (11 CCR 7025).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>The policy declares no purposes.</source>
      <translation>Die Richtlinie gibt keine Zwecke an.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>What a GPC signal does</source>
      <translation>Was ein GPC-Signal bewirkt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>about {subject}</source>
      <translation>über {subject}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>e.g.</source>
      <translation>z. B.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>honours GPC</source>
      <translation>beachtet GPC</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>in {region}</source>
      <translation>in {region}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>no signal</source>
      <translation>kein Signal</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>not declared</source>
      <translation>nicht angegeben</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>shared for ads</source>
      <translation>für Werbung geteilt</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>sold</source>
      <translation>verkauft</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>status {status}</source>
      <translation>Status {status}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>to {recipient}</source>
      <translation>an {recipient}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>version {version}</source>
      <translation>Version {version}</translation>
    </message>
  </context>
  <context>
    <name>notice</name>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_words.py" />
      <source>%n more</source>
      <translation>
        <numerusform>%n weitere</numerusform>
        <numerusform>%n weitere</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>A Global Privacy Control signal is not honoured as an opt-out: we do not ask for consent for this.</source>
      <translation>Ein Global-Privacy-Control-Signal gilt hier nicht als Widerspruch: Wir bitten dafür nicht um Einwilligung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>A computer alone makes some decisions about you, for {purposes}.</source>
      <translation>Manche Entscheidungen über Sie trifft allein ein Computer, und zwar für {purposes}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>At a glance</source>
      <translation>Auf einen Blick</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Automated decisions and profiling</source>
      <translation>Automatisierte Entscheidungen und Profiling</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>Content digest of the policy this notice was made from: {digest}</source>
      <translation>Inhalts-Prüfsumme der Richtlinie, aus der diese Datenschutzerklärung erstellt wurde: {digest}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/notice.html.j2" />
      <source>Contents</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Controller</source>
      <translation>Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Data protection officer</source>
      <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Data we use for it: {categories}</source>
      <translation>Daten, die wir dafür verwenden: {categories}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Each part below is short. Follow its link to read the details.</source>
      <translation>Jeder Teil unten ist kurz. Über seinen Link lesen Sie die Einzelheiten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>For {purposes}, we may also share data with other organisations, not only those named here.</source>
      <translation>Für {purposes} können wir Daten auch an andere Organisationen weitergeben, nicht nur an die hier genannten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>From {organisation}</source>
      <translation>Von {organisation}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>How long depends on the data and why we hold it.</source>
      <translation>Wie lange, hängt von den Daten ab und davon, warum wir sie speichern.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>How long we keep your data</source>
      <translation>Wie lange wir Ihre Daten speichern</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>If your browser sends a Global Privacy Control signal, we treat it as your request to opt out.</source>
      <translation>Sendet Ihr Browser ein Global-Privacy-Control-Signal, behandeln wir es als Ihren Widerspruch.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>In California, you can complain to the California Privacy Protection Agency.</source>
      <translation>In Kalifornien können Sie sich bei der California Privacy Protection Agency beschweren.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>In effect from</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>It comes from {sources}.</source>
      <translation>Sie stammen {sources}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>It is a public authority.</source>
      <translation>Es handelt sich um eine Behörde.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>It is part of our own organisation.</source>
      <translation>Er gehört zu unserer eigenen Organisation.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>It is {retention}</source>
      <translation>Aufbewahrung: {retention}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>It says what we collect, why we use it, who we share it with and what your rights are.</source>
      <translation>Sie sagt, was wir erheben, warum wir es verwenden, an wen wir es weitergeben und welche Rechte Sie haben.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>It uses the data for its own purposes.</source>
      <translation>Er verwendet die Daten für eigene Zwecke.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>It works for us, under our instructions.</source>
      <translation>Er arbeitet für uns, nach unseren Weisungen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Joint controller</source>
      <translation>Gemeinsam Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Legal basis: not stated.</source>
      <translation>Rechtsgrundlage: nicht angegeben.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Legal basis: {basis}.</source>
      <translation>Rechtsgrundlage: {basis}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>None of our purposes needs your consent or lets you opt out.</source>
      <translation>Keiner unserer Zwecke erfordert Ihre Einwilligung oder lässt Sie widersprechen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>None of our purposes uses automated decisions or profiling.</source>
      <translation>Keiner unserer Zwecke nutzt automatisierte Entscheidungen oder Profiling.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>None.</source>
      <translation>Keine.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Our own teams that use it: {teams}</source>
      <translation>Unsere eigenen Teams, die sie verwenden: {teams}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>Our purposes list no rights yet.</source>
      <translation>Unsere Zwecke nennen noch keine Rechte.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Our representative</source>
      <translation>Unser Vertreter</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Privacy notice: {title}</source>
      <translation>Datenschutzerklärung: {title}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>Read section {number} in full</source>
      <translation>Abschnitt {number} vollständig lesen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>Reading ease not scored: the Flesch score measures English text only</source>
      <translation>Lesbarkeit nicht bewertet: Der Flesch-Wert misst nur englischen Text</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>Reading ease: first layer {first}, full notice {full}</source>
      <translation>Lesbarkeit: erste Ebene {first}, vollständige Erklärung {full}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Receives data for: {purposes}</source>
      <translation>Erhält Daten für: {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Receives no personal data from us at present.</source>
      <translation>Erhält derzeit keine personenbezogenen Daten von uns.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Section 4 says how each transfer is protected.</source>
      <translation>Abschnitt 4 sagt, wie jede Übermittlung geschützt ist.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>Section 6 says how this works and what you can do.</source>
      <translation>Abschnitt 6 sagt, wie das funktioniert und was Sie tun können.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/notice.html.j2" />
      <source>Skip to the notice</source>
      <translation>Zur Datenschutzerklärung springen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Some of it is sensitive, such as {examples}.</source>
      <translation>Einige davon sind sensibel, etwa {examples}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Some of them are in other countries.</source>
      <translation>Einige davon befinden sich in anderen Ländern.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Some of them need your consent first.</source>
      <translation>Für einige davon brauchen wir zuerst Ihre Einwilligung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>The data is published, so anyone can see it.</source>
      <translation>Die Daten werden veröffentlicht, sodass jeder sie sehen kann.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>The full notice</source>
      <translation>Die vollständige Erklärung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>This applies to: {purposes}</source>
      <translation>Dies gilt für: {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_changes.py" />
      <source>This change alters none of the privacy notice's sections.</source>
      <translation>Diese Änderung betrifft keinen Abschnitt der Datenschutzerklärung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_changes.py" />
      <source>This change alters the privacy notice's section {section}.</source>
      <translation>Diese Änderung betrifft Abschnitt {section} der Datenschutzerklärung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_changes.py" />
      <source>This change alters the privacy notice's sections {sections}.</source>
      <translation>Diese Änderung betrifft die Abschnitte {sections} der Datenschutzerklärung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>This is criminal offence data (GDPR Art. 10).</source>
      <translation>Dies sind Daten über Straftaten (Art. 10 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>This is sensitive data.</source>
      <translation>Dies sind sensible Daten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>This is special category data (GDPR Art. 9).</source>
      <translation>Dies sind Daten besonderer Kategorien (Art. 9 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>This notice explains how {organisation} uses personal data about you.</source>
      <translation>Diese Datenschutzerklärung erläutert, wie {organisation} personenbezogene Daten über Sie verwendet.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>To use your rights, contact us.</source>
      <translation>Um Ihre Rechte auszuüben, wenden Sie sich an uns.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>To use your rights, write to {address}.</source>
      <translation>Um Ihre Rechte auszuüben, schreiben Sie an {address}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Transfer to {places}, protected by: {safeguard}</source>
      <translation>Übermittlung nach {places}, geschützt durch: {safeguard}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Transfer to {places}: no safeguard is recorded.</source>
      <translation>Übermittlung nach {places}: Es ist keine Garantie erfasst.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Under California law (CCPA/CPRA), the data falls in these categories of personal information: {categories}.</source>
      <translation>Nach kalifornischem Recht (CCPA/CPRA) fallen die Daten in diese Kategorien personenbezogener Informationen: {categories}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Uses data for all the purposes in section 3</source>
      <translation>Verwendet Daten für alle Zwecke in Abschnitt 3</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Uses data for all the purposes in section 3 except {purposes}</source>
      <translation>Verwendet Daten für alle Zwecke in Abschnitt 3 außer {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Uses data for: {purposes}</source>
      <translation>Verwendet Daten für: {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Uses no personal data at present.</source>
      <translation>Verwendet derzeit keine personenbezogenen Daten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We</source>
      <translation>Der Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We build a profile of you for {purposes}.</source>
      <translation>Wir erstellen ein Profil von Ihnen für {purposes}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We collect %n kind of data, such as {examples}.</source>
      <translation>
        <numerusform>Wir erheben %n Art von Daten, etwa {examples}.</numerusform>
        <numerusform>Wir erheben %n Arten von Daten, etwa {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We collect %n kinds of data, such as {examples}.</source>
      <translation>
        <numerusform>Wir erheben %n Art von Daten, etwa {examples}.</numerusform>
        <numerusform>Wir erheben %n Arten von Daten, etwa {examples}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do not act on Global Privacy Control signals, so tell us directly.</source>
      <translation>Wir reagieren nicht auf Global-Privacy-Control-Signale; teilen Sie es uns daher direkt mit.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do not act on a Global Privacy Control signal: tell us directly to opt out.</source>
      <translation>Wir reagieren nicht auf ein Global-Privacy-Control-Signal: Teilen Sie uns Ihren Widerspruch direkt mit.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not collect or use personal data at present.</source>
      <translation>Wir erheben oder verwenden derzeit keine personenbezogenen Daten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not collect personal data.</source>
      <translation>Wir erheben keine personenbezogenen Daten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do not make decisions about you by computer alone.</source>
      <translation>Wir treffen keine Entscheidungen über Sie allein durch einen Computer.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do not sell or share your personal information (CCPA/CPRA).</source>
      <translation>Wir verkaufen Ihre personenbezogenen Informationen nicht und geben sie nicht weiter (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not share your data with anyone.</source>
      <translation>Wir geben Ihre Daten an niemanden weiter.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not use it at present.</source>
      <translation>Wir verwenden sie derzeit nicht.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not use personal data for any purpose at present.</source>
      <translation>Wir verwenden derzeit für keinen Zweck personenbezogene Daten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not use personal data for any purpose.</source>
      <translation>Wir verwenden für keinen Zweck personenbezogene Daten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do this only with your consent. A Global Privacy Control signal does not withdraw a consent you have given: withdraw it directly.</source>
      <translation>Wir tun dies nur mit Ihrer Einwilligung. Ein Global-Privacy-Control-Signal widerruft keine erteilte Einwilligung: Widerrufen Sie sie direkt.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do this only with your consent. You can withdraw it at any time; this does not affect what we did before.</source>
      <translation>Wir tun dies nur mit Ihrer Einwilligung. Sie können sie jederzeit widerrufen; das berührt nicht, was wir zuvor getan haben.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do this unless you object. You can opt out at any time.</source>
      <translation>Wir tun dies, sofern Sie nicht widersprechen. Sie können jederzeit widersprechen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We have not yet set how long we keep your data.</source>
      <translation>Wir haben noch nicht festgelegt, wie lange wir Ihre Daten speichern.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We hold data about these groups of people: {groups}.</source>
      <translation>Wir speichern Daten über diese Personengruppen: {groups}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We keep it longer while a legal hold applies.</source>
      <translation>Wir bewahren sie länger auf, solange eine Aufbewahrungspflicht (Legal Hold) gilt.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We keep it longer while a legal hold applies: {reason}.</source>
      <translation>Wir bewahren sie länger auf, solange eine Aufbewahrungspflicht (Legal Hold) gilt: {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We keep your data only as long as we need it.</source>
      <translation>Wir speichern Ihre Daten nur so lange, wie wir sie brauchen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We may share some of your data with other organisations.</source>
      <translation>Wir können einige Ihrer Daten an andere Organisationen weitergeben.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We protect these transfers, as section 4 explains.</source>
      <translation>Wir schützen diese Übermittlungen, wie Abschnitt 4 erläutert.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We sell or share personal information for {purposes}. You can tell us to stop.</source>
      <translation>Wir verkaufen oder teilen personenbezogene Informationen für {purposes}. Sie können uns auffordern, das zu beenden.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We sell personal information for {purposes}. You can tell us to stop.</source>
      <translation>Wir verkaufen personenbezogene Informationen für {purposes}. Sie können uns auffordern, das zu beenden.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We sell your personal information (CCPA/CPRA).</source>
      <translation>Wir verkaufen Ihre personenbezogenen Informationen (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We sell your personal information and share it for cross-context behavioral advertising (CCPA/CPRA).</source>
      <translation>Wir verkaufen Ihre personenbezogenen Informationen und teilen sie für kontextübergreifende verhaltensbezogene Werbung (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We share personal information for {purposes}. You can tell us to stop.</source>
      <translation>Wir teilen personenbezogene Informationen für {purposes}. Sie können uns auffordern, das zu beenden.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We share some of your data with %n other organisation, such as {examples}.</source>
      <translation>
        <numerusform>Wir geben einige Ihrer Daten an %n andere Organisation weiter, etwa {examples}.</numerusform>
        <numerusform>Wir geben einige Ihrer Daten an %n andere Organisationen weiter, etwa {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We share some of your data with %n other organisations, such as {examples}.</source>
      <translation>
        <numerusform>Wir geben einige Ihrer Daten an %n andere Organisation weiter, etwa {examples}.</numerusform>
        <numerusform>Wir geben einige Ihrer Daten an %n andere Organisationen weiter, etwa {examples}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We share your data only within our own group.</source>
      <translation>Wir geben Ihre Daten nur innerhalb unserer eigenen Gruppe weiter.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We share your personal information for cross-context behavioral advertising (CCPA/CPRA).</source>
      <translation>Wir teilen Ihre personenbezogenen Informationen für kontextübergreifende verhaltensbezogene Werbung (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We use no personal data for it at present.</source>
      <translation>Wir verwenden dafür derzeit keine personenbezogenen Daten.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We use your data for %n purpose, such as {examples}.</source>
      <translation>
        <numerusform>Wir verwenden Ihre Daten für %n Zweck, etwa {examples}.</numerusform>
        <numerusform>Wir verwenden Ihre Daten für %n Zwecke, etwa {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We use your data for %n purposes, such as {examples}.</source>
      <translation>
        <numerusform>Wir verwenden Ihre Daten für %n Zweck, etwa {examples}.</numerusform>
        <numerusform>Wir verwenden Ihre Daten für %n Zwecke, etwa {examples}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>What data we collect and where it comes from</source>
      <translation>Welche Daten wir erheben und woher sie stammen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Where it comes from: {sources} (as for all {family}).</source>
      <translation>Herkunft: {sources} (wie bei allen {family}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Where it comes from: {sources}.</source>
      <translation>Herkunft: {sources}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>Where we asked for your consent, you can withdraw it at any time.</source>
      <translation>Wo wir Sie um Ihre Einwilligung gebeten haben, können Sie sie jederzeit widerrufen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Where: {places}.</source>
      <translation>Ort: {places}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Who receives it: {recipients}</source>
      <translation>Wer sie erhält: {recipients}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Who receives your data and where it goes</source>
      <translation>Wer Ihre Daten erhält und wohin sie gehen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Who we are and how to reach us</source>
      <translation>Wer wir sind und wie Sie uns erreichen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Why we use your data and on what legal basis</source>
      <translation>Warum wir Ihre Daten verwenden und auf welcher Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Why: {reason}.</source>
      <translation>Grund: {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can also complain to a data protection supervisory authority, for example where you live or work.</source>
      <translation>Sie können sich auch bei einer Datenschutz-Aufsichtsbehörde beschweren, etwa dort, wo Sie wohnen oder arbeiten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can also complain to the California Privacy Protection Agency.</source>
      <translation>Sie können sich auch bei der California Privacy Protection Agency beschweren.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can ask us to {actions} your data, and more.</source>
      <translation>Sie können verlangen, dass wir Ihre Daten {actions}, und mehr.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can ask us to {actions} your data.</source>
      <translation>Sie können verlangen, dass wir Ihre Daten {actions}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can opt out of {purposes}.</source>
      <translation>Sie können {purposes} widersprechen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>You can write to our data protection officer at {address}.</source>
      <translation>Sie können unserem Datenschutzbeauftragten an {address} schreiben.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>You can write to us at {address}.</source>
      <translation>Sie können uns an {address} schreiben.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can {action}.</source>
      <translation>Sie können {action}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You have %n right over your data, listed in section 7.</source>
      <translation>
        <numerusform>Sie haben %n Recht an Ihren Daten, aufgeführt in Abschnitt 7.</numerusform>
        <numerusform>Sie haben %n Rechte an Ihren Daten, aufgeführt in Abschnitt 7.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You have %n rights over your data, listed in section 7.</source>
      <translation>
        <numerusform>Sie haben %n Recht an Ihren Daten, aufgeführt in Abschnitt 7.</numerusform>
        <numerusform>Sie haben %n Rechte an Ihren Daten, aufgeführt in Abschnitt 7.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>Your browser can send a Global Privacy Control signal. We treat it as your choice to opt out.</source>
      <translation>Ihr Browser kann ein Global-Privacy-Control-Signal senden. Wir behandeln es als Ihren Widerspruch.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Your choices: consent, opting out and Global Privacy Control</source>
      <translation>Ihre Wahl: Einwilligung, Widerspruch und Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Your rights and how to use them</source>
      <translation>Ihre Rechte und wie Sie sie ausüben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>ask a person to review a decision made by a computer</source>
      <translation>verlangen, dass ein Mensch eine von einem Computer getroffene Entscheidung überprüft</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>ask us to limit how we use your data</source>
      <translation>verlangen, dass wir die Verwendung Ihrer Daten einschränken</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>correct</source>
      <translation>berichtigen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>delete</source>
      <translation>löschen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>difficult</source>
      <translation>schwer</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>easy</source>
      <translation>leicht</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>fairly difficult</source>
      <translation>eher schwer</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>fairly easy</source>
      <translation>eher leicht</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>get your data in a common file format to take elsewhere</source>
      <translation>Ihre Daten in einem gängigen Dateiformat erhalten, um sie anderswohin mitzunehmen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>have wrong data corrected</source>
      <translation>falsche Daten berichtigen lassen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>have your data deleted</source>
      <translation>Ihre Daten löschen lassen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>how you use our services</source>
      <translation>aus Ihrer Nutzung unserer Dienste</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>it is a task in the public interest</source>
      <translation>es sich um eine Aufgabe im öffentlichen Interesse handelt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>it protects someone's life or health</source>
      <translation>es das Leben oder die Gesundheit eines Menschen schützt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>limit how we use sensitive data about you</source>
      <translation>die Verwendung sensibler Daten über Sie einschränken</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>not stated</source>
      <translation>nicht angegeben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>object to how we use your data</source>
      <translation>der Verwendung Ihrer Daten widersprechen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>other organisations</source>
      <translation>von anderen Organisationen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>other organisations as well</source>
      <translation>auch andere Organisationen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>public sources</source>
      <translation>aus öffentlichen Quellen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>see the data we hold about you and get a copy</source>
      <translation>die Daten einsehen, die wir über Sie speichern, und eine Kopie erhalten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>show you</source>
      <translation>Ihnen zeigen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>standard</source>
      <translation>mittel</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>tell us not to sell or share your data</source>
      <translation>uns untersagen, Ihre Daten zu verkaufen oder zu teilen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>the law requires it</source>
      <translation>das Gesetz es verlangt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>very difficult</source>
      <translation>sehr schwer</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>very easy</source>
      <translation>sehr leicht</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>we have a legitimate interest, weighed against yours</source>
      <translation>wir ein berechtigtes Interesse haben, abgewogen gegen Ihres</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>we need it for our contract with you</source>
      <translation>wir es für unseren Vertrag mit Ihnen brauchen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>what we work out from other data</source>
      <translation>aus dem, was wir aus anderen Daten ableiten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>withdraw your consent at any time</source>
      <translation>Ihre Einwilligung jederzeit widerrufen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>you</source>
      <translation>von Ihnen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>you agreed</source>
      <translation>Sie eingewilligt haben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>{data}, for {purposes}</source>
      <translation>{data}, für {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>{heading}: {names}</source>
      <translation>{heading}: {names}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>{label}: {value}.</source>
      <translation>{label}: {value}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>{organisation} is responsible for your personal data.</source>
      <translation>{organisation} ist für Ihre personenbezogenen Daten verantwortlich.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>{score} ({band})</source>
      <translation>{score} ({band})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>{source}: {name}</source>
      <translation>{source}: {name}</translation>
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
      <location filename="../../app/exporters/pdf/document.py" />
      <source>{date} (approved)</source>
      <translation>{date} (freigegeben)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>{heading}: {title}</source>
      <translation>{heading}: {title}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/document.py" />
      <source>{time} UTC (exported)</source>
      <translation>{time} UTC (exportiert)</translation>
    </message>
  </context>
  <context>
    <name>policy document</name>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source> in {places}</source>
      <translation> in {places}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/policy_summary.py" />
      <source>%n more</source>
      <translation>
        <numerusform>%n weitere</numerusform>
        <numerusform>%n weitere</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>A Global Privacy Control signal does not withdraw a consent given: the purpose needs consent first.</source>
      <translation>Ein Global-Privacy-Control-Signal widerruft keine erteilte Einwilligung: Der Zweck erfordert zuerst eine Einwilligung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>A Global Privacy Control signal is honoured as an opt-out.</source>
      <translation>Ein Global-Privacy-Control-Signal gilt als Widerspruch.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>A Global Privacy Control signal is not honoured as an opt-out.</source>
      <translation>Ein Global-Privacy-Control-Signal gilt nicht als Widerspruch.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>A Global Privacy Control signal is not honoured as an opt-out: the purpose asks for no consent.</source>
      <translation>Ein Global-Privacy-Control-Signal gilt nicht als Widerspruch: Der Zweck verlangt keine Einwilligung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>About this policy</source>
      <translation>Über diese Richtlinie</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Ages</source>
      <translation>Alter</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_summary.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Allowed</source>
      <translation>Erlaubt</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Also limited by deny rules listed under other activities: {rules}.</source>
      <translation>Zusätzlich eingeschränkt durch Verbotsregeln, die unter anderen Tätigkeiten aufgeführt sind: {rules}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Any purpose</source>
      <translation>Jeder Zweck</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Any use not allowed below is not allowed. Where a use is both allowed and forbidden, it is forbidden.</source>
      <translation>Jede unten nicht erlaubte Verwendung ist nicht erlaubt. Ist eine Verwendung zugleich erlaubt und verboten, ist sie verboten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Applies under</source>
      <translation>Gilt nach</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Approvals</source>
      <translation>Freigaben</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Approved content</source>
      <translation>Freigegebener Inhalt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Audio, electronic, visual, thermal, olfactory or similar information</source>
      <translation>Akustische, elektronische, visuelle, thermische, olfaktorische oder ähnliche Informationen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Band</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Biometric information</source>
      <translation>Biometrische Informationen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>CCPA category</source>
      <translation>CCPA-Kategorie</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Categories</source>
      <translation>Kategorien</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Categories of personal information (CCPA, Cal. Civ. Code 1798.140(v))</source>
      <translation>Kategorien personenbezogener Informationen (CCPA, Cal. Civ. Code 1798.140(v))</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Characteristics of protected classifications</source>
      <translation>Merkmale geschützter Gruppen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Commercial information</source>
      <translation>Kommerzielle Informationen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Content digest</source>
      <translation>Inhalts-Prüfsumme</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Contents</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Counted from</source>
      <translation>Gerechnet ab</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Criminal offence data (GDPR Art. 10)</source>
      <translation>Daten über Straftaten (Art. 10 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Customer records (1798.80(e))</source>
      <translation>Kundendaten (1798.80(e))</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Data categories</source>
      <translation>Datenkategorien</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Data categories by family</source>
      <translation>Datenkategorien nach Familie</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_summary.py" />
      <source>Data category family</source>
      <translation>Familie von Datenkategorien</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Data subjects</source>
      <translation>Betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Decisions with legal or similarly significant effects are taken solely by automated means (GDPR Art. 22).</source>
      <translation>Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung werden ausschließlich automatisiert getroffen (Art. 22 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Document date</source>
      <translation>Dokumentdatum</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Each activity is a purpose and the purposes under it. For each, the table says, for every family of data categories, whether a purpose may use the family's data: {allowed} means every category of the family may be used, about anyone, inside the organisation, anywhere; a count such as {example} means only some of the family's categories may be used (3 of its 101), or the data only about some people, shared with some recipients or in some places, as the rule annex says; a dash means not at all. Families that no purpose of the activity may use are left out. Any use not allowed is not allowed; a forbidden use stays forbidden whatever else allows it.</source>
      <translation>Jede Tätigkeit ist ein Zweck mit den Zwecken darunter. Für jede sagt die Tabelle je Familie von Datenkategorien, ob ein Zweck die Daten der Familie verwenden darf: {allowed} bedeutet, dass jede Kategorie der Familie verwendet werden darf, über jede Person, innerhalb der Organisation, überall; eine Zahl wie {example} bedeutet, dass nur einige Kategorien der Familie verwendet werden dürfen (3 ihrer 101) oder die Daten nur über einige Personen, weitergegeben an einige Empfänger oder an einigen Orten, wie der Regelanhang sagt; ein Strich bedeutet gar nicht. Familien, die kein Zweck der Tätigkeit verwenden darf, sind weggelassen. Jede nicht erlaubte Verwendung ist nicht erlaubt; eine verbotene Verwendung bleibt verboten, was auch immer sie sonst erlaubt.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Education information</source>
      <translation>Bildungsinformationen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Extra protection</source>
      <translation>Besonderer Schutz</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Factors</source>
      <translation>Faktoren</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Family</source>
      <translation>Familie</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Forbidden</source>
      <translation>Verboten</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Forbidden uses and the exceptions they make</source>
      <translation>Verbotene Verwendungen und die Ausnahmen, die sie bilden</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Geolocation data</source>
      <translation>Standortdaten</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Group</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>How data may be used</source>
      <translation>Wie Daten verwendet werden dürfen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>How it works: {logic}</source>
      <translation>Funktionsweise: {logic}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Identifier</source>
      <translation>Kennung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Identifiers</source>
      <translation>Kennungen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Inferences drawn to create a profile</source>
      <translation>Ableitungen zur Profilbildung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Internet or other electronic network activity</source>
      <translation>Internet- oder sonstige elektronische Netzwerkaktivität</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Intrusiveness summary</source>
      <translation>Übersicht der Eingriffsintensität</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Legal basis</source>
      <translation>Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>Legal hold: {reason}.</source>
      <translation>Aufbewahrungspflicht (Legal Hold): {reason}.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Measure</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Names this policy uses for groups of countries and subdivisions.</source>
      <translation>Namen, die diese Richtlinie für Gruppen von Ländern und Gebietseinheiten verwendet.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>No approval has been recorded yet.</source>
      <translation>Es ist noch keine Freigabe erfasst.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>No consent is asked; another legal basis applies.</source>
      <translation>Es wird keine Einwilligung eingeholt; eine andere Rechtsgrundlage gilt.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>No data</source>
      <translation>Keine Daten</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>No data categories are declared.</source>
      <translation>Es sind keine Datenkategorien angegeben.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>No data may be used for {uses}.</source>
      <translation>Für {uses} dürfen keine Daten verwendet werden.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>No data subjects are declared.</source>
      <translation>Es sind keine betroffenen Personen angegeben.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>No profiling and no decision taken solely by automated means.</source>
      <translation>Kein Profiling und keine ausschließlich automatisierte Entscheidung.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>No purposes are declared.</source>
      <translation>Es sind keine Zwecke angegeben.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>No recipients are declared.</source>
      <translation>Es sind keine Empfänger angegeben.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>No retention rules are declared.</source>
      <translation>Es sind keine Aufbewahrungsregeln angegeben.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>No rule forbids a use for this activity.</source>
      <translation>Keine Regel verbietet eine Verwendung für diese Tätigkeit.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>No security measures are recorded.</source>
      <translation>Es sind keine Sicherheitsmaßnahmen erfasst.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>No use rules are declared, so no use of personal data is allowed.</source>
      <translation>Es sind keine Verwendungsregeln angegeben, daher ist keine Verwendung personenbezogener Daten erlaubt.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>Opt-in: used only after the person agrees; they can withdraw at any time.</source>
      <translation>Opt-in: Verwendung erst nach Zustimmung der Person; sie kann jederzeit widerrufen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>Opt-out: used unless the person objects.</source>
      <translation>Opt-out: Verwendung, sofern die Person nicht widerspricht.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>People are profiled (GDPR Art. 4(4)); no decision with legal or similar effects is taken solely by automated means.</source>
      <translation>Personen werden einem Profiling unterzogen (Art. 4 Nr. 4 DSGVO); keine Entscheidung mit rechtlicher oder ähnlicher Wirkung wird ausschließlich automatisiert getroffen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>People can {safeguards}.</source>
      <translation>Personen können {safeguards}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>People cannot obtain human intervention, express their point of view or contest the decision.</source>
      <translation>Personen können weder das Eingreifen eines Menschen erwirken noch ihren Standpunkt darlegen oder die Entscheidung anfechten.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Periods (rules)</source>
      <translation>Fristen (Regeln)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Personal data</source>
      <translation>Personenbezogene Daten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Personal information is neither sold nor shared (CCPA/CPRA).</source>
      <translation>Personenbezogene Informationen werden weder verkauft noch geteilt (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Personal information is shared for cross-context behavioural advertising (CCPA/CPRA).</source>
      <translation>Personenbezogene Informationen werden für kontextübergreifende verhaltensbezogene Werbung geteilt (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Personal information is sold (CCPA/CPRA).</source>
      <translation>Personenbezogene Informationen werden verkauft (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Personal information is sold and shared for cross-context behavioural advertising (CCPA/CPRA).</source>
      <translation>Personenbezogene Informationen werden verkauft und für kontextübergreifende verhaltensbezogene Werbung geteilt (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Policy identifier</source>
      <translation>Kennung der Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Processing activities</source>
      <translation>Verarbeitungstätigkeiten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Professional or employment-related information</source>
      <translation>Berufliche oder beschäftigungsbezogene Informationen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Purposes</source>
      <translation>Zwecke</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Recipients and transfers</source>
      <translation>Empfänger und Übermittlungen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Region groups</source>
      <translation>Regionsgruppen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Retention by category family</source>
      <translation>Aufbewahrung nach Kategorienfamilie</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Retention schedule</source>
      <translation>Aufbewahrungsplan</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Rights offered</source>
      <translation>Angebotene Rechte</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Role</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Rules</source>
      <translation>Regeln</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Sale and sharing (CPRA)</source>
      <translation>Verkauf und Weitergabe (CPRA)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Score</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Security measures</source>
      <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Sensitive data</source>
      <translation>Sensible Daten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Sensitive personal information</source>
      <translation>Sensible personenbezogene Informationen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Sensitivity</source>
      <translation>Sensibilität</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Sources</source>
      <translation>Herkunft</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Special category data (GDPR Art. 9)</source>
      <translation>Daten besonderer Kategorien (Art. 9 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Takes precedence over {rules}.</source>
      <translation>Hat Vorrang vor {rules}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The %n allowed uses (combinations of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent) with the highest intrusiveness scores. Each score comes from transparent factors; it is a review aid, not a verdict.</source>
      <translation>
        <numerusform>Die %n erlaubte Verwendung (Kombinationen aus Daten, Zweck, Person, Empfänger und Region, die die Regeln erlauben und keine Verbotsregel entfernt, einschließlich Verwendungen, die die Einwilligung der Person erfordern) mit den höchsten Werten der Eingriffsintensität. Jeder Wert ergibt sich aus nachvollziehbaren Faktoren; er ist eine Prüfhilfe, kein Urteil.</numerusform>
        <numerusform>Die %n erlaubten Verwendungen (Kombinationen aus Daten, Zweck, Person, Empfänger und Region, die die Regeln erlauben und keine Verbotsregel entfernt, einschließlich Verwendungen, die die Einwilligung der Person erfordern) mit den höchsten Werten der Eingriffsintensität. Jeder Wert ergibt sich aus nachvollziehbaren Faktoren; er ist eine Prüfhilfe, kein Urteil.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>The %n most intrusive uses</source>
      <translation>
        <numerusform>Die %n eingriffsintensivste Verwendung</numerusform>
        <numerusform>Die %n eingriffsintensivsten Verwendungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>The content digest is the SHA-256 fingerprint of what this policy says. The machine-readable policy file carries the same digest, so both can be compared.</source>
      <translation>Die Inhalts-Prüfsumme ist der SHA-256-Fingerabdruck dessen, was diese Richtlinie sagt. Die maschinenlesbare Richtliniendatei trägt dieselbe Prüfsumme, sodass beide verglichen werden können.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The full list of the {rules} use rules and {retention} retention rules, each in words, is the rule annex: a separate file (policy-studio export --format rule-annex, or File &gt; Export, "Rule annex (HTML)") that carries the content digest {digest}. The annex belongs to this document only when the digests are the same.</source>
      <translation>Die vollständige Liste der {rules} Verwendungsregeln und {retention} Aufbewahrungsregeln, jede in Worten, ist der Regelanhang: eine eigene Datei (policy-studio export --format rule-annex oder Datei &gt; Exportieren, „Rule annex (HTML)“), die die Inhalts-Prüfsumme {digest} trägt. Der Anhang gehört nur zu diesem Dokument, wenn die Prüfsummen übereinstimmen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The highest-risk uses</source>
      <translation>Die Verwendungen mit dem höchsten Risiko</translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>The policy allows %n uses (combinations of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent). Each gets a score from transparent factors; it is a review aid, not a verdict.</source>
      <translation>
        <numerusform>Die Richtlinie erlaubt %n Verwendung (Kombinationen aus Daten, Zweck, Person, Empfänger und Region, die die Regeln erlauben und keine Verbotsregel entfernt, einschließlich Verwendungen, die die Einwilligung der Person erfordern). Jede erhält einen Wert aus nachvollziehbaren Faktoren; er ist eine Prüfhilfe, kein Urteil.</numerusform>
        <numerusform>Die Richtlinie erlaubt %n Verwendungen (Kombinationen aus Daten, Zweck, Person, Empfänger und Region, die die Regeln erlauben und keine Verbotsregel entfernt, einschließlich Verwendungen, die die Einwilligung der Person erfordern). Jede erhält einen Wert aus nachvollziehbaren Faktoren; er ist eine Prüfhilfe, kein Urteil.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The policy allows no use.</source>
      <translation>Die Richtlinie erlaubt keine Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The rule annex</source>
      <translation>Der Regelanhang</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Then</source>
      <translation>Danach</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>This policy is large ({rules} use rules, {categories} data categories and {purposes} purposes), so this document summarises it by processing activity. Every use rule is listed in the rule annex, a separate file that carries the same content digest ({digest}).</source>
      <translation>Diese Richtlinie ist umfangreich ({rules} Verwendungsregeln, {categories} Datenkategorien und {purposes} Zwecke), daher fasst dieses Dokument sie nach Verarbeitungstätigkeit zusammen. Jede Verwendungsregel steht im Regelanhang, einer eigenen Datei mit derselben Inhalts-Prüfsumme ({digest}).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Transfer safeguard</source>
      <translation>Garantie für Übermittlungen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Use</source>
      <translation>Verwendung</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Uses</source>
      <translation>Verwendungen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>What it means for people: {consequences}</source>
      <translation>Was es für Personen bedeutet: {consequences}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>a different version</source>
      <translation>eine andere Fassung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>a legal obligation (GDPR Art. 6(1)(c))</source>
      <translation>rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>a public source</source>
      <translation>eine öffentliche Quelle</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>a task in the public interest (GDPR Art. 6(1)(e))</source>
      <translation>Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>a third party</source>
      <translation>ein Dritter</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>adequacy decision (GDPR Art. 45)</source>
      <translation>Angemessenheitsbeschluss (Art. 45 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>after being anonymised</source>
      <translation>nach Anonymisierung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>after being pseudonymised</source>
      <translation>nach Pseudonymisierung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>after the people concerned have been told</source>
      <translation>nach Information der betroffenen Personen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>aged {high} or under</source>
      <translation>höchstens {high} Jahre alt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>aged {low} or over</source>
      <translation>mindestens {low} Jahre alt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>aged {low} to {high}</source>
      <translation>{low} bis {high} Jahre alt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>any purpose</source>
      <translation>jeden Zweck</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_words.py" />
      <source>anyone</source>
      <translation>jedermann</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>anywhere</source>
      <translation>überall</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>binding corporate rules (GDPR Art. 47)</source>
      <translation>verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>children (below the age of digital consent)</source>
      <translation>Kinder (unter dem Alter der digitalen Einwilligung)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>consent (GDPR Art. 6(1)(a))</source>
      <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>critical</source>
      <translation>kritisch</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>derogation for a specific situation (GDPR Art. 49)</source>
      <translation>Ausnahme für bestimmte Fälle (Art. 49 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>elsewhere</source>
      <translation>anderswo</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>everywhere</source>
      <translation>überall</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>high</source>
      <translation>hoch</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>in {places}</source>
      <translation>in {places}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>in {place}</source>
      <translation>in {place}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>inferred</source>
      <translation>abgeleitet</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>legitimate interests (GDPR Art. 6(1)(f))</source>
      <translation>berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>limited to what the purpose needs</source>
      <translation>beschränkt auf das für den Zweck Nötige</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>low</source>
      <translation>niedrig</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>matches this document</source>
      <translation>entspricht diesem Dokument</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>medium</source>
      <translation>mittel</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>no digest recorded</source>
      <translation>keine Prüfsumme erfasst</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>no retention period is set</source>
      <translation>Aufbewahrung: keine Frist festgelegt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_summary.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>none given</source>
      <translation>keine angegeben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_summary.py" />
      <source>none listed</source>
      <translation>keine aufgeführt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none needed beyond the adequacy decision for {places} (GDPR Art. 45)</source>
      <translation>keine nötig über den Angemessenheitsbeschluss für {places} hinaus (Art. 45 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none needed: no transfer outside {areas}</source>
      <translation>keine nötig: keine Übermittlung außerhalb von {areas}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none needed: no transfer outside {areas} (recorded: {safeguard})</source>
      <translation>keine nötig: keine Übermittlung außerhalb von {areas} (erfasst: {safeguard})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none recorded</source>
      <translation>keine erfasst</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none recorded (where the data goes is not stated)</source>
      <translation>keine erfasst (wohin die Daten gehen, ist nicht angegeben)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none recorded for the transfer to {places}</source>
      <translation>keine erfasst für die Übermittlung nach {places}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>not a transfer (published)</source>
      <translation>keine Übermittlung (veröffentlicht)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_summary.py" />
      <source>not asked</source>
      <translation>nicht eingeholt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>not set</source>
      <translation>nicht festgelegt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_summary.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>not stated</source>
      <translation>nicht angegeben</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>observed</source>
      <translation>beobachtet</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>only in aggregated form</source>
      <translation>nur in aggregierter Form</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>only in encrypted form</source>
      <translation>nur verschlüsselt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>only with their consent</source>
      <translation>nur mit Einwilligung der Person</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>performance of a contract (GDPR Art. 6(1)(b))</source>
      <translation>Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>published (anyone can see it)</source>
      <translation>veröffentlicht (für jeden sichtbar)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_summary.py" />
      <source>some</source>
      <translation>teilweise</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>standard contractual clauses (GDPR Art. 46(2)(c))</source>
      <translation>Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>the person</source>
      <translation>die Person</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>the purpose {name}</source>
      <translation>den Zweck {name}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>the purposes {names}</source>
      <translation>die Zwecke {names}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>they are {retention}</source>
      <translation>Aufbewahrung: {retention}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>unless they object</source>
      <translation>sofern die Person nicht widerspricht</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>vital interests (GDPR Art. 6(1)(d))</source>
      <translation>lebenswichtige Interessen (Art. 6 Abs. 1 lit. d DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>vulnerable people</source>
      <translation>schutzbedürftige Personen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>with a parent's or guardian's consent for people under the age of digital consent</source>
      <translation>mit Einwilligung eines Elternteils oder Vormunds bei Personen unter dem Alter der digitalen Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_summary.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>{count} of {total}</source>
      <translation>{count} von {total}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{data} for {purpose} ({people})</source>
      <translation>{data} für {purpose} ({people})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} may be used for {purposes}{regions}</source>
      <translation>{data}: Verwendung für {purposes}{regions} erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} must not be published to {recipients} for {purposes}{regions}</source>
      <translation>{data}: Veröffentlichung über {recipients} für {purposes}{regions} verboten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} must not be shared with {recipients} for {purposes}{regions}</source>
      <translation>{data}: Weitergabe an {recipients} für {purposes}{regions} verboten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} must not be used for {purposes}{regions}</source>
      <translation>{data}: Verwendung für {purposes}{regions} verboten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} must not be used or shared with anyone for {purposes}{regions}</source>
      <translation>{data}: Verwendung oder Weitergabe an jedermann für {purposes}{regions} verboten</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} of {people}</source>
      <translation>{data} von {people}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{people}, shared with anyone</source>
      <translation>{people}, weitergegeben an jedermann</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{people}, shared with {recipient}</source>
      <translation>{people}, weitergegeben an {recipient}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{places}; stored in {stores}</source>
      <translation>{places}; gespeichert in {stores}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{score} ({band})</source>
      <translation>{score} ({band})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>{source}: {name}</source>
      <translation>{source}: {name}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{use} and may be published to {recipients}</source>
      <translation>{use}; Veröffentlichung über {recipients} erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{use} and may be shared with {recipients}</source>
      <translation>{use}; Weitergabe an {recipients} erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>{where}: {basis}</source>
      <translation>{where}: {basis}</translation>
    </message>
  </context>
  <context>
    <name>redline</name>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n added</source>
      <translation>
        <numerusform>%n hinzugefügt</numerusform>
        <numerusform>%n hinzugefügt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n changed</source>
      <translation>
        <numerusform>%n geändert</numerusform>
        <numerusform>%n geändert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n difference:</source>
      <translation>
        <numerusform>%n Unterschied:</numerusform>
        <numerusform>%n Unterschiede:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n differences:</source>
      <translation>
        <numerusform>%n Unterschied:</numerusform>
        <numerusform>%n Unterschiede:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n policy detail changed</source>
      <translation>
        <numerusform>%n Angabe zur Richtlinie geändert</numerusform>
        <numerusform>%n Angaben zur Richtlinie geändert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n policy details changed</source>
      <translation>
        <numerusform>%n Angabe zur Richtlinie geändert</numerusform>
        <numerusform>%n Angaben zur Richtlinie geändert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n removed</source>
      <translation>
        <numerusform>%n entfernt</numerusform>
        <numerusform>%n entfernt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n renamed</source>
      <translation>
        <numerusform>%n umbenannt</numerusform>
        <numerusform>%n umbenannt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>A consent answer is granted, denied or unknown, with or without a Global Privacy Control signal. Each row stands for every category and purpose it lists, with the example shown.</source>
      <translation>Eine Einwilligungsantwort ist erteilt, verweigert oder unbekannt, mit oder ohne Global-Privacy-Control-Signal. Jede Zeile steht für jede Kategorie und jeden Zweck, die sie aufführt, mit dem gezeigten Beispiel.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>Added</source>
      <translation>Hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <location filename="../../resources/documents/redline.html.j2" />
      <source>After</source>
      <translation>Nachher</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Categories</source>
      <translation>Kategorien</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>Changed</source>
      <translation>Geändert</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Changes to {title}</source>
      <translation>Änderungen an {title}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>DRAFT: the new version is not approved ({why}).</source>
      <translation>ENTWURF: Die neue Fassung ist nicht freigegeben ({why}).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>For example</source>
      <translation>Zum Beispiel</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Identifier changed from {old} to {new}.</source>
      <translation>Kennung geändert von {old} in {new}.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Impact:</source>
      <translation>Auswirkung:</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>No differences:</source>
      <translation>Keine Unterschiede:</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Nothing else changed.</source>
      <translation>Sonst hat sich nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Policy details</source>
      <translation>Angaben zur Richtlinie</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Privacy notice:</source>
      <translation>Datenschutzerklärung:</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Purposes</source>
      <translation>Zwecke</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>Removed</source>
      <translation>Entfernt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>Renamed</source>
      <translation>Umbenannt</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>The order of the {sections} changed; order does not change what the policy says.</source>
      <translation>Die Reihenfolge von {sections} hat sich geändert; die Reihenfolge ändert nicht, was die Richtlinie sagt.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Uses</source>
      <translation>Verwendungen</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Uses whose decision changes</source>
      <translation>Verwendungen, deren Entscheidung sich ändert</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>both versions say the same thing.</source>
      <translation>Beide Fassungen sagen dasselbe.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>its status is {status}</source>
      <translation>ihr Status ist {status}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>no approval of its content is recorded</source>
      <translation>für ihren Inhalt ist keine Freigabe erfasst</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>no decision changes: {share}.</source>
      <translation>keine Entscheidung ändert sich: {share}.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>no longer:</source>
      <translation>nicht mehr:</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>now also:</source>
      <translation>jetzt auch:</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>this change {changes}; {share}.</source>
      <translation>Diese Änderung: {changes}; {share}.</translation>
    </message>
  </context>
  <context>
    <name>rule annex</name>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Annex to</source>
      <translation>Anhang zu</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Content digest</source>
      <translation>Inhalts-Prüfsumme</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Retention rules</source>
      <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Rule annex: {title}</source>
      <translation>Regelanhang: {title}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Rule annex: {title} {version}</source>
      <translation>Regelanhang: {title} {version}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>This annex lists every rule of the policy whose document carries the same content digest; it belongs to that document only when the digests are the same.</source>
      <translation>Dieser Anhang führt jede Regel der Richtlinie auf, deren Dokument dieselbe Inhalts-Prüfsumme trägt; er gehört nur zu diesem Dokument, wenn die Prüfsummen übereinstimmen.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Use rules</source>
      <translation>Verwendungsregeln</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>{title}, version {version}</source>
      <translation>{title}, Version {version}</translation>
    </message>
  </context>
</TS>
