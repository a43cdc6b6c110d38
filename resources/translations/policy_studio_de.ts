<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>About</name>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>&amp;Libraries it runs on:</source>
      <translation>Verwendete &amp;Bibliotheken:</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>About {app}</source>
      <translation>Über {app}</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Compose, validate, explain and export data-use policies: which personal data may be used for which purposes, under which legal basis and consent, shared with whom, and kept for how long.</source>
      <translation>Richtlinien zur Datennutzung verfassen, prüfen, erklären und exportieren: welche personenbezogenen Daten für welche Zwecke genutzt werden dürfen, auf welcher Rechtsgrundlage und mit welcher Einwilligung, an wen sie weitergegeben und wie lange sie aufbewahrt werden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Copy the recovery folder's path</source>
      <translation>Den Pfad des Wiederherstellungsordners kopieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Copy the settings file's path</source>
      <translation>Den Pfad der Einstellungsdatei kopieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Libraries and their licences</source>
      <translation>Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Library</source>
      <translation>Bibliothek</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Licence</source>
      <translation>Lizenz</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Not made yet: nothing has been written there</source>
      <translation>Noch nicht angelegt: dort wurde noch nichts gespeichert</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Open folder</source>
      <translation>Ordner öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Open the folder of the settings file</source>
      <translation>Den Ordner der Einstellungsdatei öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Open the recovery folder</source>
      <translation>Den Wiederherstellungsordner öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Python {python} · Qt {qt} · Qt for Python {pyside}</source>
      <translation>Python {python} · Qt {qt} · Qt for Python {pyside}</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Recovery folder:</source>
      <translation>Wiederherstellungsordner:</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Settings file:</source>
      <translation>Einstellungsdatei:</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/licences.py" />
      <source>not installed</source>
      <translation>nicht installiert</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/licences.py" />
      <source>not stated in its metadata</source>
      <translation>in ihren Metadaten nicht angegeben</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>{app} is not installed as a package: its libraries cannot be listed</source>
      <translation>{app} ist nicht als Paket installiert: seine Bibliotheken können nicht aufgelistet werden</translation>
    </message>
  </context>
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
      <source>About &amp;Qt</source>
      <translation>Über &amp;Qt</translation>
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
      <source>Ready</source>
      <translation>Bereit</translation>
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
      <source>The version and licence of Qt</source>
      <translation>Version und Lizenz von Qt</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Undo history</source>
      <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Untitled</source>
      <translation>Unbenannt</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Autosave every:</source>
      <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Browse...</source>
      <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Recent files kept:</source>
      <translation>&amp;Zuletzt geöffnete Dateien behalten:</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Theme:</source>
      <translation>&amp;Farbschema:</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>A folder name cannot contain a NUL character.</source>
      <translation>Ein Ordnername darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/controller.py" />
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>A new language applies when Policy Studio next starts.</source>
      <translation>Eine neue Sprache gilt ab dem nächsten Start von Policy Studio.</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Autosave interval in minutes, 0 for off</source>
      <translation>Abstand der automatischen Speicherung in Minuten, 0 für aus</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Beside the policy file</source>
      <translation>Neben der Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/ui/theme.py" />
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Default e&amp;xport folder:</source>
      <translation>Standardordner für E&amp;xporte:</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Default export folder</source>
      <translation>Standardordner für Exporte</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Give the folder's full path (or choose it with Browse).</source>
      <translation>Geben Sie den vollständigen Pfad des Ordners an (oder wählen Sie ihn mit Durchsuchen).</translation>
    </message>
    <message>
      <location filename="../../app/ui/theme.py" />
      <source>High contrast</source>
      <translation>Hoher Kontrast</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>How often unsaved work is copied to the recovery folder (never over your file); 0 turns autosave off</source>
      <translation>Wie oft ungespeicherte Arbeit in den Wiederherstellungsordner kopiert wird (nie über Ihre Datei); 0 schaltet die automatische Speicherung aus</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/controller.py" />
      <source>Language, theme, autosave and more</source>
      <translation>Sprache, Farbschema, automatische Speicherung und mehr</translation>
    </message>
    <message>
      <location filename="../../app/ui/theme.py" />
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Number of recent files to keep</source>
      <translation>Anzahl der zuletzt geöffneten Dateien, die behalten werden</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Off</source>
      <comment>autosave</comment>
      <translation>Aus</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/controller.py" />
      <source>Pr&amp;eferences...</source>
      <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/values.py" />
      <location filename="../../app/ui/theme.py" />
      <source>System</source>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>The folder {folder} cannot be written to ({reason}).</source>
      <translation>In den Ordner {folder} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Theme</source>
      <translation>Farbschema</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>There is no folder {folder}.</source>
      <translation>Es gibt keinen Ordner {folder}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Where the Export dialog starts for a policy not exported before; empty: beside the policy file</source>
      <translation>Wo der Exportdialog für eine noch nie exportierte Richtlinie beginnt; leer: neben der Richtliniendatei</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>min</source>
      <comment>minutes</comment>
      <translation>Min.</translation>
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
    <name>add item</name>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>&amp;Id:</source>
      <translation>&amp;ID:</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>&amp;Question:</source>
      <translation>&amp;Frage:</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>'{id}' is already used by another {kind}</source>
      <translation>'{id}' ist bereits vergeben ({kind})</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Add a {kind} to {section}. The id is made from the name; edit it if you like.</source>
      <translation>Neuer Eintrag in {section} ({kind}). Die ID wird aus dem Namen gebildet; Sie können sie ändern.</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Add a {kind} under {parent} in {section}. The id is made from the name; edit it if you like.</source>
      <translation>Neuer Eintrag unter {parent} in {section} ({kind}). Die ID wird aus dem Namen gebildet; Sie können sie ändern.</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Add {kind}</source>
      <translation>{kind} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Another {kind} is already called that ({id}).</source>
      <translation>Ein anderer Eintrag ({kind}) heißt bereits so ({id}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Customers</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Email address</source>
      <translation>E-Mail-Adresse</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>German-speaking countries</source>
      <translation>Deutschsprachige Länder</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Lowercase letters, digits, _ and dots; a dot makes a child of the part before it (contact.email).</source>
      <translation>Kleinbuchstaben, Ziffern, _ und Punkte; ein Punkt macht den Eintrag zum Unterpunkt des Teils davor (contact.email).</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Order fulfilment</source>
      <translation>Auftragsabwicklung</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Payment provider</source>
      <translation>Zahlungsdienstleister</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>What it is about, in a few words</source>
      <translation>Worum es geht, in wenigen Worten</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>an id cannot be empty</source>
      <translation>eine ID darf nicht leer sein</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>e.g. May we send the newsletter without consent?</source>
      <translation>z. B. Dürfen wir den Newsletter ohne Einwilligung versenden?</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>e.g. {example}</source>
      <translation>z. B. {example}</translation>
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
    <name>app</name>
    <message>
      <location filename="../../app/ui/app.py" />
      <source>New policy</source>
      <translation>Neue Richtlinie</translation>
    </message>
  </context>
  <context>
    <name>approval</name>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>%n placeholder text from a template remains ({code})</source>
      <translation>
        <numerusform>%n Platzhaltertext aus einer Vorlage ist noch vorhanden ({code})</numerusform>
        <numerusform>%n Platzhaltertexte aus einer Vorlage sind noch vorhanden ({code})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>%n placeholder texts from a template remain ({code})</source>
      <translation>
        <numerusform>%n Platzhaltertext aus einer Vorlage ist noch vorhanden ({code})</numerusform>
        <numerusform>%n Platzhaltertexte aus einer Vorlage sind noch vorhanden ({code})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/validation/approval.py" />
      <source>The policy cannot be approved: {reasons}.</source>
      <translation>Die Richtlinie kann nicht freigegeben werden: {reasons}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>it has %n error finding</source>
      <translation>
        <numerusform>sie hat %n Fehlerbefund</numerusform>
        <numerusform>sie hat %n Fehlerbefunde</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>it has %n error findings</source>
      <translation>
        <numerusform>sie hat %n Fehlerbefund</numerusform>
        <numerusform>sie hat %n Fehlerbefunde</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/validation/approval.py" />
      <source>the policy is retired (return it to draft first)</source>
      <translation>die Richtlinie ist außer Kraft gesetzt (setzen Sie sie zuerst auf Entwurf zurück)</translation>
    </message>
    <message>
      <location filename="../../app/validation/approval.py" />
      <source>{reasons} and {last}</source>
      <translation>{reasons} und {last}</translation>
    </message>
  </context>
  <context>
    <name>approvals</name>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>&amp;Approve...</source>
      <translation>&amp;Freigeben...</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>&amp;Retire</source>
      <translation>&amp;Außer Kraft setzen</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>&amp;Role:</source>
      <translation>&amp;Rolle:</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>&amp;Submit for review</source>
      <translation>Zur &amp;Prüfung einreichen</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Approve Policy</source>
      <translation>Richtlinie freigeben</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Approved by {name}</source>
      <translation>Freigegeben von {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Cannot Approve</source>
      <translation>Freigabe nicht möglich</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Digest approved</source>
      <translation>Freigegebene Prüfsumme</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Fix them (see the Problems panel) and approve again.</source>
      <translation>Beheben Sie sie (siehe Bereich Probleme) und geben Sie erneut frei.</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Full name of the approver</source>
      <translation>Vollständiger Name der freigebenden Person</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Impact since the last approved version</source>
      <translation>Auswirkung seit der letzten freigegebenen Version</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Make the policy a draft again</source>
      <translation>Die Richtlinie wieder zum Entwurf machen</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Mark the approved policy as no longer in force</source>
      <translation>Die freigegebene Richtlinie als nicht mehr in Kraft kennzeichnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Mark the draft as ready for review</source>
      <translation>Den Entwurf als bereit zur Prüfung kennzeichnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Policy status</source>
      <translation>Status der Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Record an approval of the policy under review</source>
      <translation>Eine Freigabe der geprüften Richtlinie festhalten</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Return to &amp;draft</source>
      <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Returned to Draft</source>
      <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Returned to draft: the approved policy was edited</source>
      <translation>Zurück zum Entwurf: Die freigegebene Richtlinie wurde bearbeitet</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>The approver's role in the organisation</source>
      <translation>Die Rolle der freigebenden Person in der Organisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>The day of the approval (year-month-day)</source>
      <translation>Der Tag der Freigabe (Jahr-Monat-Tag)</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>The policy was approved; this change returned it to draft. Undo to restore the approved version, or approve it again.</source>
      <translation>Die Richtlinie war freigegeben; diese Änderung hat sie zum Entwurf zurückgesetzt. Machen Sie die Änderung rückgängig, um die freigegebene Version wiederherzustellen, oder geben Sie sie erneut frei.</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Who approves this version of the policy</source>
      <translation>Wer diese Version der Richtlinie freigibt</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>You approve the content with digest
{digest}</source>
      <translation>Sie geben den Inhalt mit der Prüfsumme frei:
{digest}</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>and {count} more</source>
      <translation>und {count} weitere</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>e.g. Data protection officer</source>
      <translation>z. B. Datenschutzbeauftragte(r)</translation>
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
    <name>builder</name>
    <message>
      <location filename="../../app/ui/builder.py" />
      <source>not a task of this application: {task}</source>
      <translation>keine Aufgabe dieser Anwendung: {task}</translation>
    </message>
    <message>
      <location filename="../../app/ui/builder.py" />
      <source>the process building the view stopped unexpectedly</source>
      <translation>der Prozess, der die Ansicht erstellt, wurde unerwartet beendet</translation>
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
    <name>check reference</name>
    <message>
      <location filename="../../app/validation/reporters/sarif.py" />
      <source>**How to fix:** {fix}</source>
      <translation>**So beheben Sie es:** {fix}</translation>
    </message>
    <message>
      <location filename="../../app/validation/reference.py" />
      <source>Check reference</source>
      <translation>Referenz der Prüfungen</translation>
    </message>
    <message>
      <location filename="../../app/validation/reference.py" />
      <source>Every check `policy-studio validate` runs, by family. Generated from the catalogue with `policy-studio checks -o checks.md`; do not edit by hand. Each check's section is addressed by its code in lower case (`checks.md#str003`), the help URI its SARIF rule carries. {count} checks.</source>
      <translation>Jede Prüfung, die `policy-studio validate` ausführt, nach Familie. Aus dem Katalog erzeugt mit `policy-studio checks -o checks.md`; nicht von Hand bearbeiten. Der Abschnitt jeder Prüfung ist über ihren Code in Kleinbuchstaben adressiert (`checks.md#str003`), die Hilfe-URI ihrer SARIF-Regel. {count} Prüfungen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/reference.py" />
      <location filename="../../app/validation/reporters/sarif.py" />
      <source>How to fix: {fix}</source>
      <translation>So beheben Sie es: {fix}</translation>
    </message>
    <message>
      <location filename="../../app/validation/reference.py" />
      <source>Why: {why}</source>
      <translation>Warum: {why}</translation>
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
      <location filename="../../app/commands/checks.py" />
      <source>Print the reference of every check (code, title, severity, why, how to fix) as Markdown; each check's section is anchored by its code in lower case, the address its SARIF rule's helpUri names (publish it and pass its folder's address to `validate --docs-url`). The repository keeps it as resources/reference/checks.md.</source>
      <translation>Gibt die Referenz aller Prüfungen (Code, Titel, Schweregrad, Grund, Behebung) als Markdown aus; der Abschnitt jeder Prüfung ist mit ihrem Code in Kleinbuchstaben verankert, der Adresse, die die helpUri ihrer SARIF-Regel nennt (veröffentlichen Sie sie und übergeben Sie die Adresse ihres Ordners an `validate --docs-url`). Das Repository führt sie als resources/reference/checks.md.</translation>
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
    <name>checks/automated</name>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Automated decisions not explained</source>
      <translation>Automatisierte Entscheidungen nicht erklärt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Automated decisions on special-category data</source>
      <translation>Automatisierte Entscheidungen über Daten besonderer Kategorien</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Automated decisions without an Art. 22 exception</source>
      <translation>Automatisierte Entscheidungen ohne Ausnahme nach Art. 22</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Automated decisions without safeguards</source>
      <translation>Automatisierte Entscheidungen ohne Schutzmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Base the purpose on contract, legal obligation or consent collected by opt-in in every region, or put a person in the loop (clear 'solely automated').</source>
      <translation>Stützen Sie den Zweck in jeder Region auf einen Vertrag, eine rechtliche Verpflichtung oder eine per Opt-in eingeholte Einwilligung, oder beziehen Sie einen Menschen ein (deaktivieren Sie 'solely automated').</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Decisions based solely on automated processing with legal or similarly significant effects are forbidden unless necessary for a contract, authorised by law, or based on the person's explicit consent (GDPR Art. 22(2)).</source>
      <translation>Ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung sind verboten, es sei denn, sie sind für einen Vertrag erforderlich, gesetzlich zugelassen oder beruhen auf der ausdrücklichen Einwilligung der Person (Art. 22 Abs. 2 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Describe the logic and the consequences of the decisions in plain words.</source>
      <translation>Beschreiben Sie die Logik und die Folgen der Entscheidungen in verständlichen Worten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Describe the logic of the profiling in plain words.</source>
      <translation>Beschreiben Sie die Logik des Profilings in verständlichen Worten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Fill in the purpose's automated decisions (profiling, solely automated, logic).</source>
      <translation>Füllen Sie die automatisierten Entscheidungen des Zwecks aus (Profiling, ausschließlich automatisiert, Logik).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Offer the missing safeguards and list them in the purpose's automated decisions.</source>
      <translation>Bieten Sie die fehlenden Schutzmaßnahmen an und führen Sie sie bei den automatisierten Entscheidungen des Zwecks auf.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>People must be told the logic involved in automated decisions and their significance and envisaged consequences (GDPR Art. 13(2)(f), 14(2)(g), 15(1)(h)).</source>
      <translation>Betroffene Personen müssen über die involvierte Logik automatisierter Entscheidungen sowie deren Tragweite und angestrebte Auswirkungen informiert werden (Art. 13 Abs. 2 lit. f, Art. 14 Abs. 2 lit. g, Art. 15 Abs. 1 lit. h DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Profiling evaluates personal aspects of people; they are entitled to know how it works (GDPR Art. 13(2)(f), Art. 21).</source>
      <translation>Profiling bewertet persönliche Aspekte von Menschen; sie haben ein Recht darauf zu erfahren, wie es funktioniert (Art. 13 Abs. 2 lit. f, Art. 21 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Profiling purpose without automated decisions</source>
      <translation>Profiling-Zweck ohne Angaben zu automatisierten Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Profiling without its logic</source>
      <translation>Profiling ohne Angabe der Logik</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Set the Art. 9 condition to explicit consent or substantial public interest, or stop allowing special-category data for the purpose.</source>
      <translation>Setzen Sie die Bedingung nach Art. 9 auf ausdrückliche Einwilligung oder erhebliches öffentliches Interesse, oder erlauben Sie für den Zweck keine Daten besonderer Kategorien mehr.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Solely automated decisions may use special-category data only with explicit consent or for reasons of substantial public interest, with suitable safeguards (GDPR Art. 22(4), Art. 9(2)(a) or (g)).</source>
      <translation>Ausschließlich automatisierte Entscheidungen dürfen Daten besonderer Kategorien nur mit ausdrücklicher Einwilligung oder aus Gründen eines erheblichen öffentlichen Interesses und mit angemessenen Schutzmaßnahmen verwenden (Art. 22 Abs. 4, Art. 9 Abs. 2 lit. a oder g DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>The purpose's kind is profiling, but it does not say whether it takes automated decisions or what logic it uses.</source>
      <translation>Der Zweck ist als Profiling eingestuft, sagt aber nicht, ob er automatisierte Entscheidungen trifft oder welche Logik er verwendet.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Where solely automated decisions are allowed, people keep at least the right to obtain human intervention, to express their point of view and to contest the decision (GDPR Art. 22(3)).</source>
      <translation>Wo ausschließlich automatisierte Entscheidungen zulässig sind, behalten die Menschen mindestens das Recht auf Eingreifen einer Person, auf Darlegung des eigenen Standpunkts und auf Anfechtung der Entscheidung (Art. 22 Abs. 3 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} is for profiling but does not describe its automated decisions</source>
      <translation>Der Zweck {purpose} dient dem Profiling, beschreibt aber seine automatisierten Entscheidungen nicht</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} profiles people but does not describe how</source>
      <translation>Der Zweck {purpose} erstellt Profile von Menschen, beschreibt aber nicht, wie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but does not explain their consequences</source>
      <translation>Der Zweck {purpose} trifft ausschließlich automatisierte Entscheidungen, erklärt aber nicht deren Folgen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but does not explain their logic</source>
      <translation>Der Zweck {purpose} trifft ausschließlich automatisierte Entscheidungen, erklärt aber nicht deren Logik</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but does not explain their logic or consequences</source>
      <translation>Der Zweck {purpose} trifft ausschließlich automatisierte Entscheidungen, erklärt aber weder deren Logik noch deren Folgen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but people cannot {safeguards}</source>
      <translation>Der Zweck {purpose} trifft ausschließlich automatisierte Entscheidungen, aber die Menschen können nicht: {safeguards}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but relies on consent collected without opt-in, which Art. 22(2) does not allow</source>
      <translation>Der Zweck {purpose} trifft ausschließlich automatisierte Entscheidungen, stützt sich aber auf eine ohne Opt-in eingeholte Einwilligung, was Art. 22 Abs. 2 nicht zulässt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but relies on {bases}, which Art. 22(2) does not allow</source>
      <translation>Der Zweck {purpose} trifft ausschließlich automatisierte Entscheidungen, stützt sich aber auf {bases}, was Art. 22 Abs. 2 nicht zulässt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions on special-category data ({categories}, by rule {rules}) without explicit consent or substantial public interest</source>
      <translation>Der Zweck {purpose} trifft ausschließlich automatisierte Entscheidungen über Daten besonderer Kategorien ({categories}, durch die Regel {rules}) ohne ausdrückliche Einwilligung oder erhebliches öffentliches Interesse</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions on special-category data ({categories}, by rules {rules}) without explicit consent or substantial public interest</source>
      <translation>Der Zweck {purpose} trifft ausschließlich automatisierte Entscheidungen über Daten besonderer Kategorien ({categories}, durch die Regeln {rules}) ohne ausdrückliche Einwilligung oder erhebliches öffentliches Interesse</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>{items} or {last}</source>
      <translation>{items} oder {last}</translation>
    </message>
  </context>
  <context>
    <name>checks/bases</name>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>Allowed where the purpose has no legal basis</source>
      <translation>Erlaubt, wo der Zweck keine Rechtsgrundlage hat</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>Assessment without its balancing test</source>
      <translation>Abwägung ohne Darlegung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>Set the purpose's default legal basis (used wherever no regional entry applies), add an entry for those regions, or limit the rules to the regions with a basis.</source>
      <translation>Legen Sie die Standard-Rechtsgrundlage des Zwecks fest (sie gilt überall, wo kein regionaler Eintrag greift), fügen Sie einen Eintrag für diese Regionen hinzu oder beschränken Sie die Regeln auf die Regionen mit einer Rechtsgrundlage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>Summarise the outcome of the balancing test in the purpose's 'balancing' field.</source>
      <translation>Fassen Sie das Ergebnis der Interessenabwägung im Feld 'balancing' des Zwecks zusammen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>The purpose names a legitimate interests assessment, but the policy does not say, in plain words, why the organisation's interest is not overridden by the person's. Readers of the policy document see only a reference they may not be able to open.</source>
      <translation>Der Zweck nennt eine Interessenabwägung, aber die Richtlinie sagt nicht in verständlichen Worten, warum das Interesse der Organisation nicht von dem der Person überwogen wird. Leser des Richtliniendokuments sehen nur eine Referenz, die sie womöglich nicht öffnen können.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>The purpose's legal bases are all limited to some regions and it has no default basis, yet rules allow it in other regions (or in any region). There the use has no lawful basis.</source>
      <translation>Die Rechtsgrundlagen des Zwecks sind alle auf bestimmte Regionen beschränkt und er hat keine Standard-Rechtsgrundlage, dennoch erlauben Regeln ihn in anderen Regionen (oder in jeder Region). Dort hat die Nutzung keine Rechtsgrundlage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>any region</source>
      <translation>jeder Region</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>purpose {purpose} is allowed in {regions}, where none of its legal bases applies</source>
      <translation>Der Zweck {purpose} ist in {regions} erlaubt, wo keine seiner Rechtsgrundlagen gilt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>purpose {purpose} names the assessment {assessment} but gives no balancing test in plain words</source>
      <translation>Der Zweck {purpose} nennt die Abwägung {assessment}, legt die Interessenabwägung aber nicht in verständlichen Worten dar</translation>
    </message>
  </context>
  <context>
    <name>checks/cpra</name>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>A business that sells or shares personal information must treat an opt-out preference signal such as Global Privacy Control as a valid request to opt out (11 CCR 7025).</source>
      <translation>Ein Unternehmen, das personenbezogene Informationen verkauft oder weitergibt, muss ein Opt-out-Präferenzsignal wie Global Privacy Control als gültigen Widerspruch behandeln (11 CCR 7025).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Californians may opt out of the sale and sharing of their personal information. A purpose that sells or shares but asks nothing (consent 'none') ignores that choice.</source>
      <translation>Einwohner Kaliforniens können dem Verkauf und der Weitergabe ihrer personenbezogenen Informationen widersprechen. Ein Zweck, der verkauft oder weitergibt, aber nichts fragt (Einwilligung 'none'), missachtet diese Wahl.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Global Privacy Control not honoured (CPRA)</source>
      <translation>Global Privacy Control nicht beachtet (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Honour Global Privacy Control for the purpose (set 'honours_gpc').</source>
      <translation>Beachten Sie Global Privacy Control für den Zweck (setzen Sie 'honours_gpc').</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Sale or sharing without any choice (CPRA)</source>
      <translation>Verkauf oder Weitergabe ohne jede Wahl (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Set the purpose's consent to opt-out (or opt-in) and offer the right to opt out of sale or sharing.</source>
      <translation>Setzen Sie die Einwilligung des Zwecks auf Opt-out (oder Opt-in) und bieten Sie das Recht an, dem Verkauf oder der Weitergabe zu widersprechen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} sells and shares personal information but does not honour Global Privacy Control as an opt-out</source>
      <translation>Der Zweck {purpose} verkauft personenbezogene Informationen und gibt sie weiter, beachtet Global Privacy Control aber nicht als Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} sells and shares personal information but its consent is 'none': people cannot opt out</source>
      <translation>Der Zweck {purpose} verkauft personenbezogene Informationen und gibt sie weiter, seine Einwilligung ist aber 'none': Die Menschen können nicht widersprechen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} sells personal information but does not honour Global Privacy Control as an opt-out</source>
      <translation>Der Zweck {purpose} verkauft personenbezogene Informationen, beachtet Global Privacy Control aber nicht als Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} sells personal information but its consent is 'none': people cannot opt out</source>
      <translation>Der Zweck {purpose} verkauft personenbezogene Informationen, seine Einwilligung ist aber 'none': Die Menschen können nicht widersprechen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} shares personal information but does not honour Global Privacy Control as an opt-out</source>
      <translation>Der Zweck {purpose} gibt personenbezogene Informationen weiter, beachtet Global Privacy Control aber nicht als Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} shares personal information but its consent is 'none': people cannot opt out</source>
      <translation>Der Zweck {purpose} gibt personenbezogene Informationen weiter, seine Einwilligung ist aber 'none': Die Menschen können nicht widersprechen</translation>
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
    <name>checks/expectations</name>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>An allow always has the reason 'allowed' and a deny never has it, so an expectation that pairs them can never hold, whatever the rules say.</source>
      <translation>Eine Erlaubnis hat immer den Grund 'allowed' und ein Verbot nie, daher kann eine Erwartung, die beides kombiniert, nie zutreffen, was auch immer die Regeln sagen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>An expectation asks about a category for a purpose; without both it asks nothing and protects nothing.</source>
      <translation>Eine Erwartung fragt nach einer Kategorie für einen Zweck; ohne beides fragt sie nichts und schützt nichts.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>An expectation that names a use rule or retention rule the policy does not have can never hold; usually the rule was renamed outside the editor or mistyped.</source>
      <translation>Eine Erwartung, die eine Nutzungs- oder Aufbewahrungsregel nennt, die die Richtlinie nicht hat, kann nie zutreffen; meist wurde die Regel außerhalb des Editors umbenannt oder falsch geschrieben.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Change the expected decision, or the reason (leave the reason empty when any reason will do).</source>
      <translation>Ändern Sie die erwartete Entscheidung oder den Grund (lassen Sie den Grund leer, wenn jeder Grund passt).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Choose the category and the purpose the question is about.</source>
      <translation>Wählen Sie die Kategorie und den Zweck, um die es in der Frage geht.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Expectation naming an unknown rule</source>
      <translation>Erwartung mit unbekannter Regel</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Expectation that contradicts itself</source>
      <translation>Widersprüchliche Erwartung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Failing expectation</source>
      <translation>Nicht erfüllte Erwartung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>If the change is intended, update the expectation (or save a new one from the decision tester); otherwise correct the rules.</source>
      <translation>Wenn die Änderung beabsichtigt ist, aktualisieren Sie die Erwartung (oder speichern Sie eine neue aus dem Entscheidungstester); andernfalls korrigieren Sie die Regeln.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Incomplete expectation</source>
      <translation>Unvollständige Erwartung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Open the decision tester on this request to see why.</source>
      <translation>Öffnen Sie den Entscheidungstester für diese Anfrage, um den Grund zu sehen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Pick a declared rule, or leave the field empty when any rule will do.</source>
      <translation>Wählen Sie eine deklarierte Regel, oder lassen Sie das Feld leer, wenn jede Regel passt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>The policy's owners wrote down the decision this question must get; the policy now answers it differently, so a change has altered a decision people rely on.</source>
      <translation>Die Verantwortlichen der Richtlinie haben festgehalten, welche Entscheidung diese Frage erhalten muss; die Richtlinie beantwortet sie jetzt anders, eine Änderung hat also eine Entscheidung verändert, auf die man sich verlässt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' expects the unknown retention rule '{rule}'</source>
      <translation>Die Erwartung '{expectation}' erwartet die unbekannte Aufbewahrungsregel '{rule}'</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' expects the unknown use rule '{rule}'</source>
      <translation>Die Erwartung '{expectation}' erwartet die unbekannte Nutzungsregel '{rule}'</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' expects {effect} with the reason {reason}, which only a deny can have</source>
      <translation>Die Erwartung '{expectation}' erwartet {effect} mit dem Grund {reason}, den nur ein Verbot haben kann</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' expects {effect} with the reason {reason}, which only an allow can have</source>
      <translation>Die Erwartung '{expectation}' erwartet {effect} mit dem Grund {reason}, den nur eine Erlaubnis haben kann</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' has no category</source>
      <translation>Die Erwartung '{expectation}' hat keine Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' has no purpose</source>
      <translation>Die Erwartung '{expectation}' hat keinen Zweck</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation {expectation} fails: {problems}</source>
      <translation>Die Erwartung {expectation} ist nicht erfüllt: {problems}</translation>
    </message>
  </context>
  <context>
    <name>checks/file_format</name>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>Format 1 file</source>
      <translation>Datei im Format 1</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>Format 1 files keep their old meaning: a rule without recipients allows disclosure to anyone, and a region matches only its own code. Format 2 says both explicitly and adds the new fields.</source>
      <translation>Dateien im Format 1 behalten ihre alte Bedeutung: Eine Regel ohne Empfänger erlaubt die Offenlegung an jeden, und eine Region passt nur auf ihren eigenen Code. Format 2 sagt beides ausdrücklich und fügt die neuen Felder hinzu.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>Format 2 field in a format 1 file</source>
      <translation>Feld aus Format 2 in einer Datei im Format 1</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>In the window, choose Migrate in the bar shown when the file opens, then save; on the command line, run 'policy-studio migrate FILE'. The decisions stay the same; comments and layout are kept.</source>
      <translation>Wählen Sie im Fenster in der Leiste, die beim Öffnen der Datei erscheint, „Migrieren“ und speichern Sie dann; auf der Kommandozeile führen Sie 'policy-studio migrate FILE' aus. Die Entscheidungen bleiben gleich; Kommentare und Layout bleiben erhalten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>Migrate the file to format 2 and keep the field (in the window, choose Migrate in the bar shown when the file opens; on the command line, run 'policy-studio migrate FILE'), or remove the field.</source>
      <translation>Migrieren Sie die Datei in Format 2 und behalten Sie das Feld (im Fenster wählen Sie in der Leiste, die beim Öffnen der Datei erscheint, „Migrieren“; auf der Kommandozeile führen Sie 'policy-studio migrate FILE' aus), oder entfernen Sie das Feld.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>The file says it is format 1, whose meaning differs from format 2 (disclosure, regions), yet it uses something only format 2 has; it cannot be read as either.</source>
      <translation>Die Datei gibt Format 1 an, dessen Bedeutung sich von Format 2 unterscheidet (Offenlegung, Regionen), verwendet aber etwas, das nur Format 2 kennt; sie lässt sich als keines von beiden lesen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>choose Migrate in the bar the window shows when it opens the file, or run policy-studio migrate FILE</source>
      <translation>wählen Sie „Migrieren“ in der Leiste, die das Fenster beim Öffnen der Datei zeigt, oder führen Sie policy-studio migrate FILE aus</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>this file is in format {version}; migrating it to format {latest} keeps every decision and adds the new fields</source>
      <translation>Diese Datei ist im Format {version}; die Migration in Format {latest} behält jede Entscheidung bei und fügt die neuen Felder hinzu</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>{what} is format 2 only; this file says format_version: {version}</source>
      <translation>{what} gibt es nur in Format 2; diese Datei gibt format_version: {version} an</translation>
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
    <name>checks/people</name>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Add the obligation parental_consent to the rules that allow the use for these people, or add a deny rule for them; or record the subject's youngest age.</source>
      <translation>Fügen Sie den Regeln, die die Nutzung für diese Personen erlauben, die Auflage parental_consent hinzu, oder fügen Sie eine Verbotsregel für sie hinzu; oder erfassen Sie das Mindestalter der betroffenen Personen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Below the age of digital consent where the person is (GDPR Art. 8: 13 to 16 by member state; UK 13; COPPA 13), consent is given by a parent or guardian. A consent-based use allowed for people who may be younger must say so.</source>
      <translation>Unterhalb des Alters der digitalen Einwilligung am Ort der Person (Art. 8 DSGVO: 13 bis 16 je nach Mitgliedstaat; Vereinigtes Königreich 13; COPPA 13) erteilt ein Elternteil oder Vormund die Einwilligung. Eine auf Einwilligung beruhende Nutzung, die für möglicherweise jüngere Personen erlaubt ist, muss das berücksichtigen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Consent of people who may be under the age of consent</source>
      <translation>Einwilligung von Personen, die unter dem Einwilligungsalter sein können</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Correct the youngest and oldest ages, or set or clear Children to match them.</source>
      <translation>Korrigieren Sie das Mindest- und Höchstalter, oder setzen oder entfernen Sie „Kinder“ passend dazu.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Exports use external ids instead of guessing from words; a DPV term that does not exist or a Fides key that is not well formed exports something no reader understands.</source>
      <translation>Exporte verwenden externe Ids, statt aus Wörtern zu raten; ein nicht existierender DPV-Begriff oder ein fehlerhaft gebildeter Fides-Schlüssel exportiert etwas, das kein Leser versteht.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>External id that is not a known term</source>
      <translation>Externe Id, die kein bekannter Begriff ist</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Make the purpose opt-in, or add a deny rule for these people in California.</source>
      <translation>Machen Sie den Zweck zu einem Opt-in-Zweck, oder fügen Sie eine Verbotsregel für diese Personen in Kalifornien hinzu.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Name the third party or public source the data comes from.</source>
      <translation>Nennen Sie den Dritten oder die öffentliche Quelle, aus der die Daten stammen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Sale or sharing of minors' data without opt-in</source>
      <translation>Verkauf oder Weitergabe von Daten Minderjähriger ohne Opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Source without a name</source>
      <translation>Quelle ohne Namen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Subject's ages do not add up</source>
      <translation>Altersangaben der betroffenen Personen passen nicht zusammen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>The DPV id {id} of {item} is not a term of the bundled DPV vocabularies</source>
      <translation>Die DPV-Id {id} von {item} ist kein Begriff der mitgelieferten DPV-Vokabulare</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>The Fides key {key} of {item} is not well formed</source>
      <translation>Der Fides-Schlüssel {key} von {item} ist fehlerhaft gebildet</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>The ages and the children flag decide whether a parent must consent for these people; if they contradict each other, the checks and the published policy say the wrong thing.</source>
      <translation>Die Altersangaben und das Kennzeichen „Kinder“ entscheiden, ob ein Elternteil für diese Personen einwilligen muss; widersprechen sie sich, sagen die Prüfungen und die veröffentlichte Richtlinie das Falsche.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Under the CCPA as amended by the CPRA (Civ. Code 1798.120(c)), the personal information of a consumer under 16 may not be sold or shared unless the consumer (13 to 15) or a parent (under 13) opted in.</source>
      <translation>Nach dem CCPA in der Fassung des CPRA (Civ. Code 1798.120(c)) dürfen die personenbezogenen Informationen eines Verbrauchers unter 16 Jahren nicht verkauft oder weitergegeben werden, es sei denn, der Verbraucher (13 bis 15) oder ein Elternteil (unter 13) hat eingewilligt (Opt-in).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Use a term of the DPV vocabularies (e.g. pd:EmailAddress, dpv:Marketing) and a Fides key of dot-separated letters, digits and underscores (user.contact.email).</source>
      <translation>Verwenden Sie einen Begriff der DPV-Vokabulare (z. B. pd:EmailAddress, dpv:Marketing) und einen Fides-Schlüssel aus durch Punkte getrennten Buchstaben, Ziffern und Unterstrichen (user.contact.email).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>When data is not collected from the person, they must be told where it came from (GDPR Art. 14(2)(f)): the third party or public source by name.</source>
      <translation>Werden Daten nicht bei der Person erhoben, muss ihr mitgeteilt werden, woher sie stammen (Art. 14 Abs. 2 lit. f DSGVO): der Dritte oder die öffentliche Quelle mit Namen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>category {category} comes from a public source without a name</source>
      <translation>Die Kategorie {category} stammt aus einer öffentlichen Quelle ohne Namen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>category {category} comes from a third party without a name</source>
      <translation>Die Kategorie {category} stammt von einem Dritten ohne Namen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>for subject {subject}, {problem}</source>
      <translation>Für die betroffenen Personen {subject}: {problem}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>purpose {purpose} relies on consent and is allowed for subject {subject}, who may be {ages}, without parental consent</source>
      <translation>Der Zweck {purpose} beruht auf Einwilligung und ist für die betroffenen Personen {subject} erlaubt, die {ages} sein können, ohne Einwilligung der Eltern</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>purpose {purpose} sells or shares data of subject {subject}, who may be {ages}, without opt-in</source>
      <translation>Der Zweck {purpose} verkauft Daten der betroffenen Personen {subject}, die {ages} sein können, oder gibt sie weiter, ohne Opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>subject {subject} is {problem}</source>
      <translation>Die betroffenen Personen {subject} sind {problem}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>under {age} in {regions}</source>
      <translation>unter {age} in {regions}</translation>
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
    <name>checks/record</name>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>A controller may use a processor only under a contract or other legal act that binds it (GDPR Art. 28(3)); the record of processing is where a reviewer looks for it.</source>
      <translation>Ein Verantwortlicher darf einen Auftragsverarbeiter nur auf Grundlage eines Vertrags oder eines anderen ihn bindenden Rechtsinstruments einsetzen (Art. 28 Abs. 3 DSGVO); im Verzeichnis von Verarbeitungstätigkeiten sucht ein Prüfer danach.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>A processor acts for a controller only under a contract that binds it (GDPR Art. 28(3)); a reviewer looks for it beside each controller served in the processor's record (Art. 30(2)(a)).</source>
      <translation>Ein Auftragsverarbeiter handelt für einen Verantwortlichen nur auf Grundlage eines ihn bindenden Vertrags (Art. 28 Abs. 3 DSGVO); ein Prüfer sucht ihn im Verzeichnis des Auftragsverarbeiters neben jedem betreuten Verantwortlichen (Art. 30 Abs. 2 lit. a).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>A purpose says it is carried out on behalf of a controller the policy does not list under Processing for controllers, so the processor's record cannot name that controller or its contact (GDPR Art. 30(2)(a)).</source>
      <translation>Ein Zweck gibt an, im Auftrag eines Verantwortlichen ausgeführt zu werden, den die Richtlinie nicht unter „Verarbeitung für Verantwortliche“ aufführt; das Verzeichnis des Auftragsverarbeiters kann diesen Verantwortlichen und seinen Kontakt daher nicht nennen (Art. 30 Abs. 2 lit. a DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>A transfer on a derogation is lawful only in the situations GDPR Art. 49(1) lists (explicit consent, a contract with or for the person, public interest, legal claims, vital interests, a public register); the record of processing must say which one applies (Art. 30(1)(e)).</source>
      <translation>Eine Übermittlung auf Grundlage einer Ausnahme ist nur in den Fällen rechtmäßig, die Art. 49 Abs. 1 DSGVO aufzählt (ausdrückliche Einwilligung, Vertrag mit der oder für die Person, öffentliches Interesse, Rechtsansprüche, lebenswichtige Interessen, öffentliches Register); das Verzeichnis von Verarbeitungstätigkeiten muss angeben, welcher Fall vorliegt (Art. 30 Abs. 1 lit. e).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Controller served without a contract reference</source>
      <translation>Betreuter Verantwortlicher ohne Vertragsreferenz</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Derogation not named</source>
      <translation>Ausnahme nicht genannt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Fill in Processing contract of the controller with the agreement's name or link.</source>
      <translation>Tragen Sie beim Verantwortlichen unter „Verarbeitungsvertrag“ den Namen oder Link des Vertrags ein.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Fill in Processor contract with the agreement's name or link.</source>
      <translation>Tragen Sie unter „Auftragsverarbeitungsvertrag“ den Namen oder Link des Vertrags ein.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Pick a listed controller, or add it under Processing for controllers.</source>
      <translation>Wählen Sie einen aufgeführten Verantwortlichen, oder fügen Sie ihn unter „Verarbeitung für Verantwortliche“ hinzu.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Pick the Art. 49(1) derogation in Transfer derogation, or record a safeguard.</source>
      <translation>Wählen Sie unter „Übermittlungsausnahme“ die Ausnahme nach Art. 49 Abs. 1, oder erfassen Sie eine Garantie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Processor without a contract reference</source>
      <translation>Auftragsverarbeiter ohne Vertragsreferenz</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Unknown controller</source>
      <translation>Unbekannter Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>add it under {section} &gt; processing_for</source>
      <translation>fügen Sie ihn unter {section} &gt; processing_for hinzu</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>listed: {controllers}</source>
      <translation>aufgeführt: {controllers}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>name the data processing agreement</source>
      <translation>nennen Sie den Auftragsverarbeitungsvertrag</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>pick the derogation that applies</source>
      <translation>wählen Sie die zutreffende Ausnahme</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>processor {recipient} receives data but no Art. 28 contract is referenced</source>
      <translation>Der Auftragsverarbeiter {recipient} erhält Daten, aber kein Vertrag nach Art. 28 ist angegeben</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>purpose {purpose} is carried out on behalf of the unknown controller '{controller}'</source>
      <translation>Der Zweck {purpose} wird im Auftrag des unbekannten Verantwortlichen '{controller}' ausgeführt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>recipient {recipient} relies on a derogation but does not say which one of GDPR Art. 49(1)</source>
      <translation>Der Empfänger {recipient} stützt sich auf eine Ausnahme, sagt aber nicht, welche nach Art. 49 Abs. 1 DSGVO</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>the organisation processes data for {controller} but no Art. 28 contract is referenced</source>
      <translation>Die Organisation verarbeitet Daten für {controller}, aber kein Vertrag nach Art. 28 ist angegeben</translation>
    </message>
  </context>
  <context>
    <name>checks/regions</name>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>'{code}' is not an ISO 3166 code or a known region group</source>
      <translation>'{code}' ist weder ein ISO-3166-Code noch eine bekannte Regionsgruppe</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A group listing itself, directly or through other groups, has no meaning of its own: its members are whatever the loop says.</source>
      <translation>Eine Gruppe, die sich selbst enthält, direkt oder über andere Gruppen, hat keine eigene Bedeutung: Ihre Mitglieder sind, was immer die Schleife sagt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A group without members contains nowhere: a rule limited to it never applies.</source>
      <translation>Eine Gruppe ohne Mitglieder umfasst keinen Ort: Eine darauf beschränkte Regel greift nie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A group's id must not be an ISO code or a shipped group's id: two-letter ids are read as ISO countries, and a shipped id keeps its shipped meaning, so the group would never be what its members say.</source>
      <translation>Die Id einer Gruppe darf weder ein ISO-Code noch die Id einer mitgelieferten Gruppe sein: Zweibuchstabige Ids werden als ISO-Länder gelesen, und eine mitgelieferte Id behält ihre mitgelieferte Bedeutung, sodass die Gruppe nie das wäre, was ihre Mitglieder sagen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A list names a region and another region that contains it (DE and eea); the larger one already covers the smaller.</source>
      <translation>Eine Liste nennt eine Region und eine andere Region, die sie enthält (DE und eea); die größere deckt die kleinere bereits ab.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A region is an ISO 3166 country or subdivision code, a shipped group or a group the policy defines. Any other code matches no request, so a rule limited to it never applies and a recipient's transfer cannot be judged.</source>
      <translation>Eine Region ist ein ISO-3166-Code für ein Land oder eine Untergliederung, eine mitgelieferte Gruppe oder eine in der Richtlinie definierte Gruppe. Jeder andere Code passt auf keine Anfrage, sodass eine darauf beschränkte Regel nie greift und die Übermittlung an einen Empfänger nicht beurteilt werden kann.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Add the countries, subdivisions or groups it stands for, or delete it.</source>
      <translation>Fügen Sie die Länder, Untergliederungen oder Gruppen hinzu, für die sie steht, oder löschen Sie sie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Correct the code (the UK is GB), or define the group under Region groups.</source>
      <translation>Korrigieren Sie den Code (das Vereinigte Königreich ist GB), oder definieren Sie die Gruppe unter „Regionsgruppen“.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Empty region group</source>
      <translation>Leere Regionsgruppe</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>ISO writes it {code}</source>
      <translation>ISO schreibt es {code}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Region already covered</source>
      <translation>Region bereits abgedeckt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Region group that clashes</source>
      <translation>Kollidierende Regionsgruppe</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Region group that contains itself</source>
      <translation>Regionsgruppe, die sich selbst enthält</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Remove the member that leads back to the group.</source>
      <translation>Entfernen Sie das Mitglied, das zur Gruppe zurückführt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Remove the region that is already covered, or the larger one if it is too wide.</source>
      <translation>Entfernen Sie die bereits abgedeckte Region, oder die größere, wenn sie zu weit ist.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Rename the group (references follow the rename in the editor).</source>
      <translation>Benennen Sie die Gruppe um (Verweise folgen der Umbenennung im Editor).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Unknown region</source>
      <translation>Unbekannte Region</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>did you mean {code}?</source>
      <translation>meinten Sie {code}?</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {group} contains itself: {loop}</source>
      <translation>Die Regionsgruppe {group} enthält sich selbst: {loop}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {group} has no members</source>
      <translation>Die Regionsgruppe {group} hat keine Mitglieder</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {group} has the id of the shipped group '{name}'</source>
      <translation>Die Regionsgruppe {group} hat die Id der mitgelieferten Gruppe '{name}'</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {group} reads as the ISO code {code}</source>
      <translation>Die Regionsgruppe {group} wird als ISO-Code {code} gelesen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {owner} lists {code} twice</source>
      <translation>Die Regionsgruppe {owner} nennt {code} zweimal</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {owner} lists {code}, already covered by {wider}</source>
      <translation>Die Regionsgruppe {owner} nennt {code}, das bereits durch {wider} abgedeckt ist</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>rule {owner} lists {code} twice</source>
      <translation>Regel {owner} nennt {code} zweimal</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>rule {owner} lists {code}, already covered by {wider}</source>
      <translation>Regel {owner} nennt {code}, das bereits durch {wider} abgedeckt ist</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>use an ISO 3166 code (DE, US-CA) or a group id (eea), or define the group</source>
      <translation>verwenden Sie einen ISO-3166-Code (DE, US-CA) oder eine Gruppen-Id (eea), oder definieren Sie die Gruppe</translation>
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
    <name>checks/retention_terms</name>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>A legal hold keeps data even against an erasure request (GDPR Art. 17(3)); without its reason (the statute or the litigation) nobody can tell when it ends.</source>
      <translation>Eine Aufbewahrungspflicht hält Daten selbst gegen einen Löschantrag fest (Art. 17 Abs. 3 DSGVO); ohne ihren Grund (das Gesetz oder den Rechtsstreit) kann niemand sagen, wann sie endet.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Correct the minimum (Kept at least) or the maximum (Kept for).</source>
      <translation>Korrigieren Sie das Minimum („Mindestens aufbewahrt“) oder das Maximum („Aufbewahrt für“).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Custom retention trigger without an event</source>
      <translation>Eigener Aufbewahrungsauslöser ohne Ereignis</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Fill in Financial year starts (MM-DD, e.g. 04-01).</source>
      <translation>Tragen Sie „Geschäftsjahr beginnt“ ein (MM-TT, z. B. 04-01).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Fill in Legal hold reason.</source>
      <translation>Tragen Sie den „Grund der Aufbewahrungspflicht“ ein.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Financial year without its start</source>
      <translation>Geschäftsjahr ohne Beginn</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Give the period (Kept for, e.g. P6Y) or the criteria (e.g. 'for the life of the account').</source>
      <translation>Geben Sie die Dauer („Aufbewahrt für“, z. B. P6Y) oder die Kriterien an (z. B. 'solange das Konto besteht').</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Legal hold without a reason</source>
      <translation>Aufbewahrungspflicht ohne Grund</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Minimum retention longer than the maximum</source>
      <translation>Mindestaufbewahrung länger als das Maximum</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Name the event (Custom event, e.g. 'asset disposed of'), or pick one of the listed triggers.</source>
      <translation>Nennen Sie das Ereignis („Eigenes Ereignis“, z. B. 'Anlage ausgemustert'), oder wählen Sie einen der aufgeführten Auslöser.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Retention by criteria only</source>
      <translation>Aufbewahrung nur nach Kriterien</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Retention rule without a period or criteria</source>
      <translation>Aufbewahrungsregel ohne Dauer oder Kriterien</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Review it from time to time (set the policy's next review date), or add a maximum period as a backstop.</source>
      <translation>Überprüfen Sie sie von Zeit zu Zeit (legen Sie das nächste Überprüfungsdatum der Richtlinie fest), oder fügen Sie zur Absicherung eine Höchstdauer hinzu.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The data must be kept at least longer than it may be kept at most: no date satisfies both.</source>
      <translation>Die Daten müssen mindestens länger aufbewahrt werden, als sie höchstens aufbewahrt werden dürfen: Kein Datum erfüllt beides.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The period is counted from an event of the organisation's own, but the event is not named, so nobody knows when the period starts.</source>
      <translation>Die Dauer wird ab einem eigenen Ereignis der Organisation gezählt, das Ereignis ist aber nicht genannt; niemand weiß also, wann die Dauer beginnt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The period starts at the end of the financial year, but the rule does not say when that year starts (1 April for UK councils, 6 April for UK income tax, 1 January in many countries). Nothing is assumed.</source>
      <translation>Die Dauer beginnt am Ende des Geschäftsjahres, die Regel sagt aber nicht, wann dieses Jahr beginnt (1. April bei britischen Kommunen, 6. April bei der britischen Einkommensteuer, 1. Januar in vielen Ländern). Es wird nichts angenommen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The rule gives criteria ('for the life of the account') and no maximum period. That is lawful (GDPR Art. 13(2)(a)), but data kept by criteria is easily kept too long.</source>
      <translation>Die Regel nennt Kriterien ('solange das Konto besteht') und keine Höchstdauer. Das ist rechtmäßig (Art. 13 Abs. 2 lit. a DSGVO), doch nach Kriterien aufbewahrte Daten werden leicht zu lange aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The rule says neither how long the data is kept (a maximum period, or 'indefinite') nor by which criteria, so nobody can tell when the data goes (GDPR Art. 13(2)(a): the period, or the criteria used to determine it).</source>
      <translation>Die Regel sagt weder, wie lange die Daten aufbewahrt werden (eine Höchstdauer oder 'indefinite'), noch nach welchen Kriterien; niemand kann also sagen, wann die Daten gelöscht werden (Art. 13 Abs. 2 lit. a DSGVO: die Dauer oder die Kriterien für ihre Festlegung).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} counts from a custom event it does not name</source>
      <translation>Die Aufbewahrungsregel {rule} zählt ab einem eigenen Ereignis, das sie nicht nennt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} counts from the end of a financial year without saying when that year starts</source>
      <translation>Die Aufbewahrungsregel {rule} zählt ab dem Ende eines Geschäftsjahres, ohne zu sagen, wann dieses Jahr beginnt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} gives neither a period nor criteria</source>
      <translation>Die Aufbewahrungsregel {rule} nennt weder eine Dauer noch Kriterien</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} is under legal hold with no reason given</source>
      <translation>Die Aufbewahrungsregel {rule} unterliegt einer Aufbewahrungspflicht ohne angegebenen Grund</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} keeps data at least {minimum} but at most {maximum}</source>
      <translation>Die Aufbewahrungsregel {rule} speichert Daten mindestens {minimum}, aber höchstens {maximum}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} keeps data {criteria} with no maximum period; plan a review date</source>
      <translation>Die Aufbewahrungsregel {rule} speichert Daten {criteria} ohne Höchstdauer; planen Sie ein Überprüfungsdatum</translation>
    </message>
  </context>
  <context>
    <name>checks/rules</name>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Add '*' to the deny rule's recipients to deny every disclosure too, or name the recipients it should deny; leave it as it is if only internal use is meant.</source>
      <translation>Fügen Sie '*' zu den Empfängern der Verbotsregel hinzu, um auch jede Offenlegung zu verbieten, oder nennen Sie die Empfänger, die sie verbieten soll; lassen Sie sie so, wenn nur die interne Nutzung gemeint ist.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Allow and deny rules with the same scope</source>
      <translation>Erlaubnis- und Verbotsregel mit demselben Geltungsbereich</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Allow rule that never takes effect</source>
      <translation>Erlaubnisregel, die nie greift</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>An allow rule and a deny rule cover exactly the same uses. The deny rule always wins, so the allow rule is dead, and readers cannot tell which was intended.</source>
      <translation>Eine Erlaubnisregel und eine Verbotsregel decken genau dieselben Nutzungen ab. Die Verbotsregel gewinnt immer, die Erlaubnisregel ist also wirkungslos, und Leser können nicht erkennen, was gemeint war.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Another rule with the same effect already covers everything this rule covers (and, for allow rules, asks for at least the same obligations), so deleting this one would change no decision. Duplicates make the policy longer to review.</source>
      <translation>Eine andere Regel mit derselben Wirkung deckt bereits alles ab, was diese Regel abdeckt (und verlangt bei Erlaubnisregeln mindestens dieselben Auflagen); diese zu löschen würde also keine Entscheidung ändern. Dubletten verlängern die Prüfung der Richtlinie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Anything no rule allows is denied already (default deny). A deny rule that overlaps no allow rule therefore changes no decision; it may document intent, or it may point at an allow rule that was removed or renamed.</source>
      <translation>Was keine Regel erlaubt, ist bereits verboten (Standardverbot). Eine Verbotsregel, die sich mit keiner Erlaubnisregel überschneidet, ändert daher keine Entscheidung; sie kann eine Absicht dokumentieren oder auf eine entfernte oder umbenannte Erlaubnisregel hindeuten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Decide whether the use is allowed or not and delete the other rule, or narrow one of them so that they differ on purpose.</source>
      <translation>Entscheiden Sie, ob die Nutzung erlaubt ist oder nicht, und löschen Sie die andere Regel, oder grenzen Sie eine der beiden ein, damit sie sich bewusst unterscheiden.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Delete the redundant rule, or narrow the broader one if the two were meant to differ.</source>
      <translation>Löschen Sie die überflüssige Regel, oder grenzen Sie die weitere ein, wenn sich beide unterscheiden sollten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Deny rule that denies nothing allowed</source>
      <translation>Verbotsregel, die nichts Erlaubtes verbietet</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Deny rule that leaves disclosure allowed</source>
      <translation>Verbotsregel, die die Offenlegung erlaubt lässt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Deny rules always win, and here they cover everything this allow rule allows, so the allow rule changes no decision. Either the deny rules are too broad or the allow rule is left over.</source>
      <translation>Verbotsregeln gewinnen immer, und hier decken sie alles ab, was diese Erlaubnisregel erlaubt; die Erlaubnisregel ändert also keine Entscheidung. Entweder sind die Verbotsregeln zu weit, oder die Erlaubnisregel ist übrig geblieben.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>In format 2 a rule that lists no recipients covers internal use only, deny rules included. A deny rule written that way does not stop an allow rule from disclosing the same data to a processor, a third party or the public.</source>
      <translation>In Format 2 deckt eine Regel ohne Empfänger nur die interne Nutzung ab, Verbotsregeln eingeschlossen. Eine so geschriebene Verbotsregel hindert eine Erlaubnisregel nicht daran, dieselben Daten gegenüber einem Auftragsverarbeiter, einem Dritten oder der Öffentlichkeit offenzulegen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Keep it if it documents a deliberate ban that should survive future allow rules; otherwise delete it.</source>
      <translation>Behalten Sie sie, wenn sie ein bewusstes Verbot dokumentiert, das künftige Erlaubnisregeln überdauern soll; andernfalls löschen Sie sie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Narrow the deny rules so that the intended use is allowed, or delete the allow rule.</source>
      <translation>Grenzen Sie die Verbotsregeln so ein, dass die beabsichtigte Nutzung erlaubt ist, oder löschen Sie die Erlaubnisregel.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Redundant rule</source>
      <translation>Überflüssige Regel</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>add '*' to its recipients to deny disclosure too</source>
      <translation>fügen Sie '*' zu ihren Empfängern hinzu, um auch die Offenlegung zu verbieten</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>allow rule {rule} covers exactly what deny rule {other} covers</source>
      <translation>Die Erlaubnisregel {rule} deckt genau das ab, was die Verbotsregel {other} abdeckt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>allow rule {rule} never takes effect: deny rule {rules} covers everything it allows</source>
      <translation>Die Erlaubnisregel {rule} greift nie: Die Verbotsregel {rules} deckt alles ab, was sie erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>allow rule {rule} never takes effect: deny rules {rules} cover everything it allows</source>
      <translation>Die Erlaubnisregel {rule} greift nie: Die Verbotsregeln {rules} decken alles ab, was sie erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>delete {rule}, or make it differ from {other} on purpose</source>
      <translation>löschen Sie {rule}, oder lassen Sie sie bewusst von {other} abweichen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>deny rule {rule} covers exactly what allow rule {other} covers</source>
      <translation>Die Verbotsregel {rule} deckt genau das ab, was die Erlaubnisregel {other} abdeckt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>deny rule {rule} lists no recipients, so it denies internal use only; allow rule {other} still discloses what it covers to {recipients}</source>
      <translation>Die Verbotsregel {rule} nennt keine Empfänger und verbietet daher nur die interne Nutzung; die Erlaubnisregel {other} legt das, was sie abdeckt, weiterhin gegenüber {recipients} offen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>deny rule {rule} overlaps no allow rule, so it changes no decision (everything it denies is denied by default)</source>
      <translation>Die Verbotsregel {rule} überschneidet sich mit keiner Erlaubnisregel und ändert daher keine Entscheidung (alles, was sie verbietet, ist standardmäßig verboten)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>keep one of the two rules</source>
      <translation>behalten Sie eine der beiden Regeln</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>narrow the deny rules or delete this allow rule</source>
      <translation>grenzen Sie die Verbotsregeln ein oder löschen Sie diese Erlaubnisregel</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>rule {rule} is redundant: rule {other} already allows everything it allows</source>
      <translation>Regel {rule} ist überflüssig: Regel {other} erlaubt bereits alles, was sie erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>rule {rule} is redundant: rule {other} already denies everything it denies</source>
      <translation>Regel {rule} ist überflüssig: Regel {other} verbietet bereits alles, was sie verbietet</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>rule {rule} repeats rule {other} (same effect, same scope)</source>
      <translation>Regel {rule} wiederholt Regel {other} (gleiche Wirkung, gleicher Geltungsbereich)</translation>
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
  <context>
    <name>checks/transfers</name>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>; {place} is adequate for {regime} only where: {condition}</source>
      <translation>; {place} gilt für {regime} nur unter dieser Bedingung als angemessen: {condition}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Adequacy decision claimed for a country without one</source>
      <translation>Angemessenheitsbeschluss für ein Land ohne einen solchen beansprucht</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Adequacy decision with a condition</source>
      <translation>Angemessenheitsbeschluss mit Bedingung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Check the establishment; where an EU or UK establishment sends the data abroad, set it there.</source>
      <translation>Prüfen Sie die Niederlassung; wenn eine Niederlassung in der EU oder im Vereinigten Königreich die Daten ins Ausland sendet, tragen Sie diese ein.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Check the recipient's country; if it is right, remove the safeguard.</source>
      <translation>Prüfen Sie das Land des Empfängers; wenn es stimmt, entfernen Sie die Garantie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Confirm the recipient meets the condition (e.g. its certification is active); otherwise record standard contractual clauses.</source>
      <translation>Bestätigen Sie, dass der Empfänger die Bedingung erfüllt (z. B. seine Zertifizierung aktiv ist); andernfalls erfassen Sie Standardvertragsklauseln.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Controller established outside the jurisdictions</source>
      <translation>Verantwortlicher außerhalb der Rechtsordnungen niedergelassen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Every place of the recipient is inside every jurisdiction whose transfer rules bind the policy, so sharing with it is no international transfer and needs no safeguard. A recorded safeguard may mean the country is wrong.</source>
      <translation>Jeder Ort des Empfängers liegt innerhalb jeder Rechtsordnung, deren Übermittlungsregeln die Richtlinie binden; die Weitergabe an ihn ist also keine internationale Übermittlung und braucht keine Garantie. Eine erfasste Garantie kann bedeuten, dass das Land falsch ist.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Recipient without a country</source>
      <translation>Empfänger ohne Land</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Record the safeguard used for this recipient (adequacy decision if it meets the decision's condition), or stop sharing data with it.</source>
      <translation>Erfassen Sie die für diesen Empfänger genutzte Garantie (Angemessenheitsbeschluss, wenn er dessen Bedingung erfüllt), oder geben Sie keine Daten mehr an ihn weiter.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Safeguard that is not needed</source>
      <translation>Garantie, die nicht nötig ist</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Sending personal data to a country outside the policy's jurisdictions, and not recognised by them as adequate, is a restricted transfer (GDPR Chapter V): it needs standard contractual clauses, binding corporate rules or a derogation. Every place counts: the recipient's countries and where it stores the data. A partial adequacy decision (the United States only for organisations certified under the Data Privacy Framework) counts only when the recipient records it as its safeguard.</source>
      <translation>Personenbezogene Daten in ein Land außerhalb der Rechtsordnungen der Richtlinie zu senden, das diese nicht als angemessen anerkennen, ist eine beschränkte Übermittlung (Kapitel V DSGVO): Sie erfordert Standardvertragsklauseln, verbindliche interne Datenschutzvorschriften oder eine Ausnahme. Jeder Ort zählt: die Länder des Empfängers und wo er die Daten speichert. Ein teilweiser Angemessenheitsbeschluss (die Vereinigten Staaten nur für nach dem Data Privacy Framework zertifizierte Organisationen) zählt nur, wenn der Empfänger ihn als seine Garantie erfasst.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Set the recipient's country (ISO code, e.g. DE or US).</source>
      <translation>Legen Sie das Land des Empfängers fest (ISO-Code, z. B. DE oder US).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Set the safeguard to adequacy decision after checking the recipient is covered by it; otherwise record standard contractual clauses.</source>
      <translation>Setzen Sie die Garantie auf Angemessenheitsbeschluss, nachdem Sie geprüft haben, dass der Empfänger davon erfasst ist; andernfalls erfassen Sie Standardvertragsklauseln.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>The adequacy decision the recipient relies on is partial: it covers only some organisations or sectors of the country (the United States only organisations certified under the Data Privacy Framework, Canada only those subject to PIPEDA). Recording it as the safeguard says the recipient meets the condition.</source>
      <translation>Der Angemessenheitsbeschluss, auf den sich der Empfänger stützt, ist teilweise: Er erfasst nur einige Organisationen oder Sektoren des Landes (in den Vereinigten Staaten nur nach dem Data Privacy Framework zertifizierte Organisationen, in Kanada nur solche, die PIPEDA unterliegen). Ihn als Garantie zu erfassen, besagt, dass der Empfänger die Bedingung erfüllt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>The recipient's country is outside the policy's jurisdictions but recognised as adequate, so the transfer can rest on the adequacy decision; the policy should say so.</source>
      <translation>Das Land des Empfängers liegt außerhalb der Rechtsordnungen der Richtlinie, ist aber als angemessen anerkannt; die Übermittlung kann sich also auf den Angemessenheitsbeschluss stützen, und die Richtlinie sollte das sagen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>The recipient's safeguard is an adequacy decision, but one of its countries is not on the adequacy list of the jurisdictions the transfer leaves, so the transfer has no valid ground.</source>
      <translation>Die Garantie des Empfängers ist ein Angemessenheitsbeschluss, aber eines seiner Länder steht nicht auf der Angemessenheitsliste der Rechtsordnungen, die die Übermittlung verlässt; die Übermittlung hat also keine gültige Grundlage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Transfer relying on an unrecorded adequacy decision</source>
      <translation>Übermittlung auf Grundlage eines nicht erfassten Angemessenheitsbeschlusses</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Transfer without a safeguard</source>
      <translation>Übermittlung ohne Garantie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Transfers are judged from where the controller is established. When that is outside every jurisdiction of the policy that restricts transfers (a US company offering services in the EU, GDPR Art. 3(2)), no recipient is judged against them, so no transfer finding appears.</source>
      <translation>Übermittlungen werden vom Ort der Niederlassung des Verantwortlichen aus beurteilt. Liegt dieser außerhalb jeder Rechtsordnung der Richtlinie, die Übermittlungen beschränkt (ein US-Unternehmen, das Dienste in der EU anbietet, Art. 3 Abs. 2 DSGVO), wird kein Empfänger daran gemessen, und es erscheint kein Befund zu Übermittlungen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Use standard contractual clauses or another safeguard, or correct the country.</source>
      <translation>Verwenden Sie Standardvertragsklauseln oder eine andere Garantie, oder korrigieren Sie das Land.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Without the country where a recipient processes the data, nobody can tell whether sharing with it is an international transfer that needs a safeguard. Data made public (a recipient of kind public) has no country.</source>
      <translation>Ohne das Land, in dem ein Empfänger die Daten verarbeitet, kann niemand sagen, ob die Weitergabe an ihn eine internationale Übermittlung ist, die eine Garantie braucht. Veröffentlichte Daten (ein Empfänger der Art public) haben kein Land.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>confirm the recipient meets the condition</source>
      <translation>bestätigen Sie, dass der Empfänger die Bedingung erfüllt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} has no country</source>
      <translation>Der Empfänger {recipient} hat kein Land</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} in {places} receives data (rule {rules}) on the strength of {regimes} adequacy, but no safeguard is recorded</source>
      <translation>Der Empfänger {recipient} in {places} erhält Daten (Regel {rules}) aufgrund der Angemessenheit nach {regimes}, aber keine Garantie ist erfasst</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} in {places} receives data (rules {rules}) on the strength of {regimes} adequacy, but no safeguard is recorded</source>
      <translation>Der Empfänger {recipient} in {places} erhält Daten (Regeln {rules}) aufgrund der Angemessenheit nach {regimes}, aber keine Garantie ist erfasst</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} in {places}, outside {regimes}, receives data (rule {rules}) without a transfer safeguard{conditions}</source>
      <translation>Der Empfänger {recipient} in {places}, außerhalb von {regimes}, erhält Daten (Regel {rules}) ohne Übermittlungsgarantie{conditions}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} in {places}, outside {regimes}, receives data (rules {rules}) without a transfer safeguard{conditions}</source>
      <translation>Der Empfänger {recipient} in {places}, außerhalb von {regimes}, erhält Daten (Regeln {rules}) ohne Übermittlungsgarantie{conditions}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} is in {places}, inside {regimes}, so its safeguard ({safeguard}) is not needed</source>
      <translation>Der Empfänger {recipient} befindet sich in {places}, innerhalb von {regimes}; seine Garantie ({safeguard}) ist daher nicht nötig</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} relies on an adequacy decision that is partial{conditions}</source>
      <translation>Der Empfänger {recipient} stützt sich auf einen teilweisen Angemessenheitsbeschluss{conditions}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} relies on an adequacy decision, but {regimes} do not recognise {places} as adequate</source>
      <translation>Der Empfänger {recipient} stützt sich auf einen Angemessenheitsbeschluss, aber {regimes} erkennen {places} nicht als angemessen an</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} relies on an adequacy decision, but {regimes} does not recognise {places} as adequate</source>
      <translation>Der Empfänger {recipient} stützt sich auf einen Angemessenheitsbeschluss, aber {regimes} erkennt {places} nicht als angemessen an</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>record standard contractual clauses or another safeguard</source>
      <translation>erfassen Sie Standardvertragsklauseln oder eine andere Garantie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>record standard contractual clauses or another safeguard, or adequacy_decision if the recipient meets the condition</source>
      <translation>erfassen Sie Standardvertragsklauseln oder eine andere Garantie, oder adequacy_decision, wenn der Empfänger die Bedingung erfüllt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>set the safeguard to adequacy_decision if the recipient is covered</source>
      <translation>setzen Sie die Garantie auf adequacy_decision, wenn der Empfänger erfasst ist</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>the controller is established in {place}, outside {regimes}, so no recipient is judged against their transfer rules</source>
      <translation>Der Verantwortliche ist in {place} niedergelassen, außerhalb von {regimes}; daher wird kein Empfänger an deren Übermittlungsregeln gemessen</translation>
    </message>
  </context>
  <context>
    <name>checks/transparency</name>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>A short note on why a rule exists helps reviewers and the next editor; the published policy uses it to explain the use in words.</source>
      <translation>Eine kurze Notiz, warum eine Regel existiert, hilft Prüfern und dem nächsten Bearbeiter; die veröffentlichte Richtlinie erklärt damit die Nutzung in Worten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Data category without a description</source>
      <translation>Datenkategorie ohne Beschreibung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Describe in plain words what the category holds, e.g. 'the email address you sign up with'.</source>
      <translation>Beschreiben Sie in verständlichen Worten, was die Kategorie enthält, z. B. 'die E-Mail-Adresse, mit der Sie sich registrieren'.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Describe in plain words what the data is used for and what people get from it.</source>
      <translation>Beschreiben Sie in verständlichen Worten, wofür die Daten verwendet werden und was die Menschen davon haben.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Describe who the recipient is and what it does, e.g. 'our email delivery provider'.</source>
      <translation>Beschreiben Sie, wer der Empfänger ist und was er tut, z. B. 'unser Dienstleister für den E-Mail-Versand'.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Give the item a short readable name.</source>
      <translation>Geben Sie dem Eintrag einen kurzen, lesbaren Namen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Item without a name</source>
      <translation>Eintrag ohne Namen</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>List the rights the purpose offers (access, erasure, objection...).</source>
      <translation>Führen Sie die Rechte auf, die der Zweck gewährt (Auskunft, Löschung, Widerspruch …).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>People can access, correct, erase or object to the use of their data; the policy should say which of these rights apply to each purpose.</source>
      <translation>Betroffene Personen können ihre Daten einsehen, berichtigen, löschen lassen oder der Nutzung widersprechen; die Richtlinie sollte sagen, welche dieser Rechte für jeden Zweck gelten.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>People have the right to know what data is collected about them (GDPR Art. 13 and 14). The description is what the published policy shows for this category.</source>
      <translation>Betroffene Personen haben das Recht zu wissen, welche Daten über sie erhoben werden (Art. 13 und 14 DSGVO). Die Beschreibung ist das, was die veröffentlichte Richtlinie für diese Kategorie zeigt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>People have the right to know who receives their data (GDPR Art. 13(1)(e)); a description says who the recipient is and what it does with the data.</source>
      <translation>Betroffene Personen haben das Recht zu wissen, wer ihre Daten erhält (Art. 13 Abs. 1 lit. e DSGVO); eine Beschreibung sagt, wer der Empfänger ist und was er mit den Daten tut.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>People must be told why their data is used. The description is what the published policy shows for this purpose.</source>
      <translation>Betroffenen Personen muss gesagt werden, warum ihre Daten verwendet werden. Die Beschreibung ist das, was die veröffentlichte Richtlinie für diesen Zweck zeigt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Purpose that offers no rights</source>
      <translation>Zweck, der keine Rechte gewährt</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Purpose without a description</source>
      <translation>Zweck ohne Beschreibung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Recipient without a description</source>
      <translation>Empfänger ohne Beschreibung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Rule without a description</source>
      <translation>Regel ohne Beschreibung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Say in one sentence what the rule allows or forbids, and why.</source>
      <translation>Sagen Sie in einem Satz, was die Regel erlaubt oder verbietet, und warum.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Without a name, the published policy and the record of processing can only show the technical id.</source>
      <translation>Ohne Namen können die veröffentlichte Richtlinie und das Verzeichnis von Verarbeitungstätigkeiten nur die technische Id zeigen.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>purpose {purpose} offers no data-subject rights</source>
      <translation>Der Zweck {purpose} gewährt keine Betroffenenrechte</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>{kind} {item} has no description</source>
      <translation>{kind} {item} hat keine Beschreibung</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>{kind} {item} has no name</source>
      <translation>{kind} {item} hat keinen Namen</translation>
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
    <name>compare</name>
    <message numerus="yes">
      <location filename="../../app/ui/compare.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n Unterschied</numerusform>
        <numerusform>%n Unterschiede</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>&amp;Export HTML…</source>
      <translation>Als HTML &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>&amp;Swap sides</source>
      <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>(with unsaved changes)</source>
      <translation>(mit ungespeicherten Änderungen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Cannot Compare</source>
      <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Changes</source>
      <translation>Änderungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Changes since {name}</source>
      <translation>Änderungen seit {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Compare &amp;with...</source>
      <translation>&amp;Vergleichen mit...</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Compare With</source>
      <translation>Vergleichen mit</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Export Redline</source>
      <translation>Änderungsvergleich exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>HTML files (*.html)</source>
      <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Impact not worked out (cancelled).</source>
      <translation>Auswirkung nicht ermittelt (abgebrochen).</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>No differences</source>
      <translation>Keine Unterschiede</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Redline</source>
      <translation>Änderungsvergleich</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Save this redline as an HTML file for review</source>
      <translation>Diesen Änderungsvergleich zur Prüfung als HTML-Datei speichern</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Show the changes the other way round (newer as the base)</source>
      <translation>Die Änderungen andersherum zeigen (die neuere Version als Basis)</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Show what changed since another version of this policy</source>
      <translation>Zeigen, was sich seit einer anderen Version dieser Richtlinie geändert hat</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>The impact could not be worked out: {error}</source>
      <translation>Die Auswirkung konnte nicht ermittelt werden: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Untitled (unsaved)</source>
      <translation>Unbenannt (ungespeichert)</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>What changed between the two versions, and the impact on the decisions</source>
      <translation>Was sich zwischen den beiden Versionen geändert hat, und die Auswirkung auf die Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Working out the impact on decisions…</source>
      <translation>Auswirkung auf die Entscheidungen wird ermittelt…</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>{path} could not be written: {error}</source>
      <translation>{path} konnte nicht geschrieben werden: {error}</translation>
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
    <name>diagram</name>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Could not write {path}.</source>
      <translation>{path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Everything the {title} draws, one a row: what it is, its name, what the diagram shows beside it and the same in words. Enter opens the row's item.</source>
      <translation>Alles, was „{title}“ zeichnet, eine Zeile je Element: was es ist, sein Name, was das Diagramm daneben zeigt, und dasselbe in Worten. Die Eingabetaste öffnet das Element der Zeile.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Export the {title} as {format}</source>
      <translation>„{title}“ als {format} exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Export {format}...</source>
      <translation>{format}-Export...</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Export {title}</source>
      <translation>{title} exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/export.py" />
      <source>Export {title} as {format}</source>
      <translation>{title} als {format} exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>In words</source>
      <translation>In Worten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/export.py" />
      <source>PNG image (*.png)</source>
      <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/export.py" />
      <source>SVG drawing (*.svg)</source>
      <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Show as &amp;list</source>
      <translation>Als &amp;Liste</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Show the {title} as a list, in words</source>
      <translation>„{title}“ als Liste in Worten anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Shown</source>
      <translation>Angezeigt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>The whole of it in one sentence, as its tooltip says</source>
      <translation>Alles in einem Satz, wie im Tooltip</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>The words the diagram draws beside or on it</source>
      <translation>Die Wörter, die das Diagramm daneben oder darauf zeichnet</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>What the diagram draws: a category, a rule's bar, a box, a connection...</source>
      <translation>Was das Diagramm zeichnet: eine Kategorie, den Balken einer Regel, ein Kästchen, eine Verbindung...</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Which one: the name drawn, or the two boxes a connection joins</source>
      <translation>Welches: der gezeichnete Name oder die zwei Kästchen, die eine Verbindung verbindet</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>{header}: {text}</source>
      <translation>{header}: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>{title} as a list</source>
      <translation>{title} als Liste</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>{title} diagram: arrow keys move between its items, Enter opens one; Show as list (Ctrl+Shift+L) says all it draws, in words</source>
      <translation>Diagramm {title}: Pfeiltasten wechseln zwischen den Elementen, die Eingabetaste öffnet eines; „Als Liste anzeigen“ (Strg+Umschalt+L) sagt alles, was es zeichnet, in Worten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>{title} tools</source>
      <translation>Werkzeuge: {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/export.py" />
      <source>{title}, exported from Policy Studio</source>
      <translation>{title}, aus Policy Studio exportiert</translation>
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
    <name>documents</name>
    <message>
      <location filename="../../app/exporters/untranslated.py" />
      <source>Texts not yet translated into this language are shown in the original language and marked as such.</source>
      <translation>Noch nicht übersetzte Texte werden in der Originalsprache angezeigt und als solche gekennzeichnet.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/untranslated.py" />
      <source>This policy has not been translated into this language: its names and descriptions are in the original language.</source>
      <translation>Diese Richtlinie ist nicht in diese Sprache übersetzt: Ihre Namen und Beschreibungen stehen in der Originalsprache.</translation>
    </message>
  </context>
  <context>
    <name>documents view</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/document/build.py" />
      <source>%n retention rules</source>
      <translation>
        <numerusform>%n Aufbewahrungsregel</numerusform>
        <numerusform>%n Aufbewahrungsregeln</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/document/build.py" />
      <source>%n rules</source>
      <translation>
        <numerusform>%n Regel</numerusform>
        <numerusform>%n Regeln</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>A long document is shown a page at a time: the page shown, by the chapter it is in</source>
      <translation>Ein langes Dokument wird seitenweise angezeigt: die angezeigte Seite, nach ihrem Kapitel</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/build.py" />
      <source>As the {name} export writes it.</source>
      <translation>So, wie der Export {name} es schreibt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>CSV spreadsheet (*.csv)</source>
      <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>Consent and GPC table</source>
      <translation>Einwilligungs- und GPC-Tabelle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>DPIA draft</source>
      <translation>DSFA-Entwurf</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>Document page</source>
      <translation>Dokumentseite</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Document shown</source>
      <translation>Angezeigtes Dokument</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Export as</source>
      <translation>Exportieren als</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Export {format}</source>
      <translation>{format} exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Export {title} as {format}</source>
      <translation>„{title}“ als {format} exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Exporting {title}...</source>
      <translation>{title} wird exportiert...</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>HTML document (*.html)</source>
      <translation>HTML-Dokument (*.html)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>JSON file (*.json)</source>
      <translation>JSON-Datei (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>Markdown text (*.md)</source>
      <translation>Markdown-Text (*.md)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>Next page</source>
      <translation>Nächste Seite</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>Page {number} of {count}: {title}</source>
      <translation>Seite {number}/{count}: {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>Policy document</source>
      <translation>Richtliniendokument</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>Previous page</source>
      <translation>Vorige Seite</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/notice/__init__.py" />
      <source>Privacy notice</source>
      <translation>Datenschutzhinweise</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>Record of processing (Art. 30)</source>
      <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>The document as it is exported, read-only: a link goes to the item it names</source>
      <translation>Das Dokument, wie es exportiert wird, schreibgeschützt: Ein Link führt zu dem Element, das er nennt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>The document to preview and export</source>
      <translation>Das Dokument für Vorschau und Export</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>The preview could not be built: {error}</source>
      <translation>Die Vorschau konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pages.py" />
      <source>Title page</source>
      <translation>Titelseite</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Write the document shown to a file</source>
      <translation>Das angezeigte Dokument in eine Datei schreiben</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Write the {title} as a {format} file</source>
      <translation>„{title}“ als {format}-Datei schreiben</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Wrote {file}</source>
      <translation>{file} geschrieben</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/build.py" />
      <source>{rules}, {retention}</source>
      <translation>{rules}, {retention}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>{title} preview</source>
      <translation>Vorschau: {title}</translation>
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
    <name>dpia screening</name>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>, under rules open to anyone</source>
      <translation>, über Regeln, die für alle offen sind</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>aged from {age}</source>
      <translation>ab {age} Jahren</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>automated decisions with legal or similarly significant effect</source>
      <translation>automatisierte Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>children</source>
      <translation>Kinder</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>criminal offence data</source>
      <translation>Daten über Straftaten</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>evaluation or scoring</source>
      <translation>Bewertung oder Scoring</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>innovative technology</source>
      <translation>innovative Technologie</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>large scale</source>
      <translation>umfangreiche Verarbeitung</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>matching or combining data sets</source>
      <translation>Abgleich oder Zusammenführung von Datensätzen</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>preventing people from exercising a right or using a service</source>
      <translation>Hinderung von Personen an der Ausübung eines Rechts oder der Nutzung eines Dienstes</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>sensitive</source>
      <translation>sensibel</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>sensitive or highly personal data</source>
      <translation>sensible oder höchstpersönliche Daten</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>special category</source>
      <translation>besondere Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>systematic monitoring</source>
      <translation>systematische Überwachung</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>the purpose is of the profiling kind</source>
      <translation>der Zweck ist von der Art Profiling</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>the purpose profiles people</source>
      <translation>der Zweck erstellt Profile von Personen</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>the purpose takes solely automated decisions</source>
      <translation>der Zweck trifft ausschließlich automatisierte Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>the purpose's screening says so</source>
      <translation>die Vorprüfung des Zwecks sagt es</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>transfers without an adequacy decision</source>
      <translation>Übermittlungen ohne Angemessenheitsbeschluss</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>vulnerable</source>
      <translation>schutzbedürftig</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>vulnerable people or children</source>
      <translation>schutzbedürftige Personen oder Kinder</translation>
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
    <name>editor</name>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>'UK' is not an ISO code: the United Kingdom is GB</source>
      <translation>'UK' ist kein ISO-Code: Das Vereinigte Königreich ist GB</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>'{code}' is not an ISO 3166 country or subdivision code or a known region group (e.g. DE, US-CA, eea)</source>
      <translation>'{code}' ist weder ein ISO-3166-Code eines Landes oder einer Untergliederung noch eine bekannte Regionsgruppe (z. B. DE, US-CA, eea)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>'{id}' is already in the list</source>
      <translation>'{id}' steht bereits in der Liste</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>'{id}' is already used by another security measure</source>
      <translation>'{id}' ist bereits für eine andere Sicherheitsmaßnahme vergeben</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>'{id}' is already used by another {kind}</source>
      <translation>'{id}' ist bereits vergeben ({kind})</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>'{id}' is no longer in the policy: it was deleted. Undo (Ctrl+Z) brings it back, or pick another item in the tree.</source>
      <translation>'{id}' ist nicht mehr in der Richtlinie: Es wurde gelöscht. Rückgängig (Strg+Z) stellt es wieder her, oder wählen Sie einen anderen Eintrag im Baum.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>'{id}' is not a valid id: use lowercase letters, digits, _ and dots (e.g. contact.email)</source>
      <translation>'{id}' ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern, _ und Punkte (z. B. contact.email)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>'{id}' is not a valid id: use lowercase letters, digits, _ and dots (e.g. northwind_outfitters)</source>
      <translation>'{id}' ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern, _ und Punkte (z. B. northwind_outfitters)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>'{id}' is not a valid id: use lowercase letters, digits, _ and dots, e.g. eu or us.ca</source>
      <translation>'{id}' ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern, _ und Punkte, z. B. eu oder us.ca</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>'{text}' is not a version: use three numbers, e.g. 1.0.0 or 2.3.1</source>
      <translation>'{text}' ist keine Version: Verwenden Sie drei Zahlen, z. B. 1.0.0 oder 2.3.1</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>'{text}' is not an age: use a whole number of years from 0 to {max}</source>
      <translation>'{text}' ist kein Alter: Verwenden Sie eine ganze Zahl von Jahren zwischen 0 und {max}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>'{value}' is not an internet domain: write it like ads.example.com</source>
      <translation>'{value}' ist keine Internetdomain: Schreiben Sie sie wie ads.example.com</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(any reason)</source>
      <translation>(beliebiger Grund)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(choose a category)</source>
      <translation>(Kategorie wählen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(choose a purpose)</source>
      <translation>(Zweck wählen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(no disclosure)</source>
      <translation>(keine Offenlegung)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>(none)</source>
      <translation>(keine)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(not checked)</source>
      <translation>(nicht geprüft)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(not given)</source>
      <translation>(nicht angegeben)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <location filename="../../app/ui/editors/retention_fields.py" />
      <source>(not set)</source>
      <translation>(nicht festgelegt)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>A Global Privacy Control signal opts the person out (opt-out purposes only)</source>
      <translation>Ein Global-Privacy-Control-Signal gilt als Widerspruch der Person (nur Opt-out-Zwecke)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_groups.py" />
      <source>Add a member, e.g. de, US-CA or eea…</source>
      <translation>Mitglied hinzufügen, z. B. de, US-CA oder eea…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>Add a region, e.g. de or eea…</source>
      <translation>Region hinzufügen, z. B. de oder eea…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Add a region, e.g. de, US-CA or eea…</source>
      <translation>Region hinzufügen, z. B. de, US-CA oder eea…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Add a row to {field}.</source>
      <translation>Eine Zeile zu {field} hinzufügen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <location filename="../../app/ui/editors/region_fields.py" />
      <location filename="../../app/ui/editors/store_fields.py" />
      <location filename="../../app/ui/editors/tables.py" />
      <source>Add to {field}</source>
      <translation>Zu {field} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/drops.py" />
      <source>Add {names} to {id}</source>
      <translation>{names} zu {id} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>Add…</source>
      <translation>Hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Afterwards</source>
      <translation>Danach</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>App store labels</source>
      <translation>App-Store-Angaben</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Ask this request in the decision tester to see why the policy answers as it does.</source>
      <translation>Diese Anfrage im Entscheidungstester stellen, um zu sehen, warum die Richtlinie so antwortet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Can bar a right, a service or a contract</source>
      <translation>Kann ein Recht, eine Leistung oder einen Vertrag ausschließen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>Choose {field}</source>
      <translation>{field} wählen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>Choose {noun}</source>
      <translation>{noun} wählen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>Choose…</source>
      <translation>Wählen…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Confirm %n proposed store label</source>
      <translation>
        <numerusform>%n vorgeschlagene Store-Angabe bestätigen</numerusform>
        <numerusform>%n vorgeschlagene Store-Angaben bestätigen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Confirm %n proposed store labels</source>
      <translation>
        <numerusform>%n vorgeschlagene Store-Angabe bestätigen</numerusform>
        <numerusform>%n vorgeschlagene Store-Angaben bestätigen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Confirm proposals for every item</source>
      <translation>Vorschläge für alle Einträge bestätigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Contract &amp;&amp; identifiers</source>
      <translation>Vertrag &amp;&amp; Kennungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Controller</source>
      <translation>Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>DPO</source>
      <translation>DSB</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Decisions with legal or similar effects, no human involved</source>
      <translation>Entscheidungen mit rechtlicher oder ähnlicher Wirkung, ohne menschliches Zutun</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Deletion is suspended (legal hold)</source>
      <translation>Löschung ist ausgesetzt (Aufbewahrungspflicht)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>Editor title</source>
      <translation>Titel des Editors</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Evaluates personal aspects of people</source>
      <translation>Bewertet persönliche Aspekte von Personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Expected answer</source>
      <translation>Erwartete Antwort</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Fails: {problems}</source>
      <translation>Nicht erfüllt: {problems}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>Find {noun} among the declared ones by name or id. {help}</source>
      <translation>{noun} unter den deklarierten nach Name oder ID suchen. {help}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Holds: {answer}</source>
      <translation>Erfüllt: {answer}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>Identifier (e.g. pd:EmailAddress, user.contact.email)</source>
      <translation>Kennung (z. B. pd:EmailAddress, user.contact.email)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Includes people below the age of digital consent</source>
      <translation>Umfasst Personen unter dem Alter der digitalen Einwilligungsfähigkeit</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Incomplete: choose a category and a purpose to ask the question.</source>
      <translation>Unvollständig: Wählen Sie eine Kategorie und einen Zweck, um die Frage zu stellen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>Indefinitely</source>
      <translation>Unbefristet</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Jurisdictions &amp;&amp; dates</source>
      <translation>Rechtsordnungen &amp;&amp; Daten</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>Keep the data with no end date (checks will flag it).</source>
      <translation>Die Daten ohne Enddatum aufbewahren (die Prüfungen melden das).</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Language (de, fr)</source>
      <translation>Sprache (de, fr)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>Leave {field} unset.</source>
      <translation>{field} nicht festlegen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Legal basis &amp;&amp; consent</source>
      <translation>Rechtsgrundlage &amp;&amp; Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Many people, much data, long or wide</source>
      <translation>Viele Personen, viele Daten, lange oder weiträumig</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Matches or combines data sets</source>
      <translation>Gleicht Datensätze ab oder kombiniert sie</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Needs extra protection (patients, people in care, children…)</source>
      <translation>Braucht besonderen Schutz (Patienten, Pflegebedürftige, Kinder…)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>New controller</source>
      <translation>Neuer Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>New joint controller</source>
      <translation>Neuer gemeinsam Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>New measure</source>
      <translation>Neue Maßnahme</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>No fixed period</source>
      <translation>Keine feste Frist</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>No minimum</source>
      <translation>Kein Minimum</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Nothing left to confirm</source>
      <translation>Nichts mehr zu bestätigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>Nothing selected.</source>
      <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Obligations</source>
      <translation>Pflichten</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Observes or monitors people systematically</source>
      <translation>Beobachtet oder überwacht Personen systematisch</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Only Policy &gt; Approve... sets the status to approved: it checks the policy and records who approved which content.</source>
      <translation>Nur Richtlinie &gt; Freigeben... setzt den Status auf freigegeben: Es prüft die Richtlinie und hält fest, wer welchen Inhalt freigegeben hat.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Open in &amp;decision tester</source>
      <translation>Im &amp;Entscheidungstester öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Period</source>
      <translation>Frist</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Personal information is sold</source>
      <translation>Personenbezogene Informationen werden verkauft</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Policy · {id}</source>
      <translation>Richtlinie · {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Reads:</source>
      <translation>Lautet:</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Record of processing (Art. 30)</source>
      <translation>Verarbeitungsverzeichnis (Art. 30)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Reference, e.g. LIA-2026-04 (legitimate interests only)</source>
      <translation>Referenz, z. B. LIA-2026-04 (nur bei berechtigten Interessen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Remove from {field}</source>
      <translation>Aus {field} entfernen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Remove the selected rows.</source>
      <translation>Die ausgewählten Zeilen entfernen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>Remove {value}</source>
      <translation>{value} entfernen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>Remove {value} from {field}</source>
      <translation>{value} aus {field} entfernen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>Rename {old} to {new}</source>
      <translation>{old} in {new} umbenennen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Representative</source>
      <translation>Vertreter</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Request</source>
      <translation>Anfrage</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Rights</source>
      <translation>Rechte</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Sale &amp;&amp; sharing (CPRA)</source>
      <translation>Verkauf &amp;&amp; Weitergabe (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>Scheme</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Scope</source>
      <translation>Geltungsbereich</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/host.py" />
      <source>Select an item in the navigator to edit it.</source>
      <translation>Wählen Sie einen Eintrag im Navigator aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <source>Set</source>
      <translation>Festgelegt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Shared for cross-context behavioural advertising</source>
      <translation>Weitergegeben für kontextübergreifende verhaltensbasierte Werbung</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Sources</source>
      <translation>Quellen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>The browser sends a Global Privacy Control signal</source>
      <translation>Der Browser sendet ein Global-Privacy-Control-Signal</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>The law or reason, e.g. HGB § 257 (10 years)</source>
      <translation>Gesetz oder Grund, z. B. HGB § 257 (10 Jahre)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>The period in words</source>
      <translation>Die Frist in Worten</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>The question in plain words, e.g. May we send the newsletter without consent?</source>
      <translation>Die Frage in einfachen Worten, z. B. Dürfen wir den Newsletter ohne Einwilligung versenden?</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>The stored form: P30D, P6M, P2Y, P1Y6M… or 'indefinite'. Type here for periods that mix units.</source>
      <translation>Die gespeicherte Form: P30D, P6M, P2Y, P1Y6M… oder 'indefinite'. Geben Sie hier Fristen mit gemischten Einheiten ein.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>This period mixes units: edit it in the ISO box.</source>
      <translation>Diese Frist mischt Einheiten: Bearbeiten Sie sie im ISO-Feld.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Tick to show the names and descriptions in other languages</source>
      <translation>Ankreuzen, um Namen und Beschreibungen in anderen Sprachen zu zeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Transfer</source>
      <translation>Übermittlung</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Translations</source>
      <translation>Übersetzungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <source>Untick to leave the {field} empty.</source>
      <translation>Haken entfernen, um {field} leer zu lassen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Uses new technology</source>
      <translation>Nutzt neue Technologie</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>What the rule allows or forbids, and why</source>
      <translation>Was die Regel erlaubt oder verbietet, und warum</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>What this data is, in plain words</source>
      <translation>Was diese Daten sind, in einfachen Worten</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Whether the expectation holds now</source>
      <translation>Ob die Erwartung derzeit erfüllt ist</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Why people's interests do not override the organisation's</source>
      <translation>Warum die Interessen der Personen die der Organisation nicht überwiegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Write what the store exports propose into every empty store label of the categories and purposes (one step, undone with Ctrl+Z); labels already chosen stay</source>
      <translation>Die Vorschläge der Store-Exporte in alle leeren Store-Angaben der Kategorien und Zwecke schreiben (ein Schritt, rückgängig mit Strg+Z); bereits gewählte Angaben bleiben</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>an id cannot be empty</source>
      <translation>eine ID darf nicht leer sein</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>any data subject</source>
      <translation>jede betroffene Person</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>any purpose</source>
      <translation>jeder Zweck</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>any recipient (or none)</source>
      <translation>jeder Empfänger (oder keiner)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>anywhere</source>
      <translation>überall</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>categories</source>
      <translation>Kategorien</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>controller</source>
      <translation>Verantwortlichen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>e.g. 13</source>
      <translation>z. B. 13</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>e.g. 17</source>
      <translation>z. B. 17</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. A low score means a lower credit limit</source>
      <translation>z. B. Ein niedriger Score bedeutet ein niedrigeres Kreditlimit</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. A score from payment history sets the limit</source>
      <translation>z. B. Ein Score aus dem Zahlungsverhalten legt das Limit fest</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. Customers</source>
      <translation>z. B. Kunden</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>e.g. DE</source>
      <translation>z. B. DE</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>e.g. DE or US-CA</source>
      <translation>z. B. DE oder US-CA</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>e.g. DE or eea</source>
      <translation>z. B. DE oder eea</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. DPA-2026-03 Hosting data processing agreement</source>
      <translation>z. B. AVV-2026-03 Auftragsverarbeitungsvertrag Hosting</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. DPIA-2026-01 Fraud screening</source>
      <translation>z. B. DSFA-2026-01 Betrugsprüfung</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. Email address</source>
      <translation>z. B. E-Mail-Adresse</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_groups.py" />
      <source>e.g. German-speaking countries</source>
      <translation>z. B. Deutschsprachige Länder</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. Order fulfilment</source>
      <translation>z. B. Auftragsabwicklung</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. Payment provider</source>
      <translation>z. B. Zahlungsdienstleister</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>e.g. ads.example.com</source>
      <translation>z. B. ads.example.com</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>e.g. asset disposed of</source>
      <translation>z. B. Anlage ausgesondert</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>e.g. for the life of the account</source>
      <translation>z. B. solange das Konto besteht</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>e.g. statutory duty, or the litigation it is held for</source>
      <translation>z. B. gesetzliche Pflicht oder das Verfahren, für das sie gilt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>each language once: {languages} is listed twice</source>
      <translation>jede Sprache nur einmal: {languages} ist doppelt aufgeführt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>each scheme once: {schemes} is listed twice</source>
      <translation>jedes Schema nur einmal: {schemes} steht doppelt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>everywhere</source>
      <translation>überall</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>months</source>
      <translation>Monate</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>no other country</source>
      <translation>kein weiteres Land</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>none (Art. 49 not relied on)</source>
      <translation>keine (Art. 49 nicht herangezogen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>none (no special-category data)</source>
      <translation>keine (keine besonderen Kategorien)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>none (no transfer outside the jurisdictions)</source>
      <translation>keine (keine Übermittlung außerhalb der Rechtsordnungen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>none yet: add the categories this period applies to</source>
      <translation>noch keine: Fügen Sie die Kategorien hinzu, für die diese Frist gilt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_groups.py" />
      <source>none yet: the group contains nowhere</source>
      <translation>noch keine: Die Gruppe umfasst keinen Ort</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>none yet: the rule covers no data until a category is added</source>
      <translation>noch keine: Die Regel erfasst keine Daten, bis eine Kategorie hinzugefügt ist</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>none yet: the rule covers no use until a purpose is added</source>
      <translation>noch keine: Die Regel erfasst keine Nutzung, bis ein Zweck hinzugefügt ist</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>not checked</source>
      <translation>nicht geprüft</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>not recorded</source>
      <translation>nicht erfasst</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>not set</source>
      <translation>nicht festgelegt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>not set (nothing fits: choose one)</source>
      <translation>nicht festgelegt (nichts passt: bitte wählen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>not set (proposed: {label})</source>
      <translation>nicht festgelegt (vorgeschlagen: {label})</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>not stated</source>
      <translation>nicht angegeben</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>purposes</source>
      <translation>Zwecke</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>recipients</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>rules</source>
      <translation>Regeln</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>subjects</source>
      <translation>betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>the organisation itself (as controller)</source>
      <translation>die Organisation selbst (als Verantwortlicher)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>unknown region {region}: use an ISO 3166 code (DE, US-CA) or a region group (eu, eea, or one the policy defines)</source>
      <translation>unbekannte Region {region}: Verwenden Sie einen ISO-3166-Code (DE, US-CA) oder eine Regionsgruppe (eu, eea oder eine in der Richtlinie definierte)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>weeks</source>
      <translation>Wochen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>where it processes the data</source>
      <translation>wo er die Daten verarbeitet</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>years</source>
      <translation>Jahre</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field} (ISO 8601)</source>
      <translation>{field} (ISO 8601)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <source>{field} is set</source>
      <translation>{field} ist festgelegt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field}: amount</source>
      <translation>{field}: Anzahl</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/retention_fields.py" />
      <source>{field}: day</source>
      <translation>{field}: Tag</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field}: indefinite</source>
      <translation>{field}: unbefristet</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/retention_fields.py" />
      <source>{field}: month</source>
      <translation>{field}: Monat</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/fields.py" />
      <source>{field}: problem</source>
      <translation>{field}: Problem</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field}: unit</source>
      <translation>{field}: Einheit</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field}: {choice}</source>
      <translation>{field}: {choice}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>{help}
Double-click or press F2 to edit a cell.</source>
      <translation>{help}
Doppelklicken oder F2 drücken, um eine Zelle zu bearbeiten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>{help}
Type a country, subdivision or group (any case, or its name) and press Enter.</source>
      <translation>{help}
Geben Sie ein Land, eine Untergliederung oder eine Gruppe ein (beliebige Schreibweise oder ihr Name) und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>{help}
Type a domain such as ads.example.com and press Enter.</source>
      <translation>{help}
Geben Sie eine Domain wie ads.example.com ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>{help}
Type an id (lowercase letters, digits, _ and dots) and press Enter.</source>
      <translation>{help}
Geben Sie eine ID ein (Kleinbuchstaben, Ziffern, _ und Punkte) und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>{help} Changing it renames the item everywhere it is used; sub-items move along.</source>
      <translation>{help} Eine Änderung benennt den Eintrag überall um, wo er verwendet wird; Unterpunkte ziehen mit.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>{id} (not declared)</source>
      <translation>{id} (nicht deklariert)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/host.py" />
      <source>{kind} form</source>
      <translation>Formular {kind}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>{label}:</source>
      <translation>{label}:</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/host.py" />
      <source>{section}: select an item, or add one with Edit &gt; Add item (Ctrl+Shift+N).</source>
      <translation>{section}: Wählen Sie einen Eintrag aus oder fügen Sie mit Bearbeiten &gt; Eintrag hinzufügen (Strg+Umschalt+N) einen hinzu.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>{who} {field}</source>
      <translation>{who}: {field}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>{who}: {help}</source>
      <translation>{who}: {help}</translation>
    </message>
  </context>
  <context>
    <name>edits</name>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>'{field}' cannot be set</source>
      <translation>'{field}' kann nicht gesetzt werden</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <location filename="../../app/domain/edits.py" />
      <source>'{id}' already exists in {section}</source>
      <translation>'{id}' existiert bereits in {section}</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>'{id}' is not a valid id (lowercase letters, digits, _ and dots)</source>
      <translation>'{id}' ist keine gültige ID (Kleinbuchstaben, Ziffern, _ und Punkte)</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>'{id}' reads as the ISO code {code}: a region group needs a longer id</source>
      <translation>'{id}' liest sich als ISO-Code {code}: eine Regionsgruppe braucht eine längere ID</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>'{new}' cannot be placed under '{old}' itself</source>
      <translation>'{new}' kann nicht unter '{old}' selbst eingeordnet werden</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Add items</source>
      <translation>Elemente hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Add {id}</source>
      <translation>{id} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Change {field}</source>
      <translation>{field} ändern</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Change {field} of {id}</source>
      <translation>{field} von {id} ändern</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Delete {id}</source>
      <translation>{id} löschen</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>Delete {id} and its uses</source>
      <translation>{id} und seine Verwendungen löschen</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Edit</source>
      <translation>Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Move {id}</source>
      <translation>{id} verschieben</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Remove items</source>
      <translation>Elemente entfernen</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>Rename {old} to {new}</source>
      <translation>{old} in {new} umbenennen</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>a reload cannot be undone item by item; reload again instead</source>
      <translation>ein Neuladen kann nicht Element für Element rückgängig gemacht werden; laden Sie stattdessen erneut</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>an item id is needed to edit a section item</source>
      <translation>zum Bearbeiten eines Abschnittselements wird eine Element-ID benötigt</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>no field given</source>
      <translation>kein Feld angegeben</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>the new id is the same as the old one</source>
      <translation>die neue ID ist dieselbe wie die alte</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <location filename="../../app/domain/edits.py" />
      <source>there is no '{id}' in {section}</source>
      <translation>in {section} gibt es kein '{id}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>there is no field '{field}'</source>
      <translation>es gibt kein Feld '{field}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>there is no section called '{section}'</source>
      <translation>es gibt keinen Abschnitt namens '{section}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>{section} holds {model} items</source>
      <translation>{section} enthält {model}-Elemente</translation>
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
      <source>expected a language code: two or three lowercase letters, optionally a region, such as de, fr or de-CH</source>
      <translation>erwartet wird ein Sprachcode: zwei oder drei Kleinbuchstaben, optional mit Region, z. B. de, fr oder de-CH</translation>
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
      <location filename="../../app/ui/export/dialog.py" />
      <source>&amp;Browse...</source>
      <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>&amp;Export</source>
      <translation>&amp;Exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>&amp;Export...</source>
      <translation>&amp;Exportieren...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>&amp;Format:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>&amp;Target:</source>
      <translation>&amp;Ziel:</translation>
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
      <location filename="../../app/ui/export/controller.py" />
      <source>Digest: {digest}</source>
      <translation>Prüfsumme: {digest}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export &amp;anyway: the policy has %n error finding</source>
      <translation>
        <numerusform>&amp;Trotzdem exportieren: Die Richtlinie hat %n Fehlerbefund</numerusform>
        <numerusform>&amp;Trotzdem exportieren: Die Richtlinie hat %n Fehlerbefunde</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export &amp;anyway: the policy has %n error findings</source>
      <translation>
        <numerusform>&amp;Trotzdem exportieren: Die Richtlinie hat %n Fehlerbefund</numerusform>
        <numerusform>&amp;Trotzdem exportieren: Die Richtlinie hat %n Fehlerbefunde</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Export finished</source>
      <translation>Export abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export formats</source>
      <translation>Exportformate</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export policy</source>
      <translation>Richtlinie exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export target</source>
      <translation>Exportziel</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Export the policy for other systems</source>
      <translation>Die Richtlinie für andere Systeme exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export {title}</source>
      <translation>{title} exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export {title} to</source>
      <translation>{title} exportieren nach</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/controller.py" />
      <source>Exported although the policy has %n error findings.</source>
      <translation>
        <numerusform>Exportiert, obwohl die Richtlinie %n Fehlerbefund hat.</numerusform>
        <numerusform>Exportiert, obwohl die Richtlinie %n Fehlerbefunde hat.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Exported {name}</source>
      <translation>{name} exportiert</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Exporting {title}...</source>
      <translation>{title} wird exportiert...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Not expressed by this format:</source>
      <translation>Von diesem Format nicht ausgedrückt:</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>The file (or folder) the export is written to</source>
      <translation>Die Datei (oder der Ordner), in die exportiert wird</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>The formats, grouped by who reads them; the selected format's description follows the list</source>
      <translation>Die Formate, nach Leserschaft gruppiert; die Beschreibung des gewählten Formats folgt auf die Liste</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>Validate FILE, then write it in FORMAT to OUT (a folder for formats made of several files). A policy with error findings is refused unless --force. Exit status: 0 written, 1 refused for error findings, 2 unreadable input or wrong usage.</source>
      <translation>Prüft FILE und schreibt es dann im Format FORMAT nach OUT (ein Ordner bei Formaten aus mehreren Dateien). Eine Richtlinie mit Fehlerbefunden wird abgelehnt, außer mit --force. Exit-Status: 0 geschrieben, 1 wegen Fehlerbefunden abgelehnt, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Wrote {target} ({title}).</source>
      <translation>{target} geschrieben ({title}).</translation>
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
      <location filename="../../app/ui/export/controller.py" />
      <source>this is the policy's own file; choose another target</source>
      <translation>das ist die Datei der Richtlinie selbst; wählen Sie ein anderes Ziel</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>wrote {file} ({format})</source>
      <translation>{file} geschrieben ({format})</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>{description}
(command line: --format {name})</source>
      <translation>{description}
(Befehlszeile: --format {name})</translation>
    </message>
  </context>
  <context>
    <name>exporters</name>
    <message>
      <location filename="../../app/exporters/klaro.py" />
      <source>A Klaro consent-manager configuration: one purpose per purpose the policy allows, one service per recipient, opt-in, opt-out and required as decide judges them.</source>
      <translation>Eine Klaro-Konfiguration für die Einwilligungsverwaltung: ein Zweck je von der Richtlinie erlaubtem Zweck, ein Dienst je Empfänger, Opt-in, Opt-out und erforderlich, wie decide es beurteilt.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/apple_privacy.py" />
      <source>Apple privacy manifest (PrivacyInfo.xcprivacy)</source>
      <translation>Apple-Datenschutzmanifest (PrivacyInfo.xcprivacy)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Art. 30 record of processing, controller (CSV, comma)</source>
      <translation>Verzeichnis nach Art. 30, Verantwortlicher (CSV, Komma)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Art. 30 record of processing, controller (CSV, semicolon)</source>
      <translation>Verzeichnis nach Art. 30, Verantwortlicher (CSV, Semikolon)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_html.py" />
      <source>Art. 30 record of processing, controller (HTML)</source>
      <translation>Verzeichnis nach Art. 30, Verantwortlicher (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>Art. 30 record of processing, controller (PDF)</source>
      <translation>Verzeichnis nach Art. 30, Verantwortlicher (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Art. 30 record of processing, processor (CSV, comma)</source>
      <translation>Verzeichnis nach Art. 30, Auftragsverarbeiter (CSV, Komma)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Art. 30 record of processing, processor (CSV, semicolon)</source>
      <translation>Verzeichnis nach Art. 30, Auftragsverarbeiter (CSV, Semikolon)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_html.py" />
      <source>Art. 30 record of processing, processor (HTML)</source>
      <translation>Verzeichnis nach Art. 30, Auftragsverarbeiter (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>Art. 30 record of processing, processor (PDF)</source>
      <translation>Verzeichnis nach Art. 30, Auftragsverarbeiter (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/canonical_json.py" />
      <source>Canonical JSON</source>
      <translation>Kanonisches JSON</translation>
    </message>
    <message>
      <location filename="../../app/exporters/cedar.py" />
      <source>Cedar policies and schema</source>
      <translation>Cedar-Richtlinien und -Schema</translation>
    </message>
    <message>
      <location filename="../../app/exporters/cedar.py" />
      <source>Cedar policy set, JSON schema and entities (allow/deny only; see entities_for_request for what to send with each request).</source>
      <translation>Cedar-Richtliniensatz, JSON-Schema und Entitäten (nur allow/deny; was mit jeder Anfrage zu senden ist, steht bei entities_for_request).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>Consent and Global Privacy Control table (CSV)</source>
      <translation>Tabelle zu Einwilligung und Global Privacy Control (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>Consent and Global Privacy Control table (HTML)</source>
      <translation>Tabelle zu Einwilligung und Global Privacy Control (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/klaro.py" />
      <source>Consent banner for Klaro (JSON)</source>
      <translation>Einwilligungsbanner für Klaro (JSON)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/klaro.py" />
      <source>Consent banner for Klaro (script)</source>
      <translation>Einwilligungsbanner für Klaro (Skript)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia_pia.py" />
      <source>DPIA draft for the CNIL PIA tool (JSON)</source>
      <translation>DSFA-Entwurf für das PIA-Werkzeug der CNIL (JSON)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia_html.py" />
      <source>Data protection impact assessment draft (HTML)</source>
      <translation>Entwurf einer Datenschutz-Folgenabschätzung (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/dpia.py" />
      <source>Data protection impact assessment draft (PDF)</source>
      <translation>Entwurf einer Datenschutz-Folgenabschätzung (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/registry.py" />
      <source>Engineering files</source>
      <translation>Technische Dateien</translation>
    </message>
    <message>
      <location filename="../../app/exporters/rule_annex.py" />
      <source>Every use rule and retention rule in words, with the content digest: the annex a large policy's document refers to.</source>
      <translation>Jede Nutzungs- und Aufbewahrungsregel in Worten, mit der Inhaltsprüfsumme: der Anhang, auf den das Dokument einer großen Richtlinie verweist.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/fides.py" />
      <source>Fides manifests</source>
      <translation>Fides-Manifeste</translation>
    </message>
    <message>
      <location filename="../../app/exporters/fides.py" />
      <source>Fides taxonomy (data categories, uses, subjects) and a Fides policy whose rules are the deny rules; see the summary for what Fides cannot express.</source>
      <translation>Fides-Taxonomie (Datenkategorien, Verwendungen, betroffene Personen) und eine Fides-Richtlinie aus den Verbotsregeln; was Fides nicht ausdrücken kann, steht in der Zusammenfassung.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>For each purpose, what the decision engine answers when consent is granted, refused or not asked, with and without a Global Privacy Control signal.</source>
      <translation>Für jeden Zweck, was die Entscheidungslogik antwortet, wenn die Einwilligung erteilt, verweigert oder nicht erfragt ist, mit und ohne Global-Privacy-Control-Signal.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>GDPR Art. 30(1) record for spreadsheets, one row per processing activity; UTF-8 with a byte order mark, comma, for English locales.</source>
      <translation>Verzeichnis nach Art. 30 Abs. 1 DSGVO für Tabellenkalkulationen, eine Zeile je Verarbeitungstätigkeit; UTF-8 mit Byte-Order-Mark, Komma, für englische Gebietsschemata.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>GDPR Art. 30(1) record for spreadsheets, one row per processing activity; UTF-8 with a byte order mark, semicolon, for German and other decimal-comma locales.</source>
      <translation>Verzeichnis nach Art. 30 Abs. 1 DSGVO für Tabellenkalkulationen, eine Zeile je Verarbeitungstätigkeit; UTF-8 mit Byte-Order-Mark, Semikolon, für deutsche und andere Gebietsschemata mit Dezimalkomma.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>GDPR Art. 30(1) record of processing activities (controller's record) as an A4 PDF with the content digest and page numbers on every page.</source>
      <translation>Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 Abs. 1 DSGVO (des Verantwortlichen) als A4-PDF mit Inhaltsprüfsumme und Seitenzahlen auf jeder Seite.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_html.py" />
      <source>GDPR Art. 30(1) record of processing activities as a printable, self-contained HTML document carrying the content digest.</source>
      <translation>Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 Abs. 1 DSGVO als druckbares, eigenständiges HTML-Dokument mit der Inhaltsprüfsumme.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>GDPR Art. 30(2) record for spreadsheets, one row per processing activity; UTF-8 with a byte order mark, comma, for English locales.</source>
      <translation>Verzeichnis nach Art. 30 Abs. 2 DSGVO für Tabellenkalkulationen, eine Zeile je Verarbeitungstätigkeit; UTF-8 mit Byte-Order-Mark, Komma, für englische Gebietsschemata.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>GDPR Art. 30(2) record for spreadsheets, one row per processing activity; UTF-8 with a byte order mark, semicolon, for German and other decimal-comma locales.</source>
      <translation>Verzeichnis nach Art. 30 Abs. 2 DSGVO für Tabellenkalkulationen, eine Zeile je Verarbeitungstätigkeit; UTF-8 mit Byte-Order-Mark, Semikolon, für deutsche und andere Gebietsschemata mit Dezimalkomma.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>GDPR Art. 30(2) record of processing activities (processor's record) as an A4 PDF with the content digest and page numbers on every page.</source>
      <translation>Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 Abs. 2 DSGVO (des Auftragsverarbeiters) als A4-PDF mit Inhaltsprüfsumme und Seitenzahlen auf jeder Seite.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_html.py" />
      <source>GDPR Art. 30(2) record of the processing done on behalf of other controllers, as a printable, self-contained HTML document.</source>
      <translation>Verzeichnis nach Art. 30 Abs. 2 DSGVO über die im Auftrag anderer Verantwortlicher durchgeführte Verarbeitung, als druckbares, eigenständiges HTML-Dokument.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/dpia.py" />
      <source>GDPR Art. 35 DPIA draft as an A4 PDF: screening, context and principles pre-filled, risks to assess, the content digest and page numbers on every page.</source>
      <translation>DSFA-Entwurf nach Art. 35 DSGVO als A4-PDF: Vorprüfung, Kontext und Grundsätze vorausgefüllt, zu bewertende Risiken, Inhaltsprüfsumme und Seitenzahlen auf jeder Seite.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia_html.py" />
      <source>GDPR Art. 35 DPIA draft: each purpose screened against the EDPB criteria, the context and principles pre-filled, the risks left to assess; printable, self-contained HTML carrying the content digest.</source>
      <translation>DSFA-Entwurf nach Art. 35 DSGVO: jeder Zweck anhand der EDSA-Kriterien vorgeprüft, Kontext und Grundsätze vorausgefüllt, die Risiken noch zu bewerten; druckbares, eigenständiges HTML mit der Inhaltsprüfsumme.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/play_data_safety.py" />
      <source>Google Play Data safety form (CSV)</source>
      <translation>Google-Play-Formular zur Datensicherheit (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/registry.py" />
      <source>Legal documents</source>
      <translation>Rechtliche Dokumente</translation>
    </message>
    <message>
      <location filename="../../app/exporters/odrl.py" />
      <source>ODRL 2.2 (JSON-LD, DPV)</source>
      <translation>ODRL 2.2 (JSON-LD, DPV)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/odrl.py" />
      <source>ODRL 2.2 policy in JSON-LD with W3C DPV purposes, data and legal bases.</source>
      <translation>ODRL-2.2-Richtlinie in JSON-LD mit Zwecken, Daten und Rechtsgrundlagen nach W3C DPV.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/opa.py" />
      <source>OPA bundle</source>
      <translation>OPA-Bundle</translation>
    </message>
    <message>
      <location filename="../../app/exporters/retention_csv.py" />
      <source>One row per retention rule (categories, purposes, period, trigger, disposition, citation, legal hold) for spreadsheets; edit it and import it back with File &gt; Import retention schedule.</source>
      <translation>Eine Zeile je Aufbewahrungsregel (Kategorien, Zwecke, Speicherdauer, Auslöser, Verbleib, Fundstelle, Aufbewahrungspflicht) für Tabellenkalkulationen; bearbeiten und mit Datei &gt; Aufbewahrungsplan importieren wieder einlesen.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Policy document (HTML)</source>
      <translation>Richtliniendokument (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/document.py" />
      <source>Policy document (PDF)</source>
      <translation>Richtliniendokument (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_html.py" />
      <source>Privacy notice (HTML)</source>
      <translation>Datenschutzhinweis (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <source>Privacy notice (Markdown)</source>
      <translation>Datenschutzhinweis (Markdown)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/retention_csv.py" />
      <source>Retention schedule (CSV)</source>
      <translation>Aufbewahrungsplan (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/rule_annex.py" />
      <source>Rule annex (HTML)</source>
      <translation>Regelanhang (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia_pia.py" />
      <source>The DPIA draft as an assessment the CNIL's open-source PIA tool imports: context and fundamental principles pre-filled, measures listed, risks left to assess.</source>
      <translation>Der DSFA-Entwurf als Bewertung, die das quelloffene PIA-Werkzeug der CNIL importiert: Kontext und Grundprinzipien vorausgefüllt, Maßnahmen aufgeführt, Risiken noch zu bewerten.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/klaro.py" />
      <source>The Klaro configuration as the klaroConfig script Klaro reads by default, switching GPC-honouring opt-outs to opt-in when the browser sends the signal.</source>
      <translation>Die Klaro-Konfiguration als klaroConfig-Skript, das Klaro standardmäßig liest; Opt-outs, die GPC beachten, werden zu Opt-in, wenn der Browser das Signal sendet.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/canonical_json.py" />
      <source>The canonical machine form: deterministic bytes, format version and content digest, valid against the published JSON Schema.</source>
      <translation>Die kanonische Maschinenform: deterministische Bytes, Formatversion und Inhaltsprüfsumme, gültig nach dem veröffentlichten JSON-Schema.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>The consent and GPC table for spreadsheets, with an example request per purpose so each cell can be checked with policy-studio decide.</source>
      <translation>Die Einwilligungs- und GPC-Tabelle für Tabellenkalkulationen, mit einer Beispielanfrage je Zweck, damit jede Zelle mit policy-studio decide geprüft werden kann.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/play_data_safety.py" />
      <source>The data types the policy allows using, collected or shared, optional or required, with Google's purposes, as the CSV that Play Console's Data safety form imports.</source>
      <translation>Die Datentypen, deren Nutzung die Richtlinie erlaubt, erhoben oder weitergegeben, optional oder erforderlich, mit den Zwecken von Google, als CSV, die das Datensicherheitsformular der Play Console importiert.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/apple_privacy.py" />
      <source>The data types the policy allows using, with Apple's purposes, linked and tracking flags, as the property list an iOS app ships as PrivacyInfo.xcprivacy (save it under that name in the app target).</source>
      <translation>Die Datentypen, deren Nutzung die Richtlinie erlaubt, mit den Zwecken von Apple sowie den Angaben zu Verknüpfung und Tracking, als Property List, die eine iOS-App als PrivacyInfo.xcprivacy mitliefert (unter diesem Namen im App-Target speichern).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <source>The layered privacy notice as Markdown, for a website or a wiki: the first layer and the full notice, with the content digest.</source>
      <translation>Der mehrstufige Datenschutzhinweis als Markdown, für eine Website oder ein Wiki: die erste Ebene und der vollständige Hinweis, mit der Inhaltsprüfsumme.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_html.py" />
      <source>The layered privacy notice for the people whose data is used: a short first layer and the full notice (GDPR Art. 13/14, CPRA notice at collection).</source>
      <translation>Der mehrstufige Datenschutzhinweis für die betroffenen Personen: eine kurze erste Ebene und der vollständige Hinweis (Art. 13/14 DSGVO, CPRA-Hinweis bei der Erhebung).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/document.py" />
      <source>The printable policy for legal review (A4): the HTML document's content with the title, version, content digest and page number on every page.</source>
      <translation>Die druckbare Richtlinie zur rechtlichen Prüfung (A4): der Inhalt des HTML-Dokuments mit Titel, Version, Inhaltsprüfsumme und Seitenzahl auf jeder Seite.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>The readable policy for legal review: every purpose, category, recipient, use rule and retention period in plain words, with the content digest.</source>
      <translation>Die lesbare Richtlinie zur rechtlichen Prüfung: jeder Zweck, jede Kategorie, jeder Empfänger, jede Nutzungsregel und Speicherdauer in klaren Worten, mit der Inhaltsprüfsumme.</translation>
    </message>
  </context>
  <context>
    <name>fides import</name>
    <message>
      <location filename="../../app/importers/fides.py" />
      <source>! collision: {text}</source>
      <translation>! Kollision: {text}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n already present</source>
      <translation>
        <numerusform>%n bereits vorhanden</numerusform>
        <numerusform>%n bereits vorhanden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n collision</source>
      <translation>
        <numerusform>%n Kollision</numerusform>
        <numerusform>%n Kollisionen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n collisions</source>
      <translation>
        <numerusform>%n Kollision</numerusform>
        <numerusform>%n Kollisionen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n note</source>
      <translation>
        <numerusform>%n Hinweis</numerusform>
        <numerusform>%n Hinweise</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n notes</source>
      <translation>
        <numerusform>%n Hinweis</numerusform>
        <numerusform>%n Hinweise</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n policy fields to set</source>
      <translation>
        <numerusform>%n Richtlinienfeld zu setzen</numerusform>
        <numerusform>%n Richtlinienfelder zu setzen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n to add</source>
      <translation>
        <numerusform>%n hinzuzufügen</numerusform>
        <numerusform>%n hinzuzufügen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be a list</source>
      <translation>'{name}' muss eine Liste sein</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be a list of Fides keys</source>
      <translation>'{name}' muss eine Liste von Fides-Schlüsseln sein</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be a mapping</source>
      <translation>'{name}' muss eine Zuordnung (Mapping) sein</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be text</source>
      <translation>'{name}' muss Text sein</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be true or false</source>
      <translation>'{name}' muss true oder false sein</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides.py" />
      <source>= {kind} {id} exists, skipped</source>
      <translation>= {kind} {id} existiert, übersprungen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>Import %n items from Fides</source>
      <translation>
        <numerusform>%n Element aus Fides importieren</numerusform>
        <numerusform>%n Elemente aus Fides importieren</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>a Fides manifest must be a mapping of resource types ({types})</source>
      <translation>ein Fides-Manifest muss eine Zuordnung von Ressourcentypen sein ({types})</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>each entry needs a text 'fides_key'</source>
      <translation>jeder Eintrag braucht einen 'fides_key' als Text</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>each entry of '{name}' must be a mapping</source>
      <translation>jeder Eintrag von '{name}' muss eine Zuordnung (Mapping) sein</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>no Fides resources: a manifest lists {types}</source>
      <translation>keine Fides-Ressourcen: ein Manifest listet {types}</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>retention rule</source>
      <translation>Aufbewahrungsregel</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>subject</source>
      <translation>betroffene Person</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>the folder holds no .yml or .yaml files</source>
      <translation>der Ordner enthält keine .yml- oder .yaml-Dateien</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>the folder holds too many files</source>
      <translation>der Ordner enthält zu viele Dateien</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>the folder holds {count} manifest files; the limit is {limit}</source>
      <translation>der Ordner enthält {count} Manifestdateien; die Grenze ist {limit}</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides.py" />
      <source>the policy is format 1, where a rule without recipients allows disclosure to any recipient; migrate it (policy-studio migrate) so imported internal uses stay internal</source>
      <translation>die Richtlinie hat Format 1, in dem eine Regel ohne Empfänger die Offenlegung an jeden Empfänger erlaubt; migrieren Sie sie (policy-studio migrate), damit importierte interne Verwendungen intern bleiben</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>{at}: Fides key '{key}' is not imported: {reason}</source>
      <translation>{at}: Fides-Schlüssel '{key}' wird nicht importiert: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides.py" />
      <source>{at}: resource type '{type}' is not imported (this import reads {types})</source>
      <translation>{at}: Ressourcentyp '{type}' wird nicht importiert (dieser Import liest {types})</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>{at}: the Fides key '{key}' gives no usable id; not imported</source>
      <translation>{at}: der Fides-Schlüssel '{key}' ergibt keine verwendbare ID; nicht importiert</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>{kind} {id}: Fides keys '{first}' and '{second}' both become this id ({at}); the imported '{first}' is kept, '{second}' is not imported and what names it now names '{first}'</source>
      <translation>{kind} {id}: die Fides-Schlüssel '{first}' und '{second}' ergeben beide diese ID ({at}); das importierte '{first}' wird behalten, '{second}' wird nicht importiert, und was es nennt, nennt jetzt '{first}'</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>{kind} {id}: Fides keys '{first}' and '{second}' both become this id ({at}); the policy's '{first}' is kept, '{second}' is not imported and what names it now names '{first}'</source>
      <translation>{kind} {id}: die Fides-Schlüssel '{first}' und '{second}' ergeben beide diese ID ({at}); '{first}' der Richtlinie wird behalten, '{second}' wird nicht importiert, und was es nennt, nennt jetzt '{first}'</translation>
    </message>
  </context>
  <context>
    <name>field</name>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>A Global Privacy Control signal counts as an opt-out of this purpose (format 2).</source>
      <translation>Ein Global-Privacy-Control-Signal gilt als Widerspruch gegen diesen Zweck (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>A short name people read.</source>
      <translation>Ein kurzer, lesbarer Name.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Address</source>
      <translation>Anschrift</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Allow or deny.</source>
      <translation>Erlauben oder verbieten.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Allow the uses the rule covers, or deny them (deny always wins).</source>
      <translation>Die von der Regel erfassten Nutzungen erlauben oder verbieten (ein Verbot hat immer Vorrang).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Any remark recorded with the decision.</source>
      <translation>Eine mit der Entscheidung festgehaltene Anmerkung.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Anything a reader should know about this basis.</source>
      <translation>Was Leser über diese Rechtsgrundlage wissen sollten.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Apple data type</source>
      <translation>Apple-Datentyp</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Apple purpose</source>
      <translation>Apple-Zweck</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Approvals</source>
      <translation>Freigaben</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Approved or rejected.</source>
      <translation>Freigegeben oder abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Art. 9 condition</source>
      <translation>Bedingung nach Art. 9</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Automated decision-making and profiling (GDPR Art. 22), when the purpose involves them (format 2).</source>
      <translation>Automatisierte Entscheidungen und Profiling (Art. 22 DSGVO), sofern der Zweck sie umfasst (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Automated decisions</source>
      <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Balancing test</source>
      <translation>Interessenabwägung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Basis</source>
      <translation>Grundlage</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>CCPA category</source>
      <translation>CCPA-Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Categories</source>
      <translation>Kategorien</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Children</source>
      <translation>Kinder</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Citation</source>
      <translation>Fundstelle</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Consequences</source>
      <translation>Folgen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Content digest of the policy that was approved.</source>
      <translation>Inhaltsprüfsumme der freigegebenen Richtlinie.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Controller</source>
      <translation>Verantwortlicher</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Counted from</source>
      <translation>Gerechnet ab</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Countries</source>
      <translation>Länder</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Criteria</source>
      <translation>Kriterien</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Custom event</source>
      <translation>Eigenes Ereignis</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>DPIA screening</source>
      <translation>DSFA-Vorprüfung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Data categories</source>
      <translation>Datenkategorien</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Data protection officer</source>
      <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Data sets from different operations or controllers are matched or combined in ways people would not expect.</source>
      <translation>Datensätze aus verschiedenen Verarbeitungen oder von verschiedenen Verantwortlichen werden auf für die Personen unerwartete Weise abgeglichen oder kombiniert.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Data subjects</source>
      <translation>Betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Decisions are taken without human involvement and have legal or similarly significant effects on people (GDPR Art. 22(1)).</source>
      <translation>Entscheidungen werden ohne menschliches Zutun getroffen und entfalten rechtliche oder ähnlich erhebliche Wirkung für die Personen (Art. 22 Abs. 1 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Digest</source>
      <translation>Digest</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Effect</source>
      <translation>Wirkung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Effective date</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Email address.</source>
      <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Empty means any subject.</source>
      <translation>Leer bedeutet: jede betroffene Person.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Empty means the rule applies whatever the purpose.</source>
      <translation>Leer bedeutet: Die Regel gilt für jeden Zweck.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Established in</source>
      <translation>Niedergelassen in</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Every country (or subdivision) where the recipient processes the data, besides Country (format 2).</source>
      <translation>Jedes Land (oder jede Untergliederung), in dem der Empfänger die Daten neben dem Land verarbeitet (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expectations</source>
      <translation>Erwartungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expected decision</source>
      <translation>Erwartete Entscheidung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expected reason</source>
      <translation>Erwarteter Grund</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expected retention</source>
      <translation>Erwartete Aufbewahrung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expected rules</source>
      <translation>Erwartete Regeln</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>External identifiers</source>
      <translation>Externe Kennungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Financial year starts</source>
      <translation>Geschäftsjahresbeginn</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Format version</source>
      <translation>Formatversion</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Further legal bases, each relied on everywhere or only in the regions it lists (consent in the EEA, with legitimate interests as the Legal basis elsewhere); format 2.</source>
      <translation>Weitere Rechtsgrundlagen, jeweils überall oder nur in den aufgeführten Regionen herangezogen (Einwilligung im EWR, berechtigte Interessen als Rechtsgrundlage andernorts); Format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Given by the person, observed, inferred, received from a third party or taken from a public source.</source>
      <translation>Von der Person angegeben, beobachtet, abgeleitet, von Dritten erhalten oder aus öffentlicher Quelle.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Global Privacy Control</source>
      <translation>Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Google Play data type</source>
      <translation>Google-Play-Datentyp</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Google Play purpose</source>
      <translation>Google-Play-Zweck</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Groups of countries and subdivisions the policy names itself (format 2).</source>
      <translation>Gruppen von Ländern und Untergliederungen, die die Richtlinie selbst benennt (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Honours Global Privacy Control</source>
      <translation>Beachtet Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How consent is collected: opt-in needs a yes, opt-out applies unless the person said no.</source>
      <translation>Wie die Einwilligung eingeholt wird: Opt-in braucht ein Ja, Opt-out gilt, solange die Person nicht widersprochen hat.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How long the data is kept and what happens after.</source>
      <translation>Wie lange die Daten aufbewahrt werden und was danach geschieht.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How long the data is kept at most, from the trigger event: an ISO 8601 duration (e.g. P30D, P6M, P2Y) or 'indefinite'; format 2 may leave it out when Criteria say how long.</source>
      <translation>Wie lange die Daten höchstens aufbewahrt werden, ab dem auslösenden Ereignis: eine ISO-8601-Dauer (z. B. P30D, P6M, P2Y) oder 'indefinite'; in Format 2 kann sie fehlen, wenn die Kriterien die Dauer angeben.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How long the data must be kept at least (a statutory minimum), from the same start (format 2).</source>
      <translation>Wie lange die Daten mindestens aufbewahrt werden müssen (gesetzliche Mindestfrist), ab demselben Beginn (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How long, when it is not a fixed period: e.g. 'for the life of the account' (format 2).</source>
      <translation>Wie lange, wenn es keine feste Frist ist: z. B. 'solange das Konto besteht' (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How sensitive the data is; special category is GDPR Art. 9 data, criminal is Art. 10 data.</source>
      <translation>Wie sensibel die Daten sind; besondere Kategorien sind Daten nach Art. 9 DSGVO, strafrechtliche Daten solche nach Art. 10.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>ISO 3166-1 alpha-2 country where the recipient processes the data.</source>
      <translation>Land (ISO 3166-1 Alpha-2), in dem der Empfänger die Daten verarbeitet.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>ISO country (or subdivision) where the controller is established; transfers are judged from there.</source>
      <translation>ISO-Land (oder Untergliederung), in dem der Verantwortliche niedergelassen ist; Übermittlungen werden von dort aus beurteilt.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Impact assessment</source>
      <translation>Datenschutz-Folgenabschätzung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Innovative technology</source>
      <translation>Innovative Technologie</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Internet domains the app connects to when it shares data with this recipient for tracking (Apple's NSPrivacyTrackingDomains), format 2.</source>
      <translation>Internetdomains, mit denen sich die App verbindet, wenn sie Daten zum Tracking an diesen Empfänger weitergibt (Apples NSPrivacyTrackingDomains), Format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Joint controllers</source>
      <translation>Gemeinsam Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Jurisdictions</source>
      <translation>Rechtsräume</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Kept at least</source>
      <translation>Mindestens aufbewahrt</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Kept for</source>
      <translation>Aufbewahrt für</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Large scale</source>
      <translation>Umfangreich</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legal bases</source>
      <translation>Rechtsgrundlagen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legal basis</source>
      <translation>Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legal hold</source>
      <translation>Legal Hold</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legal hold reason</source>
      <translation>Grund des Legal Hold</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legitimate interests assessment</source>
      <translation>Prüfung der berechtigten Interessen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Logic</source>
      <translation>Logik</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Lowercase dotted identifier of the policy.</source>
      <translation>Kennung der Richtlinie in Kleinbuchstaben, mit Punkten gegliedert.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Lowercase dotted identifier, unique within its section; dots express hierarchy.</source>
      <translation>Kennung in Kleinbuchstaben, eindeutig im Abschnitt; Punkte drücken die Hierarchie aus.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Many people, much data, a long time or a wide area (GDPR Art. 35(3)(b), Recital 91).</source>
      <translation>Viele Personen, viele Daten, lange Dauer oder großes Gebiet (Art. 35 Abs. 3 lit. b DSGVO, Erwägungsgrund 91).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Matching or combining data sets</source>
      <translation>Abgleich oder Zusammenführung von Datensätzen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Month and day the financial year starts, e.g. 04-01 (format 2).</source>
      <translation>Monat und Tag, an dem das Geschäftsjahr beginnt, z. B. 04-01 (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Name of the person or office.</source>
      <translation>Name der Person oder Stelle.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>New technological or organisational solutions are used, such as facial recognition or connected devices.</source>
      <translation>Neue technische oder organisatorische Lösungen werden eingesetzt, etwa Gesichtserkennung oder vernetzte Geräte.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Next review</source>
      <translation>Nächste Überprüfung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Not needed (screened out), required, in progress or done.</source>
      <translation>Nicht nötig (ausgeschlossen), erforderlich, in Arbeit oder erledigt.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Obligations</source>
      <translation>Auflagen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Oldest age</source>
      <translation>Höchstes Alter</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>On behalf of</source>
      <translation>Im Auftrag von</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>On the event, or at the end of the calendar or financial year in which it happened (format 2).</source>
      <translation>Mit dem Ereignis oder am Ende des Kalender- oder Geschäftsjahres, in dem es eintrat (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Or</source>
      <translation>Oder</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Organisations that decide jointly with the controller why and how the data is used (GDPR Art. 26), for the Art. 30 record (format 2).</source>
      <translation>Organisationen, die gemeinsam mit dem Verantwortlichen über Zweck und Mittel der Datennutzung entscheiden (Art. 26 DSGVO), für das Verzeichnis nach Art. 30 (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Other acceptable dispositions, as in 'delete or anonymise' (format 2).</source>
      <translation>Weitere zulässige Maßnahmen, wie in 'löschen oder anonymisieren' (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>People are observed, monitored or controlled systematically, including through networks or in publicly accessible areas (GDPR Art. 35(3)(c)).</source>
      <translation>Personen werden systematisch beobachtet, überwacht oder kontrolliert, auch über Netze oder in öffentlich zugänglichen Bereichen (Art. 35 Abs. 3 lit. c DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>People below the age of digital consent.</source>
      <translation>Personen unter dem Alter der digitalen Einwilligungsfähigkeit.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>People who need extra protection (patients, people in care, children...).</source>
      <translation>Personen, die besonderen Schutz brauchen (Patienten, Pflegebedürftige, Kinder ...).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Period starts</source>
      <translation>Fristbeginn</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Personal information is shared for cross-context behavioural advertising (CPRA), format 2.</source>
      <translation>Personenbezogene Informationen werden für kontextübergreifende verhaltensbasierte Werbung weitergegeben (CPRA), Format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Personal information is sold (CCPA/CPRA), format 2.</source>
      <translation>Personenbezogene Informationen werden verkauft (CCPA/CPRA), Format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <location filename="../../app/ui/navigator/model.py" />
      <location filename="../../app/domain/models.py" />
      <source>Policy</source>
      <translation>Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Postal address.</source>
      <translation>Postanschrift.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Prevents a right or a service</source>
      <translation>Verhindert ein Recht oder eine Leistung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Processing contract</source>
      <translation>Auftragsverarbeitungsvertrag</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Processing for controllers</source>
      <translation>Verarbeitung für Verantwortliche</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Processor contract</source>
      <translation>Vertrag mit dem Auftragsverarbeiter</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Profiling</source>
      <translation>Profiling</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Purposes</source>
      <translation>Zwecke</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Questions the policy must keep answering the same way, each with the decision expected (format 2).</source>
      <translation>Fragen, die die Richtlinie stets gleich beantworten muss, jeweils mit der erwarteten Entscheidung (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Recipients</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Record created</source>
      <translation>Eintrag angelegt</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Record updated</source>
      <translation>Eintrag aktualisiert</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Recorded review decisions: who, in which role, when, and the outcome.</source>
      <translation>Festgehaltene Prüfentscheidungen: wer, in welcher Rolle, wann und mit welchem Ergebnis.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Reference</source>
      <translation>Referenz</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Reference to the contract or other legal act under GDPR Art. 28 that binds a processor (document name or link), format 2.</source>
      <translation>Verweis auf den Vertrag oder das andere Rechtsinstrument nach Art. 28 DSGVO, das einen Auftragsverarbeiter bindet (Dokumentname oder Link), Format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Reference to the contract under GDPR Art. 28 that sets out the processing (document name or link).</source>
      <translation>Verweis auf den Vertrag nach Art. 28 DSGVO, der die Verarbeitung regelt (Dokumentname oder Link).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Reference to the legitimate interests assessment (document name or link), when that basis is used.</source>
      <translation>Verweis auf die Prüfung der berechtigten Interessen (Dokumentname oder Link), wenn diese Rechtsgrundlage genutzt wird.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Region groups</source>
      <translation>Regionsgruppen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Regions</source>
      <translation>Regionen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Representative</source>
      <translation>Vertreter</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Retention rules</source>
      <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Rights offered</source>
      <translation>Angebotene Rechte</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Safeguards</source>
      <translation>Garantien</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Sale</source>
      <translation>Verkauf</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Security measures</source>
      <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Semantic version of the policy, e.g. 2.3.0.</source>
      <translation>Semantische Version der Richtlinie, z. B. 2.3.0.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Sensitivity</source>
      <translation>Sensibilität</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Sharing</source>
      <translation>Weitergabe</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Solely automated decisions</source>
      <translation>Ausschließlich automatisierte Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Sources</source>
      <translation>Quellen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Stored in</source>
      <translation>Gespeichert in</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Subject</source>
      <translation>Betroffene Person</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Subjects</source>
      <translation>Betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Systematic monitoring</source>
      <translation>Systematische Überwachung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Tags</source>
      <translation>Merkmale</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Technical (software, hardware) or organisational (people, process).</source>
      <translation>Technisch (Software, Hardware) oder organisatorisch (Personen, Abläufe).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Technical and organisational measures protecting the data (GDPR Art. 32); they appear in the Art. 30 record.</source>
      <translation>Technische und organisatorische Maßnahmen zum Schutz der Daten (Art. 32 DSGVO); sie erscheinen im Verzeichnis nach Art. 30.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Telephone number.</source>
      <translation>Telefonnummer.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The GDPR Art. 49(1) derogation relied on when a transfer has no adequacy decision or safeguard (format 2).</source>
      <translation>Die Ausnahme nach Art. 49 Abs. 1 DSGVO, auf die sich eine Übermittlung ohne Angemessenheitsbeschluss oder geeignete Garantien stützt (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The GDPR Art. 6(1) lawful basis for this purpose, wherever no regional entry of Legal bases applies.</source>
      <translation>Die Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO für diesen Zweck, wo kein regionaler Eintrag der Rechtsgrundlagen gilt.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The GDPR Art. 6(1) lawful basis.</source>
      <translation>Die Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The GDPR Art. 9(2) condition, needed when special-category data is used for this purpose.</source>
      <translation>Die Bedingung nach Art. 9 Abs. 2 DSGVO, nötig, wenn besondere Kategorien von Daten für diesen Zweck verwendet werden.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The approver's role, e.g. Data protection officer.</source>
      <translation>Die Funktion der freigebenden Person, z. B. Datenschutzbeauftragter.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The assessment or the screening note (document name or link).</source>
      <translation>Die Folgenabschätzung oder der Vermerk zur Vorprüfung (Dokumentname oder Link).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The category of personal information under Cal. Civ. Code 1798.140(v) (format 2).</source>
      <translation>Die Kategorie personenbezogener Informationen nach Cal. Civ. Code 1798.140(v) (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The consent the person gave for the purpose.</source>
      <translation>Die Einwilligung, die die Person für den Zweck erteilt hat.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller (from Processing for controllers) this purpose is carried out for, when the organisation acts as its processor; empty: the organisation's own processing (format 2).</source>
      <translation>Der Verantwortliche (aus Verarbeitung für Verantwortliche), für den dieser Zweck verfolgt wird, wenn die Organisation als sein Auftragsverarbeiter handelt; leer: eigene Verarbeitung der Organisation (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's email address.</source>
      <translation>Die E-Mail-Adresse des Verantwortlichen.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's name.</source>
      <translation>Der Name des Verantwortlichen.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's postal address.</source>
      <translation>Die Postanschrift des Verantwortlichen.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's representative under GDPR Art. 27, with contact details, when it has one.</source>
      <translation>Der Vertreter des Verantwortlichen nach Art. 27 DSGVO mit Kontaktdaten, falls vorhanden.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's telephone number.</source>
      <translation>Die Telefonnummer des Verantwortlichen.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controllers on whose behalf the organisation processes data as their processor; purposes carried out for one name it in On behalf of and make up the processor's record (GDPR Art. 30(2)), format 2.</source>
      <translation>Die Verantwortlichen, in deren Auftrag die Organisation als Auftragsverarbeiter Daten verarbeitet; Zwecke für einen von ihnen nennen ihn unter Im Auftrag von und bilden das Verzeichnis des Auftragsverarbeiters (Art. 30 Abs. 2 DSGVO), Format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The countries, subdivisions and groups it contains.</source>
      <translation>Die Länder, Untergliederungen und Gruppen, die sie enthält.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data categories the rule covers (with their sub-categories).</source>
      <translation>Die Datenkategorien, die die Regel erfasst (mit ihren Unterkategorien).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data categories this period applies to.</source>
      <translation>Die Datenkategorien, für die diese Frist gilt.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data category asked about.</source>
      <translation>Die erfragte Datenkategorie.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data must be kept for the whole period even if the person asks for erasure (a statutory retention duty or a litigation hold, GDPR Art. 17(3)(b) and (e)).</source>
      <translation>Die Daten müssen die ganze Frist aufbewahrt werden, auch wenn die Person die Löschung verlangt (gesetzliche Aufbewahrungspflicht oder Sicherung für ein Verfahren, Art. 17 Abs. 3 lit. b und e DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data protection impact assessment (GDPR Art. 35): whether it is needed and where it is (format 2).</source>
      <translation>Die Datenschutz-Folgenabschätzung (Art. 35 DSGVO): ob sie nötig ist und wo sie liegt (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data protection officer, when one is appointed.</source>
      <translation>Der Datenschutzbeauftragte, falls einer benannt ist.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data type of Apple's privacy manifest (PrivacyInfo.xcprivacy) this category is; empty: the export proposes one from the tags and ids (format 2).</source>
      <translation>Der Datentyp in Apples Privacy Manifest (PrivacyInfo.xcprivacy), dem diese Kategorie entspricht; leer: Der Export schlägt einen anhand der Merkmale und IDs vor (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data type of Google Play's Data safety form this category is; empty: the export proposes one from the tags and ids (format 2).</source>
      <translation>Der Datentyp im Datensicherheitsformular von Google Play, dem diese Kategorie entspricht; leer: Der Export schlägt einen anhand der Merkmale und IDs vor (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data-protection laws the policy is written for.</source>
      <translation>Die Datenschutzgesetze, für die die Richtlinie geschrieben ist.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data-subject rights offered for this purpose.</source>
      <translation>Die Betroffenenrechte, die für diesen Zweck angeboten werden.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The day of the decision.</source>
      <translation>Der Tag der Entscheidung.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The day the policy takes effect.</source>
      <translation>Der Tag, an dem die Richtlinie wirksam wird.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The day the record of processing activities was first drawn up (format 2).</source>
      <translation>Der Tag, an dem das Verzeichnis von Verarbeitungstätigkeiten erstmals erstellt wurde (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The day the record of processing activities was last brought up to date; when empty the record gives the latest approval or the effective date (format 2).</source>
      <translation>Der Tag, an dem das Verzeichnis von Verarbeitungstätigkeiten zuletzt aktualisiert wurde; wenn leer, nennt das Verzeichnis die letzte Freigabe oder das Datum des Inkrafttretens (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The description in this language.</source>
      <translation>Die Beschreibung in dieser Sprache.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The event from which the period runs.</source>
      <translation>Das Ereignis, ab dem die Frist läuft.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The event's name when Counted from is custom (format 2).</source>
      <translation>Der Name des Ereignisses, wenn Gezählt ab ein eigenes Ereignis ist (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The groups of people the data is about.</source>
      <translation>Die Personengruppen, auf die sich die Daten beziehen.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The kinds of personal data the policy covers.</source>
      <translation>Die Arten personenbezogener Daten, die die Richtlinie erfasst.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The language the policy's own texts are written in (format 2).</source>
      <translation>Die Sprache, in der die Texte der Richtlinie selbst verfasst sind (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The law or reason behind the period, e.g. a tax code's ten-year rule.</source>
      <translation>Das Gesetz oder der Grund für die Frist, z. B. die zehnjährige Frist des Steuerrechts.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The logic involved, in plain words.</source>
      <translation>Die involvierte Logik, in einfachen Worten.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The name and description in other languages, by language code (de, fr, de-CH); documents in that language use them (format 2).</source>
      <translation>Name und Beschreibung in anderen Sprachen, nach Sprachcode (de, fr, de-CH); Dokumente in dieser Sprache verwenden sie (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The name in this language.</source>
      <translation>Der Name in dieser Sprache.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The named third party or public source, when there is one.</source>
      <translation>Der benannte Dritte oder die öffentliche Quelle, falls vorhanden.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The oldest age these people can have, when known (format 2).</source>
      <translation>Das höchste Alter dieser Personen, falls bekannt (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The organisation the policy belongs to.</source>
      <translation>Die Organisation, zu der die Richtlinie gehört.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The person's browser sends a Global Privacy Control signal.</source>
      <translation>Der Browser der Person sendet ein Global-Privacy-Control-Signal.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The policy's title as readers see it.</source>
      <translation>Der Titel der Richtlinie, wie Leser ihn sehen.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The processing itself can stop people from exercising a right or using a service or a contract, e.g. screening customers against a credit reference database.</source>
      <translation>Die Verarbeitung selbst kann Personen an der Ausübung eines Rechts oder der Nutzung einer Leistung oder eines Vertrags hindern, z. B. die Prüfung von Kunden gegen eine Auskunftei-Datenbank.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The purpose asked about.</source>
      <translation>Der erfragte Zweck.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The purpose evaluates personal aspects of people (GDPR Art. 4(4)).</source>
      <translation>Der Zweck bewertet persönliche Aspekte von Personen (Art. 4 Nr. 4 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The purpose of Google Play's Data safety form this purpose is; empty: the export proposes one from the kind (format 2).</source>
      <translation>Der Zweck im Datensicherheitsformular von Google Play, dem dieser Zweck entspricht; leer: Der Export schlägt einen anhand der Art vor (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The purposes the rule covers (with their sub-purposes).</source>
      <translation>Die Zwecke, die die Regel erfasst (mit ihren Unterzwecken).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The question in plain words, e.g. whether the newsletter may be sent without consent.</source>
      <translation>Die Frage in einfachen Worten, z. B. ob der Newsletter ohne Einwilligung verschickt werden darf.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The reason of Apple's privacy manifest this purpose is; empty: the export proposes one from the kind (format 2).</source>
      <translation>Der Grund in Apples Privacy Manifest, dem dieser Zweck entspricht; leer: Der Export schlägt einen anhand der Art vor (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The representative in the EU or UK of a controller established outside it (GDPR Art. 27), when one is appointed (format 2).</source>
      <translation>Der Vertreter in der EU oder im Vereinigten Königreich eines außerhalb niedergelassenen Verantwortlichen (Art. 27 DSGVO), falls einer benannt ist (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The retention rule an allowed use must get; empty: not checked.</source>
      <translation>Die Aufbewahrungsregel, die eine erlaubte Nutzung erhalten muss; leer: nicht geprüft.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The same thing in other vocabularies, by scheme: dpv (a W3C DPV IRI or term), fides (a Fides key) or any other; exporters use these instead of guessing from words (format 2).</source>
      <translation>Dasselbe in anderen Vokabularen, nach Schema: dpv (eine W3C-DPV-IRI oder ein Begriff), fides (ein Fides-Schlüssel) oder ein anderes; die Exporte verwenden diese, statt aus Wörtern zu raten (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The title and description in other languages, by language code (de, fr, de-CH); documents in that language use them (format 2).</source>
      <translation>Titel und Beschreibung in anderen Sprachen, nach Sprachcode (de, fr, de-CH); Dokumente in dieser Sprache verwenden sie (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The title in this language.</source>
      <translation>Der Titel in dieser Sprache.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The transfer tool used when the country is outside the policy's jurisdictions.</source>
      <translation>Das Übermittlungsinstrument, wenn das Land außerhalb der Rechtsordnungen der Richtlinie liegt.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The use rules the decision must name, exactly; empty: not checked.</source>
      <translation>Die Nutzungsregeln, die die Entscheidung genau nennen muss; leer: nicht geprüft.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The youngest age these people can have, when known (format 2).</source>
      <translation>Das niedrigste Alter dieser Personen, falls bekannt (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Then</source>
      <translation>Danach</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Tracking domains</source>
      <translation>Tracking-Domains</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Transfer derogation</source>
      <translation>Ausnahme für die Übermittlung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Transfer safeguard</source>
      <translation>Garantie für die Übermittlung</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Translations</source>
      <translation>Übersetzungen</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Use rules</source>
      <translation>Nutzungsregeln</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Version of the file format: 2; a format 1 file keeps its format 1 meaning until it is migrated (policy-studio migrate).</source>
      <translation>Version des Dateiformats: 2; eine Datei im Format 1 behält ihre Bedeutung nach Format 1, bis sie migriert wird (policy-studio migrate).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Vulnerable</source>
      <translation>Schutzbedürftig</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What happens to the data when the period ends.</source>
      <translation>Was mit den Daten am Ende der Frist geschieht.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What kind of information this is; tags drive the intrusiveness checks.</source>
      <translation>Welche Art von Information dies ist; die Merkmale steuern die Prüfungen der Eingriffsintensität.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What must be done to the data when the use is allowed.</source>
      <translation>Was mit den Daten geschehen muss, wenn die Nutzung erlaubt ist.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What people can do about a decision (GDPR Art. 22(3)).</source>
      <translation>Was Personen gegen eine Entscheidung tun können (Art. 22 Abs. 3 DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What the decisions mean for people.</source>
      <translation>Was die Entscheidungen für die Personen bedeuten.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What the policy covers, in plain words.</source>
      <translation>Was die Richtlinie abdeckt, in einfachen Worten.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What the purpose does that makes an impact assessment likely to be required: monitoring, scale, matching data sets, new technology, barring a right or service (format 2).</source>
      <translation>Was der Zweck tut, das eine Folgenabschätzung wahrscheinlich erforderlich macht: Überwachung, Umfang, Abgleich von Datensätzen, neue Technologie, Ausschluss von einem Recht oder einer Leistung (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What the purpose is for, in broad strokes; it weighs in the intrusiveness score.</source>
      <translation>Wofür der Zweck grob dient; das fließt in die Bewertung der Eingriffsintensität ein.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What this is, in plain words; it appears in the exported documents.</source>
      <translation>Was dies ist, in einfachen Worten; es erscheint in den exportierten Dokumenten.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>When the policy is due for review; checks warn when it is overdue.</source>
      <translation>Wann die Richtlinie überprüft werden muss; die Prüfungen warnen, wenn das überfällig ist.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the data comes from: the person, observation, inference, a named third party or a public source (format 2).</source>
      <translation>Woher die Daten stammen: von der Person, aus Beobachtung, aus Ableitung, von einem benannten Dritten oder aus einer öffentlichen Quelle (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the policy is in its life: draft, in review, approved or retired.</source>
      <translation>Wo die Richtlinie in ihrem Lebenszyklus steht: Entwurf, in Prüfung, freigegeben oder außer Kraft.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the recipient stores the data, when that differs from where it processes it (format 2).</source>
      <translation>Wo der Empfänger die Daten speichert, wenn das vom Verarbeitungsort abweicht (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the rule applies: countries, subdivisions or groups, which cover what they contain; empty means anywhere.</source>
      <translation>Wo die Regel gilt: Länder, Untergliederungen oder Gruppen, die alles Enthaltene abdecken; leer bedeutet überall.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the use happens; empty means not given.</source>
      <translation>Wo die Nutzung stattfindet; leer bedeutet: nicht angegeben.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where this basis is relied on; empty means everywhere.</source>
      <translation>Wo diese Rechtsgrundlage herangezogen wird; leer bedeutet überall.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Which data may or may not be used for which purposes.</source>
      <translation>Welche Daten für welche Zwecke verwendet werden dürfen oder nicht.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who decides why and how the data is used (GDPR controller).</source>
      <translation>Wer über Zweck und Mittel der Datennutzung entscheidet (Verantwortlicher im Sinne der DSGVO).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who made the decision.</source>
      <translation>Wer die Entscheidung getroffen hat.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who receives the data: internal team, processor working for you, independent third party or public authority.</source>
      <translation>Wer die Daten erhält: internes Team, für Sie tätiger Auftragsverarbeiter, unabhängiger Dritter oder Behörde.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who the data is disclosed to.</source>
      <translation>An wen die Daten offengelegt werden.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who the data may be disclosed to, with their sub-recipients; * means any recipient. Format 2: empty means internal use only. Format 1: empty means any.</source>
      <translation>An wen die Daten offengelegt werden dürfen, mit deren Unterempfängern; * bedeutet jeder Empfänger. Format 2: leer bedeutet nur interne Nutzung. Format 1: leer bedeutet jeder.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who the policy belongs to, where it applies and where it is in its life.</source>
      <translation>Wem die Richtlinie gehört, wo sie gilt und wo sie in ihrem Lebenszyklus steht.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who would receive the data; empty means no disclosure.</source>
      <translation>Wer die Daten erhalten würde; leer bedeutet: keine Offenlegung.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Whose data; empty means not given.</source>
      <translation>Wessen Daten; leer bedeutet: nicht angegeben.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Why the data is held (format 2).</source>
      <translation>Warum die Daten aufbewahrt werden (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Why the data is used, with legal bases and consent.</source>
      <translation>Warum die Daten verwendet werden, mit Rechtsgrundlagen und Einwilligung.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Why the organisation's interests are not overridden by the person's, in plain words (format 2).</source>
      <translation>Warum die Interessen der Person die der Organisation nicht überwiegen, in einfachen Worten (Format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Why, when it matters (e.g. consent_missing); empty: any reason.</source>
      <translation>Warum, wenn es darauf ankommt (z. B. consent_missing); leer: beliebiger Grund.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
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
    <name>files</name>
    <message numerus="yes">
      <location filename="../../app/ui/files/migrating.py" />
      <source>%n rule without recipients now says '*' (any recipient), as format 1 meant.</source>
      <translation>
        <numerusform>%n Regel ohne Empfänger sagt jetzt '*' (jeder Empfänger), wie es Format 1 meinte.</numerusform>
        <numerusform>%n Regeln ohne Empfänger sagen jetzt '*' (jeder Empfänger), wie es Format 1 meinte.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/files/migrating.py" />
      <source>%n rules without recipients now say '*' (any recipient), as format 1 meant.</source>
      <translation>
        <numerusform>%n Regel ohne Empfänger sagt jetzt '*' (jeder Empfänger), wie es Format 1 meinte.</numerusform>
        <numerusform>%n Regeln ohne Empfänger sagen jetzt '*' (jeder Empfänger), wie es Format 1 meinte.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>&amp;Clear Recent</source>
      <translation>Liste &amp;leeren</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>&amp;New from Template...</source>
      <translation>&amp;Neu aus Vorlage...</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>&amp;Open...</source>
      <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>&amp;Overwrite</source>
      <translation>&amp;Überschreiben</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>&amp;Recover</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>&amp;Reload</source>
      <translation>&amp;Neu laden</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>... and {count} more</source>
      <translation>… und {count} weitere</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Autosaved</source>
      <translation>Automatisch gesichert</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/tasks.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Cannot Open Policy</source>
      <translation>Richtlinie kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Cannot Save Policy</source>
      <translation>Richtlinie kann nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Canonical JSON (*.policy.json)</source>
      <translation>Kanonisches JSON (*.policy.json)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovering.py" />
      <source>Closing without saving drops them.</source>
      <translation>Schließen ohne Speichern verwirft sie.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>Contains</source>
      <translation>Enthält</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>Could not open {path}</source>
      <translation>{path} konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/saving.py" />
      <source>Could not save {path}</source>
      <translation>{path} konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>Create</source>
      <translation>Erstellen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Decide &amp;Later</source>
      <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/infobar.py" />
      <source>Dismiss</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Do you want to save the changes to {name}?</source>
      <translation>Möchten Sie die Änderungen an {name} speichern?</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>File Changed on Disk</source>
      <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/infobar.py" />
      <source>File notice</source>
      <translation>Dateihinweis</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>Forget the list of recently opened files</source>
      <translation>Die Liste der zuletzt geöffneten Dateien vergessen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Keep Mine</source>
      <translation>Meine behalten</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Keep the recovery files and ask again next time</source>
      <translation>Die Wiederherstellungsdateien behalten und beim nächsten Mal erneut fragen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>Migrate</source>
      <translation>Migrieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>Migrated to format {version} (one undo step; save to write it).</source>
      <translation>Auf Format {version} migriert (ein Rückgängig-Schritt; speichern Sie, um es zu schreiben).</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>New Policy from Template</source>
      <translation>Neue Richtlinie aus Vorlage</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>New policy from the template “{title}”; Save asks where to put it</source>
      <translation>Neue Richtlinie aus der Vorlage „{title}“; Speichern fragt nach dem Ablageort</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>No description.</source>
      <translation>Keine Beschreibung.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>No recent files</source>
      <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>Not Now</source>
      <translation>Nicht jetzt</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/saving.py" />
      <source>Not saved: {name} was changed by another program</source>
      <translation>Nicht gespeichert: {name} wurde von einem anderen Programm geändert</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Open Policy</source>
      <translation>Richtlinie öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Open a policy file (YAML or JSON)</source>
      <translation>Eine Richtliniendatei öffnen (YAML oder JSON)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>Open {path}</source>
      <translation>{path} öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>Opened {path}</source>
      <translation>{path} geöffnet</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>Opening {name} was cancelled</source>
      <translation>Öffnen von {name} abgebrochen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>Opening {name}…</source>
      <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Overwrite replaces the other program's changes with yours. Reload opens the file as it is now and discards your unsaved changes. Cancel keeps your changes unsaved.</source>
      <translation>Überschreiben ersetzt die Änderungen des anderen Programms durch Ihre. Neu laden öffnet die Datei im jetzigen Zustand und verwirft Ihre ungespeicherten Änderungen. Abbrechen behält Ihre Änderungen ungespeichert.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Policy Studio stopped before these changes were saved. Recover a document to continue where you left off (it opens as unsaved; save it to keep it), or discard it for good.</source>
      <translation>Policy Studio wurde beendet, bevor diese Änderungen gespeichert waren. Stellen Sie ein Dokument wieder her, um dort weiterzumachen, wo Sie aufgehört haben (es öffnet sich ungespeichert; speichern Sie es, um es zu behalten), oder verwerfen Sie es endgültig.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Policy YAML (*.policy.yaml *.policy.yml)</source>
      <translation>Richtlinie als YAML (*.policy.yaml *.policy.yml)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Policy files (*.policy.yaml *.policy.yml *.policy.json);;YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
      <translation>Richtliniendateien (*.policy.yaml *.policy.yml *.policy.json);;YAML-Dateien (*.yaml *.yml);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Recover Unsaved Work</source>
      <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovering.py" />
      <source>Recovered unsaved changes to {name} (autosaved {time}). They are not in the file yet; save to keep them.</source>
      <translation>Ungespeicherte Änderungen an {name} wiederhergestellt (automatisch gesichert {time}). Sie sind noch nicht in der Datei; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Reload</source>
      <translation>Neu laden</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Reload and Discard Mine</source>
      <translation>Neu laden und meine verwerfen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Reload: open the file as it is now; reloading discards your changes. Keep Mine: go on editing; saving asks before replacing the other program's changes.</source>
      <translation>Neu laden: die Datei im jetzigen Zustand öffnen; dabei gehen Ihre Änderungen verloren. Meine behalten: weiter bearbeiten; Speichern fragt, bevor es die Änderungen des anderen Programms ersetzt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Replace File?</source>
      <translation>Datei ersetzen?</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <location filename="../../app/ui/files/recovering.py" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Save &amp;As...</source>
      <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Save Policy As</source>
      <translation>Richtlinie speichern unter</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Save the policy to another file (YAML or JSON)</source>
      <translation>Die Richtlinie in eine andere Datei speichern (YAML oder JSON)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Save the policy; comments and layout are kept</source>
      <translation>Die Richtlinie speichern; Kommentare und Layout bleiben erhalten</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/saving.py" />
      <source>Saved {path}</source>
      <translation>{path} gespeichert</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/saving.py" />
      <source>Saving {name}…</source>
      <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Start a new policy from a template</source>
      <translation>Eine neue Richtlinie aus einer Vorlage beginnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>Template file: {name}</source>
      <translation>Vorlagendatei: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>Templates</source>
      <translation>Vorlagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>The open document was not changed.</source>
      <translation>Das geöffnete Dokument wurde nicht verändert.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovering.py" />
      <source>The unsaved work on {name} is open in another window</source>
      <translation>Die ungespeicherte Arbeit an {name} ist in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Unsaved Changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Unsaved documents</source>
      <translation>Ungespeicherte Dokumente</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Untitled (never saved)</source>
      <translation>Unbenannt (nie gespeichert)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>What the template contains</source>
      <translation>Was die Vorlage enthält</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Your changes will be lost if you don't save them.</source>
      <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>cannot open the file: {error}</source>
      <translation>die Datei kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovering.py" />
      <source>cannot read the recovery file: {error}</source>
      <translation>die Wiederherstellungsdatei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>{name} already exists. Replace it?</source>
      <translation>{name} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>{name} could not be opened.</source>
      <translation>{name} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>{name} is in format {old}. Migrate it to format {new}? Every decision stays the same; the file changes only when you save.</source>
      <translation>{name} liegt im Format {old} vor. Auf Format {new} migrieren? Jede Entscheidung bleibt gleich; die Datei ändert sich erst beim Speichern.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>{name} was changed by another program since you opened or last saved it.</source>
      <translation>{name} wurde von einem anderen Programm geändert, seit Sie die Datei geöffnet oder zuletzt gespeichert haben.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>{name} was changed by another program while you have unsaved changes.</source>
      <translation>{name} wurde von einem anderen Programm geändert, während Sie ungespeicherte Änderungen haben.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>{name} was changed by another program.</source>
      <translation>{name} wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>{name} was deleted or moved by another program. Save to write it again.</source>
      <translation>{name} wurde von einem anderen Programm gelöscht oder verschoben. Speichern Sie, um die Datei neu zu schreiben.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>{path} could not be saved:
{reason}

The file on disk was not changed.</source>
      <translation>{path} konnte nicht gespeichert werden:
{reason}

Die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>… and {count} more (see the tooltip)</source>
      <translation>… und {count} weitere (siehe Tooltip)</translation>
    </message>
  </context>
  <context>
    <name>findings</name>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n error</source>
      <translation>
        <numerusform>%n Fehler</numerusform>
        <numerusform>%n Fehler</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n errors</source>
      <translation>
        <numerusform>%n Fehler</numerusform>
        <numerusform>%n Fehler</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/reporters/__init__.py" />
      <source>%n file</source>
      <translation>
        <numerusform>%n Datei</numerusform>
        <numerusform>%n Dateien</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/reporters/__init__.py" />
      <source>%n files</source>
      <translation>
        <numerusform>%n Datei</numerusform>
        <numerusform>%n Dateien</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n note</source>
      <translation>
        <numerusform>%n Hinweis</numerusform>
        <numerusform>%n Hinweise</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n notes</source>
      <translation>
        <numerusform>%n Hinweis</numerusform>
        <numerusform>%n Hinweise</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n warning</source>
      <translation>
        <numerusform>%n Warnung</numerusform>
        <numerusform>%n Warnungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n warnings</source>
      <translation>
        <numerusform>%n Warnung</numerusform>
        <numerusform>%n Warnungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/validation/runner.py" />
      <source>... and {hidden} more {code} findings like these (only the first {shown} of each check are listed)</source>
      <translation>… und {hidden} weitere solche {code}-Befunde (nur die ersten {shown} jeder Prüfung werden aufgeführt)</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>No problems</source>
      <translation>Keine Probleme</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>The whole policy</source>
      <translation>Die ganze Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="../../app/validation/reporters/__init__.py" />
      <source>{errors}, {warnings}, {notes} in {files}</source>
      <translation>{errors}, {warnings}, {notes} in {files}</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <location filename="../../app/ui/views/flow/layout.py" />
      <source> and {count} more</source>
      <translation> und {count} weitere</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/flow/view.py" />
      <source>%n boxes, from top to bottom</source>
      <translation>
        <numerusform>%n Kästchen, von oben nach unten</numerusform>
        <numerusform>%n Kästchen, von oben nach unten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Collapse all families</source>
      <translation>Alle Familien einklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Collapse {family}</source>
      <translation>{family} einklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Column</source>
      <translation>Spalte</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Data flow: click a box to open its item; hover to follow its edges; arrow keys move, Enter opens (or expands a family); double-click a family to expand or collapse it; Ctrl+wheel zooms</source>
      <translation>Datenfluss: Klicken Sie auf ein Kästchen, um sein Element zu öffnen; mit der Maus darüber folgen Sie seinen Verbindungen; Pfeiltasten wechseln, die Eingabetaste öffnet (oder klappt eine Familie aus); Doppelklick klappt eine Familie aus oder ein; Strg+Mausrad zoomt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Data-flow map status</source>
      <translation>Status der Datenflusskarte</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Drawing the data-flow map…</source>
      <translation>Die Datenflusskarte wird gezeichnet…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Expand {family}</source>
      <translation>{family} ausklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Fit</source>
      <translation>Einpassen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Nothing flows yet. The map joins data categories to purposes to recipients as the allow rules allow them:
add a use rule that allows a category for a purpose (Add item, Ctrl+Shift+N, in Use rules).</source>
      <translation>Noch fließt nichts. Die Karte verbindet Datenkategorien mit Zwecken und Empfängern, wie es die Erlaubnisregeln zulassen:
Fügen Sie eine Nutzungsregel hinzu, die eine Kategorie für einen Zweck erlaubt (Element hinzufügen, Strg+Umschalt+N, unter Nutzungsregeln).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Open in editor</source>
      <translation>Im Editor öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>The data-flow map could not be drawn</source>
      <translation>Die Datenflusskarte konnte nicht gezeichnet werden</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Updating the map…</source>
      <translation>Die Karte wird aktualisiert…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Zoom in</source>
      <translation>Größer</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Zoom out</source>
      <translation>Kleiner</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>{failed}: {error}</source>
      <translation>{failed}: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>{noun} family</source>
      <translation>Familie: {noun}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>{source} → {target}: allowed by {rules}</source>
      <translation>{source} → {target}: erlaubt durch {rules}</translation>
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
    <name>history</name>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n commit changed this file.</source>
      <translation>
        <numerusform>%n Commit hat diese Datei geändert.</numerusform>
        <numerusform>%n Commits haben diese Datei geändert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n commits changed this file.</source>
      <translation>
        <numerusform>%n Commit hat diese Datei geändert.</numerusform>
        <numerusform>%n Commits haben diese Datei geändert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n difference between the two versions.</source>
      <translation>
        <numerusform>%n Unterschied zwischen den beiden Versionen.</numerusform>
        <numerusform>%n Unterschiede zwischen den beiden Versionen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n differences between the two versions.</source>
      <translation>
        <numerusform>%n Unterschied zwischen den beiden Versionen.</numerusform>
        <numerusform>%n Unterschiede zwischen den beiden Versionen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>&amp;Compare</source>
      <translation>&amp;Vergleichen</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>&amp;Export approved documents…</source>
      <translation>Freigegebene Dokumente &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>&amp;History...</source>
      <translation>&amp;Verlauf...</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>&amp;Open read-only</source>
      <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>(with unsaved changes)</source>
      <translation>(mit ungespeicherten Änderungen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Approval</source>
      <translation>Freigabe</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Approved by {name} ({role}) on {date}; content digest {digest}.</source>
      <translation>Freigegeben von {name} ({role}) am {date}; Inhaltsprüfsumme {digest}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Approved by {name} on {date}; content digest {digest}.</source>
      <translation>Freigegeben von {name} am {date}; Inhaltsprüfsumme {digest}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>As saved</source>
      <translation>Wie gespeichert</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Cannot Export</source>
      <translation>Export nicht möglich</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Cannot compare: {error}</source>
      <translation>Vergleich nicht möglich: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Comparing…</source>
      <translation>Wird verglichen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Export Approved Documents</source>
      <translation>Freigegebene Dokumente exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>History of {name}</source>
      <translation>Verlauf von {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Impact not worked out (cancelled).</source>
      <translation>Auswirkung nicht ermittelt (abgebrochen).</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/work.py" />
      <source>Impact: no decision changes: {share}.</source>
      <translation>Auswirkung: keine Entscheidung ändert sich: {share}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/work.py" />
      <source>Impact: {share} ({kinds}); the redline opens with it and lists every group of changed uses at its end.</source>
      <translation>Auswirkung: {share} ({kinds}); der Änderungsvergleich beginnt damit und führt am Ende jede Gruppe geänderter Nutzungen auf.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>Looking for the last approved version in the file's git history…</source>
      <translation>Die letzte freigegebene Version wird im Git-Verlauf der Datei gesucht…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>No History</source>
      <translation>Kein Verlauf</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>No differences</source>
      <translation>Keine Unterschiede</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>No earlier approved version can be looked up: {error}.</source>
      <translation>Keine frühere freigegebene Version kann gesucht werden: {error}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>No earlier version of {path} in git history (%n commit) carries an approval of its content, so this is the first approval.</source>
      <translation>
        <numerusform>Keine frühere Version von {path} im Git-Verlauf (%n Commit) trägt eine Freigabe ihres Inhalts; dies ist also die erste Freigabe.</numerusform>
        <numerusform>Keine frühere Version von {path} im Git-Verlauf (%n Commits) trägt eine Freigabe ihres Inhalts; dies ist also die erste Freigabe.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>No earlier version of {path} in git history (%n commits) carries an approval of its content, so this is the first approval.</source>
      <translation>
        <numerusform>Keine frühere Version von {path} im Git-Verlauf (%n Commit) trägt eine Freigabe ihres Inhalts; dies ist also die erste Freigabe.</numerusform>
        <numerusform>Keine frühere Version von {path} im Git-Verlauf (%n Commits) trägt eine Freigabe ihres Inhalts; dies ist also die erste Freigabe.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>None of the latest %n versions of {path} in git history carries an approval of its content (older ones were not read).</source>
      <translation>
        <numerusform>Die letzte Version von {path} im Git-Verlauf trägt keine Freigabe ihres Inhalts (ältere wurden nicht gelesen).</numerusform>
        <numerusform>Keine der letzten %n Versionen von {path} im Git-Verlauf trägt eine Freigabe ihres Inhalts (ältere wurden nicht gelesen).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Only a version whose approval matches its content has approved documents</source>
      <translation>Nur eine Version, deren Freigabe zu ihrem Inhalt passt, hat freigegebene Dokumente</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Open the selected commit's version in a read-only window</source>
      <translation>Die Version des gewählten Commits in einem schreibgeschützten Fenster öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>Opened {commit} read-only.</source>
      <translation>{commit} schreibgeschützt geöffnet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Opening {commit} read-only…</source>
      <translation>{commit} wird schreibgeschützt geöffnet…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Policy document of this version</source>
      <translation>Richtliniendokument dieser Version</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Read-only.</source>
      <translation>Schreibgeschützt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Reading the file's git history…</source>
      <translation>Der Git-Verlauf der Datei wird gelesen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Redline between the two versions</source>
      <translation>Änderungsvergleich zwischen den beiden Versionen</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Rendering the approved documents…</source>
      <translation>Die freigegebenen Dokumente werden erstellt…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Select two versions (Ctrl+click or Shift+arrow keys) and choose Compare, or one version and Open read-only.</source>
      <translation>Wählen Sie zwei Versionen (Strg+Klick oder Umschalt+Pfeiltasten) und dann Vergleichen, oder eine Version und Schreibgeschützt öffnen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Show the redline and the impact between the two selected versions</source>
      <translation>Den Änderungsvergleich und die Auswirkung zwischen den beiden gewählten Versionen zeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>Since the last approved version ({version}) this change {impact}.</source>
      <translation>Seit der letzten freigegebenen Version ({version}): Diese Änderung {impact}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>That would replace the policy's own file; choose another folder.</source>
      <translation>Das würde die Datei der Richtlinie selbst ersetzen; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>The file's git history: compare versions, open an approved version read-only</source>
      <translation>Der Git-Verlauf der Datei: Versionen vergleichen, eine freigegebene Version schreibgeschützt öffnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>The impact could not be worked out: {error}</source>
      <translation>Die Auswirkung konnte nicht ermittelt werden: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>The policy has not been saved to a file yet. Save it in a folder under git to see its history.</source>
      <translation>Die Richtlinie wurde noch nicht in einer Datei gespeichert. Speichern Sie sie in einem Ordner unter Git, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>The redline of the two selected versions shows here.</source>
      <translation>Hier erscheint der Änderungsvergleich der beiden gewählten Versionen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>This policy has not been saved to a file yet, so there is no earlier approved version to compare with.</source>
      <translation>Diese Richtlinie wurde noch nicht in einer Datei gespeichert; es gibt also keine frühere freigegebene Version zum Vergleich.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>This version carries no approval of its content.</source>
      <translation>Diese Version trägt keine Freigabe ihres Inhalts.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>Version {commit} cannot be opened: {error}</source>
      <translation>Version {commit} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Versions of the file</source>
      <translation>Versionen der Datei</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>What was done</source>
      <translation>Was getan wurde</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Which version this is</source>
      <translation>Welche Version dies ist</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Working copy</source>
      <translation>Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Working out the impact on decisions…</source>
      <translation>Auswirkung auf die Entscheidungen wird ermittelt…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Write the policy document (HTML, PDF), Art. 30 record and retention schedule as they were approved</source>
      <translation>Das Richtliniendokument (HTML, PDF), das Verzeichnis nach Art. 30 und den Aufbewahrungsplan so schreiben, wie sie freigegeben wurden</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/readonly.py" />
      <source>Wrote %n approved documents to {folder}</source>
      <translation>
        <numerusform>%n freigegebenes Dokument nach {folder} geschrieben</numerusform>
        <numerusform>%n freigegebene Dokumente nach {folder} geschrieben</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>approval recorded for other content (not this version)</source>
      <translation>Freigabe für anderen Inhalt festgehalten (nicht diese Version)</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>now</source>
      <translation>jetzt</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>reading…</source>
      <translation>wird gelesen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>unreadable: {error}</source>
      <translation>nicht lesbar: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/work.py" />
      <source>version {commit} cannot be read: {error}</source>
      <translation>Version {commit} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>{name} at {commit} (read-only) — Policy Studio</source>
      <translation>{name} bei {commit} (schreibgeschützt) — Policy Studio</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>{path} at commit {commit} ({date}, {author}: {subject}).</source>
      <translation>{path} bei Commit {commit} ({date}, {author}: {subject}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/work.py" />
      <source>{path} at {commit} ({day}, {subject})</source>
      <translation>{path} bei {commit} ({day}, {subject})</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>{path} has no commits in its git repository yet, so no earlier version was approved.</source>
      <translation>{path} hat in seinem Git-Repository noch keine Commits; also wurde keine frühere Version freigegeben.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>{path} has no commits yet: only the working copy is listed.</source>
      <translation>{path} hat noch keine Commits: Nur die Arbeitskopie ist aufgeführt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>{path} in the git repository {root}</source>
      <translation>{path} im Git-Repository {root}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>{path}, working copy</source>
      <translation>{path}, Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>{version}, approved by {name} ({role}) on {date}; commit {commit}</source>
      <translation>{version}, freigegeben von {name} ({role}) am {date}; Commit {commit}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>{version}, approved by {name} on {date}; commit {commit}</source>
      <translation>{version}, freigegeben von {name} am {date}; Commit {commit}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>✔ approved by {name} on {date} ({digest})</source>
      <translation>✔ freigegeben von {name} am {date} ({digest})</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>✔ approved by {name}, {role} on {date} ({digest})</source>
      <translation>✔ freigegeben von {name}, {role} am {date} ({digest})</translation>
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
    <name>impact</name>
    <message>
      <location filename="../../app/ui/impact_bar.py" />
      <source>Ca&amp;ncel</source>
      <translation>Abbre&amp;chen</translation>
    </message>
    <message>
      <location filename="../../app/ui/impact_bar.py" />
      <source>Impact of the change</source>
      <translation>Auswirkung der Änderung</translation>
    </message>
    <message>
      <location filename="../../app/ui/impact_bar.py" />
      <source>Stop waiting for the impact (the redline stays)</source>
      <translation>Nicht mehr auf die Auswirkung warten (der Änderungsvergleich bleibt)</translation>
    </message>
    <message>
      <location filename="../../app/ui/impact_bar.py" />
      <source>Working out the impact</source>
      <translation>Auswirkung wird ermittelt</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>&amp;Import Fides manifests...</source>
      <translation>Fides-Manifeste &amp;importieren...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Add categories, purposes, subjects, rules, recipients and contacts from Fides manifests (taxonomy, datasets, systems, policies, organizations)</source>
      <translation>Kategorien, Zwecke, betroffene Personen, Regeln, Empfänger und Kontakte aus Fides-Manifesten hinzufügen (Taxonomie, Datensätze, Systeme, Richtlinien, Organisationen)</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>Add what Fides manifests say to FILE: data categories, data uses (as purposes) and subjects with their meaning; datasets' categories; each system's privacy declarations as allow rules and recipients; policies' rules as deny rules; the organization's controller and DPO. Items that already exist are skipped; collisions and what has no one-to-one counterpart are listed (lines starting with !). The preview is printed; unless --dry-run the policy is written (to OUT or in place). Exit status: 0 done, 2 unreadable input or wrong usage.</source>
      <translation>Übernimmt den Inhalt von Fides-Manifesten in FILE: Datenkategorien, Datennutzungen (als Zwecke) und betroffene Personen mit ihrer Bedeutung; die Kategorien von Datensätzen; die Datenschutzangaben jedes Systems als Erlaubnisregeln und Empfänger; die Regeln von Richtlinien als Verbotsregeln; Verantwortlichen und DSB der Organisation. Bereits vorhandene Einträge werden übersprungen; Kollisionen und was keine genaue Entsprechung hat, werden aufgelistet (Zeilen beginnend mit !). Die Vorschau wird ausgegeben; außer mit --dry-run wird die Richtlinie geschrieben (nach OUT oder an Ort und Stelle). Exit-Status: 0 erledigt, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Apply an edited retention schedule (CSV) to the policy</source>
      <translation>Einen bearbeiteten Aufbewahrungsplan (CSV) auf die Richtlinie anwenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Apply changes</source>
      <translation>Änderungen anwenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Cannot import</source>
      <translation>Import nicht möglich</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Fides manifests (*.yml *.yaml);;All files (*)</source>
      <translation>Fides-Manifeste (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Import &amp;retention schedule...</source>
      <translation>&amp;Aufbewahrungsplan importieren...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Import {kind}</source>
      <translation>{kind} importieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Nothing to import.</source>
      <translation>Nichts zu importieren.</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Spreadsheet text (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>Tabellentext (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
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
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>{file}: {tally}. The import is one step: Undo takes it back.</source>
      <translation>{file}: {tally}. Der Import ist ein Schritt: Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>{title} preview</source>
      <translation>Vorschau: {title}</translation>
    </message>
  </context>
  <context>
    <name>install-desktop</name>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>Install the desktop entry, the policy file types and the icons so the desktop lists Policy Studio and a file manager opens *.policy.yaml with it. Running it again replaces the same files. Exit status: 0 done, 2 a file could not be written.</source>
      <translation>Installiert den Desktop-Eintrag, die Richtlinien-Dateitypen und die Symbole, sodass der Desktop Policy Studio auflistet und ein Dateimanager *.policy.yaml damit öffnet. Ein erneuter Aufruf ersetzt dieselben Dateien. Exit-Status: 0 erledigt, 2 eine Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>add Policy Studio to the Linux desktop's applications</source>
      <translation>Policy Studio zu den Anwendungen des Linux-Desktops hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>for every user, under {folder} (needs the right to write there)</source>
      <translation>für alle Benutzer, unter {folder} (erfordert Schreibrechte dort)</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>for you only, under $XDG_DATA_HOME or ~/.local/share (default)</source>
      <translation>nur für Sie, unter $XDG_DATA_HOME oder ~/.local/share (Standard)</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>how the desktop should start Policy Studio (default: the policy-studio on PATH, otherwise this Python with -m app)</source>
      <translation>wie der Desktop Policy Studio starten soll (Standard: policy-studio im PATH, sonst dieses Python mit -m app)</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>installed {file}</source>
      <translation>{file} installiert</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>note: {tool} failed: {reason}</source>
      <translation>Hinweis: {tool} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>note: {tool} not run (not installed or nothing to refresh)</source>
      <translation>Hinweis: {tool} nicht ausgeführt (nicht installiert oder nichts zu aktualisieren)</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>ran {tool}</source>
      <translation>{tool} ausgeführt</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>remove the files an earlier install-desktop put there</source>
      <translation>die Dateien entfernen, die ein früheres install-desktop dort abgelegt hat</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>removed {file}</source>
      <translation>{file} entfernt</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>under this data folder instead (packagers: a staging share/ folder)</source>
      <translation>stattdessen unter diesem Datenordner (Paketierer: ein share/-Bereitstellungsordner)</translation>
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
      <location filename="../../app/ui/views/words.py" />
      <source>critical</source>
      <translation>kritisch</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <location filename="../../app/ui/views/words.py" />
      <source>high</source>
      <translation>hoch</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <location filename="../../app/ui/views/words.py" />
      <source>low</source>
      <translation>niedrig</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <location filename="../../app/ui/views/words.py" />
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
    <name>item actions</name>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>'{id}' is still used in:
{places}

Delete it and remove it from those places too? (One step: Undo brings everything back.)</source>
      <translation>'{id}' wird noch verwendet in:
{places}

Löschen und auch an diesen Stellen entfernen? (Ein Schritt: Rückgängig stellt alles wieder her.)</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>... and {count} more</source>
      <translation>... und {count} weitere</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Add {id}</source>
      <translation>{id} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Add {kind} '{name}'</source>
      <translation>{kind} '{name}' hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Cannot add the {kind}</source>
      <translation>Hinzufügen nicht möglich ({kind})</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Cannot rename</source>
      <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Delete and remove uses</source>
      <translation>Löschen und Verwendungen entfernen</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Delete item</source>
      <translation>Eintrag löschen</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Delete {item}</source>
      <translation>{item} löschen</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Duplicate {item}</source>
      <translation>{item} duplizieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>New id for '{id}' (every use of it follows):</source>
      <translation>Neue ID für '{id}' (alle Verwendungen ziehen mit):</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Rename {kind}</source>
      <translation>{kind} umbenennen</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Rename {old} to {new}</source>
      <translation>{old} in {new} umbenennen</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>{kind} '{name}'</source>
      <translation>{kind} '{name}'</translation>
    </message>
  </context>
  <context>
    <name>matrix</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/model.py" />
      <source> (%n pairs checked)</source>
      <translation>
        <numerusform> (%n Paar geprüft)</numerusform>
        <numerusform> (%n Paare geprüft)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Actual size</source>
      <translation>&amp;Originalgröße</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Allow</source>
      <translation>&amp;Erlauben</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Deny</source>
      <translation>&amp;Verbieten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Edit rule</source>
      <translation>Regel &amp;bearbeiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Fit columns</source>
      <translation>Spalten an&amp;passen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>&amp;Recipient:</source>
      <translation>&amp;Empfänger:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>&amp;Rules behind this cell:</source>
      <translation>&amp;Regeln hinter dieser Zelle:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>&amp;Rules behind this cell: none</source>
      <translation>&amp;Regeln hinter dieser Zelle: keine</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>&amp;Subject:</source>
      <translation>&amp;Betroffene Person:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, a group nobody declared</source>
      <translation>, eine von niemandem deklarierte Gruppe</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, at most {band} intrusiveness</source>
      <translation>, höchstens Eingriffsintensität {band}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, click to collapse</source>
      <translation>, zum Einklappen klicken</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, click to expand</source>
      <translation>, zum Ausklappen klicken</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, {band} intrusiveness</source>
      <translation>, Eingriffsintensität {band}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, {words} ({spread})</source>
      <translation>, {words} ({spread})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>; consent: {mechanism}</source>
      <translation>; Einwilligung: {mechanism}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>&lt;b&gt;{word}&lt;/b&gt;: {meaning}</source>
      <translation>&lt;b&gt;{word}&lt;/b&gt;: {meaning}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>A collapsed group whose pairs are each allowed for some subjects or recipients: expand it to see whom</source>
      <translation>Eine eingeklappte Gruppe, deren Paare jeweils für einige betroffene Personen oder Empfänger erlaubt sind: zum Anzeigen für wen ausklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>A collapsed group whose pairs get different answers (shown in italics; expand it to see each pair)</source>
      <translation>Eine eingeklappte Gruppe, deren Paare unterschiedliche Antworten erhalten (kursiv; zum Anzeigen jedes Paars ausklappen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>A deny rule refuses this use</source>
      <translation>Eine Verbotsregel lehnt diese Nutzung ab</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Activate a rule (double-click or Enter) to edit it</source>
      <translation>Eine Regel aktivieren (Doppelklick oder Eingabetaste), um sie zu bearbeiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Add a data category and a purpose to see what is used for what.</source>
      <translation>Fügen Sie eine Datenkategorie und einen Zweck hinzu, um zu sehen, was wofür genutzt wird.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Add a data category to see what is used for what.</source>
      <translation>Fügen Sie eine Datenkategorie hinzu, um zu sehen, was wofür genutzt wird.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Add a deny rule for this category and purpose</source>
      <translation>Eine Verbotsregel für diese Kategorie und diesen Zweck hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Add a purpose to see what is used for what.</source>
      <translation>Fügen Sie einen Zweck hinzu, um zu sehen, was wofür genutzt wird.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Add an allow rule for this category and purpose</source>
      <translation>Eine Erlaubnisregel für diese Kategorie und diesen Zweck hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Allowed</source>
      <translation>Erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed by a rule, refused because the consent state filter says consent is missing</source>
      <translation>Von einer Regel erlaubt, abgelehnt, weil laut Einwilligungsfilter die Einwilligung fehlt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed by a rule, refused because the person opted out</source>
      <translation>Von einer Regel erlaubt, abgelehnt, weil die Person widersprochen hat</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed for every subject and recipient asked</source>
      <translation>Für jede abgefragte betroffene Person und jeden Empfänger erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>Allowed for every subject, and may be shared with the number of outside recipients shown (select the cell to see which)</source>
      <translation>Für jede betroffene Person erlaubt und darf an die angezeigte Zahl externer Empfänger weitergegeben werden (Zelle auswählen, um zu sehen, welche)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>Allowed for every subject, but only kept in-house (not shared, or only with internal recipients)</source>
      <translation>Für jede betroffene Person erlaubt, aber nur intern (nicht weitergegeben oder nur an interne Empfänger)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed for everyone asked unless they object (opt-out)</source>
      <translation>Für alle Abgefragten erlaubt, sofern sie nicht widersprechen (Opt-out)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed for everyone asked, once they consent (opt-in)</source>
      <translation>Für alle Abgefragten erlaubt, sobald sie einwilligen (Opt-in)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>Allowed for only some of the data subjects (select the cell to see whom)</source>
      <translation>Nur für einige der betroffenen Personen erlaubt (Zelle auswählen, um zu sehen, für wen)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Allowed for some</source>
      <translation>Für einige erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Allowed unless opted out</source>
      <translation>Erlaubt, sofern kein Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed uses of {band} intrusiveness (a cell takes the colour of its most intrusive one)</source>
      <translation>Erlaubte Nutzungen mit Eingriffsintensität {band} (eine Zelle nimmt die Farbe ihrer eingreifendsten an)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Allowed with consent</source>
      <translation>Mit Einwilligung erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Any</source>
      <translation>Beliebig</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask about using the data without sharing it: rules that name recipients do not apply.</source>
      <translation>Nach der Nutzung ohne Weitergabe fragen: Regeln, die Empfänger nennen, gelten nicht.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask every cell about each declared data subject: a cell is allowed when it is allowed for all of them, allowed for some (select it to see whom), or not allowed.</source>
      <translation>Jede Zelle zu jeder deklarierten betroffenen Person fragen: Eine Zelle ist erlaubt, wenn sie für alle erlaubt ist, für einige erlaubt (auswählen, um zu sehen, für wen) oder nicht erlaubt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask every cell about not sharing the data and about sharing it with each declared recipient: allowed when every one of those is allowed, allowed for some (select the cell to see which), or not allowed.</source>
      <translation>Jede Zelle zur Nichtweitergabe und zur Weitergabe an jeden deklarierten Empfänger fragen: erlaubt, wenn all dies erlaubt ist, für einige erlaubt (Zelle auswählen, um zu sehen, welche) oder nicht erlaubt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask without a data subject: rules limited to some subjects do not apply, only rules open to any subject do.</source>
      <translation>Ohne betroffene Person fragen: Auf bestimmte Personen beschränkte Regeln gelten nicht, nur Regeln für jede betroffene Person.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask without a region: rules limited to some regions do not apply, only rules open to every region do.</source>
      <translation>Ohne Region fragen: Auf bestimmte Regionen beschränkte Regeln gelten nicht, nur Regeln für jede Region.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>C&amp;onsent:</source>
      <translation>Ein&amp;willigung:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Categories run down, purposes across; each cell says whether the category may be used for the purpose: for everyone, for some subjects or recipients, or not at all. Add items in the navigator (Ctrl+Shift+N).</source>
      <translation>Kategorien stehen untereinander, Zwecke nebeneinander; jede Zelle sagt, ob die Kategorie für den Zweck genutzt werden darf: für alle, für einige betroffene Personen oder Empfänger oder gar nicht. Fügen Sie Elemente im Navigator hinzu (Strg+Umschalt+N).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Categories ↓</source>
      <translation>Kategorien ↓</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Cell actions</source>
      <translation>Zellaktionen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Cell details</source>
      <translation>Zelldetails</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Collapse all</source>
      <translation>Alle einklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Collapse category group</source>
      <translation>Kategoriegruppe einklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Collapse purpose group</source>
      <translation>Zweckgruppe einklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Colour: intrusiveness</source>
      <translation>Farbe: Eingriffsintensität</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Colours: the intrusiveness of the most intrusive use a cell allows</source>
      <translation>Farben: die Eingriffsintensität der eingreifendsten Nutzung, die eine Zelle erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Columns at their usual width</source>
      <translation>Spalten in üblicher Breite</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Consent filter</source>
      <translation>Einwilligungsfilter</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/table.py" />
      <source>Data categories (rows) by purposes (columns): each cell says whether the use is allowed and by which rules. Ctrl+E edits its rule, Ctrl+Enter adds an allow rule, Ctrl+Shift+Enter a deny rule.</source>
      <translation>Datenkategorien (Zeilen) nach Zwecken (Spalten): Jede Zelle sagt, ob die Nutzung erlaubt ist und nach welchen Regeln. Strg+E bearbeitet ihre Regel, Strg+Eingabe fügt eine Erlaubnisregel hinzu, Strg+Umschalt+Eingabe eine Verbotsregel.</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Denied by rule</source>
      <translation>Durch Regel verboten</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Denied: consent missing</source>
      <translation>Verboten: Einwilligung fehlt</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Denied: opted out</source>
      <translation>Verboten: Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Each cell says whether a category may be used for a purpose under the filters above.</source>
      <translation>Jede Zelle sagt, ob eine Kategorie unter den obigen Filtern für einen Zweck genutzt werden darf.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Every recipient</source>
      <translation>Jeder Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Every subject</source>
      <translation>Jede betroffene Person</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Expand all</source>
      <translation>Alle ausklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Expand category group</source>
      <translation>Kategoriegruppe ausklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Expand purpose group</source>
      <translation>Zweckgruppe ausklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Fit</source>
      <translation>Anpassen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Fit every purpose column into the visible width</source>
      <translation>Alle Zweckspalten in die sichtbare Breite einpassen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Fold every top-level category and purpose group</source>
      <translation>Alle obersten Kategorie- und Zweckgruppen einklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Fold the category group of this row into one row</source>
      <translation>Die Kategoriegruppe dieser Zeile zu einer Zeile einklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Fold the purpose group of this column into one column</source>
      <translation>Die Zweckgruppe dieser Spalte zu einer Spalte einklappen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Legend…</source>
      <translation>Legende…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Matrix legend</source>
      <translation>Matrixlegende</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Matrix zoom and folding</source>
      <translation>Matrix-Zoom und -Einklappen</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Mixed</source>
      <translation>Gemischt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Narrower columns, more of them on screen</source>
      <translation>Schmalere Spalten, mehr davon auf dem Bildschirm</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>No rule</source>
      <translation>Keine Regel</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>No rule allows this use: denied by default</source>
      <translation>Keine Regel erlaubt diese Nutzung: standardmäßig verboten</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Not allowed (reasons differ)</source>
      <translation>Nicht erlaubt (unterschiedliche Gründe)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Not known</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Not shared (no recipient)</source>
      <translation>Nicht weitergegeben (kein Empfänger)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Nothing declared</source>
      <translation>Nichts deklariert</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Purposes →</source>
      <translation>Zwecke →</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Re&amp;gion:</source>
      <translation>Re&amp;gion:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Recipient filter</source>
      <translation>Empfängerfilter</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Refused for everyone asked, for different reasons (select the cell to see them)</source>
      <translation>Für alle Abgefragten abgelehnt, aus unterschiedlichen Gründen (Zelle auswählen, um sie zu sehen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Region filter</source>
      <translation>Regionsfilter</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Rules behind the cell</source>
      <translation>Regeln hinter der Zelle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Select a cell</source>
      <translation>Wählen Sie eine Zelle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Show every category and purpose</source>
      <translation>Alle Kategorien und Zwecke anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Show the categories of this collapsed row</source>
      <translation>Die Kategorien dieser eingeklappten Zeile anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Show the purposes of this collapsed column</source>
      <translation>Die Zwecke dieser eingeklappten Spalte anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Show the rule behind this cell in the editor</source>
      <translation>Die Regel hinter dieser Zelle im Editor anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Subject filter</source>
      <translation>Filter für betroffene Personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Subject not known</source>
      <translation>Betroffene Person unbekannt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>The consent state every cell is asked with. Any asks as if consent were granted and marks the cells that depend on it.</source>
      <translation>Der Einwilligungsstatus, mit dem jede Zelle abgefragt wird. „Beliebig“ fragt, als sei die Einwilligung erteilt, und markiert die Zellen, die davon abhängen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>The data subject every cell is asked about, or every subject at once.</source>
      <translation>Die betroffene Person, zu der jede Zelle abgefragt wird, oder alle auf einmal.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>The recipient every cell is asked about sharing with, every recipient at once, or not sharing at all.</source>
      <translation>Der Empfänger, zu dessen Weitergabe jede Zelle abgefragt wird, alle Empfänger auf einmal oder gar keine Weitergabe.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>The region every cell is asked for (regions come from the rules).</source>
      <translation>Die Region, für die jede Zelle abgefragt wird (die Regionen stammen aus den Regeln).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/table.py" />
      <source>Use matrix</source>
      <translation>Nutzungsmatrix</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Use matrix: nothing to show yet</source>
      <translation>Nutzungsmatrix: noch nichts anzuzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>What the cells say</source>
      <translation>Was die Zellen sagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>What the colours and the cell words mean:</source>
      <translation>Was die Farben und die Zellwörter bedeuten:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Whom the cell is allowed for</source>
      <translation>Für wen die Zelle erlaubt ist</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Wider columns</source>
      <translation>Breitere Spalten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Zoom &amp;in</source>
      <translation>Ver&amp;größern</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Zoom &amp;out</source>
      <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>allowed</source>
      <translation>erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>denied by rule</source>
      <translation>durch Regel verboten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>group differs</source>
      <translation>Gruppe uneinheitlich</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>in-house</source>
      <translation>intern</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>k of n subjects</source>
      <translation>k von n Personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>kept in-house</source>
      <translation>bleibt intern</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>mixed</source>
      <translation>gemischt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>no consent</source>
      <translation>keine Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>no rule</source>
      <translation>keine Regel</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>not allowed</source>
      <translation>nicht erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>only some subjects</source>
      <translation>nur einige Personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>opted out</source>
      <translation>widersprochen</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>shared</source>
      <translation>geteilt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>shared outside</source>
      <translation>extern geteilt</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>shared with n</source>
      <translation>geteilt mit n</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>shared with {count}</source>
      <translation>geteilt mit {count}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>some in group</source>
      <translation>einige in Gruppe</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>unless opted out</source>
      <translation>sofern kein Widerspruch</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>with consent</source>
      <translation>mit Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>{band} intrusiveness colour</source>
      <translation>Farbe für Eingriffsintensität {band}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>{category} for {purpose}: {state}</source>
      <translation>{category} für {purpose}: {state}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/matrix_reach.py" />
      <source>{count} of %n subjects</source>
      <translation>
        <numerusform>{count}/%n Person</numerusform>
        <numerusform>{count}/%n Personen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>{label}: {meaning}</source>
      <translation>{label}: {meaning}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>{name} (category {id})</source>
      <translation>{name} (Kategorie {id})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>{name} (purpose {id})</source>
      <translation>{name} (Zweck {id})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>{state}: {words}</source>
      <translation>{state}: {words}</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>◐ some</source>
      <translation>◐ einige</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✓ allow</source>
      <translation>✓ erlaubt</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✓ consent</source>
      <translation>✓ Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✓ opt-out</source>
      <translation>✓ Opt-out</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✗ consent</source>
      <translation>✗ Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✗ deny</source>
      <translation>✗ verboten</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✗ opted out</source>
      <translation>✗ Widerspruch</translation>
    </message>
  </context>
  <context>
    <name>matrix corner</name>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Collapse all</source>
      <translation>Alle zu</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Expand all</source>
      <translation>Alle auf</translation>
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
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>&amp;Apply</source>
      <translation>&amp;Anwenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>(deleted)</source>
      <translation>(gelöscht)</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>(resolved)</source>
      <translation>(gelöst)</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>(the item, all defaults)</source>
      <translation>(der Eintrag, alles Standardwerte)</translation>
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
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Another value to use, in YAML (e.g. P3Y or [a, b]); empty: none</source>
      <translation>Ein anderer Wert, in YAML (z. B. P3Y oder [a, b]); leer: keiner</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Another value, e.g. P3Y or [a, b]</source>
      <translation>Anderer Wert, z. B. P3Y oder [a, b]</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Base</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Conflicts</source>
      <translation>Konflikte</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Every merge conflict is resolved; {name} is saved and its conflict record removed.</source>
      <translation>Alle Merge-Konflikte sind gelöst; {name} ist gespeichert und die Konfliktaufzeichnung entfernt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Merge conflicts</source>
      <translation>Merge-Konflikte</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Not resolved yet</source>
      <translation>Noch nicht gelöst</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Not resolved: {error}</source>
      <translation>Nicht gelöst: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Ours</source>
      <translation>Unsere</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Pick ours, theirs or another value; each choice is one undo step.</source>
      <translation>Wählen Sie unsere, deren oder einen anderen Wert; jede Wahl ist ein Rückgängig-Schritt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolution error</source>
      <translation>Fehler bei der Lösung</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolve {where} with a new value</source>
      <translation>{where} mit einem neuen Wert lösen</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolve {where} with ours</source>
      <translation>{where} mit unserem Wert lösen</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolve {where} with theirs</source>
      <translation>{where} mit deren Wert lösen</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolved</source>
      <translation>Gelöst</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Save to finish: the conflict record is then removed.</source>
      <translation>Speichern Sie zum Abschluss: Die Konfliktaufzeichnung wird dann entfernt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Theirs</source>
      <translation>Deren</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>Three-way merge of policy files by item id and field: order changes and renames are understood, comments and layout are kept from OURS. OUT may be OURS (as for a git merge driver). On conflicts OUT keeps ours' value in each, and OUT.conflicts.json lists them for the window to resolve. Exit status: 0 merged, 1 conflicts, 2 unreadable input or wrong usage.</source>
      <translation>Dreiwege-Zusammenführung von Richtliniendateien nach Eintrags-ID und Feld: Umsortierungen und Umbenennungen werden erkannt, Kommentare und Layout von OURS bleiben erhalten. OUT darf OURS sein (wie bei einem git-Merge-Treiber). Bei Konflikten behält OUT jeweils unseren Wert, und OUT.conflicts.json listet sie zur Auflösung im Fenster auf. Exit-Status: 0 zusammengeführt, 1 Konflikte, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Use &amp;Ours</source>
      <translation>&amp;Unseren verwenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Use &amp;Theirs</source>
      <translation>&amp;Deren verwenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Value to use</source>
      <translation>Zu verwendender Wert</translation>
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
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>{name} value</source>
      <translation>Wert: {name}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>{name}: {done} of %n merge conflicts resolved (until then each holds ours' value).</source>
      <translation>
        <numerusform>{name}: {done} von %n Merge-Konflikt gelöst (bis dahin gilt jeweils unser Wert).</numerusform>
        <numerusform>{name}: {done} von %n Merge-Konflikten gelöst (bis dahin gilt jeweils unser Wert).</numerusform>
      </translation>
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
    <name>navigator</name>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>&amp;Add item...</source>
      <translation>Eintrag &amp;hinzufügen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Add &amp;child of {id}...</source>
      <translation>&amp;Unterpunkt von {id} hinzufügen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>All data</source>
      <translation>Alle Daten</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>Allow: {words}</source>
      <translation>Erlauben: {words}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Cannot move</source>
      <translation>Verschieben nicht möglich</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>Deny: {words}</source>
      <translation>Verbieten: {words}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Du&amp;plicate</source>
      <translation>Du&amp;plizieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Filter by name or id</source>
      <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Filter the policy tree</source>
      <translation>Richtlinienbaum filtern</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/model.py" />
      <source>Move {ids}</source>
      <translation>{ids} verschieben</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/model.py" />
      <source>Move {old} to {new}</source>
      <translation>{old} nach {new} verschieben</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>Policy metadata</source>
      <translation>Metadaten der Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Policy tree</source>
      <translation>Richtlinienbaum</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>Policy: {title}</source>
      <translation>Richtlinie: {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Re&amp;name...</source>
      <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>The policy's sections and items: the selected item opens in the editor. Tab moves into its form; F2 renames, Delete deletes, the context menu has more.</source>
      <translation>Die Abschnitte und Einträge der Richtlinie: Der ausgewählte Eintrag öffnet sich im Editor. Tab wechselt in sein Formular; F2 benennt um, Entf löscht, das Kontextmenü bietet mehr.</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Type part of a name or id; Down or Enter moves into the tree, onto the first match.</source>
      <translation>Geben Sie einen Teil eines Namens oder einer ID ein; Pfeil nach unten oder die Eingabetaste springt in den Baum, zum ersten Treffer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>any data</source>
      <translation>beliebige Daten</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>any purpose</source>
      <translation>jeden Zweck</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>{categories} for {purposes}</source>
      <translation>{categories} für {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/model.py" />
      <source>{id} (not declared; groups the items below it)</source>
      <translation>{id} (nicht deklariert; gruppiert die Einträge darunter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>{names} +{count} more</source>
      <translation>{names} +{count} weitere</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/model.py" />
      <source>{section} ({count})</source>
      <translation>{section} ({count})</translation>
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
    <name>picker</name>
    <message numerus="yes">
      <location filename="../../app/ui/editors/pickers.py" />
      <source>%n items</source>
      <translation>
        <numerusform>%n Eintrag</numerusform>
        <numerusform>%n Einträge</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>'{id}' is not declared: declare it, or remove it here.</source>
      <translation>'{id}' ist nicht deklariert: Deklarieren Sie es oder entfernen Sie es hier.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Add {field}</source>
      <translation>{field} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Add {noun}</source>
      <translation>{noun} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Add {noun}…</source>
      <translation>{noun} hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Choose</source>
      <translation>Wählen</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Choose {noun} from the declared ones. {help}</source>
      <translation>{noun} aus den deklarierten wählen. {help}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Ctrl-click or Shift-click to choose several.</source>
      <translation>Strg- oder Umschalt-Klick, um mehrere zu wählen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Filter by name or id…</source>
      <translation>Nach Name oder ID filtern…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Type part of a name or id; Down moves into the list, Enter adds the selected items.</source>
      <translation>Geben Sie einen Teil eines Namens oder einer ID ein; Pfeil nach unten springt in die Liste, die Eingabetaste fügt die ausgewählten Einträge hinzu.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>{items}, {count} selected</source>
      <translation>{items}, {count} ausgewählt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>{name}, id {id}</source>
      <translation>{name}, ID {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>{shown} of {total} shown</source>
      <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>{title}: declared items</source>
      <translation>{title}: deklarierte Einträge</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>— already chosen</source>
      <translation>— bereits gewählt</translation>
    </message>
  </context>
  <context>
    <name>play data safety</name>
    <message>
      <location filename="../../app/exporters/play_data_safety.py" />
      <source>encryption in transit, account creation and deletion, and the badges are left blank: answer them in Play Console</source>
      <translation>Verschlüsselung bei der Übertragung, Kontoerstellung und -löschung sowie die Abzeichen bleiben leer: Beantworten Sie diese in der Play Console</translation>
    </message>
    <message>
      <location filename="../../app/exporters/play_data_safety.py" />
      <source>processed ephemerally is answered false for every data type (the policy does not record ephemeral processing); change it where it applies</source>
      <translation>„processed ephemerally“ (flüchtig verarbeitet) ist für jeden Datentyp mit „false“ beantwortet (die Richtlinie erfasst keine flüchtige Verarbeitung); ändern Sie es, wo es zutrifft</translation>
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
    <name>problems</name>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>; line {line}, column {column}</source>
      <translation>; Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <location filename="../../app/ui/problems/panel.py" />
      <source>Checking…</source>
      <translation>Wird geprüft…</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <location filename="../../app/ui/problems/panel.py" />
      <source>Checks failed</source>
      <translation>Prüfungen fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Double-click the problem (or press Enter) to go to it.</source>
      <translation>Doppelklicken Sie auf das Problem (oder drücken Sie die Eingabetaste), um dorthin zu gelangen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Errors</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Filter by code, message or location</source>
      <translation>Nach Code, Meldung oder Ort filtern</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Filter problems</source>
      <translation>Probleme filtern</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Hint:</source>
      <translation>Tipp:</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>How to fix</source>
      <translation>So beheben Sie es</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>No problems found.</source>
      <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Notes</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Problem details</source>
      <translation>Problemdetails</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <location filename="../../app/ui/problems/panel.py" />
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Problems panel</source>
      <translation>Bereich Probleme</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Problems summary</source>
      <translation>Problemübersicht</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Problems table</source>
      <translation>Problemtabelle</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Select a problem to see why it matters and how to fix it.</source>
      <translation>Wählen Sie ein Problem aus, um zu sehen, warum es wichtig ist und wie Sie es beheben.</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>Severity</source>
      <translation>Schweregrad</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show errors</source>
      <translation>Fehler anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show notes</source>
      <translation>Hinweise anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show or hide errors</source>
      <translation>Fehler ein- oder ausblenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show or hide notes</source>
      <translation>Hinweise ein- oder ausblenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Show or hide the Problems panel</source>
      <translation>Bereich Probleme ein- oder ausblenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Show or hide the Problems panel ({keys})</source>
      <translation>Bereich Probleme ein- oder ausblenden ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show or hide warnings</source>
      <translation>Warnungen ein- oder ausblenden</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Show the Problems panel ({keys})</source>
      <translation>Bereich Probleme anzeigen ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show warnings</source>
      <translation>Warnungen anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>The checks could not run: {error}</source>
      <translation>Die Prüfungen konnten nicht laufen: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>The findings of the latest checks, one a row: Enter shows where the problem is</source>
      <translation>Die Befunde der letzten Prüfungen, einer je Zeile: Die Eingabetaste zeigt, wo das Problem liegt</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Up to date</source>
      <translation>Aktuell</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Validation state</source>
      <translation>Prüfstatus</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Warnings</source>
      <translation>Warnungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>What the selected problem means and how to fix it</source>
      <translation>Was das gewählte Problem bedeutet und wie Sie es beheben</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Where:</source>
      <translation>Wo:</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Why it matters</source>
      <translation>Warum es wichtig ist</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>id: {id}</source>
      <translation>ID: {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>line {line}, column {column}</source>
      <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>path in the file: {path}</source>
      <translation>Pfad in der Datei: {path}</translation>
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
      <location filename="../../app/exporters/redline.py" />
      <source>%n difference</source>
      <translation>
        <numerusform>%n Unterschied</numerusform>
        <numerusform>%n Unterschiede</numerusform>
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
      <location filename="../../app/exporters/redline.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n Unterschied</numerusform>
        <numerusform>%n Unterschiede</numerusform>
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
      <location filename="../../app/exporters/redline.py" />
      <source>, digest {digest}</source>
      <translation>, Digest {digest}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>&gt; {section} {old} -&gt; {new} (renamed)</source>
      <translation>&gt; {section} {old} -&gt; {new} (umbenannt)</translation>
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
      <location filename="../../app/exporters/redline.py" />
      <source>no</source>
      <translation>nein</translation>
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
      <location filename="../../app/exporters/redline.py" />
      <source>no differences</source>
      <translation>keine Unterschiede</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>no longer:</source>
      <translation>nicht mehr:</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>not set</source>
      <translation>nicht gesetzt</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>notice: {sentence}</source>
      <translation>Datenschutzhinweis: {sentence}</translation>
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
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>unknown diff format '{format}' (choose from {formats})</source>
      <translation>unbekanntes Diff-Format '{format}' (wählen Sie aus {formats})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>{name}{role}, {decision} on {date}</source>
      <translation>{name}{role}, {decision} am {date}</translation>
    </message>
  </context>
  <context>
    <name>remedies</name>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Add obligation: {obligation}</source>
      <translation>Pflicht hinzufügen: {obligation}</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Ask for consent before using data for '{purpose}' (opt-in instead of {consent}).</source>
      <translation>Holen Sie eine Einwilligung ein, bevor Daten für '{purpose}' verwendet werden (Opt-in statt {consent}).</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Its legal basis becomes consent, as it has none.</source>
      <translation>Ihre Rechtsgrundlage wird die Einwilligung, da sie keine hat.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Left out: {categories}; add back only what the purpose truly needs.</source>
      <translation>Weggelassen: {categories}; fügen Sie nur wieder hinzu, was der Zweck wirklich braucht.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Narrow '{tree}' to {count} of its child categories</source>
      <translation>'{tree}' auf {count} seiner Unterkategorien einschränken</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Narrow '{tree}': leave out this category</source>
      <translation>'{tree}' einschränken: diese Kategorie weglassen</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Requests without granted consent are then denied.</source>
      <translation>Anfragen ohne erteilte Einwilligung werden dann abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Require that the data is {obligation}d whenever rule '{rule}' allows it. This applies to every use the rule allows, not only this one.</source>
      <translation>Verlangen Sie die Pflicht „{obligation}“ immer dann, wenn Regel '{rule}' die Verwendung erlaubt. Das gilt für jede Verwendung, die die Regel erlaubt, nicht nur für diese.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Rule '{rule}' allows all of '{tree}'. Replace it with {what}.</source>
      <translation>Regel '{rule}' erlaubt '{tree}' vollständig. Ersetzen Sie dies durch {what}.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Switch purpose to opt-in</source>
      <translation>Zweck auf Opt-in umstellen</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Switch {purpose} to opt-in</source>
      <translation>{purpose} auf Opt-in umstellen</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>its other child categories ({categories}), so this use of '{category}' is no longer allowed by the rule</source>
      <translation>seine anderen Unterkategorien ({categories}), sodass diese Verwendung von '{category}' von der Regel nicht mehr erlaubt wird</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>only the child categories less intrusive for this purpose: {categories}</source>
      <translation>nur die für diesen Zweck weniger eingreifenden Unterkategorien: {categories}</translation>
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
    <name>retention import</name>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n field to change</source>
      <translation>
        <numerusform>%n Feld zu ändern</numerusform>
        <numerusform>%n Felder zu ändern</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n fields to change</source>
      <translation>
        <numerusform>%n Feld zu ändern</numerusform>
        <numerusform>%n Felder zu ändern</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n unknown rule id</source>
      <translation>
        <numerusform>%n unbekannte Regel-ID</numerusform>
        <numerusform>%n unbekannte Regel-IDs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n unknown rule ids</source>
      <translation>
        <numerusform>%n unbekannte Regel-ID</numerusform>
        <numerusform>%n unbekannte Regel-IDs</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>'{value}' is not a month and day (MM-DD, e.g. 04-01, or 1 April)</source>
      <translation>'{value}' ist kein Monat und Tag (MM-DD, z. B. 04-01 oder 1 April)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>'{value}' is not a period (e.g. P6Y or 6 years)</source>
      <translation>'{value}' ist kein Zeitraum (z. B. P6Y oder 6 years)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>'{value}' is not yes or no</source>
      <translation>'{value}' ist weder yes noch no</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>= {id}: not in the schedule (unchanged)</source>
      <translation>= {id}: nicht im Aufbewahrungsplan (unverändert)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>? row {row}: unknown rule id '{id}' (not in the policy; ignored)</source>
      <translation>? Zeile {row}: unbekannte Regel-ID '{id}' (nicht in der Richtlinie; ignoriert)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>Import retention schedule (%n change)</source>
      <translation>
        <numerusform>Aufbewahrungsplan importieren (%n Änderung)</numerusform>
        <numerusform>Aufbewahrungsplan importieren (%n Änderungen)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>Import retention schedule (%n changes)</source>
      <translation>
        <numerusform>Aufbewahrungsplan importieren (%n Änderung)</numerusform>
        <numerusform>Aufbewahrungsplan importieren (%n Änderungen)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>a value outside the columns of the header</source>
      <translation>ein Wert außerhalb der Spalten der Kopfzeile</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>column '{column}' appears twice</source>
      <translation>Spalte '{column}' kommt doppelt vor</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>column '{column}': {reason}</source>
      <translation>Spalte '{column}': {reason}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>column {number}</source>
      <translation>Spalte {number}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>no disposition given</source>
      <translation>keine Entsorgungsart angegeben</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>note: {note}</source>
      <translation>Hinweis: {note}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>row {row}: '{words}' (in words) is not imported; change '{column}' to change the period of {id}</source>
      <translation>Zeile {row}: '{words}' (in Worten) wird nicht importiert; ändern Sie '{column}', um den Zeitraum von {id} zu ändern</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>rule id '{id}' repeats row {row}</source>
      <translation>Regel-ID '{id}' wiederholt Zeile {row}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the header has no '{column}' column</source>
      <translation>die Kopfzeile hat keine Spalte '{column}'</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the row has {cells} cells but the header has {columns} ('{missing}' is missing)</source>
      <translation>die Zeile hat {cells} Zellen, die Kopfzeile aber {columns} ('{missing}' fehlt)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the schedule carries no digest; it may not come from this policy</source>
      <translation>der Aufbewahrungsplan enthält keinen Digest; er stammt möglicherweise nicht aus dieser Richtlinie</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the schedule is empty (no header row)</source>
      <translation>der Aufbewahrungsplan ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the schedule was exported from another version of the policy ({digests}; the policy now is {now})</source>
      <translation>der Aufbewahrungsplan wurde aus einer anderen Version der Richtlinie exportiert ({digests}; die Richtlinie ist jetzt {now})</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>{fields}, {ids}</source>
      <translation>{fields}, {ids}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>{id}: '{value}' is not a declared {kind}</source>
      <translation>{id}: '{value}' ist nicht als {kind} deklariert</translation>
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
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source> (and {count} more)</source>
      <translation> (und {count} weitere)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source> One step to undo (Ctrl+Z).</source>
      <translation> Ein Schritt zum Rückgängigmachen (Strg+Z).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source> about {subject}</source>
      <translation> über {subject}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/review.py" />
      <source>%n allowed uses ({tally})</source>
      <translation>
        <numerusform>%n erlaubte Nutzung ({tally})</numerusform>
        <numerusform>%n erlaubte Nutzungen ({tally})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/review/view.py" />
      <source>%n uses</source>
      <translation>
        <numerusform>%n Nutzung</numerusform>
        <numerusform>%n Nutzungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>, shared with {recipient}</source>
      <translation>, weitergegeben an {recipient}</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>1 allowed use ({tally})</source>
      <translation>1 erlaubte Nutzung ({tally})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>; also allowed by {rules}</source>
      <translation>; auch erlaubt durch {rules}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>&lt;b&gt;{category}&lt;/b&gt; for &lt;b&gt;{purpose}&lt;/b&gt;</source>
      <translation>&lt;b&gt;{category}&lt;/b&gt; für &lt;b&gt;{purpose}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Allowed by: {rule}</source>
      <translation>Erlaubt durch: {rule}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Allowed uses</source>
      <translation>Erlaubte Nutzungen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Band</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Bands:</source>
      <translation>Stufen:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Every allowed use, most intrusive first; select one for details</source>
      <translation>Jede erlaubte Nutzung, die eingreifendste zuerst; für Details eine auswählen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Factors</source>
      <translation>Faktoren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Filter by category, purpose, subject, recipient or rule…</source>
      <translation>Nach Kategorie, Zweck, betroffener Person, Empfänger oder Regel filtern…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Filter uses</source>
      <translation>Nutzungen filtern</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Lower the score</source>
      <translation>Wert senken</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>No allowed uses to review yet. The review scores every use a rule allows: add a use rule that allows a data category for a purpose (Add item, Ctrl+Shift+N, in Use rules).</source>
      <translation>Noch keine erlaubten Nutzungen zu prüfen. Die Prüfung bewertet jede Nutzung, die eine Regel erlaubt: Fügen Sie eine Nutzungsregel hinzu, die eine Datenkategorie für einen Zweck erlaubt (Element hinzufügen, Strg+Umschalt+N, unter Nutzungsregeln).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>No change offered here would lower this score.</source>
      <translation>Keine hier angebotene Änderung würde diesen Wert senken.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Not changed: {error}</source>
      <translation>Nicht geändert: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Number of uses shown</source>
      <translation>Zahl der angezeigten Nutzungen</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>Print every use the policy allows (as 'decide' answers, deny rules applied), most intrusive first: category, purpose, subject, recipient, region, consent, score, band, factors and the rules allowing it. Exit status: with --band B, 1 when any use is in band B or above, else 0; without --band, 0; 2 for an unreadable file.</source>
      <translation>Gibt jede Nutzung aus, die die Richtlinie erlaubt (wie 'decide' antwortet, Verbotsregeln angewandt), die eingriffsintensivste zuerst: Kategorie, Zweck, betroffene Person, Empfänger, Region, Einwilligung, Wert, Stufe, Faktoren und die erlaubenden Regeln. Exit-Status: mit --band B 1, wenn eine Nutzung in Stufe B oder darüber liegt, sonst 0; ohne --band 0; 2 bei einer unlesbaren Datei.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Reviewing…</source>
      <translation>Wird geprüft…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Rules</source>
      <translation>Regeln</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Score</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Score {score} ({band})</source>
      <translation>Wert {score} ({band})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Scoring every allowed use of the policy…</source>
      <translation>Jede erlaubte Nutzung der Richtlinie wird bewertet…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Select a use to see why it scores as it does and how to lower it.</source>
      <translation>Wählen Sie eine Nutzung, um zu sehen, warum sie so bewertet wird und wie sich der Wert senken lässt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Selected use</source>
      <translation>Ausgewählte Nutzung</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show only the uses whose ids contain every word typed</source>
      <translation>Nur die Nutzungen anzeigen, deren IDs jedes eingegebene Wort enthalten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show the rule</source>
      <translation>Regel anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show the rule '{rule}' in the editor</source>
      <translation>Regel „{rule}“ im Editor anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show uses in the {band} band</source>
      <translation>Nutzungen der Stufe {band} anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show {band} uses</source>
      <translation>Nutzungen der Stufe {band} anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Subject</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Use details</source>
      <translation>Nutzungsdetails</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <location filename="../../app/ui/views/review/model.py" />
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
      <location filename="../../app/ui/views/review/view.py" />
      <source>total</source>
      <translation>gesamt</translation>
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
    <message numerus="yes">
      <location filename="../../app/ui/views/review/view.py" />
      <source>{shown} of %n uses</source>
      <translation>
        <numerusform>{shown} von %n Nutzung</numerusform>
        <numerusform>{shown} von %n Nutzungen</numerusform>
      </translation>
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
  <context>
    <name>schema</name>
    <message>
      <location filename="../../app/commands/schema.py" />
      <source>print the JSON Schema of policy files</source>
      <translation>das JSON-Schema der Richtliniendateien ausgeben</translation>
    </message>
  </context>
  <context>
    <name>section</name>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>data category</source>
      <translation>Datenkategorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>data subject</source>
      <translation>Betroffenengruppe</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>expectation</source>
      <translation>Erwartung</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>region group</source>
      <translation>Regionsgruppe</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>retention rule</source>
      <translation>Aufbewahrungsregel</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>use rule</source>
      <translation>Nutzungsregel</translation>
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
    <name>store labels</name>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>declare each category and its label</source>
      <translation>deklarieren Sie jede Kategorie und ihr Label</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>declare each purpose and its label</source>
      <translation>deklarieren Sie jeden Zweck und sein Label</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>declare one on each</source>
      <translation>deklarieren Sie bei jedem eines</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>format 1: only uses that name a third-party recipient count as shared; migrate the policy (policy-studio migrate) for exact labels</source>
      <translation>Format 1: nur Verwendungen, die einen Drittempfänger nennen, gelten als geteilt; migrieren Sie die Richtlinie (policy-studio migrate) für genaue Labels</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>no {store} data type for categories {items}: their data is left out</source>
      <translation>kein {store}-Datentyp für die Kategorien {items}: ihre Daten werden weggelassen</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>no {store} data type for category {items}: their data is left out</source>
      <translation>kein {store}-Datentyp für Kategorie {items}: ihre Daten werden weggelassen</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>no {store} purpose for purpose {items}: their uses are listed without one</source>
      <translation>kein {store}-Zweck für Zweck {items}: seine Verwendungen werden ohne aufgeführt</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>no {store} purpose for purposes {items}: their uses are listed without one</source>
      <translation>kein {store}-Zweck für die Zwecke {items}: ihre Verwendungen werden ohne aufgeführt</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>not declared</source>
      <translation>nicht deklariert</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{items} and {count} more</source>
      <translation>{items} und {count} weitere</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{store} data type {value} is proposed, not confirmed, for categories {items}</source>
      <translation>{store}-Datentyp {value} ist vorgeschlagen, nicht bestätigt, für die Kategorien {items}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{store} data type {value} is proposed, not confirmed, for category {items}</source>
      <translation>{store}-Datentyp {value} ist vorgeschlagen, nicht bestätigt, für Kategorie {items}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{store} purpose {value} is proposed, not confirmed, for purpose {items}</source>
      <translation>{store}-Zweck {value} ist vorgeschlagen, nicht bestätigt, für Zweck {items}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{store} purpose {value} is proposed, not confirmed, for purposes {items}</source>
      <translation>{store}-Zweck {value} ist vorgeschlagen, nicht bestätigt, für die Zwecke {items}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{unmapped}; {ending}</source>
      <translation>{unmapped}; {ending}</translation>
    </message>
  </context>
  <context>
    <name>store proposals</name>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its CCPA category {category}</source>
      <translation>ihre CCPA-Kategorie {category}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its DPV purpose {term}</source>
      <translation>ihr DPV-Zweck {term}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its DPV term {term}</source>
      <translation>ihr DPV-Begriff {term}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its Fides key {key}</source>
      <translation>ihr Fides-Schlüssel {key}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its kind {kind}</source>
      <translation>ihre Art {kind}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its special-category sensitivity</source>
      <translation>ihre Sensibilität als besondere Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its tag {tag}</source>
      <translation>ihr Tag {tag}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>the kind {kind} of {id}</source>
      <translation>die Art {kind} von {id}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>the word '{word}' in its id</source>
      <translation>das Wort '{word}' in ihrer ID</translation>
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
    <name>tables</name>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>expected columns</source>
      <translation>erwarteten Spalten</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>expected columns such as '{title}'</source>
      <translation>erwarteten Spalten wie '{title}'</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>malformed CSV: {reason}</source>
      <translation>fehlerhaftes CSV: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the file holds NUL characters; it is not a CSV text file (save it as 'CSV UTF-8')</source>
      <translation>die Datei enthält NUL-Zeichen; sie ist keine CSV-Textdatei (speichern Sie sie als 'CSV UTF-8')</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the file is not UTF-8; it was read as Windows-1252 (what Excel's plain 'CSV' writes in Western Europe)</source>
      <translation>die Datei ist nicht UTF-8; sie wurde als Windows-1252 gelesen (was Excels einfaches 'CSV' in Westeuropa schreibt)</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the file is not {encoding} text (save the spreadsheet as 'CSV UTF-8')</source>
      <translation>die Datei ist kein {encoding}-Text (speichern Sie die Tabelle als 'CSV UTF-8')</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the file looks like UTF-16 text without a byte-order mark; save it as 'CSV UTF-8'</source>
      <translation>die Datei sieht nach UTF-16-Text ohne Byte-Order-Mark aus; speichern Sie sie als 'CSV UTF-8'</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the header names none of the {expected}; its cells are separated by {found}</source>
      <translation>die Kopfzeile nennt keine der {expected}; ihre Zellen sind durch {found} getrennt</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the header names none of the {expected}; its cells seem to be separated by {found}, but the delimiter must be a comma, semicolon or tab</source>
      <translation>die Kopfzeile nennt keine der {expected}; ihre Zellen scheinen durch {found} getrennt zu sein, das Trennzeichen muss aber ein Komma, Semikolon oder Tabulator sein</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>unknown rule id '{id}' may be '{meant}' after a spreadsheet turned it into a number; export the schedule again</source>
      <translation>die unbekannte Regel-ID '{id}' ist vielleicht '{meant}', nachdem eine Tabellenkalkulation sie in eine Zahl umgewandelt hat; exportieren Sie den Aufbewahrungsplan erneut</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>{id}: the {field} '{old}' is one a spreadsheet turns into a number or date; check the change is an edit, not its reformatting</source>
      <translation>{id}: {field} '{old}' ist ein Wert, den eine Tabellenkalkulation in eine Zahl oder ein Datum umwandelt; prüfen Sie, dass die Änderung eine Bearbeitung ist und keine Umformatierung</translation>
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
    <name>tester</name>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Category:</source>
      <translation>&amp;Kategorie:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Global Privacy Control signal</source>
      <translation>&amp;Global-Privacy-Control-Signal</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Purpose:</source>
      <translation>&amp;Zweck:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Recipient:</source>
      <translation>&amp;Empfänger:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Region:</source>
      <translation>&amp;Region:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Save as expectation…</source>
      <translation>Als Erwartung &amp;speichern…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Subject:</source>
      <translation>&amp;Betroffene Person:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>ALLOW</source>
      <translation>ERLAUBT</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Answer</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Answer, scrolled</source>
      <translation>Antwort, scrollbar</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>C&amp;onsent:</source>
      <translation>Ein&amp;willigung:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Choose a category and a purpose first.</source>
      <translation>Wählen Sie zuerst eine Kategorie und einen Zweck.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Choose a category and a purpose to see the answer.</source>
      <translation>Wählen Sie eine Kategorie und einen Zweck, um die Antwort zu sehen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>DENY</source>
      <translation>VERBOTEN</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Declare the {items} first: an expectation names declared items only.</source>
      <translation>Deklarieren Sie zuerst {items}: Eine Erwartung nennt nur deklarierte Elemente.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Intrusiveness</source>
      <translation>Eingriffsintensität</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Intrusiveness factors</source>
      <translation>Faktoren der Eingriffsintensität</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Intrusiveness:</source>
      <translation>Eingriffsintensität:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Keep this question and its answer in the policy as an expectation that validation checks ({keys})</source>
      <translation>Diese Frage und ihre Antwort als Erwartung in der Richtlinie festhalten, die die Validierung prüft ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>No retention rule applies: add one for this category.</source>
      <translation>Keine Aufbewahrungsregel greift: Fügen Sie eine für diese Kategorie hinzu.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Note: {field} '{value}' is not declared in the policy.</source>
      <translation>Hinweis: {field} „{value}“ ist in der Richtlinie nicht deklariert.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Obligations</source>
      <translation>Pflichten</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Obligations:</source>
      <translation>Pflichten:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Reason code: {code}</source>
      <translation>Grundcode: {code}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Reason:</source>
      <translation>Grund:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Request</source>
      <translation>Anfrage</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Retention</source>
      <translation>Speicherdauer</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Retention:</source>
      <translation>Speicherdauer:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Rules:</source>
      <translation>Regeln:</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Save as expectation…</source>
      <translation>Als Erwartung speichern…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Saved as expectation {link}.</source>
      <translation>Als Erwartung {link} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show rule</source>
      <translation>Regel anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show rule {rule}</source>
      <translation>Regel {rule} anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show the retention rule</source>
      <translation>Aufbewahrungsregel anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show the retention rule '{rule}' in the editor</source>
      <translation>Aufbewahrungsregel „{rule}“ im Editor anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show the rule '{rule}' in the editor</source>
      <translation>Regel „{rule}“ im Editor anzeigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Subject</source>
      <translation>Betroffene Person</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>The data category to use (required)</source>
      <translation>Die zu nutzende Datenkategorie (erforderlich)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>The person's browser sent a GPC signal: an opt-out of purposes that honour it, unless consent is granted</source>
      <translation>Der Browser der Person hat ein GPC-Signal gesendet: ein Widerspruch gegen Zwecke, die es beachten, sofern keine Einwilligung erteilt ist</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>The person's consent state for this purpose</source>
      <translation>Der Einwilligungsstatus der Person für diesen Zweck</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>The policy has no data categories or purposes yet: add some (Add item, Ctrl+Shift+N) to ask whether a category may be used for a purpose.</source>
      <translation>Die Richtlinie hat noch keine Datenkategorien oder Zwecke: Fügen Sie welche hinzu (Element hinzufügen, Strg+Umschalt+N), um zu fragen, ob eine Kategorie für einen Zweck genutzt werden darf.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>What the data would be used for (required)</source>
      <translation>Wofür die Daten genutzt würden (erforderlich)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Where the data would be used (regions named by rules are offered). Left empty, rules limited to some regions do not apply</source>
      <translation>Wo die Daten genutzt würden (die in Regeln genannten Regionen werden angeboten). Leer gelassen, gelten auf bestimmte Regionen beschränkte Regeln nicht</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Who would receive the data. Left empty, the data is not shared: rules that name recipients do not apply</source>
      <translation>Wer die Daten erhielte. Leer gelassen, werden die Daten nicht weitergegeben: Regeln, die Empfänger nennen, gelten nicht</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Whom the data is about. Left empty, rules limited to some subjects do not apply</source>
      <translation>Um wen es in den Daten geht. Leer gelassen, gelten auf bestimmte Personen beschränkte Regeln nicht</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>no factors</source>
      <translation>keine Faktoren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>not known (no region)</source>
      <translation>unbekannt (keine Region)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>not known (no subject)</source>
      <translation>unbekannt (keine betroffene Person)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>not shared (no recipient)</source>
      <translation>nicht weitergegeben (kein Empfänger)</translation>
    </message>
  </context>
  <context>
    <name>timeline</name>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source> when used for {purposes}</source>
      <translation> bei Verwendung für {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source> · legal hold</source>
      <translation> · Aufbewahrungspflicht (Legal Hold)</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>1 day</source>
      <translation>1 Tag</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>1 month</source>
      <translation>1 Monat</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>1 week</source>
      <translation>1 Woche</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>1 year</source>
      <translation>1 Jahr</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>10 years</source>
      <translation>10 Jahre</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>3 years</source>
      <translation>3 Jahre</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>6 months</source>
      <translation>6 Monate</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Ambiguous: ties with {rules}</source>
      <translation>Mehrdeutig: gleichrangig mit {rules}</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>Ambiguous: {rules} applies equally well with other terms; only {id} takes effect.</source>
      <translation>Mehrdeutig: {rules} passt ebenso gut mit anderen Bedingungen; nur {id} wird wirksam.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>An allowed use without any retention period</source>
      <translation>Eine erlaubte Nutzung ohne jede Speicherdauer</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Category {name} ({id}), {sensitivity}: not used by any allow rule</source>
      <translation>Kategorie {name} ({id}), {sensitivity}: von keiner Erlaubnisregel genutzt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Category {name} ({id}), {sensitivity}: used by allow rules</source>
      <translation>Kategorie {name} ({id}), {sensitivity}: von Erlaubnisregeln genutzt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Data category</source>
      <translation>Datenkategorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Indefinite: no end date</source>
      <translation>Unbefristet: kein Enddatum</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Kept at least {minimum}</source>
      <translation>Mindestens {minimum} aufbewahrt</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>No data categories yet: declare the data the policy is about (Add item, Ctrl+Shift+N, in Data categories), then say how long it is kept.</source>
      <translation>Noch keine Datenkategorien: Deklarieren Sie die Daten, um die es in der Richtlinie geht (Element hinzufügen, Strg+Umschalt+N, unter Datenkategorien), und geben Sie dann an, wie lange sie aufbewahrt werden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>No retention period for {category} when used for {purposes}</source>
      <translation>Keine Speicherdauer für {category} bei Nutzung für {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>No retention rules yet: add one with Add item (Ctrl+Shift+N) in Retention rules to say how long each category is kept.</source>
      <translation>Noch keine Aufbewahrungsregeln: Fügen Sie unter Aufbewahrungsregeln eine mit „Element hinzufügen“ (Strg+Umschalt+N) hinzu, um anzugeben, wie lange jede Kategorie aufbewahrt wird.</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>Reason: {citation}</source>
      <translation>Grund: {citation}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Retention periods by category: click a bar to open its rule; arrow keys move, Enter opens</source>
      <translation>Speicherdauer je Kategorie: Klicken Sie auf einen Balken, um seine Regel zu öffnen; Pfeiltasten wechseln, die Eingabetaste öffnet</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Retention periods by data category</source>
      <translation>Speicherdauer je Datenkategorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Retention rule</source>
      <translation>Aufbewahrungsregel</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>Retention rule {id}: {category}{uses} is {sentence}.</source>
      <translation>Aufbewahrungsregel {id}: {category}{uses} – {sentence}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Then {disposition}</source>
      <translation>Danach {disposition}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Up to a year more: the period starts at the end of the year in which the event happened</source>
      <translation>Bis zu einem Jahr länger: Die Frist beginnt mit dem Ende des Jahres, in dem das Ereignis eintrat</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>ambiguous (tied rules)</source>
      <translation>mehrdeutig (gleichrangige Regeln)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>indefinite</source>
      <translation>unbefristet</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>no period</source>
      <translation>keine Frist</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>no retention</source>
      <translation>keine Speicherdauer</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>no retention for: {purposes}</source>
      <translation>keine Speicherdauer für: {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>no retention rule (not used)</source>
      <translation>keine Aufbewahrungsregel (nicht genutzt)</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>other uses: {terms}</source>
      <translation>andere Verwendungen: {terms}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>then {disposition}</source>
      <translation>danach {disposition}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>up to a year more (from year end)</source>
      <translation>bis zu einem Jahr länger (ab Jahresende)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>{rule} for {category}</source>
      <translation>{rule} für {category}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>“…” criteria, no fixed period</source>
      <translation>„…“ Kriterien, keine feste Frist</translation>
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
  <context>
    <name>view tab</name>
    <message>
      <location filename="../../app/ui/views/document/__init__.py" />
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Flow</source>
      <translation>Datenfluss</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/__init__.py" />
      <source>Matrix</source>
      <translation>Matrix</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/__init__.py" />
      <source>Review</source>
      <translation>Prüfung</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/__init__.py" />
      <source>Tester</source>
      <translation>Test</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Timeline</source>
      <translation>Fristen</translation>
    </message>
  </context>
  <context>
    <name>views</name>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Data flow</source>
      <translation>Datenfluss</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/__init__.py" />
      <source>Decision tester</source>
      <translation>Entscheidungstest</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Diagram</source>
      <translation>Diagramm</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Export data flow</source>
      <translation>Datenfluss exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Export retention timeline</source>
      <translation>Zeitleiste der Speicherdauer exportieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/__init__.py" />
      <source>Intrusiveness review</source>
      <translation>Prüfung der Eingriffsintensität</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Retention timeline</source>
      <translation>Zeitleiste der Speicherdauer</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/__init__.py" />
      <source>Use matrix</source>
      <translation>Nutzungsmatrix</translation>
    </message>
  </context>
</TS>
