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
</TS>
