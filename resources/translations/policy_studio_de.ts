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
    <name>ages</name>
    <message>
      <location filename="../../app/domain/ages.py" />
      <source>marked as children, but the youngest is {youngest}, at or above the highest age of digital consent where the policy applies ({highest})</source>
      <translation>als Kinder gekennzeichnet, aber die Jüngsten sind {youngest}, also mindestens so alt wie das höchste Alter der digitalen Einwilligung, wo die Richtlinie gilt ({highest})</translation>
    </message>
    <message>
      <location filename="../../app/domain/ages.py" />
      <source>not marked as children, but some may be {youngest}, under the lowest age of digital consent ({lowest})</source>
      <translation>nicht als Kinder gekennzeichnet, aber manche können {youngest} sein, unter dem niedrigsten Alter der digitalen Einwilligung ({lowest})</translation>
    </message>
    <message>
      <location filename="../../app/domain/ages.py" />
      <source>the youngest age ({youngest}) is above the oldest ({oldest})</source>
      <translation>das jüngste Alter ({youngest}) liegt über dem ältesten ({oldest})</translation>
    </message>
  </context>
  <context>
    <name>approve</name>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>Validate FILE and, when it has no error finding, no placeholder text from a template and is not retired, record an approval of its current content (name, role, date, content digest) and set its status to approved, in place, keeping comments. Exit status: 0 approved, 1 refused (the reasons are printed), 2 unreadable input or wrong usage.</source>
      <translation>Prüft FILE und vermerkt, wenn es keinen Fehlerbefund, keinen Platzhaltertext aus einer Vorlage gibt und die Richtlinie nicht außer Kraft ist, eine Freigabe ihres aktuellen Inhalts (Name, Rolle, Datum, Inhalts-Digest) und setzt ihren Status auf freigegeben, direkt in der Datei und mit Kommentaren. Exit-Status: 0 freigegeben, 1 abgelehnt (die Gründe werden ausgegeben), 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>approve a YAML policy file (canonical JSON is generated)</source>
      <translation>geben Sie eine YAML-Richtliniendatei frei (kanonisches JSON wird erzeugt)</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>approved {file} by {name} ({role}) on {date}</source>
      <translation>{file} freigegeben von {name} ({role}) am {date}</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>day of the approval (default: today)</source>
      <translation>Tag der Freigabe (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>full name of the approver</source>
      <translation>vollständiger Name der freigebenden Person</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>give the approver's --name and --role</source>
      <translation>geben Sie --name und --role der freigebenden Person an</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>policy YAML file to approve</source>
      <translation>freizugebende YAML-Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>record an approval of a policy (refused while it has errors)</source>
      <translation>eine Freigabe der Richtlinie vermerken (abgelehnt, solange sie Fehler hat)</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>the approver's role, e.g. 'DPO'</source>
      <translation>Rolle der freigebenden Person, z. B. 'DSB'</translation>
    </message>
  </context>
  <context>
    <name>change words</name>
    <message>
      <location filename="../../app/domain/change_words.py" />
      <source>Change {field} of the policy</source>
      <translation>{field} der Richtlinie ändern</translation>
    </message>
    <message>
      <location filename="../../app/domain/change_words.py" />
      <source>Change {field} of {item}</source>
      <translation>{field} von {item} ändern</translation>
    </message>
  </context>
  <context>
    <name>checks</name>
    <message>
      <location filename="../../app/commands/checks.py" />
      <source>Print the reference of every check (code, title, severity, why, how to fix) as Markdown; each check's section is anchored by its code in lower case, the address its SARIF rule's helpUri names (publish it and pass its folder's address to `validate --docs-url`). The repository keeps it as resources/reference/checks.md.</source>
      <translation>Gibt die Referenz aller Prüfungen (Code, Titel, Schweregrad, Grund, Behebung) als Markdown aus; der Abschnitt jeder Prüfung ist mit ihrem Code in Kleinbuchstaben verankert, der Adresse, die die helpUri ihrer SARIF-Regel nennt (veröffentlichen Sie sie und übergeben Sie die Adresse ihres Ordners an `validate --docs-url`). Das Repository führt sie als resources/reference/checks.md.</translation>
    </message>
    <message>
      <location filename="../../app/commands/checks.py" />
      <source>print the check reference (Markdown) that SARIF help URIs point at</source>
      <translation>die Prüfreferenz (Markdown) ausgeben, auf die SARIF-Hilfe-URIs verweisen</translation>
    </message>
    <message>
      <location filename="../../app/commands/checks.py" />
      <location filename="../../app/commands/schema.py" />
      <source>write it to FILE instead</source>
      <translation>stattdessen in FILE schreiben</translation>
    </message>
  </context>
  <context>
    <name>choice words</name>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>Granted</source>
      <translation>Erteilt</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>Nobody asked the person (opt-in purposes are denied, opt-out allowed)</source>
      <translation>Niemand hat die Person gefragt (Opt-in-Zwecke werden verweigert, Opt-out-Zwecke erlaubt)</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>Not asked</source>
      <translation>Nicht gefragt</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>Refused or opted out</source>
      <translation>Verweigert oder widersprochen</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>The person agreed</source>
      <translation>Die Person hat eingewilligt</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>The person said no (or opted out)</source>
      <translation>Die Person hat abgelehnt (oder widersprochen)</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>not needed</source>
      <translation>nicht nötig</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>unless opted out</source>
      <translation>außer bei Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>with consent</source>
      <translation>mit Einwilligung</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>'{text}' is not a date (use YYYY-MM-DD)</source>
      <translation>'{text}' ist kein Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>(set POLICY_STUDIO_DEBUG=1 to see the details)</source>
      <translation>(setzen Sie POLICY_STUDIO_DEBUG=1, um die Einzelheiten zu sehen)</translation>
    </message>
    <message>
      <location filename="../../app/commands/output.py" />
      <source>-o {output} is an input of this command (the same file as {source}); it was left as is: choose another output</source>
      <translation>-o {output} ist eine Eingabe dieses Befehls (dieselbe Datei wie {source}); sie blieb unverändert: wählen Sie eine andere Ausgabe</translation>
    </message>
    <message>
      <location filename="../../app/commands/output.py" />
      <source>-o {output} is an input of this command; it was left as is: choose another output</source>
      <translation>-o {output} ist eine Eingabe dieses Befehls; sie blieb unverändert: wählen Sie eine andere Ausgabe</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>Compose, validate, explain and export data-use policies. Run 'policy-studio FILE' to open a policy.</source>
      <translation>Richtlinien zur Datennutzung erstellen, prüfen, erklären und exportieren. Mit 'policy-studio FILE' öffnen Sie eine Richtlinie.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>Open a policy in the desktop editor.</source>
      <translation>Eine Richtlinie im Desktop-Editor öffnen.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>a part of this path is a file, not a folder</source>
      <translation>ein Teil dieses Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>choose one of {languages}</source>
      <translation>wählen Sie eine von {languages}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>commands</source>
      <translation>Befehle</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>commands: {commands} (see policy-studio --help)</source>
      <translation>Befehle: {commands} (siehe policy-studio --help)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>interrupted</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>language: every command speaks the system's language; --language en|de|fr (anywhere) chooses.
exit status: 0 fine (warnings allowed unless --strict); 1 error findings, a denied decision
or a file fmt/migrate --check would change; 2 unreadable input or wrong usage; 3 internal error.
</source>
      <translation>Sprache: Jeder Befehl spricht die Sprache des Systems; --language en|de|fr (an beliebiger Stelle) wählt sie.
Exit-Status: 0 in Ordnung (Warnungen erlaubt, außer mit --strict); 1 Fehlerbefunde, eine verweigerte
Entscheidung oder eine Datei, die fmt/migrate --check ändern würde; 2 unlesbare Eingabe oder falsche
Verwendung; 3 interner Fehler.
</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>no display available, so here is a summary instead of the window (use --screenshot OUT.png to render the window)</source>
      <translation>keine Anzeige verfügbar, daher eine Zusammenfassung statt des Fensters (mit --screenshot OUT.png wird das Fenster gerendert)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>no display here; give a FILE to summarise</source>
      <translation>hier gibt es keine Anzeige; geben Sie eine FILE zum Zusammenfassen an</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>no such file</source>
      <translation>Datei nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <location filename="../../app/commands/digest.py" />
      <location filename="../../app/commands/review.py" />
      <source>policy file</source>
      <translation>Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>policy file to open</source>
      <translation>zu öffnende Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>print a text summary instead of opening the window</source>
      <translation>eine Textzusammenfassung ausgeben, statt das Fenster zu öffnen</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>render the window at 1400x900 offscreen to OUT.png and exit</source>
      <translation>das Fenster in 1400x900 ohne Anzeige nach OUT.png rendern und beenden</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <location filename="../../app/storage/atomic.py" />
      <source>this is a folder, not a file</source>
      <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
      <location filename="../../app/commands/imports.py" />
      <source>wrote {file}</source>
      <translation>{file} geschrieben</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>you may not read or write this file</source>
      <translation>Sie dürfen diese Datei nicht lesen oder schreiben</translation>
    </message>
    <message>
      <location filename="../../app/commands/__init__.py" />
      <source>{option} holds a NUL character, which no file name or value can hold</source>
      <translation>{option} enthält ein NUL-Zeichen, das kein Dateiname und kein Wert enthalten kann</translation>
    </message>
    <message>
      <location filename="../../app/commands/__init__.py" />
      <source>{option} is empty; give a file name</source>
      <translation>{option} ist leer; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
      <location filename="../../app/commands/__init__.py" />
      <source>{option} is empty; give a value</source>
      <translation>{option} ist leer; geben Sie einen Wert an</translation>
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
    <name>diff</name>
    <message numerus="yes">
      <location filename="../../app/commands/diff.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n Unterschied</numerusform>
        <numerusform>%n Unterschiede</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>Compare OLD and NEW item by item (matched by id, order ignored; renames detected) and print the differences as text, JSON or an HTML redline (which opens with the impact's summary). With --impact, also every declared use whose decision changes. Exit status: 0 no differences, 1 differences, 2 unreadable input or wrong usage.</source>
      <translation>Vergleicht OLD und NEW Eintrag für Eintrag (zugeordnet über die ID, Reihenfolge egal; Umbenennungen werden erkannt) und gibt die Unterschiede als Text, JSON oder HTML-Änderungsansicht aus (die mit der Zusammenfassung der Auswirkungen beginnt). Mit --impact zusätzlich jede angegebene Nutzung, deren Entscheidung sich ändert. Exit-Status: 0 keine Unterschiede, 1 Unterschiede, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>also list every declared use (category x purpose x subject x recipient x region x consent) whose decision changes: after the redline in text, as the 'impact' key in JSON, as a section in HTML</source>
      <translation>zusätzlich jede angegebene Nutzung (Kategorie x Zweck x betroffene Person x Empfänger x Region x Einwilligung) auflisten, deren Entscheidung sich ändert: im Text nach der Änderungsansicht, in JSON als Schlüssel 'impact', in HTML als Abschnitt</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>no differences</source>
      <translation>keine Unterschiede</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>output format (default: text)</source>
      <translation>Ausgabeformat (Standard: text)</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>show what changed between two versions of a policy</source>
      <translation>zeigen, was sich zwischen zwei Versionen einer Richtlinie geändert hat</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>the earlier version</source>
      <translation>die frühere Version</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>the later version</source>
      <translation>die spätere Version</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>write to OUT instead of stdout</source>
      <translation>nach OUT statt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>wrote {file}: {found}</source>
      <translation>{file} geschrieben: {found}</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>{differences}; {impact}</source>
      <translation>{differences}; {impact}</translation>
    </message>
  </context>
  <context>
    <name>digest</name>
    <message>
      <location filename="../../app/commands/digest.py" />
      <source>Print 'sha256:&lt;hex&gt;' of the policy's canonical content (review status and approvals excluded), the digest every export carries.</source>
      <translation>Gibt 'sha256:&lt;hex&gt;' des kanonischen Inhalts der Richtlinie aus (ohne Prüfstatus und Freigaben), den Digest, den jeder Export trägt.</translation>
    </message>
    <message>
      <location filename="../../app/commands/digest.py" />
      <source>print the SHA-256 content digest of a policy</source>
      <translation>den SHA-256-Inhalts-Digest einer Richtlinie ausgeben</translation>
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
      <source>'{text}' has a number of more than {digits} digits; use 'indefinite' for data kept without an end</source>
      <translation>'{text}' enthält eine Zahl mit mehr als {digits} Ziffern; verwenden Sie 'indefinite' für Daten ohne Ende der Aufbewahrung</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>'{text}' is negative; a retention duration cannot be</source>
      <translation>'{text}' ist negativ; eine Speicherdauer kann das nicht sein</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>'{text}' is not a supported duration (use whole numbers, e.g. P30D, P6M, P2Y or 'indefinite')</source>
      <translation>'{text}' ist keine unterstützte Dauer (verwenden Sie ganze Zahlen, z. B. P30D, P6M, P2Y oder 'indefinite')</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>'{text}' is not an ISO 8601 duration (use e.g. P30D, P6M, P2Y or 'indefinite')</source>
      <translation>'{text}' ist keine ISO-8601-Dauer (verwenden Sie z. B. P30D, P6M, P2Y oder 'indefinite')</translation>
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
      <source>a duration must be text such as P30D, P2Y or 'indefinite'</source>
      <translation>eine Dauer muss Text sein wie P30D, P2Y oder 'indefinite'</translation>
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
      <source>Art. 9 condition</source>
      <translation>Bedingung nach Art. 9</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>CCPA category</source>
      <translation>CCPA-Kategorie</translation>
    </message>
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
      <source>approval decision</source>
      <translation>Freigabeentscheidung</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>assessment status</source>
      <translation>Stand der Folgenabschätzung</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>automated safeguard</source>
      <translation>Schutzmaßnahme bei automatisierter Entscheidung</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>consent mechanism</source>
      <translation>Einwilligungsverfahren</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>consent state</source>
      <translation>Einwilligungsstatus</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>decision reason</source>
      <translation>Entscheidungsgrund</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>derogation</source>
      <translation>Ausnahme</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>disposition</source>
      <translation>Verfahren am Fristende</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>effect</source>
      <translation>Wirkung</translation>
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
      <source>jurisdiction</source>
      <translation>Rechtsraum</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>legal basis</source>
      <translation>Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>nothing</source>
      <translation>nichts</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>obligation</source>
      <translation>Auflage</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>period start</source>
      <translation>Fristbeginn</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>purpose kind</source>
      <translation>Zweckart</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>recipient kind</source>
      <translation>Empfängerart</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>right</source>
      <translation>Recht</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>safeguard</source>
      <translation>Garantie</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>sensitivity</source>
      <translation>Sensibilität</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>source kind</source>
      <translation>Herkunftsart</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>tag</source>
      <translation>Merkmal</translation>
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
      <source>trigger</source>
      <translation>auslösendes Ereignis</translation>
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
    <name>expectations</name>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>a deny that names no reason</source>
      <translation>eine Verweigerung ohne Grund</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>expected the reason {reason} ({words}), got {answer}</source>
      <translation>erwartet wurde der Grund {reason} ({words}), erhalten: {answer}</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>expected the retention rule {rule}, got {answer}</source>
      <translation>erwartet wurde die Aufbewahrungsregel {rule}, erhalten: {answer}</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>expected the rules {rules}, got {answer}</source>
      <translation>erwartet wurden die Regeln {rules}, erhalten: {answer}</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>expected {expected}, got {answer}</source>
      <translation>erwartet wurde {expected}, erhalten: {answer}</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>no retention</source>
      <translation>keine Aufbewahrung</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>no rule</source>
      <translation>keine Regel</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>the expectation needs a category and a purpose</source>
      <translation>die Erwartung braucht eine Kategorie und einen Zweck</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>{answer} by {rules}</source>
      <translation>{answer} durch {rules}</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message numerus="yes">
      <location filename="../../app/commands/export.py" />
      <source>%n error findings; exporting anyway because of --force</source>
      <translation>
        <numerusform>%n Fehlerbefund; wegen --force wird trotzdem exportiert</numerusform>
        <numerusform>%n Fehlerbefunde; wegen --force wird trotzdem exportiert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/export.py" />
      <source>%n error findings; fix them or use --force</source>
      <translation>
        <numerusform>%n Fehlerbefund; beheben Sie ihn oder verwenden Sie --force</numerusform>
        <numerusform>%n Fehlerbefunde; beheben Sie sie oder verwenden Sie --force</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>1 error finding; exporting anyway because of --force</source>
      <translation>1 Fehlerbefund; wegen --force wird trotzdem exportiert</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>1 error finding; fix them or use --force</source>
      <translation>1 Fehlerbefund; beheben Sie ihn oder verwenden Sie --force</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>Validate FILE, then write it in FORMAT to OUT (a folder for formats made of several files). A policy with error findings is refused unless --force. Exit status: 0 written, 1 refused for error findings, 2 unreadable input or wrong usage.</source>
      <translation>Prüft FILE und schreibt es dann im Format FORMAT nach OUT (ein Ordner bei Formaten aus mehreren Dateien). Eine Richtlinie mit Fehlerbefunden wird abgelehnt, außer mit --force. Exit-Status: 0 geschrieben, 1 wegen Fehlerbefunden abgelehnt, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>export a policy to another format</source>
      <translation>eine Richtlinie in ein anderes Format exportieren</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>export even when the policy has error findings</source>
      <translation>auch exportieren, wenn die Richtlinie Fehlerbefunde hat</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>give FILE, --format FORMAT and -o OUT (or --list)</source>
      <translation>geben Sie FILE, --format FORMAT und -o OUT an (oder --list)</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>list the formats and exit</source>
      <translation>die Formate auflisten und beenden</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>not expressed: {what}</source>
      <translation>nicht abgebildet: {what}</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>output format (see --list)</source>
      <translation>Ausgabeformat (siehe --list)</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>policy file to export</source>
      <translation>zu exportierende Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>the file (or folder) to write ('-': standard output)</source>
      <translation>die zu schreibende Datei (oder der Ordner) ('-': Standardausgabe)</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>the {format} format writes several files; give a folder with -o</source>
      <translation>das Format {format} schreibt mehrere Dateien; geben Sie mit -o einen Ordner an</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>wrote {file} ({format})</source>
      <translation>{file} geschrieben ({format})</translation>
    </message>
  </context>
  <context>
    <name>field</name>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Address</source>
      <translation>Anschrift</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Apple data type</source>
      <translation>Apple-Datentyp</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Apple purpose</source>
      <translation>Apple-Zweck</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Approvals</source>
      <translation>Freigaben</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Art. 9 condition</source>
      <translation>Bedingung nach Art. 9</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Automated decisions</source>
      <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Balancing test</source>
      <translation>Interessenabwägung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Basis</source>
      <translation>Grundlage</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>CCPA category</source>
      <translation>CCPA-Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Categories</source>
      <translation>Kategorien</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Children</source>
      <translation>Kinder</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Citation</source>
      <translation>Fundstelle</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Consequences</source>
      <translation>Folgen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Controller</source>
      <translation>Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Counted from</source>
      <translation>Gerechnet ab</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Countries</source>
      <translation>Länder</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Criteria</source>
      <translation>Kriterien</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Custom event</source>
      <translation>Eigenes Ereignis</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>DPIA screening</source>
      <translation>DSFA-Vorprüfung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Data categories</source>
      <translation>Datenkategorien</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Data protection officer</source>
      <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Data subjects</source>
      <translation>Betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Digest</source>
      <translation>Digest</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Effect</source>
      <translation>Wirkung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Effective date</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Established in</source>
      <translation>Niedergelassen in</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expectations</source>
      <translation>Erwartungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expected decision</source>
      <translation>Erwartete Entscheidung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expected reason</source>
      <translation>Erwarteter Grund</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expected retention</source>
      <translation>Erwartete Aufbewahrung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expected rules</source>
      <translation>Erwartete Regeln</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>External identifiers</source>
      <translation>Externe Kennungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Financial year starts</source>
      <translation>Beginn des Geschäftsjahres</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Format version</source>
      <translation>Formatversion</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Global Privacy Control</source>
      <translation>Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Google Play data type</source>
      <translation>Google-Play-Datentyp</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Google Play purpose</source>
      <translation>Google-Play-Zweck</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Honours Global Privacy Control</source>
      <translation>Beachtet Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Impact assessment</source>
      <translation>Datenschutz-Folgenabschätzung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Innovative technology</source>
      <translation>Innovative Technologie</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Joint controllers</source>
      <translation>Gemeinsam Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Jurisdictions</source>
      <translation>Rechtsräume</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Kept at least</source>
      <translation>Mindestens aufbewahrt</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Kept for</source>
      <translation>Aufbewahrt für</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Large scale</source>
      <translation>Umfangreich</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legal bases</source>
      <translation>Rechtsgrundlagen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legal basis</source>
      <translation>Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legal hold</source>
      <translation>Legal Hold</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legal hold reason</source>
      <translation>Grund des Legal Hold</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legitimate interests assessment</source>
      <translation>Prüfung der berechtigten Interessen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Logic</source>
      <translation>Logik</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Matching or combining data sets</source>
      <translation>Abgleich oder Zusammenführung von Datensätzen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Next review</source>
      <translation>Nächste Überprüfung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Obligations</source>
      <translation>Auflagen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Oldest age</source>
      <translation>Höchstes Alter</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>On behalf of</source>
      <translation>Im Auftrag von</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Or</source>
      <translation>Oder</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Period starts</source>
      <translation>Fristbeginn</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Policy</source>
      <translation>Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Prevents a right or a service</source>
      <translation>Verhindert ein Recht oder eine Leistung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Processing contract</source>
      <translation>Auftragsverarbeitungsvertrag</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Processing for controllers</source>
      <translation>Verarbeitung für Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Processor contract</source>
      <translation>Vertrag mit dem Auftragsverarbeiter</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Profiling</source>
      <translation>Profiling</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Purposes</source>
      <translation>Zwecke</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Recipients</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Record created</source>
      <translation>Eintrag angelegt</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Record updated</source>
      <translation>Eintrag aktualisiert</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Reference</source>
      <translation>Referenz</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Region groups</source>
      <translation>Regionsgruppen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Regions</source>
      <translation>Regionen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Representative</source>
      <translation>Vertreter</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Retention rules</source>
      <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Rights offered</source>
      <translation>Angebotene Rechte</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Safeguards</source>
      <translation>Garantien</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Sale</source>
      <translation>Verkauf</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Security measures</source>
      <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Sensitivity</source>
      <translation>Sensibilität</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Sharing</source>
      <translation>Weitergabe</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Solely automated decisions</source>
      <translation>Ausschließlich automatisierte Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Sources</source>
      <translation>Quellen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Stored in</source>
      <translation>Gespeichert in</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Subject</source>
      <translation>Betroffene Person</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Subjects</source>
      <translation>Betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Systematic monitoring</source>
      <translation>Systematische Überwachung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Tags</source>
      <translation>Merkmale</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Then</source>
      <translation>Danach</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Tracking domains</source>
      <translation>Tracking-Domains</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Transfer derogation</source>
      <translation>Ausnahme für die Übermittlung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Transfer safeguard</source>
      <translation>Garantie für die Übermittlung</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Use rules</source>
      <translation>Nutzungsregeln</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Vulnerable</source>
      <translation>Schutzbedürftig</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Youngest age</source>
      <translation>Niedrigstes Alter</translation>
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
      <location filename="../../app/importers/tables.py" />
      <source>CSV file</source>
      <translation>CSV-Datei</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>Fides manifest</source>
      <translation>Fides-Manifest</translation>
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
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a policy file holds one YAML document; found another</source>
      <translation>eine Richtliniendatei enthält ein YAML-Dokument; hier beginnt ein weiteres</translation>
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
      <location filename="../../app/storage/atomic.py" />
      <source>cannot create a file in the folder {folder} ({reason})</source>
      <translation>im Ordner {folder} kann keine Datei angelegt werden ({reason})</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <location filename="../../app/storage/loader.py" />
      <source>cannot read file: {reason}</source>
      <translation>Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>cannot read the conflict record: {reason}</source>
      <translation>die Konfliktliste kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>duplicate key '{key}'</source>
      <translation>doppelter Schlüssel '{key}'</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <source>file</source>
      <translation>Datei</translation>
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
      <location filename="../../app/storage/save_check.py" />
      <source>it does not read: {error}</source>
      <translation>er lässt sich nicht lesen: {error}</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>it holds {found} YAML events where the policy needs {expected}</source>
      <translation>er enthält {found} YAML-Ereignisse, wo die Richtlinie {expected} braucht</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>it would hold other values in {fields}</source>
      <translation>er hätte andere Werte in {fields}</translation>
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
      <location filename="../../app/storage/atomic.py" />
      <source>no program is reading from this FIFO</source>
      <translation>kein Programm liest aus diesem FIFO</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <location filename="../../app/storage/loader.py" />
      <source>no such file</source>
      <translation>Datei nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>not saved: the text to be written would not read back as the edited policy ({problem}); the file was left as it was</source>
      <translation>nicht gespeichert: der zu schreibende Text würde nicht wieder als die bearbeitete Richtlinie gelesen ({problem}); die Datei blieb unverändert</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>the conflict record is not UTF-8 text</source>
      <translation>die Konfliktliste ist kein UTF-8-Text</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>the conflict record is too large</source>
      <translation>die Konfliktliste ist zu groß</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>the disk holding {folder} is full</source>
      <translation>der Datenträger mit {folder} ist voll</translation>
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
      <location filename="../../app/storage/atomic.py" />
      <source>the file is read-only; make it writable or save under another name</source>
      <translation>die Datei ist schreibgeschützt; heben Sie den Schreibschutz auf oder speichern Sie unter einem anderen Namen</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <source>the file is {size} bytes; the limit is {limit} bytes</source>
      <translation>die Datei ist {size} Byte groß; die Grenze liegt bei {limit} Byte</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>the folder {folder} does not exist</source>
      <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>the folder {folder} is on a read-only disk</source>
      <translation>der Ordner {folder} liegt auf einem schreibgeschützten Datenträger</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>the policy</source>
      <translation>die Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>the tag '{tag}' is not allowed in a policy file (only plain data is)</source>
      <translation>das Tag '{tag}' ist in einer Richtliniendatei nicht erlaubt (nur einfache Daten sind es)</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>the value is too long</source>
      <translation>der Wert ist zu lang</translation>
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
      <location filename="../../app/storage/input_file.py" />
      <source>this is a folder, not a {kind}</source>
      <translation>dies ist ein Ordner; erwartet wird: {kind}</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>this is not a Policy Studio conflict record</source>
      <translation>dies ist keine Konfliktliste von Policy Studio</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <source>this is not a regular file (a pipe or device); give a {kind}</source>
      <translation>dies ist keine gewöhnliche Datei (eine Pipe oder ein Gerät); erwartet wird: {kind}</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>this is not a regular file (a pipe, device or socket); give the path of a policy file</source>
      <translation>dies ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket); geben Sie den Pfad einer Richtliniendatei an</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>this is not a regular file, a device or a FIFO; choose a file to write</source>
      <translation>dies ist weder eine gewöhnliche Datei noch ein Gerät oder FIFO; wählen Sie eine Datei zum Schreiben</translation>
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
      <location filename="../../app/storage/atomic.py" />
      <source>you may not create files in the folder {folder}</source>
      <translation>Sie dürfen im Ordner {folder} keine Dateien anlegen</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>{too_deep} (the alias '*{anchor}' is inside the value it names)</source>
      <translation>{too_deep} (der Alias '*{anchor}' steht in dem Wert, den er benennt)</translation>
    </message>
  </context>
  <context>
    <name>fmt</name>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>Rewrite each FILE with the standard layout: 2-space indentation, indented lists, quotes only where needed. Comments and key order stay. With --check nothing is written; exit 1 if a file would change.</source>
      <translation>Schreibt jede FILE im Standardlayout neu: Einrückung mit 2 Leerzeichen, eingerückte Listen, Anführungszeichen nur wo nötig. Kommentare und Reihenfolge der Schlüssel bleiben. Mit --check wird nichts geschrieben; Exit-Status 1, wenn sich eine Datei ändern würde.</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>normalise the layout of policy files (comments are kept)</source>
      <translation>das Layout von Richtliniendateien vereinheitlichen (Kommentare bleiben erhalten)</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <location filename="../../app/commands/migrate.py" />
      <source>only report files that would change (exit 1 if any)</source>
      <translation>nur Dateien melden, die sich ändern würden (Exit-Status 1, falls es welche gibt)</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>policy YAML files</source>
      <translation>YAML-Richtliniendateien</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>reformatted {file}</source>
      <translation>{file} neu formatiert</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>the file is {size} MiB; fmt keeps comments and layout for files up to {limit} MiB</source>
      <translation>die Datei ist {size} MiB groß; fmt erhält Kommentare und Layout bei Dateien bis {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>with --check, show the changes</source>
      <translation>mit --check die Änderungen zeigen</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>would reformat {file}</source>
      <translation>würde {file} neu formatieren</translation>
    </message>
  </context>
  <context>
    <name>git-setup</name>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>Write the .gitattributes lines and the git config that make git merge policy files with 'policy-studio merge' and show 'policy-studio show-text' in git diff. Running it again changes nothing. Exit status: 0 done, 2 not a git repository.</source>
      <translation>Schreibt die .gitattributes-Zeilen und die git-Konfiguration, mit denen git Richtliniendateien über 'policy-studio merge' zusammenführt und in git diff 'policy-studio show-text' zeigt. Ein erneuter Aufruf ändert nichts. Exit-Status: 0 erledigt, 2 kein git-Repository.</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>git config {key} already set</source>
      <translation>git config {key} bereits gesetzt</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>git is not installed</source>
      <translation>git ist nicht installiert</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>how git should run Policy Studio (default: policy-studio when it is on PATH, otherwise this Python with -m app)</source>
      <translation>wie git Policy Studio aufrufen soll (Standard: policy-studio, wenn es im PATH liegt, sonst dieses Python mit -m app)</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>make git merge and diff policy files by meaning</source>
      <translation>git Richtliniendateien nach Bedeutung zusammenführen und vergleichen lassen</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>the repository (default: the current folder)</source>
      <translation>das Repository (Standard: der aktuelle Ordner)</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>write the driver config to your global git config instead of the repository's</source>
      <translation>die Treiberkonfiguration in Ihre globale git-Konfiguration statt in die des Repositorys schreiben</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>{file}: added {lines}</source>
      <translation>{file}: {lines} ergänzt</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>{file}: already routes policy files to Policy Studio</source>
      <translation>{file}: leitet Richtliniendateien bereits an Policy Studio</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>{folder} is not inside a git repository</source>
      <translation>{folder} liegt in keinem git-Repository</translation>
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
    <name>import</name>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>Add what Fides manifests say to FILE: data categories, data uses (as purposes) and subjects with their meaning; datasets' categories; each system's privacy declarations as allow rules and recipients; policies' rules as deny rules; the organization's controller and DPO. Items that already exist are skipped; collisions and what has no one-to-one counterpart are listed (lines starting with !). The preview is printed; unless --dry-run the policy is written (to OUT or in place). Exit status: 0 done, 2 unreadable input or wrong usage.</source>
      <translation>Übernimmt den Inhalt von Fides-Manifesten in FILE: Datenkategorien, Datennutzungen (als Zwecke) und betroffene Personen mit ihrer Bedeutung; die Kategorien von Datensätzen; die Datenschutzangaben jedes Systems als Erlaubnisregeln und Empfänger; die Regeln von Richtlinien als Verbotsregeln; Verantwortlichen und DSB der Organisation. Bereits vorhandene Einträge werden übersprungen; Kollisionen und was keine genaue Entsprechung hat, werden aufgelistet (Zeilen beginnend mit !). Die Vorschau wird ausgegeben; außer mit --dry-run wird die Richtlinie geschrieben (nach OUT oder an Ort und Stelle). Exit-Status: 0 erledigt, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>a Fides manifest file, or a folder of them (data_category, data_use, data_subject, dataset, system, policy, organization)</source>
      <translation>eine Fides-Manifestdatei oder ein Ordner davon (data_category, data_use, data_subject, dataset, system, policy, organization)</translation>
    </message>
    <message>
      <location filename="../../app/commands/imports.py" />
      <source>dry run: nothing written</source>
      <translation>Probelauf: nichts geschrieben</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>import Fides manifests: taxonomy, datasets, systems, policies, organizations</source>
      <translation>Fides-Manifeste importieren: Taxonomie, Datensätze, Systeme, Richtlinien, Organisationen</translation>
    </message>
    <message>
      <location filename="../../app/commands/imports.py" />
      <source>import into a YAML policy file (canonical JSON is generated)</source>
      <translation>importieren Sie in eine YAML-Richtliniendatei (kanonisches JSON wird erzeugt)</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>only print what would be added; write nothing</source>
      <translation>nur ausgeben, was hinzukäme; nichts schreiben</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>policy YAML file to add to</source>
      <translation>YAML-Richtliniendatei, die ergänzt wird</translation>
    </message>
    <message>
      <location filename="../../app/commands/imports.py" />
      <source>write the updated policy here instead of over FILE</source>
      <translation>die aktualisierte Richtlinie hierhin statt über FILE schreiben</translation>
    </message>
  </context>
  <context>
    <name>intrusiveness</name>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>children</source>
      <translation>Kinder</translation>
    </message>
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
      <source>profiling</source>
      <translation>Profiling</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>shared with any recipient</source>
      <translation>Weitergabe an beliebige Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>shared with {what}</source>
      <translation>Weitergabe an: {what}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>sold or shared</source>
      <translation>verkauft oder weitergegeben</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>solely automated decisions</source>
      <translation>ausschließlich automatisierte Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>vulnerable people</source>
      <translation>schutzbedürftige Personen</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{score} ({band}): {factors}</source>
      <translation>{score} ({band}): {factors}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{what} consent</source>
      <translation>Einwilligung: {what}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{what} data</source>
      <translation>Daten: {what}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{what} obligation</source>
      <translation>Auflage: {what}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{what} purpose</source>
      <translation>Zweck: {what}</translation>
    </message>
  </context>
  <context>
    <name>merge</name>
    <message numerus="yes">
      <location filename="../../app/commands/merge.py" />
      <source>%n conflicts (ours' value kept in each):</source>
      <translation>
        <numerusform>%n Konflikt (jeweils unser Wert beibehalten):</numerusform>
        <numerusform>%n Konflikte (jeweils unser Wert beibehalten):</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>-o {file} is BASE or THEIRS; it was left as is: write to OURS or another file</source>
      <translation>-o {file} ist BASE oder THEIRS; sie blieb unverändert: schreiben Sie nach OURS oder in eine andere Datei</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>1 conflict (ours' value kept in each):</source>
      <translation>1 Konflikt (jeweils unser Wert beibehalten):</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>Three-way merge of policy files by item id and field: order changes and renames are understood, comments and layout are kept from OURS. OUT may be OURS (as for a git merge driver). On conflicts OUT keeps ours' value in each, and OUT.conflicts.json lists them for the window to resolve. Exit status: 0 merged, 1 conflicts, 2 unreadable input or wrong usage.</source>
      <translation>Dreiwege-Zusammenführung von Richtliniendateien nach Eintrags-ID und Feld: Umsortierungen und Umbenennungen werden erkannt, Kommentare und Layout von OURS bleiben erhalten. OUT darf OURS sein (wie bei einem git-Merge-Treiber). Bei Konflikten behält OUT jeweils unseren Wert, und OUT.conflicts.json listet sie zur Auflösung im Fenster auf. Exit-Status: 0 zusammengeführt, 1 Konflikte, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>merge two versions of a policy made from a common one</source>
      <translation>zwei Versionen einer Richtlinie mit gemeinsamem Ursprung zusammenführen</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>merged into {file}: no conflicts</source>
      <translation>in {file} zusammengeführt: keine Konflikte</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>open {file} in Policy Studio to resolve them (listed in {file}.conflicts.json)</source>
      <translation>öffnen Sie {file} in Policy Studio, um sie aufzulösen (aufgelistet in {file}.conflicts.json)</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>our version (its layout is kept)</source>
      <translation>unsere Version (ihr Layout bleibt erhalten)</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>the common ancestor</source>
      <translation>der gemeinsame Vorgänger</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>the file's real path when OUT is a temporary file (git's %%P): the conflict record goes next to PATH</source>
      <translation>der echte Pfad der Datei, wenn OUT eine temporäre Datei ist (gits %%P): die Konfliktliste kommt neben PATH</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>their version</source>
      <translation>ihre Version</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>write the merged policy to OUT (default: standard output)</source>
      <translation>die zusammengeführte Richtlinie nach OUT schreiben (Standard: Standardausgabe)</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>{folder} is a folder; the conflict record goes there: nothing was written</source>
      <translation>{folder} ist ein Ordner; dorthin gehört die Konfliktliste: nichts wurde geschrieben</translation>
    </message>
  </context>
  <context>
    <name>merge words</name>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>(none)</source>
      <translation>(keiner)</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>Security measure</source>
      <translation>Sicherheitsmaßnahme</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>field {field}</source>
      <translation>Feld {field}</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>{where} · {field}: base {base}, ours {ours}, theirs {theirs}</source>
      <translation>{where} · {field}: Basis {base}, unsere {ours}, ihre {theirs}</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>{where}: deleted in ours but changed in theirs</source>
      <translation>{where}: in unserer Version gelöscht, in ihrer aber geändert</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>{where}: deleted in theirs but changed in ours</source>
      <translation>{where}: in ihrer Version gelöscht, in unserer aber geändert</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>{where}: renamed differently: base '{base}', ours '{ours}', theirs '{theirs}'</source>
      <translation>{where}: unterschiedlich umbenannt: Basis '{base}', unsere '{ours}', ihre '{theirs}'</translation>
    </message>
  </context>
  <context>
    <name>migrate</name>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>-o takes one FILE; without -o each file is migrated in place</source>
      <translation>-o nimmt eine FILE; ohne -o wird jede Datei an Ort und Stelle migriert</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>Rewrite each format 1 FILE as format {version} with the same decisions: a rule without recipients gets '*' (any recipient), as format 1 meant. Comments and layout are kept; the notes say where format {version} reads a rule differently (regions that contain others). With --check nothing is written; exit 1 if a file would change.</source>
      <translation>Schreibt jede FILE im Format 1 als Format {version} mit denselben Entscheidungen neu: eine Regel ohne Empfänger erhält '*' (jeder Empfänger), wie Format 1 es meinte. Kommentare und Layout bleiben erhalten; die Hinweise nennen, wo Format {version} eine Regel anders liest (Regionen, die andere enthalten). Mit --check wird nichts geschrieben; Exit-Status 1, wenn sich eine Datei ändern würde.</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>migrated {file} to format {version}</source>
      <translation>{file} auf Format {version} migriert</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>migrated {file} to format {version} (written to {target})</source>
      <translation>{file} auf Format {version} migriert (geschrieben nach {target})</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>policy files (YAML or JSON)</source>
      <translation>Richtliniendateien (YAML oder JSON)</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>the file is {size} MiB; migrate keeps comments and layout for files up to {limit} MiB</source>
      <translation>die Datei ist {size} MiB groß; migrate erhält Kommentare und Layout bei Dateien bis {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>the migrated file would not read back the same</source>
      <translation>die migrierte Datei würde beim Einlesen nicht gleich ergeben</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>turn format 1 policy files into format {version}</source>
      <translation>Richtliniendateien vom Format 1 in Format {version} umwandeln</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>would migrate {file} to format {version}</source>
      <translation>würde {file} auf Format {version} migrieren</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>write the migrated policy to OUT ('-': standard output) instead of in place (one FILE only)</source>
      <translation>die migrierte Richtlinie nach OUT schreiben ('-': Standardausgabe) statt an Ort und Stelle (nur eine FILE)</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>{file}: already format {version}, unchanged</source>
      <translation>{file}: bereits Format {version}, unverändert</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>{reason}; file left as is</source>
      <translation>{reason}; Datei unverändert gelassen</translation>
    </message>
  </context>
  <context>
    <name>migration</name>
    <message>
      <location filename="../../app/domain/migration.py" />
      <source>Format version {version}</source>
      <translation>Formatversion {version}</translation>
    </message>
    <message>
      <location filename="../../app/domain/migration.py" />
      <source>Migrate to format {version}</source>
      <translation>Auf Format {version} migrieren</translation>
    </message>
    <message>
      <location filename="../../app/domain/migration.py" />
      <source>Rule '{rule}' is limited to {regions}: format 2 reads a region as everything inside it (a country covers its subdivisions, a group its members), where format 1 matched the code alone.</source>
      <translation>Die Regel '{rule}' ist auf {regions} beschränkt: Format 2 liest eine Region als alles, was sie enthält (ein Land umfasst seine Landesteile, eine Gruppe ihre Mitglieder), wo Format 1 nur den Code selbst traf.</translation>
    </message>
  </context>
  <context>
    <name>new</name>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>Copy a bundled template (comments included) to a new file.</source>
      <translation>Kopiert eine mitgelieferte Vorlage (mit Kommentaren) in eine neue Datei.</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>create a policy file from a template</source>
      <translation>eine Richtliniendatei aus einer Vorlage anlegen</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>created {file} from template '{name}'</source>
      <translation>{file} aus der Vorlage '{name}' angelegt</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>file exists; use --force to overwrite it</source>
      <translation>die Datei existiert; verwenden Sie --force, um sie zu überschreiben</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>give the file to create with -o FILE</source>
      <translation>geben Sie die anzulegende Datei mit -o FILE an</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>list the templates and exit</source>
      <translation>die Vorlagen auflisten und beenden</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>no template '{name}' (available: {names})</source>
      <translation>keine Vorlage '{name}' (verfügbar: {names})</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>overwrite FILE if it exists</source>
      <translation>FILE überschreiben, falls vorhanden</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>template name (default: blank)</source>
      <translation>Name der Vorlage (Standard: blank)</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>the file to create ('-': standard output)</source>
      <translation>die anzulegende Datei ('-': Standardausgabe)</translation>
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
      <translation>das Feld {field} ({record})</translation>
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
    <name>purpose choices</name>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Allowed</source>
      <translation>Erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Allowed only when consent is: {states}.</source>
      <translation>Nur erlaubt bei Einwilligungsstatus: {states}.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>An opt-out purpose that does not honour GPC: the use is allowed unless the person opts out; a GPC signal does not count as opting out.</source>
      <translation>Ein Opt-out-Zweck, der GPC nicht beachtet: Die Nutzung ist erlaubt, sofern die Person nicht widerspricht; ein GPC-Signal gilt nicht als Widerspruch.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>An opt-out purpose that honours GPC: the use is allowed unless the person opts out, and a GPC signal counts as opting out unless the person said yes explicitly.</source>
      <translation>Ein Opt-out-Zweck, der GPC beachtet: Die Nutzung ist erlaubt, sofern die Person nicht widerspricht, und ein GPC-Signal gilt als Widerspruch, außer die Person hat ausdrücklich eingewilligt.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Needs consent (opt-in): the use is allowed only after the person says yes; without a yes it is refused anyway, so a GPC signal changes nothing.</source>
      <translation>Erfordert Einwilligung (Opt-in): Die Nutzung ist erst erlaubt, wenn die Person zustimmt; ohne Zustimmung wird sie ohnehin verweigert, daher ändert ein GPC-Signal nichts.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>No consent needed: the use is allowed whatever the person chooses; a GPC signal changes nothing.</source>
      <translation>Keine Einwilligung nötig: Die Nutzung ist erlaubt, was immer die Person wählt; ein GPC-Signal ändert nichts.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>No use allowed</source>
      <translation>Keine Nutzung erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>No use of this purpose is allowed (no rule allows it, or a rule denies it), whatever the person chooses or signals.</source>
      <translation>Keine Nutzung für diesen Zweck ist erlaubt (keine Regel erlaubt sie oder eine Regel verbietet sie), was immer die Person wählt oder signalisiert.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Refused: GPC counts as opting out</source>
      <translation>Verweigert: GPC gilt als Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Refused: needs consent</source>
      <translation>Verweigert: erfordert Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Refused: opted out</source>
      <translation>Verweigert: widersprochen</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Refused: {reason}</source>
      <translation>Verweigert: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>{consent} with GPC</source>
      <translation>{consent} mit GPC</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <location filename="../../app/domain/region_codes.py" />
      <source>any recipient</source>
      <translation>beliebiger Empfänger</translation>
    </message>
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
      <location filename="../../app/domain/region_codes.py" />
      <source>none</source>
      <translation>keiner</translation>
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
  <context>
    <name>retention-import</name>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>Compare the retention schedule CSV (as written by 'export --format retention-csv' and edited in a spreadsheet) with FILE and change the retention rules it lists. The preview is printed; unless --dry-run the policy is written (to OUT or in place). Exit status: 0 done, 2 unreadable input or wrong usage.</source>
      <translation>Vergleicht den Aufbewahrungsplan als CSV (wie von 'export --format retention-csv' geschrieben und in einer Tabellenkalkulation bearbeitet) mit FILE und ändert die darin aufgeführten Aufbewahrungsregeln. Die Vorschau wird ausgegeben; außer mit --dry-run wird die Richtlinie geschrieben (nach OUT oder an Ort und Stelle). Exit-Status: 0 erledigt, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>apply an edited retention schedule (CSV) to a policy</source>
      <translation>einen bearbeiteten Aufbewahrungsplan (CSV) auf eine Richtlinie anwenden</translation>
    </message>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>only print what would change; write nothing</source>
      <translation>nur ausgeben, was sich ändern würde; nichts schreiben</translation>
    </message>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>policy YAML file to change</source>
      <translation>zu ändernde YAML-Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>the edited retention schedule</source>
      <translation>der bearbeitete Aufbewahrungsplan</translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message numerus="yes">
      <location filename="../../app/commands/review.py" />
      <source>%n allowed uses ({tally})</source>
      <translation>
        <numerusform>%n erlaubte Nutzung ({tally})</numerusform>
        <numerusform>%n erlaubte Nutzungen ({tally})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>1 allowed use ({tally})</source>
      <translation>1 erlaubte Nutzung ({tally})</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>Print every use the policy allows (as 'decide' answers, deny rules applied), most intrusive first: category, purpose, subject, recipient, region, consent, score, band, factors and the rules allowing it. Exit status: with --band B, 1 when any use is in band B or above, else 0; without --band, 0; 2 for an unreadable file.</source>
      <translation>Gibt jede Nutzung aus, die die Richtlinie erlaubt (wie 'decide' antwortet, Verbotsregeln angewandt), die eingriffsintensivste zuerst: Kategorie, Zweck, betroffene Person, Empfänger, Region, Einwilligung, Wert, Stufe, Faktoren und die erlaubenden Regeln. Exit-Status: mit --band B 1, wenn eine Nutzung in Stufe B oder darüber liegt, sonst 0; ohne --band 0; 2 bei einer unlesbaren Datei.</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>any</source>
      <translation>beliebig</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>list every allowed use by intrusiveness (exit 1 at --band or above)</source>
      <translation>jede erlaubte Nutzung nach Eingriffstiefe auflisten (Exit-Status 1 ab --band)</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>list only uses in this band or above, and exit 1 if there is any</source>
      <translation>nur Nutzungen in dieser Stufe oder darüber auflisten und mit 1 beenden, falls es welche gibt</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>needs consent</source>
      <translation>erfordert Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>no consent asked</source>
      <translation>keine Einwilligung verlangt</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>no factors</source>
      <translation>keine Faktoren</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>print {{digest, band, counts, uses: [...]}} as JSON</source>
      <translation>{{digest, band, counts, uses: [...]}} als JSON ausgeben</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>subject {subject}, recipient {recipient}, region {region}, {consent}</source>
      <translation>betroffene Person {subject}, Empfänger {recipient}, Region {region}, {consent}</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>unless opted out</source>
      <translation>außer bei Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>{category} for {purpose} ({where}; rules {rules})</source>
      <translation>{category} für {purpose} ({where}; Regeln {rules})</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>{count} at or above {band}; </source>
      <translation>{count} auf Stufe {band} oder darüber; </translation>
    </message>
  </context>
  <context>
    <name>schema</name>
    <message>
      <location filename="../../app/commands/schema.py" />
      <source>print the JSON Schema of policy files</source>
      <translation>das JSON-Schema der Richtliniendateien ausgeben</translation>
    </message>
  </context>
  <context>
    <name>show-text</name>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source># not readable as a policy: {error}</source>
      <translation># nicht als Richtlinie lesbar: {error}</translation>
    </message>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source>Print FILE one item per block, sorted by id, defaults left out: a text that changes only when the policy's meaning does. git-setup makes git diff use it. Exit status: 0 shown, 2 unreadable input.</source>
      <translation>Gibt FILE mit einem Eintrag pro Block aus, nach ID sortiert, ohne Standardwerte: ein Text, der sich nur ändert, wenn sich die Bedeutung der Richtlinie ändert. git-setup lässt git diff ihn verwenden. Exit-Status: 0 angezeigt, 2 unlesbare Eingabe.</translation>
    </message>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source>print a policy as semantic, stable text (for git diff)</source>
      <translation>eine Richtlinie als stabilen, inhaltsbezogenen Text ausgeben (für git diff)</translation>
    </message>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source>the policy file</source>
      <translation>die Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source>when FILE does not load, print its text as it is (exit 0)</source>
      <translation>wenn FILE nicht lädt, den Text unverändert ausgeben (Exit-Status 0)</translation>
    </message>
  </context>
  <context>
    <name>summary</name>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>    {category} for {purpose}: {score}</source>
      <translation>    {category} für {purpose}: {score}</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>  allowed uses:  {count} ({bands})</source>
      <translation>  erlaubte Nutzungen: {count} ({bands})</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>  digest:        {digest}</source>
      <translation>  Digest:        {digest}</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>  jurisdictions: {names}</source>
      <translation>  Rechtsräume:   {names}</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>  organisation:  {name}</source>
      <translation>  Organisation:  {name}</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>{title}  (version {version}, {status})</source>
      <translation>{title}  (Version {version}, {status})</translation>
    </message>
  </context>
  <context>
    <name>test</name>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>--junit takes one FILE (got {count})</source>
      <translation>--junit nimmt eine FILE (erhalten: {count})</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>Ask every expectation (the policy's tests section) of the in-app engine, the OPA bundle in regorus and in real OPA (when installed) and the Cedar export; report each failing expectation and any engine that answers differently from the in-app engine. Exit status: 0 all hold and the engines agree, 1 otherwise, 2 unreadable input or wrong usage.</source>
      <translation>Stellt jede Erwartung (den Abschnitt tests der Richtlinie) an die eingebaute Engine, das OPA-Bundle in regorus und in echtem OPA (falls installiert) und den Cedar-Export; meldet jede nicht erfüllte Erwartung und jede Engine, die anders antwortet als die eingebaute. Exit-Status: 0 alle erfüllt und die Engines stimmen überein, 1 sonst, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>add a tests section (or, in the window, 'Save as expectation' in the decision tester); each entry is a request and the decision expected</source>
      <translation>fügen Sie einen Abschnitt tests hinzu (oder im Fenster 'Als Erwartung speichern' im Entscheidungstester); jeder Eintrag ist eine Anfrage mit der erwarteten Entscheidung</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>also write JUnit XML to OUT.xml ('-': standard output): one testsuite per engine, one testcase per expectation</source>
      <translation>zusätzlich JUnit-XML nach OUT.xml schreiben ('-': Standardausgabe): eine testsuite pro Engine, ein testcase pro Erwartung</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>ask only this engine (repeatable; one of {engines}; default: all). The in-app engine always answers: it is the reference the others are compared with</source>
      <translation>nur diese Engine fragen (wiederholbar; eine von {engines}; Standard: alle). Die eingebaute Engine antwortet immer: sie ist die Referenz, mit der die anderen verglichen werden</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>policy file (several: each is run in turn, as a pre-commit hook passes them; --junit then takes one FILE)</source>
      <translation>Richtliniendatei (mehrere: jede wird der Reihe nach ausgeführt, wie ein pre-commit-Hook sie übergibt; --junit nimmt dann eine FILE)</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>run the policy's expectations on every engine</source>
      <translation>die Erwartungen der Richtlinie auf jeder Engine ausführen</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>the engines agree</source>
      <translation>die Engines stimmen überein</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine} disagrees with the in-app engine</source>
      <translation>{engine} weicht von der eingebauten Engine ab</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine} failed</source>
      <translation>{engine} ist fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine}: judged on {what}</source>
      <translation>{engine}: beurteilt anhand {what}</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine}: not installed</source>
      <translation>{engine}: nicht installiert</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine}: {done}/%n expectations</source>
      <translation>
        <numerusform>{engine}: {done}/%n Erwartung</numerusform>
        <numerusform>{engine}: {done}/%n Erwartungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{file}: no expectations to run</source>
      <translation>{file}: keine Erwartungen auszuführen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/expectations_run.py" />
      <source>{held} of %n expectations hold on {engines}; {verdict}</source>
      <translation>
        <numerusform>{held} von %n Erwartung erfüllt auf {engines}; {verdict}</numerusform>
        <numerusform>{held} von %n Erwartungen erfüllt auf {engines}; {verdict}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>validate</name>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>    Fix: {fix}</source>
      <translation>    Behebung: {fix}</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>    Why: {why}</source>
      <translation>    Grund: {why}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/validate.py" />
      <source>%n checks</source>
      <translation>
        <numerusform>%n Prüfung</numerusform>
        <numerusform>%n Prüfungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>'{text}' is not a folder address: no spaces, quotes, &lt;&gt;, control characters, ? or # (percent-encode them)</source>
      <translation>'{text}' ist keine Ordneradresse: keine Leerzeichen, Anführungszeichen, &lt;&gt;, Steuerzeichen, ? oder # (kodieren Sie sie mit Prozentzeichen)</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>'{text}' is not an http(s) address</source>
      <translation>'{text}' ist keine http(s)-Adresse</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>; {count} could not be read</source>
      <translation>; {count} konnten nicht gelesen werden</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>Run every check of the catalogue on each FILE. Exit status: 0 fine (warnings allowed), 1 error findings (or any finding with --strict), 2 a file could not be read.</source>
      <translation>Führt jede Prüfung des Katalogs auf jeder FILE aus. Exit-Status: 0 in Ordnung (Warnungen erlaubt), 1 Fehlerbefunde (oder jeder Befund mit --strict), 2 eine Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>check policy files and report findings</source>
      <translation>Richtliniendateien prüfen und Befunde melden</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>fail (exit 1) on any finding, warnings and notes included</source>
      <translation>bei jedem Befund fehlschlagen (Exit-Status 1), auch bei Warnungen und Hinweisen</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>give at least one FILE (or --list-checks)</source>
      <translation>geben Sie mindestens eine FILE an (oder --list-checks)</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>judge dates (review overdue) as of this day</source>
      <translation>Daten (überfällige Überprüfung) zu diesem Tag beurteilen</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>policy files to check</source>
      <translation>zu prüfende Richtliniendateien</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>print the check catalogue and exit</source>
      <translation>den Prüfkatalog ausgeben und beenden</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>report format (default: text)</source>
      <translation>Berichtsformat (Standard: text)</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>where your copy of the check reference (policy-studio checks) is published; SARIF help URIs point into it</source>
      <translation>wo Ihre Kopie der Prüfreferenz (policy-studio checks) veröffentlicht ist; SARIF-Hilfe-URIs verweisen darauf</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>write the report to OUT ('-': standard output)</source>
      <translation>den Bericht nach OUT schreiben ('-': Standardausgabe)</translation>
    </message>
  </context>
</TS>
