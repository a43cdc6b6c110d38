<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>About</name>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>&amp;Libraries it runs on:</source>
      <translation>&amp;Bibliothèques utilisées :</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>About {app}</source>
      <translation>À propos de {app}</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Compose, validate, explain and export data-use policies: which personal data may be used for which purposes, under which legal basis and consent, shared with whom, and kept for how long.</source>
      <translation>Rédiger, vérifier, expliquer et exporter des politiques d'utilisation des données : quelles données personnelles peuvent servir à quelles finalités, sur quelle base légale et avec quel consentement, partagées avec qui, et conservées combien de temps.</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Copy the recovery folder's path</source>
      <translation>Copier le chemin du dossier de récupération</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Copy the settings file's path</source>
      <translation>Copier le chemin du fichier de paramètres</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Libraries and their licences</source>
      <translation>Bibliothèques et leurs licences</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Not made yet: nothing has been written there</source>
      <translation>Pas encore créé : rien n'y a encore été écrit</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Open folder</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Open the folder of the settings file</source>
      <translation>Ouvrir le dossier du fichier de paramètres</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Open the recovery folder</source>
      <translation>Ouvrir le dossier de récupération</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Python {python} · Qt {qt} · Qt for Python {pyside}</source>
      <translation>Python {python} · Qt {qt} · Qt for Python {pyside}</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Recovery folder:</source>
      <translation>Dossier de récupération :</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Settings file:</source>
      <translation>Fichier de paramètres :</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/licences.py" />
      <source>not installed</source>
      <translation>non installée</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/licences.py" />
      <source>not stated in its metadata</source>
      <translation>non indiquée dans ses métadonnées</translation>
    </message>
    <message>
      <location filename="../../app/ui/about/dialog.py" />
      <source>{app} is not installed as a package: its libraries cannot be listed</source>
      <translation>{app} n'est pas installé en tant que paquet : ses bibliothèques ne peuvent pas être listées</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;About {app}</source>
      <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Add item...</source>
      <translation>&amp;Ajouter un élément...</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Find...</source>
      <translation>&amp;Rechercher...</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Policy</source>
      <translation>&amp;Politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>About &amp;Qt</source>
      <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Add &amp;child item...</source>
      <translation>Ajouter un élément &amp;enfant...</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Add an item beside the selected one (asks its name)</source>
      <translation>Ajouter un élément à côté de l'élément sélectionné (demande son nom)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Add an item under the selected one</source>
      <translation>Ajouter un élément sous l'élément sélectionné</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Delete the selected item</source>
      <translation>Supprimer l'élément sélectionné</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Du&amp;plicate</source>
      <translation>Du&amp;pliquer</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Duplicate the selected item</source>
      <translation>Dupliquer l'élément sélectionné</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Filter the policy tree</source>
      <translation>Filtrer l'arborescence de la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Re&amp;name...</source>
      <translation>Re&amp;nommer...</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Rename the selected item and update its uses</source>
      <translation>Renommer l'élément sélectionné et mettre à jour ses utilisations</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Show the view: {title}</source>
      <translation>Afficher la vue : {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>The version and licence of Qt</source>
      <translation>La version et la licence de Qt</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Undo history</source>
      <translation>Historique des modifications</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Autosave every:</source>
      <translation>Enregistrement &amp;automatique toutes les :</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Browse...</source>
      <translation>&amp;Parcourir...</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Recent files kept:</source>
      <translation>Fichiers &amp;récents conservés :</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>&amp;Theme:</source>
      <translation>&amp;Thème :</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>A folder name cannot contain a NUL character.</source>
      <translation>Un nom de dossier ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/controller.py" />
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>A new language applies when Policy Studio next starts.</source>
      <translation>Une nouvelle langue s'applique au prochain démarrage de Policy Studio.</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Autosave interval in minutes, 0 for off</source>
      <translation>Intervalle d'enregistrement automatique en minutes, 0 pour désactivé</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Beside the policy file</source>
      <translation>À côté du fichier de la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/theme.py" />
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Default e&amp;xport folder:</source>
      <translation>Dossier d'e&amp;xport par défaut :</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Default export folder</source>
      <translation>Dossier d'export par défaut</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Give the folder's full path (or choose it with Browse).</source>
      <translation>Indiquez le chemin complet du dossier (ou choisissez-le avec Parcourir).</translation>
    </message>
    <message>
      <location filename="../../app/ui/theme.py" />
      <source>High contrast</source>
      <translation>Contraste élevé</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>How often unsaved work is copied to the recovery folder (never over your file); 0 turns autosave off</source>
      <translation>Fréquence à laquelle le travail non enregistré est copié dans le dossier de récupération (jamais par-dessus votre fichier) ; 0 désactive l'enregistrement automatique</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/controller.py" />
      <source>Language, theme, autosave and more</source>
      <translation>Langue, thème, enregistrement automatique et plus</translation>
    </message>
    <message>
      <location filename="../../app/ui/theme.py" />
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Number of recent files to keep</source>
      <translation>Nombre de fichiers récents à conserver</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Off</source>
      <comment>autosave</comment>
      <translation>Désactivé</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/controller.py" />
      <source>Pr&amp;eferences...</source>
      <translation>Pré&amp;férences...</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/values.py" />
      <location filename="../../app/ui/theme.py" />
      <source>System</source>
      <translation>Système</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>The folder {folder} cannot be written to ({reason}).</source>
      <translation>Impossible d'écrire dans le dossier {folder} ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>There is no folder {folder}.</source>
      <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>Where the Export dialog starts for a policy not exported before; empty: beside the policy file</source>
      <translation>Où la boîte d'export s'ouvre pour une politique jamais exportée ; vide : à côté du fichier de la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/preferences/dialog.py" />
      <source>min</source>
      <comment>minutes</comment>
      <translation>min</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Paste</source>
      <translation>C&amp;oller</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Cu&amp;t</source>
      <translation>Co&amp;uper</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Select All</source>
      <translation>Tout sélectionner</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Abort</source>
      <translation>Interrompre</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Don't Save</source>
      <translation>Ne pas enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Help</source>
      <translation>Aide</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>No to All</source>
      <translation>Non à tout</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Restore Defaults</source>
      <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Save All</source>
      <translation>Tout enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Yes to All</source>
      <translation>Oui à tout</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Paste</source>
      <translation>C&amp;oller</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Copy &amp;Link Location</source>
      <translation>Copier l'adresse du &amp;lien</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Cu&amp;t</source>
      <translation>Co&amp;uper</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../app/ui/qt_words.py" />
      <source>Select All</source>
      <translation>Tout sélectionner</translation>
    </message>
  </context>
</TS>
