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
</TS>
