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
    <name>cli</name>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>policy file</source>
      <translation>Richtliniendatei</translation>
    </message>
  </context>
  <context>
    <name>decide</name>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  intrusiveness: {score}</source>
      <translation>  Eingriffstiefe: {score}</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  obligations: {obligations}</source>
      <translation>  Auflagen:     {obligations}</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  retention:   none applies (add a retention rule for this category)</source>
      <translation>  Aufbewahrung: keine Regel greift (legen Sie eine Aufbewahrungsregel für diese Kategorie an)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  retention:   {sentence} (rule {rule})</source>
      <translation>  Aufbewahrung: {sentence} (Regel {rule})</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  rules:       {rules}</source>
      <translation>  Regeln:       {rules}</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>--category and --purpose are needed (or --requests FILE.jsonl)</source>
      <translation>--category und --purpose werden benötigt (oder --requests FILE.jsonl)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>ALLOW</source>
      <translation>ERLAUBT</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>Answer one request (exit 0 when allowed, 1 when denied) or, with --requests, a stream of JSON lines: each answer is written as its line is read; a bad line gets an error record and makes the exit status 2.</source>
      <translation>Beantwortet eine Anfrage (Exit-Status 0 bei Erlaubnis, 1 bei Verweigerung) oder mit --requests einen Strom von JSON-Zeilen: Jede Antwort wird geschrieben, sobald ihre Zeile gelesen ist; eine fehlerhafte Zeile erhält einen Fehlereintrag und setzt den Exit-Status auf 2.</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>DENY</source>
      <translation>VERWEIGERT</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>a request must be a JSON object</source>
      <translation>eine Anfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>answer one JSON request per line ('-' for stdin); one JSON answer per line, in order, each as soon as its line is read</source>
      <translation>eine JSON-Anfrage pro Zeile beantworten ('-' für die Standardeingabe); eine JSON-Antwort pro Zeile, in Reihenfolge, jede sobald ihre Zeile gelesen ist</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>ask whether a category may be used for a purpose</source>
      <translation>fragen, ob eine Kategorie für einen Zweck genutzt werden darf</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>category '{value}' is not declared in the policy</source>
      <translation>die Kategorie '{value}' ist in der Richtlinie nicht angelegt</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>consent state of the person (default: unknown)</source>
      <translation>Einwilligungsstatus der Person (Standard: unknown)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>data category id, e.g. contact.email</source>
      <translation>ID der Datenkategorie, z. B. contact.email</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>data subject id (optional)</source>
      <translation>ID der betroffenen Person (optional)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>nested too deeply</source>
      <translation>zu tief verschachtelt</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>not JSON: {reason}</source>
      <translation>kein JSON: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>not UTF-8 text ({reason})</source>
      <translation>kein UTF-8-Text ({reason})</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>print the answer as JSON</source>
      <translation>die Antwort als JSON ausgeben</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>purpose '{value}' is not declared in the policy</source>
      <translation>der Zweck '{value}' ist in der Richtlinie nicht angelegt</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>purpose id, e.g. marketing.newsletter</source>
      <translation>ID des Zwecks, z. B. marketing.newsletter</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>recipient '{value}' is not declared in the policy</source>
      <translation>der Empfänger '{value}' ist in der Richtlinie nicht angelegt</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>recipient id (optional)</source>
      <translation>ID des Empfängers (optional)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>region '{region}' is not an ISO 3166 code or a region group; no rule limited to regions covers it</source>
      <translation>die Region '{region}' ist weder ein ISO-3166-Code noch eine Regionsgruppe; keine auf Regionen beschränkte Regel erfasst sie</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>region code, any case: DE, US-CA, eea (optional)</source>
      <translation>Regionscode, Groß- oder Kleinschreibung: DE, US-CA, eea (optional)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>subject '{value}' is not declared in the policy</source>
      <translation>die betroffene Person '{value}' ist in der Richtlinie nicht angelegt</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>the line is longer than {size} KiB</source>
      <translation>die Zeile ist länger als {size} KiB</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>the person's browser sent a Global Privacy Control signal (an opt-out of purposes that honour it, unless consent is granted)</source>
      <translation>der Browser der Person hat ein Global-Privacy-Control-Signal gesendet (ein Widerspruch gegen Zwecke, die es beachten, sofern keine Einwilligung erteilt ist)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>{verdict}: {reason}</source>
      <translation>{verdict}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>decision</name>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>allowed by rule</source>
      <translation>durch Regel erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>denied by rule</source>
      <translation>durch Regel verweigert</translation>
    </message>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>no rule allows this use (default deny)</source>
      <translation>keine Regel erlaubt diese Nutzung (standardmäßig verweigert)</translation>
    </message>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>the person opted out of this purpose</source>
      <translation>die Person hat diesem Zweck widersprochen</translation>
    </message>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>the purpose needs consent and none was granted</source>
      <translation>der Zweck erfordert eine Einwilligung, und es wurde keine erteilt</translation>
    </message>
  </context>
  <context>
    <name>duration</name>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n days</source>
      <translation>
        <numerusform>%n Tag</numerusform>
        <numerusform>%n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n months</source>
      <translation>
        <numerusform>%n Monat</numerusform>
        <numerusform>%n Monate</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n weeks</source>
      <translation>
        <numerusform>%n Woche</numerusform>
        <numerusform>%n Wochen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n years</source>
      <translation>
        <numerusform>%n Jahr</numerusform>
        <numerusform>%n Jahre</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>1 day</source>
      <translation>1 Tag</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>1 month</source>
      <translation>1 Monat</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>1 week</source>
      <translation>1 Woche</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>1 year</source>
      <translation>1 Jahr</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>indefinitely</source>
      <translation>unbefristet</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>some hours</source>
      <translation>einige Stunden</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>{hours} hours</source>
      <translation>{hours} Stunden</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>{list} and {last}</source>
      <translation>{list} und {last}</translation>
    </message>
  </context>
  <context>
    <name>enum label</name>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>Brazil LGPD</source>
      <translation>Brasilien LGPD</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>California CCPA/CPRA</source>
      <translation>Kalifornien CCPA/CPRA</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>Canada PIPEDA</source>
      <translation>Kanada PIPEDA</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>EU GDPR</source>
      <translation>EU-DSGVO</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>Swiss FADP</source>
      <translation>Schweizer DSG</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>UK GDPR</source>
      <translation>UK GDPR</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>access</source>
      <translation>Auskunft</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>account closure</source>
      <translation>Kontoschließung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>adequacy decision</source>
      <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>advertising</source>
      <translation>Werbung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>aggregate</source>
      <translation>aggregieren</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>allow</source>
      <translation>erlauben</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>allowed</source>
      <translation>erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>analytics</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>anonymise</source>
      <translation>anonymisieren</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>approved</source>
      <translation>freigegeben</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>archive</source>
      <translation>archivieren</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>archiving research statistics</source>
      <translation>Archiv-, Forschungs- und Statistikzwecke</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>binding corporate rules</source>
      <translation>verbindliche interne Datenschutzvorschriften</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>biometric</source>
      <translation>biometrisch</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>browsing</source>
      <translation>Surfverhalten</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>collection</source>
      <translation>Erhebung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>commercial</source>
      <translation>kommerziell</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>communications</source>
      <translation>Kommunikation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>consent missing</source>
      <translation>Einwilligung fehlt</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>consent withdrawal</source>
      <translation>Widerruf der Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contest</source>
      <translation>Anfechtung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contract</source>
      <translation>Vertrag</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contract end</source>
      <translation>Vertragsende</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contract for subject</source>
      <translation>Vertrag im Interesse der Person</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contract with subject</source>
      <translation>Vertrag mit der Person</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>credentials</source>
      <translation>Zugangsdaten</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>criminal offence data (GDPR Art. 10)</source>
      <translation>Daten über Straftaten (Art. 10 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>custom</source>
      <translation>eigenes Ereignis</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>customer records</source>
      <translation>Kundendatensätze</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>data subject</source>
      <translation>betroffene Person</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>delete</source>
      <translation>löschen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>deletion request</source>
      <translation>Löschverlangen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>demographic</source>
      <translation>demografisch</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>denied</source>
      <translation>verweigert</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>denied by rule</source>
      <translation>durch Regel verweigert</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>deny</source>
      <translation>verweigern</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>derogation</source>
      <translation>Ausnahme</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>education</source>
      <translation>Bildung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>employment</source>
      <translation>Beschäftigung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>employment social security</source>
      <translation>Arbeitsrecht und soziale Sicherheit</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>encrypt</source>
      <translation>verschlüsseln</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>end of calendar year</source>
      <translation>Ende des Kalenderjahres</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>end of financial year</source>
      <translation>Ende des Geschäftsjahres</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>erasure</source>
      <translation>Löschung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>essential</source>
      <translation>notwendig</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>explicit consent</source>
      <translation>ausdrückliche Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>express view</source>
      <translation>Darlegung des eigenen Standpunkts</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>financial</source>
      <translation>Finanzdaten</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>genetic</source>
      <translation>genetisch</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>geolocation</source>
      <translation>Standortdaten</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>government id</source>
      <translation>amtliche Kennung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>granted</source>
      <translation>erteilt</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>health</source>
      <translation>Gesundheit</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>health or social care</source>
      <translation>Gesundheits- oder Sozialversorgung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>human intervention</source>
      <translation>Eingreifen einer Person</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>human review</source>
      <translation>Überprüfung durch einen Menschen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>identifier</source>
      <translation>Kennung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>identifiers</source>
      <translation>Kennungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>in progress</source>
      <translation>in Arbeit</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>in review</source>
      <translation>in Prüfung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>inferences</source>
      <translation>Schlussfolgerungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>inferred</source>
      <translation>abgeleitet</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>internal</source>
      <translation>intern</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>last activity</source>
      <translation>letzte Aktivität</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>legal claims</source>
      <translation>Rechtsansprüche</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>legal compliance</source>
      <translation>Erfüllung rechtlicher Pflichten</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>legal obligation</source>
      <translation>rechtliche Verpflichtung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>legitimate interests</source>
      <translation>berechtigte Interessen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>limit sensitive use</source>
      <translation>Einschränkung der Nutzung sensibler Daten</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>location</source>
      <translation>Standort</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>made public</source>
      <translation>öffentlich gemacht</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>marketing</source>
      <translation>Marketing</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>minimise</source>
      <translation>minimieren</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>network activity</source>
      <translation>Netzwerkaktivität</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>no consent needed</source>
      <translation>keine Einwilligung nötig</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>no rule</source>
      <translation>keine Regel</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>not needed</source>
      <translation>nicht erforderlich</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>not-for-profit body</source>
      <translation>Organisation ohne Gewinnerzielungsabsicht</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>notify</source>
      <translation>benachrichtigen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>objection</source>
      <translation>Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>observed</source>
      <translation>beobachtet</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>opt out of sale or sharing</source>
      <translation>Widerspruch gegen Verkauf oder Weitergabe</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>opt-in</source>
      <translation>Opt-in</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>opt-out</source>
      <translation>Opt-out</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>opted out</source>
      <translation>widersprochen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>other</source>
      <translation>sonstige</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>parental consent</source>
      <translation>Einwilligung der Eltern</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>personal</source>
      <translation>personenbezogen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>personalisation</source>
      <translation>Personalisierung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>portability</source>
      <translation>Datenübertragbarkeit</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>precise location</source>
      <translation>genauer Standort</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>processor</source>
      <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>professional</source>
      <translation>beruflich</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>profiling</source>
      <translation>Profiling</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>protected classifications</source>
      <translation>geschützte Merkmale</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>pseudonymise</source>
      <translation>pseudonymisieren</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public</source>
      <translation>Öffentlichkeit</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public authority</source>
      <translation>Behörde</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public health</source>
      <translation>öffentliche Gesundheit</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public interest</source>
      <translation>öffentliches Interesse</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public register</source>
      <translation>öffentliches Register</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public source</source>
      <translation>öffentlich zugängliche Quelle</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public task</source>
      <translation>öffentliche Aufgabe</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>purchase history</source>
      <translation>Kaufhistorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>purpose fulfilled</source>
      <translation>Zweck erfüllt</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>rectification</source>
      <translation>Berichtigung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>rejected</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>required</source>
      <translation>erforderlich</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>research</source>
      <translation>Forschung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>restriction</source>
      <translation>Einschränkung der Verarbeitung</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>retired</source>
      <translation>außer Kraft</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>review</source>
      <translation>überprüfen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>sale or sharing</source>
      <translation>Verkauf oder Weitergabe</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>security</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>sensitive</source>
      <translation>sensibel</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>sensory</source>
      <translation>sensorisch</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>special category (GDPR Art. 9)</source>
      <translation>besondere Kategorie (Art. 9 DSGVO)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>standard contractual clauses</source>
      <translation>Standardvertragsklauseln</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>substantial public interest</source>
      <translation>erhebliches öffentliches Interesse</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>third party</source>
      <translation>Dritter</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>vital interests</source>
      <translation>lebenswichtige Interessen</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>withdraw consent</source>
      <translation>Widerruf der Einwilligung</translation>
    </message>
  </context>
  <context>
    <name>error words</name>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>a mapping</source>
      <translation>eine Zuordnung</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>a value of another kind</source>
      <translation>ein Wert anderer Art</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>an id uses lowercase letters, digits and _, with dots between levels</source>
      <translation>eine ID besteht aus Kleinbuchstaben, Ziffern und _, mit Punkten zwischen den Ebenen</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>entry</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a country code (DE), a subdivision (US-CA) or a region group id</source>
      <translation>erwartet wird ein Ländercode (DE), ein Landesteil (US-CA) oder die ID einer Regionsgruppe</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a date written YYYY-MM-DD, found {found}</source>
      <translation>erwartet wird ein Datum der Form JJJJ-MM-TT, gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a list, found {found}</source>
      <translation>erwartet wird eine Liste, gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a lowercase internet domain such as ads.example.com</source>
      <translation>erwartet wird eine Internetdomain in Kleinbuchstaben wie ads.example.com</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a mapping (key: value lines), found {found}</source>
      <translation>erwartet wird eine Zuordnung (Zeilen der Form Schlüssel: Wert), gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a number, found {found}</source>
      <translation>erwartet wird eine Zahl, gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a two-letter country code such as DE</source>
      <translation>erwartet wird ein zweistelliger Ländercode wie DE</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a version such as 1.0.0</source>
      <translation>erwartet wird eine Version wie 1.0.0</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a whole number, found {found}</source>
      <translation>erwartet wird eine ganze Zahl, gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected text, found {found}</source>
      <translation>erwartet wird Text, gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected true or false, found {found}</source>
      <translation>erwartet wird true oder false, gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>field {field}</source>
      <translation>Feld {field}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>in {place}</source>
      <translation>{place}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>it is not in the form a {title} takes</source>
      <translation>es hat nicht die Form eines Werts für „{title}“</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>nothing</source>
      <translation>nichts</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>the file</source>
      <translation>die Datei</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>the number {number}</source>
      <translation>die Zahl {number}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/error_words.py" />
      <source>the text is too long; at most %n characters</source>
      <translation>
        <numerusform>der Text ist zu lang; höchstens %n Zeichen</numerusform>
        <numerusform>der Text ist zu lang; höchstens %n Zeichen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>the text {text}</source>
      <translation>der Text {text}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>there is no field {title}</source>
      <translation>es gibt kein Feld {title}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>too many entries; at most {count}</source>
      <translation>zu viele Einträge; höchstens {count}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>unknown field '{field}'</source>
      <translation>unbekanntes Feld '{field}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{place} needs the field {field}</source>
      <translation>{place}: das Feld {field} fehlt</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{place}: {reason}</source>
      <translation>{place}: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} is needed</source>
      <translation>{title} wird benötigt</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must be at least {bound}; found {found}</source>
      <translation>{title} muss mindestens {bound} sein; gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must be at most {bound}; found {found}</source>
      <translation>{title} darf höchstens {bound} sein; gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must be less than {bound}; found {found}</source>
      <translation>{title} muss kleiner als {bound} sein; gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must be more than {bound}; found {found}</source>
      <translation>{title} muss größer als {bound} sein; gefunden: {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must not be empty</source>
      <translation>{title} darf nicht leer sein</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{value} is not a valid {title}; expected one of {choices}</source>
      <translation>{value} ist kein gültiger Wert für „{title}“; erwartet wird einer von {choices}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{value} is not a valid {title}; {form}</source>
      <translation>{value} ist kein gültiger Wert für „{title}“; {form}</translation>
    </message>
  </context>
  <context>
    <name>file errors</name>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>'{character}' cannot start a value; put the value in quotes</source>
      <translation>'{character}' kann keinen Wert beginnen; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>'{value}' is not a usable number</source>
      <translation>'{value}' ist keine verwendbare Zahl</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>'{value}' is not true or false</source>
      <translation>'{value}' ist weder true noch false</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/storage/loader.py" />
      <source>... and %n more problems</source>
      <translation>
        <numerusform>... und %n weiteres Problem</numerusform>
        <numerusform>... und %n weitere Probleme</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>YAML syntax: found undefined alias '*{anchor}'</source>
      <translation>YAML-Syntax: der Alias '*{anchor}' ist nicht definiert</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>YAML syntax: the anchor '&amp;{anchor}' is defined twice (first on line {line}); give each anchor its own name</source>
      <translation>YAML-Syntax: der Anker '&amp;{anchor}' ist zweimal definiert (zuerst in Zeile {line}); geben Sie jedem Anker einen eigenen Namen</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>YAML syntax: unexpected {event}</source>
      <translation>YAML-Syntax: unerwartetes {event}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>YAML syntax: {words}</source>
      <translation>YAML-Syntax: {words}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a ':' cannot start a value here; check the indentation of this line, or put the value in quotes</source>
      <translation>ein ':' kann hier keinen Wert beginnen; prüfen Sie die Einrückung dieser Zeile oder setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a key has no ':' after it; write key: value</source>
      <translation>nach einem Schlüssel fehlt ':'; schreiben Sie Schlüssel: Wert</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a key must be plain text</source>
      <translation>ein Schlüssel muss einfacher Text sein</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a list opened with '[' is not closed with ']'</source>
      <translation>eine mit '[' geöffnete Liste wird nicht mit ']' geschlossen</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a mapping opened with '{{' is not closed with '}}'</source>
      <translation>eine mit '{{' geöffnete Zuordnung wird nicht mit '}}' geschlossen</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>a policy file must be a mapping with a 'policy' key</source>
      <translation>eine Richtliniendatei muss eine Zuordnung mit dem Schlüssel 'policy' sein</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a quoted text is not closed: the file ends before its closing quote</source>
      <translation>ein Text in Anführungszeichen ist nicht geschlossen: die Datei endet vor dem schließenden Anführungszeichen</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>aliases expand to too much data (possible alias bomb)</source>
      <translation>Aliase ergeben zu viele Daten (möglicherweise eine Alias-Bombe)</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>cannot read file: {reason}</source>
      <translation>Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>duplicate key '{key}'</source>
      <translation>doppelter Schlüssel '{key}'</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>file holds no YAML document</source>
      <translation>die Datei enthält kein YAML-Dokument</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>file is empty</source>
      <translation>die Datei ist leer</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>file is not UTF-8 text (byte {byte})</source>
      <translation>die Datei ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>file is {size} MiB; the limit is {limit} MiB</source>
      <translation>die Datei ist {size} MiB groß; die Grenze liegt bei {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>format_version must be a whole number such as {version}</source>
      <translation>format_version muss eine ganze Zahl wie {version} sein</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>line {line} is indented with a tab; YAML indents with spaces only, so use spaces</source>
      <translation>Zeile {line} ist mit einem Tabulator eingerückt; YAML rückt nur mit Leerzeichen ein, verwenden Sie also Leerzeichen</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>more than {count} items in one place; a policy file never needs that</source>
      <translation>mehr als {count} Einträge an einer Stelle; eine Richtliniendatei braucht das nie</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>more than {count} keys in one place; a policy file never needs that</source>
      <translation>mehr als {count} Schlüssel an einer Stelle; eine Richtliniendatei braucht das nie</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>nesting is deeper than {limit} levels; a policy file never needs that</source>
      <translation>die Verschachtelung ist tiefer als {limit} Ebenen; eine Richtliniendatei braucht das nie</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>no such file</source>
      <translation>Datei nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>the file does not say its format; add 'format_version: {version}'</source>
      <translation>die Datei gibt ihr Format nicht an; ergänzen Sie 'format_version: {version}'</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>the file holds more than {count} values; a policy file never needs that</source>
      <translation>die Datei enthält mehr als {count} Werte; eine Richtliniendatei braucht das nie</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>the tag '{tag}' is not allowed in a policy file (only plain data is)</source>
      <translation>das Tag '{tag}' ist in einer Richtliniendatei nicht erlaubt (nur einfache Daten sind es)</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>this file uses format version {version}, written by a newer Policy Studio; this version reads format {readable}. Update Policy Studio to open it</source>
      <translation>diese Datei verwendet Formatversion {version}, geschrieben von einem neueren Policy Studio; diese Version liest Format {readable}. Aktualisieren Sie Policy Studio, um sie zu öffnen</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>this is a folder, not a policy file</source>
      <translation>dies ist ein Ordner, keine Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>this is not a regular file (a pipe, device or socket); give the path of a policy file</source>
      <translation>dies ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket); geben Sie den Pfad einer Richtliniendatei an</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>this line does not line up with the keys above it; check its indentation</source>
      <translation>diese Zeile ist nicht an den Schlüsseln darüber ausgerichtet; prüfen Sie ihre Einrückung</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>this line does not line up with the list items above it; check its indentation</source>
      <translation>diese Zeile ist nicht an den Listeneinträgen darüber ausgerichtet; prüfen Sie ihre Einrückung</translation>
    </message>
    <message>
      <location filename="../../app/storage/errors.py" />
      <source>unreadable file</source>
      <translation>unlesbare Datei</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>{too_deep} (the alias '*{anchor}' is inside the value it names)</source>
      <translation>{too_deep} (der Alias '*{anchor}' steht in dem Wert, den er benennt)</translation>
    </message>
  </context>
  <context>
    <name>ids</name>
    <message>
      <location filename="../../app/domain/ids.py" />
      <source>has {levels} levels; an id has at most {limit}</source>
      <translation>hat {levels} Ebenen; eine ID hat höchstens {limit}</translation>
    </message>
    <message>
      <location filename="../../app/domain/ids.py" />
      <source>is not a valid id (lowercase letters, digits, _ and dots)</source>
      <translation>ist keine gültige ID (Kleinbuchstaben, Ziffern, _ und Punkte)</translation>
    </message>
    <message>
      <location filename="../../app/domain/ids.py" />
      <source>is {length} characters long; an id has at most {limit}</source>
      <translation>ist {length} Zeichen lang; eine ID hat höchstens {limit}</translation>
    </message>
  </context>
  <context>
    <name>intrusiveness</name>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>critical</source>
      <translation>kritisch</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>high</source>
      <translation>hoch</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>low</source>
      <translation>niedrig</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>medium</source>
      <translation>mittel</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{score} ({band}): {factors}</source>
      <translation>{score} ({band}): {factors}</translation>
    </message>
  </context>
  <context>
    <name>path words</name>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>The whole policy</source>
      <translation>Die gesamte Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>data category {item}</source>
      <translation>Datenkategorie {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>data subject {item}</source>
      <translation>betroffene Person {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>entry {number}</source>
      <translation>Eintrag {number}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>expectation {item}</source>
      <translation>Erwartung {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>number {number}</source>
      <translation>Nummer {number}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>purpose {item}</source>
      <translation>Zweck {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>recipient {item}</source>
      <translation>Empfänger {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>region group {item}</source>
      <translation>Regionsgruppe {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>retention rule {item}</source>
      <translation>Aufbewahrungsregel {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the data categories section</source>
      <translation>der Abschnitt Datenkategorien</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the data subjects section</source>
      <translation>der Abschnitt betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the expectations section</source>
      <translation>der Abschnitt Erwartungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the policy</source>
      <translation>die Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the policy details</source>
      <translation>die Angaben zur Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the purposes section</source>
      <translation>der Abschnitt Zwecke</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the recipients section</source>
      <translation>der Abschnitt Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the region groups section</source>
      <translation>der Abschnitt Regionsgruppen</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the retention rules section</source>
      <translation>der Abschnitt Aufbewahrungsregeln</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the use rules section</source>
      <translation>der Abschnitt Nutzungsregeln</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the {field}</source>
      <translation>das Feld {field}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the {field} in {record}</source>
      <translation>das Feld {field} in {record}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the {field} of {record}</source>
      <translation>das Feld {field} ({record})</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>use rule {item}</source>
      <translation>Nutzungsregel {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>{field} entry {number}</source>
      <translation>{field} Eintrag {number}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>consent must be granted, denied or unknown</source>
      <translation>consent muss granted, denied oder unknown sein</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>gpc must be true or false</source>
      <translation>gpc muss true oder false sein</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>region '{value}' is not a region code (an ISO 3166 code such as DE or US-CA, or a group id such as eea)</source>
      <translation>die Region '{value}' ist kein Regionscode (ein ISO-3166-Code wie DE oder US-CA oder die ID einer Gruppe wie eea)</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>region must be text, not {kind}</source>
      <translation>region muss Text sein, nicht {kind}</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>the request needs '{key}'</source>
      <translation>der Anfrage fehlt '{key}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>unknown key '{key}' (keys: {keys})</source>
      <translation>unbekannter Schlüssel '{key}' (Schlüssel: {keys})</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>{key} '{value}' {problem}</source>
      <translation>{key} '{value}' {problem}</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>{key} must be text, not {kind}</source>
      <translation>{key} muss Text sein, nicht {kind}</translation>
    </message>
  </context>
  <context>
    <name>retention words</name>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source> or </source>
      <translation> oder </translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>April</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>August</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>December</source>
      <translation>Dezember</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>February</source>
      <translation>Februar</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>January</source>
      <translation>Januar</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>July</source>
      <translation>Juli</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>June</source>
      <translation>Juni</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>March</source>
      <translation>März</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>May</source>
      <translation>Mai</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>November</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>October</source>
      <translation>Oktober</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>September</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>a custom event (not named)</source>
      <translation>ein eigenes Ereignis (ohne Namen)</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>a custom event (not named) happened</source>
      <translation>ein eigenes Ereignis (ohne Namen) eintrat</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>account closure</source>
      <translation>Kontoschließung</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>anonymised</source>
      <translation>anonymisiert</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>archived</source>
      <translation>archiviert</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>at least {minimum} after {start} (no end given)</source>
      <translation>mindestens {minimum} nach {start} (kein Ende angegeben)</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>at least {minimum} after {start}, then indefinitely</source>
      <translation>mindestens {minimum} nach {start}, danach unbefristet</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>at least {minimum} and at most {maximum} after {start}</source>
      <translation>mindestens {minimum} und höchstens {maximum} nach {start}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>by the criterion “{criteria}”</source>
      <translation>nach dem Kriterium „{criteria}“</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>collection</source>
      <translation>Erhebung</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>consent was withdrawn</source>
      <translation>die Einwilligung widerrufen wurde</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>consent withdrawal</source>
      <translation>Widerruf der Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>criteria</source>
      <translation>Kriterien</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>deleted</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>deletion by the person</source>
      <translation>Löschung durch die Person</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>exactly {duration} after {start}</source>
      <translation>genau {duration} nach {start}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>fulfilment of the purpose</source>
      <translation>Erfüllung des Zwecks</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>indefinite</source>
      <translation>unbefristet</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>indefinitely</source>
      <translation>unbefristet</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>kept {period}</source>
      <translation>aufbewahrt {period}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>kept {period}, then {done}</source>
      <translation>aufbewahrt {period}, danach {done}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>no period</source>
      <translation>keine Frist</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>no period given (counted from {start})</source>
      <translation>keine Frist angegeben (gerechnet ab {start})</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>pseudonymised</source>
      <translation>pseudonymisiert</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>reviewed</source>
      <translation>überprüft</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>start not given</source>
      <translation>Beginn nicht angegeben</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the account was closed</source>
      <translation>das Konto geschlossen wurde</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the contract ended</source>
      <translation>der Vertrag endete</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the data was collected</source>
      <translation>die Daten erhoben wurden</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the end of the calendar year in which {event}</source>
      <translation>Ende des Kalenderjahres, in dem {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the end of the contract</source>
      <translation>Vertragsende</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the end of the financial year (starting {start}) in which {event}</source>
      <translation>Ende des Geschäftsjahres (Beginn {start}), in dem {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the end of the financial year ({start}) in which {event}</source>
      <translation>Ende des Geschäftsjahres ({start}), in dem {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the last activity</source>
      <translation>Zeitpunkt der letzten Aktivität</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the last activity took place</source>
      <translation>die letzte Aktivität stattfand</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the person deleted the data or asked for its erasure</source>
      <translation>die Person die Daten gelöscht oder ihre Löschung verlangt hat</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the purpose was fulfilled</source>
      <translation>der Zweck erfüllt wurde</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{criteria} and {period}</source>
      <translation>{criteria} und {period}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{criteria}, counted from {start}</source>
      <translation>{criteria}, gerechnet ab {start}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{criteria}, counted from {start}, at least {minimum}</source>
      <translation>{criteria}, gerechnet ab {start}, mindestens {minimum}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{criteria}, ≥ {minimum}</source>
      <translation>{criteria}, ≥ {minimum}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{day} {month}</source>
      <translation>{day}. {month}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{duration} after {start}</source>
      <translation>{duration} nach {start}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{length} from financial year end ({start}) after {event}</source>
      <translation>{length} ab Ende des Geschäftsjahres ({start}) nach {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{length} from year end after {event}</source>
      <translation>{length} ab Jahresende nach {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{length} from {event}</source>
      <translation>{length} ab {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{minimum} to {maximum}</source>
      <translation>{minimum} bis {maximum}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{period} ({criteria})</source>
      <translation>{period} ({criteria})</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{sentence}; under legal hold</source>
      <translation>{sentence}; unter Legal Hold (Löschsperre)</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{sentence}; under legal hold ({reason})</source>
      <translation>{sentence}; unter Legal Hold (Löschsperre: {reason})</translation>
    </message>
  </context>
</TS>
