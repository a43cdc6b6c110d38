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
      <source>Ready</source>
      <translation>Prêt</translation>
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
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Untitled</source>
      <translation>Sans titre</translation>
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
  <context>
    <name>add item</name>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>&amp;Id:</source>
      <translation>&amp;Identifiant :</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>&amp;Question:</source>
      <translation>&amp;Question :</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>'{id}' is already used by another {kind}</source>
      <translation>'{id}' est déjà utilisé ({kind})</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Add a {kind} to {section}. The id is made from the name; edit it if you like.</source>
      <translation>Nouvel élément dans {section} ({kind}). L'identifiant est formé à partir du nom ; vous pouvez le modifier.</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Add a {kind} under {parent} in {section}. The id is made from the name; edit it if you like.</source>
      <translation>Nouvel élément sous {parent} dans {section} ({kind}). L'identifiant est formé à partir du nom ; vous pouvez le modifier.</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Add {kind}</source>
      <translation>Ajouter : {kind}</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Another {kind} is already called that ({id}).</source>
      <translation>Un autre élément ({kind}) porte déjà ce nom ({id}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Customers</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Email address</source>
      <translation>Adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>German-speaking countries</source>
      <translation>Pays germanophones</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Id</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Lowercase letters, digits, _ and dots; a dot makes a child of the part before it (contact.email).</source>
      <translation>Lettres minuscules, chiffres, _ et points ; un point fait de l'élément un enfant de la partie qui le précède (contact.email).</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Order fulfilment</source>
      <translation>Exécution des commandes</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>Payment provider</source>
      <translation>Prestataire de paiement</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>What it is about, in a few words</source>
      <translation>De quoi il s'agit, en quelques mots</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>an id cannot be empty</source>
      <translation>un identifiant ne peut pas être vide</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>e.g. May we send the newsletter without consent?</source>
      <translation>p. ex. Pouvons-nous envoyer la newsletter sans consentement ?</translation>
    </message>
    <message>
      <location filename="../../app/ui/add_item_dialog.py" />
      <source>e.g. {example}</source>
      <translation>p. ex. {example}</translation>
    </message>
  </context>
  <context>
    <name>ages</name>
    <message>
      <location filename="../../app/domain/ages.py" />
      <source>marked as children, but the youngest is {youngest}, at or above the highest age of digital consent where the policy applies ({highest})</source>
      <translation>marquées comme enfants, mais les plus jeunes ont {youngest} ans, soit au moins l’âge le plus élevé du consentement numérique là où la politique s’applique ({highest})</translation>
    </message>
    <message>
      <location filename="../../app/domain/ages.py" />
      <source>not marked as children, but some may be {youngest}, under the lowest age of digital consent ({lowest})</source>
      <translation>non marquées comme enfants, mais certaines peuvent avoir {youngest} ans, sous l’âge le plus bas du consentement numérique ({lowest})</translation>
    </message>
    <message>
      <location filename="../../app/domain/ages.py" />
      <source>the youngest age ({youngest}) is above the oldest ({oldest})</source>
      <translation>l’âge le plus bas ({youngest}) dépasse le plus élevé ({oldest})</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../app/ui/app.py" />
      <source>New policy</source>
      <translation>Nouvelle politique</translation>
    </message>
  </context>
  <context>
    <name>approval</name>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>%n placeholder text from a template remains ({code})</source>
      <translation>
        <numerusform>%n texte d'exemple d'un modèle subsiste ({code})</numerusform>
        <numerusform>%n textes d'exemple d'un modèle subsistent ({code})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>%n placeholder texts from a template remain ({code})</source>
      <translation>
        <numerusform>%n texte d'exemple d'un modèle subsiste ({code})</numerusform>
        <numerusform>%n textes d'exemple d'un modèle subsistent ({code})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/validation/approval.py" />
      <source>The policy cannot be approved: {reasons}.</source>
      <translation>La politique ne peut pas être approuvée : {reasons}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>it has %n error finding</source>
      <translation>
        <numerusform>elle comporte %n constat d'erreur</numerusform>
        <numerusform>elle comporte %n constats d'erreur</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>it has %n error findings</source>
      <translation>
        <numerusform>elle comporte %n constat d'erreur</numerusform>
        <numerusform>elle comporte %n constats d'erreur</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/validation/approval.py" />
      <source>the policy is retired (return it to draft first)</source>
      <translation>la politique est retirée (remettez-la d'abord en brouillon)</translation>
    </message>
    <message>
      <location filename="../../app/validation/approval.py" />
      <source>{reasons} and {last}</source>
      <translation>{reasons} et {last}</translation>
    </message>
  </context>
  <context>
    <name>approvals</name>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>&amp;Approve...</source>
      <translation>&amp;Approuver...</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>&amp;Retire</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>&amp;Role:</source>
      <translation>&amp;Rôle :</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>&amp;Submit for review</source>
      <translation>&amp;Soumettre pour examen</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Approve Policy</source>
      <translation>Approuver la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Approved by {name}</source>
      <translation>Approuvée par {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Cannot Approve</source>
      <translation>Approbation impossible</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Digest approved</source>
      <translation>Empreinte approuvée</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Fix them (see the Problems panel) and approve again.</source>
      <translation>Corrigez-les (voir le panneau Problèmes) et approuvez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Full name of the approver</source>
      <translation>Nom complet de l'approbateur</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Impact since the last approved version</source>
      <translation>Impact depuis la dernière version approuvée</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Make the policy a draft again</source>
      <translation>Refaire de la politique un brouillon</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Mark the approved policy as no longer in force</source>
      <translation>Marquer la politique approuvée comme n'étant plus en vigueur</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Mark the draft as ready for review</source>
      <translation>Marquer le brouillon comme prêt pour l'examen</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Policy status</source>
      <translation>Statut de la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Record an approval of the policy under review</source>
      <translation>Enregistrer l'approbation de la politique en cours d'examen</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Return to &amp;draft</source>
      <translation>Revenir au &amp;brouillon</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Returned to Draft</source>
      <translation>Revenue au brouillon</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Returned to draft: the approved policy was edited</source>
      <translation>Revenue au brouillon : la politique approuvée a été modifiée</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>Status: {status}</source>
      <translation>Statut : {status}</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>The approver's role in the organisation</source>
      <translation>Le rôle de l'approbateur dans l'organisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>The day of the approval (year-month-day)</source>
      <translation>Le jour de l'approbation (année-mois-jour)</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>The policy was approved; this change returned it to draft. Undo to restore the approved version, or approve it again.</source>
      <translation>La politique était approuvée ; cette modification l'a ramenée au brouillon. Annulez pour restaurer la version approuvée, ou approuvez-la à nouveau.</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>Who approves this version of the policy</source>
      <translation>Qui approuve cette version de la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>You approve the content with digest
{digest}</source>
      <translation>Vous approuvez le contenu d'empreinte
{digest}</translation>
    </message>
    <message>
      <location filename="../../app/ui/approvals.py" />
      <source>and {count} more</source>
      <translation>et {count} de plus</translation>
    </message>
    <message>
      <location filename="../../app/ui/approval_dialog.py" />
      <source>e.g. Data protection officer</source>
      <translation>p. ex. délégué à la protection des données</translation>
    </message>
  </context>
  <context>
    <name>approve</name>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>Validate FILE and, when it has no error finding, no placeholder text from a template and is not retired, record an approval of its current content (name, role, date, content digest) and set its status to approved, in place, keeping comments. Exit status: 0 approved, 1 refused (the reasons are printed), 2 unreadable input or wrong usage.</source>
      <translation>Valide FILE et, s’il n’a aucun constat d’erreur, aucun texte d’exemple issu d’un modèle et n’est pas retiré, enregistre une approbation de son contenu actuel (nom, rôle, date, empreinte du contenu) et passe son statut à approuvé, sur place, en gardant les commentaires. Code de sortie : 0 approuvé, 1 refusé (les raisons sont affichées), 2 entrée illisible ou mauvais usage.</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>approve a YAML policy file (canonical JSON is generated)</source>
      <translation>approuvez un fichier de politique YAML (le JSON canonique est généré)</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>approved {file} by {name} ({role}) on {date}</source>
      <translation>{file} approuvé par {name} ({role}) le {date}</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>day of the approval (default: today)</source>
      <translation>jour de l’approbation (par défaut : aujourd’hui)</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>full name of the approver</source>
      <translation>nom complet de l’approbateur</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>give the approver's --name and --role</source>
      <translation>indiquez --name et --role de l’approbateur</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>policy YAML file to approve</source>
      <translation>fichier de politique YAML à approuver</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>record an approval of a policy (refused while it has errors)</source>
      <translation>enregistrer l’approbation d’une politique (refusée tant qu’elle contient des erreurs)</translation>
    </message>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>the approver's role, e.g. 'DPO'</source>
      <translation>rôle de l’approbateur, par ex. 'DPO'</translation>
    </message>
  </context>
  <context>
    <name>art30</name>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source> and </source>
      <translation> et </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/art30.html.j2" />
      <source>%n activities, one per purpose; a purpose within another is numbered under it.</source>
      <translation>
        <numerusform>%n activité, une par finalité ; une finalité incluse dans une autre est numérotée sous celle-ci.</numerusform>
        <numerusform>%n activités, une par finalité ; une finalité incluse dans une autre est numérotée sous celle-ci.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n criminal offence data</source>
      <translation>
        <numerusform>%n donnée d’infraction</numerusform>
        <numerusform>%n données d’infraction</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n of the rules are under legal hold.</source>
      <translation>
        <numerusform>%n des règles fait l’objet d’une conservation légale (legal hold).</numerusform>
        <numerusform>%n des règles font l’objet d’une conservation légale (legal hold).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_words.py" />
      <source>%n recipients in {places}</source>
      <translation>
        <numerusform>%n destinataire situé ici : {places}</numerusform>
        <numerusform>%n destinataires situés ici : {places}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n special category</source>
      <translation>
        <numerusform>%n catégorie particulière</numerusform>
        <numerusform>%n catégories particulières</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>Any data subject (the rules do not limit them)</source>
      <translation>Toute personne concernée (les règles ne les limitent pas)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>Any data subject (the rules do not limit them), including:</source>
      <translation>Toute personne concernée (les règles ne les limitent pas), dont :</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Applies to all processing: {measures}</source>
      <translation>S’applique à tout traitement : {measures}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>April</source>
      <translation>avril</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Assessment: {text}</source>
      <translation>Évaluation : {text}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>August</source>
      <translation>août</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Automated decision-making, including profiling</source>
      <translation>Prise de décision automatisée, y compris le profilage</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Balancing test: {text}</source>
      <translation>Mise en balance : {text}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Categories of data subjects</source>
      <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Categories of personal data</source>
      <translation>Catégories de données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Categories of recipients</source>
      <translation>Catégories de destinataires</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Contact details</source>
      <translation>Coordonnées</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Content digest:</source>
      <translation>Empreinte du contenu :</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Controller</source>
      <translation>Responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Controller served</source>
      <translation>Responsable du traitement servi</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Controller served: contact details</source>
      <translation>Responsable du traitement servi : coordonnées</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Controller served: processing contract (GDPR Art. 28)</source>
      <translation>Responsable du traitement servi : contrat de sous-traitance (art. 28 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Controller served: representative (GDPR Art. 27)</source>
      <translation>Responsable du traitement servi : représentant (art. 27 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Data protection impact assessment</source>
      <translation>Analyse d’impact relative à la protection des données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Data protection officer</source>
      <translation>Délégué à la protection des données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>December</source>
      <translation>décembre</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Digest</source>
      <translation>Empreinte</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Done</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Established in</source>
      <translation>Pays d’établissement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>February</source>
      <translation>février</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>GDPR Art. 30(1), controller’s record</source>
      <translation>Art. 30(1) RGPD, registre du responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>GDPR Art. 30(2)</source>
      <translation>Art. 30(2) RGPD</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Generated by Policy Studio from policy {policy} {version}; content digest {digest}. The machine file with the same digest says exactly what this record says.</source>
      <translation>Généré par Policy Studio à partir de la politique {policy} {version} ; empreinte du contenu {digest}. Le fichier lisible par machine portant la même empreinte dit exactement ce que dit ce registre.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>January</source>
      <translation>janvier</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Joint controllers</source>
      <translation>Responsables conjoints du traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>July</source>
      <translation>juillet</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>June</source>
      <translation>juin</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Lawful basis (GDPR Art. 6)</source>
      <translation>Base légale (art. 6 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Laws applied</source>
      <translation>Droits applicables</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Legal hold: {reason}.</source>
      <translation>Conservation légale (legal hold) : {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Legitimate interests</source>
      <translation>Intérêts légitimes</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>March</source>
      <translation>mars</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>May</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>NO CONTRACT REFERENCED</source>
      <translation>AUCUN CONTRAT RÉFÉRENCÉ</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>NO SAFEGUARD RECORDED</source>
      <translation>AUCUNE GARANTIE ENREGISTRÉE</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>NOT LISTED under Processing for controllers</source>
      <translation>NON LISTÉ sous Traitements pour des responsables</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>No purpose is recorded as carried out on behalf of this controller.</source>
      <translation>Aucune finalité n’est enregistrée comme poursuivie pour le compte de ce responsable du traitement.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>No retention rule for %n categories (in {families}).</source>
      <translation>
        <numerusform>Aucune règle de conservation pour %n catégorie (dans {families}).</numerusform>
        <numerusform>Aucune règle de conservation pour %n catégories (dans {families}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>No security measures are recorded in the policy.</source>
      <translation>Aucune mesure de sécurité n’est enregistrée dans la politique.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>No transfer outside the EEA for the other recipients ({recipients}).</source>
      <translation>Aucun transfert hors de l’EEE pour les autres destinataires ({recipients}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>No transfer outside the EEA: every recipient is in the EEA ({recipients}).</source>
      <translation>Aucun transfert hors de l’EEE : chaque destinataire se trouve dans l’EEE ({recipients}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>No transfer outside the country of establishment for the other recipients ({recipients}).</source>
      <translation>Aucun transfert hors du pays d’établissement pour les autres destinataires ({recipients}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>No transfer outside the country of establishment: every recipient is in the country of establishment or a country it recognises as adequate without conditions ({recipients}).</source>
      <translation>Aucun transfert hors du pays d’établissement : chaque destinataire se trouve dans le pays d’établissement ou dans un pays qu’il reconnaît comme adéquat sans conditions ({recipients}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Not needed (screened out)</source>
      <translation>Non nécessaire (écartée lors de l’examen préalable)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Not recorded, although {signs}: record whether people are profiled and whether decisions are taken solely by automated means (GDPR Art. 22).</source>
      <translation>Non enregistré, bien que {signs} : enregistrez si des personnes font l’objet d’un profilage et si des décisions sont prises exclusivement par des moyens automatisés (art. 22 RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>November</source>
      <translation>novembre</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>October</source>
      <translation>octobre</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>On behalf of {name}</source>
      <translation>Pour le compte de {name}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>Other recipients</source>
      <translation>Autres destinataires</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Processing activities</source>
      <translation>Activités de traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Processing activity</source>
      <translation>Activité de traitement</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Processing carried out on behalf of each controller</source>
      <translation>Traitements effectués pour le compte de chaque responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Processing contract (GDPR Art. 28)</source>
      <translation>Contrat de sous-traitance (art. 28 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Processor</source>
      <translation>Sous-traitant</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Processor contracts (GDPR Art. 28)</source>
      <translation>Contrats de sous-traitance (art. 28 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Processors</source>
      <translation>Sous-traitants</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Public authorities</source>
      <translation>Autorités publiques</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Published (anyone can see it)</source>
      <translation>Publié (visible par tous)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Purposes of the processing</source>
      <translation>Finalités du traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/dpia.py" />
      <source>Record created</source>
      <translation>Registre créé le</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/dpia.py" />
      <source>Record last updated</source>
      <translation>Registre mis à jour le</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Record of processing activities</source>
      <translation>Registre des activités de traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>Record of processing activities (processor)</source>
      <translation>Registre des activités de traitement (sous-traitant)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Record of processing activities carried out as processor</source>
      <translation>Registre des activités de traitement effectuées en tant que sous-traitant</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Record of processing activities: {title}</source>
      <translation>Registre des activités de traitement : {title}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>Representative (GDPR Art. 27)</source>
      <translation>Représentant (art. 27 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <location filename="../../app/exporters/dpia.py" />
      <source>Required by the rules for these uses: {measures}</source>
      <translation>Exigé par les règles pour ces utilisations : {measures}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Required, not started</source>
      <translation>Requise, non commencée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Sale and sharing (CCPA/CPRA)</source>
      <translation>Vente et partage (CCPA/CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Security measures</source>
      <translation>Mesures de sécurité</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>September</source>
      <translation>septembre</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>Set for each category by %n retention rules (see the retention schedule): {period}, then {dispositions}.</source>
      <translation>
        <numerusform>Fixée pour chaque catégorie par %n règle de conservation (voir le calendrier de conservation) : {period}, puis {dispositions}.</numerusform>
        <numerusform>Fixée pour chaque catégorie par %n règles de conservation (voir le calendrier de conservation) : {period}, puis {dispositions}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>Some categories are kept indefinitely.</source>
      <translation>Certaines catégories sont conservées sans limite de durée.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>Some periods also depend on criteria stated in the rules.</source>
      <translation>Certaines durées dépendent aussi de critères énoncés dans les règles.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Source of the personal data</source>
      <translation>Source des données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Special category condition (GDPR Art. 9)</source>
      <translation>Condition pour les catégories particulières (art. 9 RGPD)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>Technical and organisational security measures</source>
      <translation>Mesures de sécurité techniques et organisationnelles</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>The controller</source>
      <translation>Le responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>The organisation processes no personal data on behalf of other controllers: the policy lists none under Processing for controllers.</source>
      <translation>L’organisation ne traite aucune donnée à caractère personnel pour le compte d’autres responsables du traitement : la politique n’en liste aucun sous Traitements pour des responsables.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>The policy declares no purposes of its own.</source>
      <translation>La politique ne déclare aucune finalité propre.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>The processor</source>
      <translation>Le sous-traitant</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Third parties (independent controllers)</source>
      <translation>Tiers (responsables du traitement indépendants)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Time limits for erasure</source>
      <translation>Délais d’effacement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>To {places}: {ground}</source>
      <translation>Vers {places} : {ground}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Transfers to third countries and safeguards</source>
      <translation>Transferts vers des pays tiers et garanties</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>Under legal hold.</source>
      <translation>Fait l’objet d’une conservation légale (legal hold).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>Within the organisation</source>
      <translation>Au sein de l’organisation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>a parent's or guardian's consent for a child below the age of digital consent</source>
      <translation>le consentement d’un parent ou tuteur pour un enfant n’ayant pas atteint l’âge du consentement numérique</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>adequacy decision (GDPR Art. 45)</source>
      <translation>décision d’adéquation (art. 45 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>adequacy decision (GDPR Art. 45; the country is recognised as adequate, not recorded for this recipient)</source>
      <translation>décision d’adéquation (art. 45 RGPD ; le pays est reconnu comme adéquat, non enregistrée pour ce destinataire)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>aggregation</source>
      <translation>agrégation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>anonymisation</source>
      <translation>anonymisation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>any recipient (a rule allows disclosure to anyone)</source>
      <translation>tout destinataire (une règle autorise la communication à quiconque)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>binding corporate rules (GDPR Art. 47)</source>
      <translation>règles d’entreprise contraignantes (art. 47 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>children</source>
      <translation>enfants</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>data minimisation</source>
      <translation>minimisation des données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>derogation (GDPR Art. 49), which one is not recorded</source>
      <translation>dérogation (art. 49 RGPD), laquelle n’est pas enregistrée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>derogation for a specific situation (GDPR Art. 49)</source>
      <translation>dérogation pour une situation particulière (art. 49 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>derogation: {ground}</source>
      <translation>dérogation : {ground}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>encryption</source>
      <translation>chiffrement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>establishing, exercising or defending legal claims (GDPR Art. 49(1)(e))</source>
      <translation>constatation, exercice ou défense de droits en justice (art. 49(1)(e) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>from {shortest} to {longest}</source>
      <translation>de {shortest} à {longest}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>from {starts}</source>
      <translation>à compter de {starts}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>important reasons of public interest (GDPR Art. 49(1)(d))</source>
      <translation>motifs importants d’intérêt public (art. 49(1)(d) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>it uses data inferred about people ({categories}) for {kind}</source>
      <translation>elle utilise des données déduites sur des personnes ({categories}) pour {kind}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>made from a public register (GDPR Art. 49(1)(g))</source>
      <translation>effectué à partir d’un registre public (art. 49(1)(g) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>necessary for a contract made in the person's interest (GDPR Art. 49(1)(c))</source>
      <translation>nécessaire à un contrat conclu dans l’intérêt de la personne (art. 49(1)(c) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>necessary for a contract with the person or steps they asked for (GDPR Art. 49(1)(b))</source>
      <translation>nécessaire à un contrat avec la personne ou à des mesures prises à sa demande (art. 49(1)(b) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>no processor receives the data</source>
      <translation>aucun sous-traitant ne reçoit les données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/art30_fields.py" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>none (no rule allows a use for this purpose)</source>
      <translation>aucune (aucune règle n’autorise d’utilisation pour cette finalité)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>none appointed</source>
      <translation>aucun désigné</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>none outside the organisation's own use</source>
      <translation>aucun en dehors de l’usage propre de l’organisation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/art30_fields.py" />
      <source>none recorded</source>
      <translation>aucune enregistrée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>not applicable (the CCPA/CPRA does not apply)</source>
      <translation>sans objet (le CCPA/CPRA ne s’applique pas)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <location filename="../../app/exporters/art30_fields.py" />
      <location filename="../../app/exporters/art30_words.py" />
      <source>not recorded</source>
      <translation>non enregistré</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>not recorded: the controller is {gap}</source>
      <translation>non enregistré : le responsable du traitement est {gap}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>not relied on</source>
      <translation>non invoqués</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>notifying the person</source>
      <translation>information de la personne</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>pseudonymisation</source>
      <translation>pseudonymisation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>standard contractual clauses (GDPR Art. 46(2)(c))</source>
      <translation>clauses contractuelles types (art. 46(2)(c) RGPD)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>status {status}</source>
      <translation>statut {status}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>the person's explicit consent, informed of the risks (GDPR Art. 49(1)(a))</source>
      <translation>consentement explicite de la personne, informée des risques (art. 49(1)(a) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>the purpose is of the profiling kind</source>
      <translation>la finalité est de type profilage</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>the whole family</source>
      <translation>toute la famille</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>the {regime} adequacy decision covers only part of the country: {condition}</source>
      <translation>la décision d’adéquation au titre de {regime} ne couvre qu’une partie du pays : {condition}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/art30.html.j2" />
      <source>version {version}</source>
      <translation>version {version}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>vital interests of a person who cannot consent (GDPR Art. 49(1)(f))</source>
      <translation>intérêts vitaux d’une personne qui ne peut pas consentir (art. 49(1)(f) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>vulnerable people</source>
      <translation>personnes vulnérables</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>{category}, of which only:</source>
      <translation>{category}, dont uniquement :</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30.py" />
      <source>{controller} (not listed under Processing for controllers)</source>
      <translation>{controller} (non listé sous Traitements pour des responsables)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{count} of its %n categories</source>
      <translation>
        <numerusform>{count} de sa %n catégorie</numerusform>
        <numerusform>{count} de ses %n catégories</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{date} (the effective date; no update date recorded)</source>
      <translation>{date} (date d’entrée en vigueur ; aucune date de mise à jour enregistrée)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{date} (the latest approval; no update date recorded)</source>
      <translation>{date} (dernière approbation ; aucune date de mise à jour enregistrée)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{day} {month} {year}</source>
      <translation>{day} {month} {year}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{items} or {last}</source>
      <translation>{items} ou {last}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>{names}:</source>
      <translation>{names} :</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>{names}: no retention rule</source>
      <translation>{names} : aucune règle de conservation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>{names}: {rule}{citation}.{hold}</source>
      <translation>{names} : {rule}{citation}.{hold}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30.py" />
      <source>{name} (with the %n purposes within it)</source>
      <translation>
        <numerusform>{name} (avec la %n finalité qu’elle inclut)</numerusform>
        <numerusform>{name} (avec les %n finalités qu’elle inclut)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>{name}: {contract}</source>
      <translation>{name} : {contract}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{name}: {count}</source>
      <translation>{name} : {count}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_fields.py" />
      <source>{name}: {description}</source>
      <translation>{name} : {description}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{name}: {places}</source>
      <translation>{name} : {places}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{place} (storage only)</source>
      <translation>{place} (stockage uniquement)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>{recipient} (not declared)</source>
      <translation>{recipient} (non déclaré)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_receivers.py" />
      <source>{recipient} to {places}: {ground}</source>
      <translation>{recipient} vers {places} : {ground}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{span}, counted from {starts}</source>
      <translation>{span}, à compter de {starts}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_words.py" />
      <source>{status}: {reference}</source>
      <translation>{status} : {reference}</translation>
    </message>
  </context>
  <context>
    <name>builder</name>
    <message>
      <location filename="../../app/ui/builder.py" />
      <source>not a task of this application: {task}</source>
      <translation>pas une tâche de cette application : {task}</translation>
    </message>
    <message>
      <location filename="../../app/ui/builder.py" />
      <source>the process building the view stopped unexpectedly</source>
      <translation>le processus qui construit la vue s’est arrêté de manière inattendue</translation>
    </message>
  </context>
  <context>
    <name>change words</name>
    <message>
      <location filename="../../app/domain/change_words.py" />
      <source>Change {field} of the policy</source>
      <translation>Modifier {field} de la politique</translation>
    </message>
    <message>
      <location filename="../../app/domain/change_words.py" />
      <source>Change {field} of {item}</source>
      <translation>Modifier {field} de {item}</translation>
    </message>
  </context>
  <context>
    <name>check reference</name>
    <message>
      <location filename="../../app/validation/reporters/sarif.py" />
      <source>**How to fix:** {fix}</source>
      <translation>**Comment corriger :** {fix}</translation>
    </message>
    <message>
      <location filename="../../app/validation/reference.py" />
      <source>Check reference</source>
      <translation>Référence des contrôles</translation>
    </message>
    <message>
      <location filename="../../app/validation/reference.py" />
      <source>Every check `policy-studio validate` runs, by family. Generated from the catalogue with `policy-studio checks -o checks.md`; do not edit by hand. Each check's section is addressed by its code in lower case (`checks.md#str003`), the help URI its SARIF rule carries. {count} checks.</source>
      <translation>Chaque contrôle qu'exécute `policy-studio validate`, par famille. Généré à partir du catalogue avec `policy-studio checks -o checks.md` ; ne pas modifier à la main. La section de chaque contrôle est adressée par son code en minuscules (`checks.md#str003`), l'URI d'aide de sa règle SARIF. {count} contrôles.</translation>
    </message>
    <message>
      <location filename="../../app/validation/reference.py" />
      <location filename="../../app/validation/reporters/sarif.py" />
      <source>How to fix: {fix}</source>
      <translation>Comment corriger : {fix}</translation>
    </message>
    <message>
      <location filename="../../app/validation/reference.py" />
      <source>Why: {why}</source>
      <translation>Pourquoi : {why}</translation>
    </message>
  </context>
  <context>
    <name>checks</name>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Automated decisions</source>
      <translation>Décisions automatisées</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Expectations</source>
      <translation>Attentes</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>File format</source>
      <translation>Format de fichier</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Governance</source>
      <translation>Gouvernance</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Intrusiveness</source>
      <translation>Caractère intrusif</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Legal bases</source>
      <translation>Bases légales</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>People and data</source>
      <translation>Personnes et données</translation>
    </message>
    <message>
      <location filename="../../app/commands/checks.py" />
      <source>Print the reference of every check (code, title, severity, why, how to fix) as Markdown; each check's section is anchored by its code in lower case, the address its SARIF rule's helpUri names (publish it and pass its folder's address to `validate --docs-url`). The repository keeps it as resources/reference/checks.md.</source>
      <translation>Affiche la référence de chaque contrôle (code, titre, gravité, pourquoi, comment corriger) en Markdown ; la section de chaque contrôle est ancrée par son code en minuscules, l’adresse que nomme le helpUri de sa règle SARIF (publiez-la et passez l’adresse de son dossier à `validate --docs-url`). Le dépôt la conserve dans resources/reference/checks.md.</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Regions</source>
      <translation>Régions</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Retention</source>
      <translation>Conservation</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Rule logic</source>
      <translation>Logique des règles</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Sale and sharing (CPRA)</source>
      <translation>Vente et partage (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Structure and references</source>
      <translation>Structure et références</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Transfers</source>
      <translation>Transferts</translation>
    </message>
    <message>
      <location filename="../../app/validation/catalogue.py" />
      <source>Transparency</source>
      <translation>Transparence</translation>
    </message>
    <message>
      <location filename="../../app/commands/checks.py" />
      <source>print the check reference (Markdown) that SARIF help URIs point at</source>
      <translation>afficher la référence des contrôles (Markdown) vers laquelle pointent les URI d’aide SARIF</translation>
    </message>
    <message>
      <location filename="../../app/commands/checks.py" />
      <location filename="../../app/commands/schema.py" />
      <source>write it to FILE instead</source>
      <translation>l’écrire plutôt dans FILE</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/checks/_common.py" />
      <source>{items} and %n more</source>
      <translation>
        <numerusform>{items} et %n autre</numerusform>
        <numerusform>{items} et %n autres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/_common.py" />
      <source>{items} and {last}</source>
      <translation>{items} et {last}</translation>
    </message>
  </context>
  <context>
    <name>checks/automated</name>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Automated decisions not explained</source>
      <translation>Décisions automatisées non expliquées</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Automated decisions on special-category data</source>
      <translation>Décisions automatisées sur des données de catégories particulières</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Automated decisions without an Art. 22 exception</source>
      <translation>Décisions automatisées sans exception de l'article 22</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Automated decisions without safeguards</source>
      <translation>Décisions automatisées sans garanties</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Base the purpose on contract, legal obligation or consent collected by opt-in in every region, or put a person in the loop (clear 'solely automated').</source>
      <translation>Fondez la finalité, dans chaque région, sur un contrat, une obligation légale ou un consentement recueilli par opt-in, ou faites intervenir une personne (décochez 'solely automated').</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Decisions based solely on automated processing with legal or similarly significant effects are forbidden unless necessary for a contract, authorised by law, or based on the person's explicit consent (GDPR Art. 22(2)).</source>
      <translation>Les décisions fondées exclusivement sur un traitement automatisé produisant des effets juridiques ou des effets similaires importants sont interdites, sauf si elles sont nécessaires à un contrat, autorisées par la loi ou fondées sur le consentement explicite de la personne (article 22, paragraphe 2, du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Describe the logic and the consequences of the decisions in plain words.</source>
      <translation>Décrivez en termes simples la logique et les conséquences des décisions.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Describe the logic of the profiling in plain words.</source>
      <translation>Décrivez en termes simples la logique du profilage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Fill in the purpose's automated decisions (profiling, solely automated, logic).</source>
      <translation>Renseignez les décisions automatisées de la finalité (profilage, exclusivement automatisé, logique).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Offer the missing safeguards and list them in the purpose's automated decisions.</source>
      <translation>Offrez les garanties manquantes et listez-les dans les décisions automatisées de la finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>People must be told the logic involved in automated decisions and their significance and envisaged consequences (GDPR Art. 13(2)(f), 14(2)(g), 15(1)(h)).</source>
      <translation>Les personnes doivent être informées de la logique sous-jacente des décisions automatisées ainsi que de leur importance et de leurs conséquences prévues (articles 13, paragraphe 2, point f, 14, paragraphe 2, point g, et 15, paragraphe 1, point h, du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Profiling evaluates personal aspects of people; they are entitled to know how it works (GDPR Art. 13(2)(f), Art. 21).</source>
      <translation>Le profilage évalue des aspects personnels des personnes ; elles ont le droit de savoir comment il fonctionne (articles 13, paragraphe 2, point f, et 21 du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Profiling purpose without automated decisions</source>
      <translation>Finalité de profilage sans décisions automatisées décrites</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Profiling without its logic</source>
      <translation>Profilage sans sa logique</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Set the Art. 9 condition to explicit consent or substantial public interest, or stop allowing special-category data for the purpose.</source>
      <translation>Réglez la condition de l'article 9 sur le consentement explicite ou un motif d'intérêt public important, ou cessez d'autoriser des données de catégories particulières pour la finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Solely automated decisions may use special-category data only with explicit consent or for reasons of substantial public interest, with suitable safeguards (GDPR Art. 22(4), Art. 9(2)(a) or (g)).</source>
      <translation>Les décisions exclusivement automatisées ne peuvent utiliser des données de catégories particulières qu'avec un consentement explicite ou pour des motifs d'intérêt public important, avec des garanties appropriées (article 22, paragraphe 4, et article 9, paragraphe 2, point a ou g, du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>The purpose's kind is profiling, but it does not say whether it takes automated decisions or what logic it uses.</source>
      <translation>La finalité est de type profilage, mais elle ne dit pas si elle prend des décisions automatisées ni quelle logique elle utilise.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>Where solely automated decisions are allowed, people keep at least the right to obtain human intervention, to express their point of view and to contest the decision (GDPR Art. 22(3)).</source>
      <translation>Lorsque des décisions exclusivement automatisées sont autorisées, les personnes conservent au moins le droit d'obtenir une intervention humaine, d'exprimer leur point de vue et de contester la décision (article 22, paragraphe 3, du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} is for profiling but does not describe its automated decisions</source>
      <translation>La finalité {purpose} relève du profilage mais ne décrit pas ses décisions automatisées</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} profiles people but does not describe how</source>
      <translation>La finalité {purpose} profile des personnes mais ne décrit pas comment</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but does not explain their consequences</source>
      <translation>La finalité {purpose} prend des décisions exclusivement automatisées mais n'en explique pas les conséquences</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but does not explain their logic</source>
      <translation>La finalité {purpose} prend des décisions exclusivement automatisées mais n'en explique pas la logique</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but does not explain their logic or consequences</source>
      <translation>La finalité {purpose} prend des décisions exclusivement automatisées mais n'en explique ni la logique ni les conséquences</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but people cannot {safeguards}</source>
      <translation>La finalité {purpose} prend des décisions exclusivement automatisées mais les personnes ne peuvent pas {safeguards}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but relies on consent collected without opt-in, which Art. 22(2) does not allow</source>
      <translation>La finalité {purpose} prend des décisions exclusivement automatisées mais se fonde sur un consentement recueilli sans opt-in, ce que l'article 22, paragraphe 2, ne permet pas</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions but relies on {bases}, which Art. 22(2) does not allow</source>
      <translation>La finalité {purpose} prend des décisions exclusivement automatisées mais se fonde sur {bases}, ce que l'article 22, paragraphe 2, ne permet pas</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions on special-category data ({categories}, by rule {rules}) without explicit consent or substantial public interest</source>
      <translation>La finalité {purpose} prend des décisions exclusivement automatisées sur des données de catégories particulières ({categories}, par la règle {rules}) sans consentement explicite ni motif d'intérêt public important</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>purpose {purpose} takes solely automated decisions on special-category data ({categories}, by rules {rules}) without explicit consent or substantial public interest</source>
      <translation>La finalité {purpose} prend des décisions exclusivement automatisées sur des données de catégories particulières ({categories}, par les règles {rules}) sans consentement explicite ni motif d'intérêt public important</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/automated.py" />
      <source>{items} or {last}</source>
      <translation>{items} ou {last}</translation>
    </message>
  </context>
  <context>
    <name>checks/bases</name>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>Allowed where the purpose has no legal basis</source>
      <translation>Autorisée là où la finalité n'a pas de base légale</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>Assessment without its balancing test</source>
      <translation>Évaluation sans mise en balance</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>Set the purpose's default legal basis (used wherever no regional entry applies), add an entry for those regions, or limit the rules to the regions with a basis.</source>
      <translation>Définissez la base légale par défaut de la finalité (utilisée partout où aucune entrée régionale ne s'applique), ajoutez une entrée pour ces régions, ou limitez les règles aux régions dotées d'une base.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>Summarise the outcome of the balancing test in the purpose's 'balancing' field.</source>
      <translation>Résumez le résultat de la mise en balance dans le champ 'balancing' de la finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>The purpose names a legitimate interests assessment, but the policy does not say, in plain words, why the organisation's interest is not overridden by the person's. Readers of the policy document see only a reference they may not be able to open.</source>
      <translation>La finalité indique une évaluation de l'intérêt légitime, mais la politique ne dit pas en termes simples pourquoi l'intérêt de l'organisation ne cède pas devant celui de la personne. Les lecteurs du document ne voient qu'une référence qu'ils ne pourront peut-être pas consulter.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>The purpose's legal bases are all limited to some regions and it has no default basis, yet rules allow it in other regions (or in any region). There the use has no lawful basis.</source>
      <translation>Les bases légales de la finalité sont toutes limitées à certaines régions et elle n'a pas de base par défaut, pourtant des règles l'autorisent dans d'autres régions (ou dans toute région). Là, l'utilisation n'a pas de base licite.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>any region</source>
      <translation>toute région</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>purpose {purpose} is allowed in {regions}, where none of its legal bases applies</source>
      <translation>La finalité {purpose} est autorisée dans {regions}, où aucune de ses bases légales ne s'applique</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/bases.py" />
      <source>purpose {purpose} names the assessment {assessment} but gives no balancing test in plain words</source>
      <translation>La finalité {purpose} indique l'évaluation {assessment} mais ne présente pas la mise en balance en termes simples</translation>
    </message>
  </context>
  <context>
    <name>checks/cpra</name>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>A business that sells or shares personal information must treat an opt-out preference signal such as Global Privacy Control as a valid request to opt out (11 CCR 7025).</source>
      <translation>Une entreprise qui vend ou partage des informations personnelles doit traiter un signal de préférence d'opt-out tel que Global Privacy Control comme une demande d'opt-out valable (11 CCR 7025).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Californians may opt out of the sale and sharing of their personal information. A purpose that sells or shares but asks nothing (consent 'none') ignores that choice.</source>
      <translation>Les Californiens peuvent s'opposer à la vente et au partage de leurs informations personnelles. Une finalité qui vend ou partage sans rien demander (consentement 'none') ignore ce choix.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Global Privacy Control not honoured (CPRA)</source>
      <translation>Global Privacy Control non respecté (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Honour Global Privacy Control for the purpose (set 'honours_gpc').</source>
      <translation>Respectez Global Privacy Control pour la finalité (activez 'honours_gpc').</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Sale or sharing without any choice (CPRA)</source>
      <translation>Vente ou partage sans aucun choix (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>Set the purpose's consent to opt-out (or opt-in) and offer the right to opt out of sale or sharing.</source>
      <translation>Réglez le consentement de la finalité sur opt-out (ou opt-in) et offrez le droit de s'opposer à la vente ou au partage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} sells and shares personal information but does not honour Global Privacy Control as an opt-out</source>
      <translation>La finalité {purpose} vend et partage des informations personnelles mais ne respecte pas Global Privacy Control comme opt-out</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} sells and shares personal information but its consent is 'none': people cannot opt out</source>
      <translation>La finalité {purpose} vend et partage des informations personnelles mais son consentement est 'none' : les personnes ne peuvent pas s'y opposer</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} sells personal information but does not honour Global Privacy Control as an opt-out</source>
      <translation>La finalité {purpose} vend des informations personnelles mais ne respecte pas Global Privacy Control comme opt-out</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} sells personal information but its consent is 'none': people cannot opt out</source>
      <translation>La finalité {purpose} vend des informations personnelles mais son consentement est 'none' : les personnes ne peuvent pas s'y opposer</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} shares personal information but does not honour Global Privacy Control as an opt-out</source>
      <translation>La finalité {purpose} partage des informations personnelles mais ne respecte pas Global Privacy Control comme opt-out</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/cpra.py" />
      <source>purpose {purpose} shares personal information but its consent is 'none': people cannot opt out</source>
      <translation>La finalité {purpose} partage des informations personnelles mais son consentement est 'none' : les personnes ne peuvent pas s'y opposer</translation>
    </message>
  </context>
  <context>
    <name>checks/dpia</name>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>A processing that meets two or more of the EDPB's criteria (sensitive data, vulnerable people, scoring, automated decisions, monitoring, large scale, matching data sets, new technology, transfers without adequacy, barring a right or service) is likely to result in a high risk and needs a data protection impact assessment before it starts (GDPR Art. 35(1) and (3), WP248 rev.01).</source>
      <translation>Un traitement qui remplit au moins deux critères du CEPD (données sensibles, personnes vulnérables, évaluation ou notation, décisions automatisées, surveillance, grande échelle, croisement de jeux de données, technologie nouvelle, transferts sans décision d'adéquation, exclusion d'un droit ou d'un service) est susceptible d'engendrer un risque élevé et exige une analyse d'impact relative à la protection des données avant son démarrage (article 35, paragraphes 1 et 3, du RGPD ; WP248 rév.01).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>Carry out the assessment (export the DPIA draft) and record it on the purpose as in progress or done with its reference; or correct what the purpose says.</source>
      <translation>Réalisez l'analyse (exportez le projet d'AIPD) et consignez-la sur la finalité comme en cours ou réalisée, avec sa référence ; ou corrigez ce que dit la finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>Impact assessment required</source>
      <translation>Analyse d'impact requise</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>a DPIA is required for purpose {purpose}, which meets {count} of the criteria: {criteria}</source>
      <translation>Une AIPD est requise pour la finalité {purpose}, qui remplit {count} des critères : {criteria}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>a DPIA is required for purpose {purpose}, which meets {count} of the criteria: {criteria}; it is recorded as not needed</source>
      <translation>Une AIPD est requise pour la finalité {purpose}, qui remplit {count} des critères : {criteria} ; elle est consignée comme non nécessaire</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/dpia.py" />
      <source>a DPIA is required for purpose {purpose}, which meets {count} of the criteria: {criteria}; it is recorded as {state} but names no reference</source>
      <translation>Une AIPD est requise pour la finalité {purpose}, qui remplit {count} des critères : {criteria} ; elle est consignée comme {state} mais n'indique aucune référence</translation>
    </message>
  </context>
  <context>
    <name>checks/expectations</name>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>An allow always has the reason 'allowed' and a deny never has it, so an expectation that pairs them can never hold, whatever the rules say.</source>
      <translation>Une autorisation a toujours le motif 'allowed' et une interdiction jamais ; une attente qui les associe ne peut donc jamais être satisfaite, quoi que disent les règles.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>An expectation asks about a category for a purpose; without both it asks nothing and protects nothing.</source>
      <translation>Une attente porte sur une catégorie pour une finalité ; sans les deux, elle ne demande rien et ne protège rien.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>An expectation that names a use rule or retention rule the policy does not have can never hold; usually the rule was renamed outside the editor or mistyped.</source>
      <translation>Une attente qui nomme une règle d'utilisation ou de conservation que la politique n'a pas ne peut jamais être satisfaite ; le plus souvent, la règle a été renommée hors de l'éditeur ou mal saisie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Change the expected decision, or the reason (leave the reason empty when any reason will do).</source>
      <translation>Modifiez la décision attendue, ou le motif (laissez le motif vide si n'importe lequel convient).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Choose the category and the purpose the question is about.</source>
      <translation>Choisissez la catégorie et la finalité sur lesquelles porte la question.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Expectation naming an unknown rule</source>
      <translation>Attente nommant une règle inconnue</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Expectation that contradicts itself</source>
      <translation>Attente contradictoire</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Failing expectation</source>
      <translation>Attente non satisfaite</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>If the change is intended, update the expectation (or save a new one from the decision tester); otherwise correct the rules.</source>
      <translation>Si la modification est voulue, mettez à jour l'attente (ou enregistrez-en une nouvelle depuis le testeur de décisions) ; sinon, corrigez les règles.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Incomplete expectation</source>
      <translation>Attente incomplète</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Open the decision tester on this request to see why.</source>
      <translation>Ouvrez le testeur de décisions sur cette demande pour en voir la raison.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>Pick a declared rule, or leave the field empty when any rule will do.</source>
      <translation>Choisissez une règle déclarée, ou laissez le champ vide si n'importe quelle règle convient.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>The policy's owners wrote down the decision this question must get; the policy now answers it differently, so a change has altered a decision people rely on.</source>
      <translation>Les responsables de la politique ont consigné la décision que cette question doit recevoir ; la politique y répond désormais autrement : une modification a donc changé une décision sur laquelle on compte.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' expects the unknown retention rule '{rule}'</source>
      <translation>L'attente '{expectation}' attend la règle de conservation inconnue '{rule}'</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' expects the unknown use rule '{rule}'</source>
      <translation>L'attente '{expectation}' attend la règle d'utilisation inconnue '{rule}'</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' expects {effect} with the reason {reason}, which only a deny can have</source>
      <translation>L'attente '{expectation}' attend {effect} avec le motif {reason}, que seule une interdiction peut avoir</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' expects {effect} with the reason {reason}, which only an allow can have</source>
      <translation>L'attente '{expectation}' attend {effect} avec le motif {reason}, que seule une autorisation peut avoir</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' has no category</source>
      <translation>L'attente '{expectation}' n'a pas de catégorie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation '{expectation}' has no purpose</source>
      <translation>L'attente '{expectation}' n'a pas de finalité</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/expectations.py" />
      <source>expectation {expectation} fails: {problems}</source>
      <translation>L'attente {expectation} n'est pas satisfaite : {problems}</translation>
    </message>
  </context>
  <context>
    <name>checks/file_format</name>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>Format 1 file</source>
      <translation>Fichier au format 1</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>Format 1 files keep their old meaning: a rule without recipients allows disclosure to anyone, and a region matches only its own code. Format 2 says both explicitly and adds the new fields.</source>
      <translation>Les fichiers au format 1 gardent leur ancienne signification : une règle sans destinataires autorise la communication à quiconque, et une région ne correspond qu'à son propre code. Le format 2 dit les deux explicitement et ajoute les nouveaux champs.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>Format 2 field in a format 1 file</source>
      <translation>Champ du format 2 dans un fichier au format 1</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>In the window, choose Migrate in the bar shown when the file opens, then save; on the command line, run 'policy-studio migrate FILE'. The decisions stay the same; comments and layout are kept.</source>
      <translation>Dans la fenêtre, choisissez Migrer dans la barre affichée à l'ouverture du fichier, puis enregistrez ; en ligne de commande, exécutez 'policy-studio migrate FILE'. Les décisions restent les mêmes ; les commentaires et la mise en forme sont conservés.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>Migrate the file to format 2 and keep the field (in the window, choose Migrate in the bar shown when the file opens; on the command line, run 'policy-studio migrate FILE'), or remove the field.</source>
      <translation>Migrez le fichier au format 2 et gardez le champ (dans la fenêtre, choisissez Migrer dans la barre affichée à l'ouverture du fichier ; en ligne de commande, exécutez 'policy-studio migrate FILE'), ou supprimez le champ.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>The file says it is format 1, whose meaning differs from format 2 (disclosure, regions), yet it uses something only format 2 has; it cannot be read as either.</source>
      <translation>Le fichier se déclare au format 1, dont la signification diffère du format 2 (communication, régions), mais il utilise quelque chose que seul le format 2 possède ; il ne peut être lu ni comme l'un ni comme l'autre.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>choose Migrate in the bar the window shows when it opens the file, or run policy-studio migrate FILE</source>
      <translation>choisissez Migrer dans la barre que la fenêtre affiche à l'ouverture du fichier, ou exécutez policy-studio migrate FILE</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>this file is in format {version}; migrating it to format {latest} keeps every decision and adds the new fields</source>
      <translation>Ce fichier est au format {version} ; le migrer au format {latest} conserve chaque décision et ajoute les nouveaux champs</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/file_format.py" />
      <source>{what} is format 2 only; this file says format_version: {version}</source>
      <translation>{what} n'existe qu'au format 2 ; ce fichier indique format_version : {version}</translation>
    </message>
  </context>
  <context>
    <name>checks/governance</name>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Add the regimes the policy is written for, e.g. eu_gdpr.</source>
      <translation>Ajoutez les régimes pour lesquels la politique est rédigée, par exemple eu_gdpr.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>An approved policy is what the organisation says it does. Approving it while validation reports errors means signing off known legal or logical problems.</source>
      <translation>Une politique approuvée est ce que l'organisation déclare faire. L'approuver alors que la validation signale des erreurs revient à valider des problèmes juridiques ou logiques connus.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Approved policy with errors</source>
      <translation>Politique approuvée comportant des erreurs</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Approved without an approval</source>
      <translation>Approuvée sans approbation consignée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Changed since it was approved</source>
      <translation>Modifiée depuis son approbation</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Fill in the DPO's contact, or note why no DPO is required.</source>
      <translation>Renseignez les coordonnées du DPO, ou indiquez pourquoi aucun DPO n'est requis.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Fill in the controller's name and email address.</source>
      <translation>Renseignez le nom et l'adresse e-mail du responsable du traitement.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Fix the errors and approve again, or set the status back to draft or in review.</source>
      <translation>Corrigez les erreurs et approuvez de nouveau, ou remettez le statut à brouillon ou en revue.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Have the changes reviewed and record a new approval, or undo the changes.</source>
      <translation>Faites relire les modifications et consignez une nouvelle approbation, ou annulez les modifications.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>List the measures that protect the data, e.g. encryption, access control, staff training.</source>
      <translation>Listez les mesures qui protègent les données, par exemple chiffrement, contrôle d'accès, formation du personnel.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No controller contact</source>
      <translation>Aucun contact du responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No data protection officer contact</source>
      <translation>Aucun contact du délégué à la protection des données</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No jurisdiction</source>
      <translation>Aucun régime juridique</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No review date</source>
      <translation>Aucune date de révision</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>No security measures</source>
      <translation>Aucune mesure de sécurité</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>People and regulators must be able to tell who is responsible for the data and how to reach them (GDPR Art. 13(1)(a)).</source>
      <translation>Les personnes concernées et les autorités de contrôle doivent pouvoir savoir qui est responsable des données et comment le joindre (article 13, paragraphe 1, point a, du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Policies go stale as the business and the law change; the date set for the next review has passed.</source>
      <translation>Les politiques vieillissent à mesure que l'activité et le droit évoluent ; la date fixée pour la prochaine révision est passée.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Record the approval (name, role, date, decision), or set the status back.</source>
      <translation>Consignez l'approbation (nom, rôle, date, décision) ou remettez le statut à sa valeur précédente.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Review overdue</source>
      <translation>Révision en retard</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Review the policy, then set the next review date (typically a year ahead).</source>
      <translation>Révisez la politique, puis fixez la date de la prochaine révision (en général un an plus tard).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Set the next review date (typically a year ahead).</source>
      <translation>Fixez la date de la prochaine révision (en général un an plus tard).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>The jurisdiction decides which rules apply, including where data may be sent without a safeguard; without one, transfer checks cannot run.</source>
      <translation>Le régime juridique détermine les règles applicables, y compris les destinations vers lesquelles les données peuvent être envoyées sans garanties ; sans lui, les contrôles des transferts ne peuvent pas s'exécuter.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>The latest approval recorded the digest of what was approved; the content has changed since, so the approved status no longer covers what the file says.</source>
      <translation>La dernière approbation a consigné l'empreinte de ce qui a été approuvé ; le contenu a changé depuis, de sorte que le statut approuvé ne couvre plus ce que dit le fichier.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>The record of processing must describe the technical and organisational security measures (GDPR Art. 30(1)(g) and 32); none are recorded.</source>
      <translation>Le registre des activités de traitement doit décrire les mesures de sécurité techniques et organisationnelles (articles 30, paragraphe 1, point g, et 32 du RGPD) ; aucune n'est consignée.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>The status says approved, but nobody is recorded as having approved it, so there is no trace of who signed off and when.</source>
      <translation>Le statut indique approuvée, mais personne n'est consigné comme l'ayant approuvée : il n'y a donc aucune trace de qui a validé et quand.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Under the GDPR many organisations must appoint a data protection officer and publish how to reach them (Art. 37 and 13(1)(b)).</source>
      <translation>Selon le RGPD, de nombreuses organisations doivent désigner un délégué à la protection des données et publier ses coordonnées (articles 37 et 13, paragraphe 1, point b).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>Without a next review date nobody is reminded to check that the policy still matches what the organisation does.</source>
      <translation>Sans date de prochaine révision, personne n'est invité à vérifier que la politique correspond toujours à ce que fait l'organisation.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy changed after {name} approved it on {date}</source>
      <translation>La politique a été modifiée après son approbation par {name} le {date}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy has no next review date</source>
      <translation>La politique n'a pas de date de prochaine révision</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy is approved but has {count} error ({codes})</source>
      <translation>La politique est approuvée mais comporte {count} erreur ({codes})</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy is approved but has {count} errors ({codes})</source>
      <translation>La politique est approuvée mais comporte {count} erreurs ({codes})</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy is marked approved but no approval is recorded</source>
      <translation>La politique est marquée comme approuvée mais aucune approbation n'est consignée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy names no controller contact</source>
      <translation>La politique n'indique aucun contact du responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy names no data protection officer contact</source>
      <translation>La politique n'indique aucun contact du délégué à la protection des données</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy names no jurisdiction</source>
      <translation>La politique n'indique aucun régime juridique</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the policy records no security measures</source>
      <translation>La politique ne consigne aucune mesure de sécurité</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the review was due on {date} ({days} day ago)</source>
      <translation>La révision était prévue le {date} (il y a {days} jour)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/governance.py" />
      <source>the review was due on {date} ({days} days ago)</source>
      <translation>La révision était prévue le {date} (il y a {days} jours)</translation>
    </message>
  </context>
  <context>
    <name>checks/intrusiveness</name>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Add 'human_review' to the rights the purpose offers, and make sure a person can look again at the decision.</source>
      <translation>Ajoutez 'human_review' aux droits offerts par la finalité et veillez à ce qu'une personne puisse réexaminer la décision.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Add obligations (pseudonymise, aggregate, minimise) to the rule, or exclude the vulnerable group.</source>
      <translation>Ajoutez des obligations à la règle (pseudonymiser, agréger, minimiser) ou excluez le groupe vulnérable.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Advertising from browsing history</source>
      <translation>Publicité fondée sur l'historique de navigation</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Advertising from browsing history without opt-in</source>
      <translation>Publicité fondée sur l'historique de navigation sans opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Category nobody needs</source>
      <translation>Catégorie dont personne n'a besoin</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Children merit specific protection: marketing to them and profiling them should not happen (GDPR Recital 38 and 71, the DSA bans profiling-based ads to minors).</source>
      <translation>Les enfants méritent une protection spécifique : ils ne doivent faire l'objet ni de prospection ni de profilage (RGPD, considérants 38 et 71 ; le DSA interdit la publicité fondée sur le profilage des mineurs).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Children's data for marketing or profiling</source>
      <translation>Données d'enfants pour la prospection ou le profilage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Critically intrusive use</source>
      <translation>Utilisation d'une intrusivité critique</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Data minimisation: a non-essential purpose (analytics, marketing, research...) should get only the data it needs, not a whole branch of categories.</source>
      <translation>Minimisation des données : une finalité non essentielle (mesure d'audience, prospection, recherche…) ne doit recevoir que les données dont elle a besoin, pas toute une branche de catégories.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Exclude children: limit the rule to adult subjects, or add a deny rule for the children's subject group.</source>
      <translation>Excluez les enfants : limitez la règle aux personnes concernées adultes ou ajoutez une règle d'interdiction pour le groupe des enfants.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Give the purpose an opt-in (or at least opt-out) consent mechanism, or stop the sharing.</source>
      <translation>Dotez la finalité d'un mécanisme de consentement opt-in (ou au moins opt-out), ou cessez le partage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Handing data to a third party for a purpose the service does not need (analytics, marketing, advertising, research...), or selling or sharing it, without any consent mechanism takes away people's control over who holds their data. Sharing that the service or the law requires (delivery, payment, fraud checks) is not concerned.</source>
      <translation>Transmettre des données à un tiers pour une finalité dont le service n'a pas besoin (mesure d'audience, prospection, publicité, recherche…), ou les vendre ou les partager, sans aucun mécanisme de consentement retire aux personnes la maîtrise de qui détient leurs données. Le partage qu'exigent le service ou la loi (livraison, paiement, lutte contre la fraude) n'est pas concerné.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>List only the categories the purpose needs instead of their common parent.</source>
      <translation>Ne listez que les catégories dont la finalité a besoin au lieu de leur catégorie parente commune.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Location data for marketing</source>
      <translation>Données de localisation pour la prospection</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Make the purpose opt-in, or stop allowing browsing data for it.</source>
      <translation>Soumettez la finalité à un opt-in ou cessez d'y autoriser les données de navigation.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Make the purpose opt-in, or use coarse location, or stop allowing it.</source>
      <translation>Soumettez la finalité à un opt-in, utilisez une localisation approximative ou cessez de l'autoriser.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>No rule uses this category. Data nobody needs should not be collected at all (data minimisation).</source>
      <translation>Aucune règle n'utilise cette catégorie. Des données dont personne n'a besoin ne doivent pas être collectées du tout (minimisation des données).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>People have the right not to be subject to decisions based solely on automated processing, including profiling, and to obtain human intervention (GDPR Art. 22).</source>
      <translation>Les personnes concernées ont le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, et d'obtenir une intervention humaine (article 22 du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Precise location (GPS-level) used for marketing without asking first is tracking people's movements behind their backs.</source>
      <translation>Utiliser la localisation précise (au niveau GPS) pour la prospection sans demander d'abord, c'est suivre les déplacements des personnes à leur insu.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Precise location for marketing without opt-in</source>
      <translation>Localisation précise pour la prospection sans opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Prefer contextual or aggregated approaches; if you keep it, add obligations (aggregate, pseudonymise) and explain it plainly where consent is asked.</source>
      <translation>Privilégiez des approches contextuelles ou agrégées ; si vous la conservez, ajoutez des obligations (agréger, pseudonymiser) et expliquez-la clairement là où le consentement est demandé.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Profiling vulnerable people (patients, people in care...) or targeting them with ads exploits their situation; at least the data should be protected.</source>
      <translation>Profiler des personnes vulnérables (patients, personnes prises en charge…) ou les cibler par de la publicité exploite leur situation ; les données doivent au moins être protégées.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Profiling without human review</source>
      <translation>Profilage sans réexamen humain</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Reduce it: drop the most sensitive categories, add obligations (anonymise, aggregate, pseudonymise), ask opt-in consent, or narrow the rule.</source>
      <translation>Réduisez-la : retirez les catégories les plus sensibles, ajoutez des obligations (anonymiser, agréger, pseudonymiser), demandez un consentement opt-in ou restreignez la règle.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Sensitive data used for targeting</source>
      <translation>Données sensibles utilisées pour le ciblage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Sharing or selling without consent</source>
      <translation>Partage ou vente sans consentement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Stop allowing sensitive data for targeting purposes; use it only for the purpose it was collected for.</source>
      <translation>Cessez d'autoriser les données sensibles pour des finalités de ciblage ; ne les utilisez que pour la finalité pour laquelle elles ont été collectées.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Stop collecting it and delete the category, or add the rule that needs it.</source>
      <translation>Cessez de la collecter et supprimez la catégorie, ou ajoutez la règle qui en a besoin.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Targeting people from what they browsed is the tactic people find most intrusive, even when they opted in.</source>
      <translation>Cibler les personnes d'après ce qu'elles ont consulté est la pratique qu'elles jugent la plus intrusive, même lorsqu'elles y ont consenti.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Targeting people on sensitive traits (health, beliefs, sexuality, finances, offences) can harm and discriminate, and is banned or tightly restricted by the GDPR, the DSA and the CPRA.</source>
      <translation>Cibler les personnes sur des caractéristiques sensibles (santé, convictions, sexualité, finances, infractions) peut nuire et discriminer, et est interdit ou strictement encadré par le RGPD, le DSA et le CPRA.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>The intrusiveness review scores this use in the critical band: the combination of data, purpose, people and recipients is the kind people find most invasive.</source>
      <translation>L'évaluation du caractère intrusif classe cette utilisation dans la tranche critique : la combinaison de données, de finalité, de personnes et de destinataires est de celles que les personnes jugent les plus invasives.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Use coarse location (city, country) or none; add obligations such as aggregate; make sure the purpose is opt-in.</source>
      <translation>Utilisez une localisation approximative (ville, pays) ou aucune ; ajoutez des obligations comme l'agrégation ; assurez-vous que la finalité est en opt-in.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Using browsing history to target people without asking them first is exactly the intrusive tactic regulators act against (ePrivacy consent for tracking).</source>
      <translation>Utiliser l'historique de navigation pour cibler les personnes sans leur demander d'abord est précisément la pratique intrusive que les autorités de contrôle sanctionnent (consentement ePrivacy au traçage).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Vulnerable people profiled without safeguards</source>
      <translation>Profilage de personnes vulnérables sans garanties</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Where people go reveals their home, work, health and beliefs; using it to market to them is widely felt as tracking.</source>
      <translation>Les lieux où se rendent les personnes révèlent leur domicile, leur travail, leur santé et leurs convictions ; s'en servir pour la prospection est largement ressenti comme du pistage.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>Whole category tree for a non-essential purpose</source>
      <translation>Arborescence entière de catégories pour une finalité non essentielle</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>all of {category} ({count} categories)</source>
      <translation>tout {category} ({count} catégories)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>limit the rule to adult subjects or deny {subject}</source>
      <translation>limitez la règle aux personnes concernées adultes ou interdisez {subject}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>no rule uses category {category}</source>
      <translation>Aucune règle n'utilise la catégorie {category}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>profiling purpose {purpose} does not offer human review</source>
      <translation>La finalité de profilage {purpose} n'offre pas de réexamen humain</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows browsing data ({categories}) for purpose {purposes} (with opt-in consent)</source>
      <translation>La règle {rule} autorise des données de navigation ({categories}) pour la finalité {purposes} (avec consentement opt-in)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows browsing data ({categories}) for purpose {purposes} without opt-in consent</source>
      <translation>La règle {rule} autorise des données de navigation ({categories}) pour la finalité {purposes} sans consentement opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows browsing data ({categories}) for purposes {purposes} (with opt-in consent)</source>
      <translation>La règle {rule} autorise des données de navigation ({categories}) pour les finalités {purposes} (avec consentement opt-in)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows browsing data ({categories}) for purposes {purposes} without opt-in consent</source>
      <translation>La règle {rule} autorise des données de navigation ({categories}) pour les finalités {purposes} sans consentement opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows children's data (subject {subject}) for {purposes}</source>
      <translation>La règle {rule} autorise des données d'enfants (personnes concernées {subject}) pour {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows data about vulnerable people ({subject}) for {purposes} without any obligation</source>
      <translation>La règle {rule} autorise des données sur des personnes vulnérables ({subject}) pour {purposes} sans aucune obligation</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows data for sale or sharing ({purposes}) without asking consent</source>
      <translation>La règle {rule} autorise des données pour la vente ou le partage ({purposes}) sans demander le consentement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows location data ({categories}) for purpose {purposes}</source>
      <translation>La règle {rule} autorise des données de localisation ({categories}) pour la finalité {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows location data ({categories}) for purposes {purposes}</source>
      <translation>La règle {rule} autorise des données de localisation ({categories}) pour les finalités {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows precise location data ({categories}) for purpose {purposes} without opt-in consent</source>
      <translation>La règle {rule} autorise des données de localisation précise ({categories}) pour la finalité {purposes} sans consentement opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows precise location data ({categories}) for purposes {purposes} without opt-in consent</source>
      <translation>La règle {rule} autorise des données de localisation précise ({categories}) pour les finalités {purposes} sans consentement opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows sensitive data ({categories}) for purpose {purposes}</source>
      <translation>La règle {rule} autorise des données sensibles ({categories}) pour la finalité {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows sensitive data ({categories}) for purposes {purposes}</source>
      <translation>La règle {rule} autorise des données sensibles ({categories}) pour les finalités {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {category} for {purpose} about {subject} shared with {recipient}, scoring {score}</source>
      <translation>La règle {rule} autorise {category} pour {purpose} concernant {subject}, partagé avec {recipient}, avec le score {score}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {category} for {purpose} about {subject}, scoring {score}</source>
      <translation>La règle {rule} autorise {category} pour {purpose} concernant {subject}, avec le score {score}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {category} for {purpose} shared with {recipient}, scoring {score}</source>
      <translation>La règle {rule} autorise {category} pour {purpose}, partagé avec {recipient}, avec le score {score}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {category} for {purpose}, scoring {score}</source>
      <translation>La règle {rule} autorise {category} pour {purpose}, avec le score {score}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {what} for non-essential purpose {purposes}</source>
      <translation>La règle {rule} autorise {what} pour la finalité non essentielle {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} allows {what} for non-essential purposes {purposes}</source>
      <translation>La règle {rule} autorise {what} pour les finalités non essentielles {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} has no subject limit, so it allows data about children ({subject}) for {purpose}; no deny rule excludes them</source>
      <translation>La règle {rule} n'est limitée à aucune catégorie de personnes concernées et autorise donc des données sur des enfants ({subject}) pour {purpose} ; aucune règle d'interdiction ne les exclut</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} shares data with third party {recipient} for purpose {purposes}, which asks no consent</source>
      <translation>La règle {rule} partage des données avec le tiers {recipient} pour la finalité {purposes}, qui ne demande aucun consentement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>rule {rule} shares data with third party {recipient} for purposes {purposes}, which ask no consent</source>
      <translation>La règle {rule} partage des données avec le tiers {recipient} pour les finalités {purposes}, qui ne demandent aucun consentement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/intrusiveness.py" />
      <source>{count} of the {total} categories under {category}</source>
      <translation>{count} des {total} catégories sous {category}</translation>
    </message>
  </context>
  <context>
    <name>checks/legal</name>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source> (in {regions})</source>
      <translation> (pour {regions})</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>A request follows the consent mechanism of the purpose it names (its nearest declared ancestor-or-self). When a child purpose asks less than its parent (opt-out or nothing under an opt-in parent, nothing under an opt-out parent), every rule written for the parent also allows the child for people who refused consent to the parent.</source>
      <translation>Une demande suit le mécanisme de consentement de la finalité qu'elle nomme (son ancêtre déclaré le plus proche, ou elle-même). Lorsqu'une finalité enfant demande moins que sa finalité parente (opt-out ou rien sous un parent opt-in, rien sous un parent opt-out), chaque règle écrite pour le parent autorise aussi l'enfant pour les personnes qui ont refusé de consentir au parent.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Add 'opt_out_of_sale' to the rights the purpose offers (and provide the 'Do Not Sell or Share' link).</source>
      <translation>Ajoutez 'opt_out_of_sale' aux droits offerts par la finalité (et fournissez le lien « Do Not Sell or Share »).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Add 'withdraw_consent' to the rights the purpose offers.</source>
      <translation>Ajoutez 'withdraw_consent' aux droits offerts par la finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Art. 9 condition that nothing needs</source>
      <translation>Condition de l'article 9 dont rien n'a besoin</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Californians have the right to opt out of the sale or sharing of their personal information, including sharing for cross-context behavioural advertising.</source>
      <translation>Les Californiens ont le droit de s'opposer à la vente ou au partage de leurs informations personnelles, y compris au partage pour la publicité comportementale intercontextuelle.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Check that a law authorises this use and base the purpose on it, or stop allowing criminal-offence data for the purpose.</source>
      <translation>Vérifiez qu'une loi autorise cette utilisation et fondez-y la finalité, ou cessez d'autoriser les données relatives aux infractions pour cette finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Consent basis without opt-in</source>
      <translation>Consentement comme base légale sans opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Consent under the GDPR must be a clear affirmative act: pre-ticked boxes, silence or an opt-out do not count. A purpose that relies on consent must ask first.</source>
      <translation>Le consentement au sens du RGPD doit être un acte positif clair : cases pré-cochées, silence ou opt-out ne comptent pas. Une finalité fondée sur le consentement doit d'abord le demander.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Consent weaker than the parent purpose's</source>
      <translation>Consentement plus faible que celui de la finalité parente</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Consent without a way to withdraw it</source>
      <translation>Consentement sans moyen de le retirer</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Criminal-offence data without an official basis</source>
      <translation>Données relatives aux infractions sans base officielle</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Data about criminal convictions and offences may only be processed under official authority or where the law authorises it (GDPR Art. 10), which normally means a legal obligation or a public task.</source>
      <translation>Les données relatives aux condamnations pénales et aux infractions ne peuvent être traitées que sous le contrôle de l'autorité publique ou si la loi l'autorise (article 10 du RGPD), ce qui signifie normalement une obligation légale ou une mission d'intérêt public.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Either base the purpose on consent, or drop the opt-in and explain the real basis to people.</source>
      <translation>Fondez la finalité sur le consentement, ou abandonnez l'opt-in et expliquez aux personnes la véritable base légale.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Explicit consent without opt-in</source>
      <translation>Consentement explicite sans opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Give the child purpose the parent's consent mechanism, or, if the child really needs no consent, make sure the rules on the parent were meant to cover it.</source>
      <translation>Donnez à la finalité enfant le mécanisme de consentement du parent ou, si l'enfant n'a vraiment besoin d'aucun consentement, assurez-vous que les règles du parent étaient censées le couvrir.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Health, biometric, genetic and other special-category data is banned unless one of the conditions of GDPR Art. 9(2) applies, on top of the Art. 6 legal basis.</source>
      <translation>Les données de santé, biométriques, génétiques et autres catégories particulières sont interdites, sauf si l'une des conditions de l'article 9, paragraphe 2, du RGPD s'applique, en plus de la base légale de l'article 6.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Legitimate interests without an assessment</source>
      <translation>Intérêts légitimes sans évaluation</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Opt-in consent not relied on</source>
      <translation>Consentement opt-in sans s'y fonder</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>People must be able to withdraw consent as easily as they gave it (GDPR Art. 7(3)).</source>
      <translation>Les personnes doivent pouvoir retirer leur consentement aussi facilement qu'elles l'ont donné (article 7, paragraphe 3, du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Personal data may only be used on a lawful basis (GDPR Art. 6). A purpose that rules allow data for, but that names no basis, cannot be justified to a regulator.</source>
      <translation>Les données personnelles ne peuvent être utilisées que sur une base licite (article 6 du RGPD). Une finalité pour laquelle des règles autorisent des données mais qui n'indique aucune base ne peut pas être justifiée auprès d'une autorité de contrôle.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Record the reference of the assessment in the purpose's 'lia' field, or choose another legal basis.</source>
      <translation>Indiquez la référence de l'évaluation dans le champ 'lia' de la finalité, ou choisissez une autre base légale.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Relying on legitimate interests needs a documented balancing test (a legitimate interests assessment) showing that people's rights do not override the interest.</source>
      <translation>Se fonder sur l'intérêt légitime exige un test de mise en balance documenté (une évaluation de l'intérêt légitime) montrant que les droits des personnes ne prévalent pas sur cet intérêt.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Remove the Art. 9 condition, or check that the rules allow the data you meant.</source>
      <translation>Supprimez la condition de l'article 9, ou vérifiez que les règles autorisent les données voulues.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Sale or sharing without an opt-out (CPRA)</source>
      <translation>Vente ou partage sans opt-out (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's Art. 9 condition (for example explicit consent), or stop allowing special-category data for it.</source>
      <translation>Définissez la condition de l'article 9 de la finalité (par exemple le consentement explicite), ou cessez d'y autoriser des données de catégories particulières.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's consent mechanism to opt-in, or choose the Art. 9 condition that really applies.</source>
      <translation>Réglez le mécanisme de consentement de la finalité sur opt-in, ou choisissez la condition de l'article 9 qui s'applique réellement.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's consent mechanism to opt-in, or choose the legal basis the purpose really relies on.</source>
      <translation>Réglez le mécanisme de consentement de la finalité sur opt-in, ou choisissez la base légale sur laquelle la finalité se fonde réellement.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's legal basis (consent, contract, legal obligation, vital interests, public task or legitimate interests).</source>
      <translation>Définissez la base légale de la finalité (consentement, contrat, obligation légale, intérêts vitaux, mission d'intérêt public ou intérêts légitimes).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Set the purpose's legal basis, or delete the purpose if nobody needs it.</source>
      <translation>Définissez la base légale de la finalité, ou supprimez-la si personne n'en a besoin.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Special-category data without an Art. 9 condition</source>
      <translation>Données de catégories particulières sans condition de l'article 9</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>The Art. 9 condition 'explicit consent' needs an express statement from the person; it cannot be met by an opt-out or without asking.</source>
      <translation>La condition « consentement explicite » de l'article 9 exige une déclaration expresse de la personne ; un opt-out ou l'absence de demande ne suffit pas.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>The purpose collects opt-in consent but names another legal basis. People are told their consent matters, yet withdrawing it would not stop the use; that misleads them and muddles which rules apply.</source>
      <translation>La finalité recueille un consentement opt-in mais indique une autre base légale. On dit aux personnes que leur consentement compte, alors que le retirer n'arrêterait pas l'utilisation ; cela les induit en erreur et brouille les règles applicables.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>The purpose has no legal basis. No rule allows data for it yet, but it will need one before any rule does.</source>
      <translation>La finalité n'a pas de base légale. Aucune règle n'autorise encore de données pour elle, mais il lui en faudra une avant qu'une règle le fasse.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>The purpose names an Art. 9 condition, but no allow rule uses special-category data for it. The condition may be left over from an earlier version.</source>
      <translation>La finalité indique une condition de l'article 9, mais aucune règle d'autorisation n'utilise de données de catégories particulières pour elle. La condition est peut-être un reste d'une version antérieure.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Unused purpose without a legal basis</source>
      <translation>Finalité inutilisée sans base légale</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>Used purpose without a legal basis</source>
      <translation>Finalité utilisée sans base légale</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>a rule on {parent} would allow it</source>
      <translation>une règle sur {parent} l'autoriserait</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>no consent</source>
      <translation>aucun consentement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>only an opt-out</source>
      <translation>seulement un opt-out</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>opt-in consent</source>
      <translation>un consentement opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} asks for opt-in consent but relies on {bases}, not on consent</source>
      <translation>La finalité {purpose} demande un consentement opt-in mais se fonde sur {bases}, pas sur le consentement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} asks {asks}, less than its parent {parent} ({parent_asks}): {effect} without the consent {parent} asks for</source>
      <translation>La finalité {purpose} demande {asks}, moins que sa finalité parente {parent} ({parent_asks}) : {effect} sans le consentement que {parent} demande</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} has no legal basis (an allow rule uses it)</source>
      <translation>La finalité {purpose} n'a pas de base légale (une règle d'autorisation l'utilise)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} has no legal basis (no allow rule uses it yet)</source>
      <translation>La finalité {purpose} n'a pas de base légale (aucune règle d'autorisation ne l'utilise encore)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is allowed criminal-offence data ({categories}, by rule {rules}) on the basis of {bases}</source>
      <translation>La finalité {purpose} est autorisée à utiliser des données relatives aux infractions ({categories}, par la règle {rules}) sur la base de {bases}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is allowed criminal-offence data ({categories}, by rules {rules}) on the basis of {bases}</source>
      <translation>La finalité {purpose} est autorisée à utiliser des données relatives aux infractions ({categories}, par les règles {rules}) sur la base de {bases}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is allowed special-category data ({categories}, by rule {rules}) but has no Art. 9 condition</source>
      <translation>La finalité {purpose} est autorisée à utiliser des données de catégories particulières ({categories}, par la règle {rules}) mais n'a pas de condition de l'article 9</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is allowed special-category data ({categories}, by rules {rules}) but has no Art. 9 condition</source>
      <translation>La finalité {purpose} est autorisée à utiliser des données de catégories particulières ({categories}, par les règles {rules}) mais n'a pas de condition de l'article 9</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is based on consent but does not offer the right to withdraw it</source>
      <translation>La finalité {purpose} est fondée sur le consentement mais n'offre pas le droit de le retirer</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} is for {kind} but does not offer the right to opt out of sale or sharing</source>
      <translation>La finalité {purpose} relève de {kind} mais n'offre pas le droit de s'opposer à la vente ou au partage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} names an Art. 9 condition but no allow rule uses special-category data for it</source>
      <translation>La finalité {purpose} indique une condition de l'article 9 mais aucune règle d'autorisation n'utilise de données de catégories particulières pour elle</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} relies on consent{where} but its consent mechanism is {mechanism}, not opt-in</source>
      <translation>La finalité {purpose} se fonde sur le consentement{where} mais son mécanisme de consentement est {mechanism}, pas opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} relies on explicit consent for special-category data but its consent mechanism is {mechanism}</source>
      <translation>La finalité {purpose} se fonde sur le consentement explicite pour des données de catégories particulières mais son mécanisme de consentement est {mechanism}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} relies on legitimate interests{where} but names no legitimate interests assessment</source>
      <translation>La finalité {purpose} se fonde sur l'intérêt légitime{where} mais n'indique aucune évaluation de l'intérêt légitime</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} sells and shares personal information but does not offer the right to opt out of sale or sharing</source>
      <translation>La finalité {purpose} vend et partage des informations personnelles mais n'offre pas le droit de s'opposer à la vente ou au partage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} sells personal information but does not offer the right to opt out of sale or sharing</source>
      <translation>La finalité {purpose} vend des informations personnelles mais n'offre pas le droit de s'opposer à la vente ou au partage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>purpose {purpose} shares personal information but does not offer the right to opt out of sale or sharing</source>
      <translation>La finalité {purpose} partage des informations personnelles mais n'offre pas le droit de s'opposer à la vente ou au partage</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>rule {rules} on {parent} allows it</source>
      <translation>la règle {rules} sur {parent} l'autorise</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>rules {rules} on {parent} allow it</source>
      <translation>les règles {rules} sur {parent} l'autorisent</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/legal.py" />
      <source>set the consent of {purpose} to {mechanism}</source>
      <translation>réglez le consentement de {purpose} sur {mechanism}</translation>
    </message>
  </context>
  <context>
    <name>checks/people</name>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Add the obligation parental_consent to the rules that allow the use for these people, or add a deny rule for them; or record the subject's youngest age.</source>
      <translation>Ajoutez l'obligation parental_consent aux règles qui autorisent l'utilisation pour ces personnes, ou ajoutez une règle d'interdiction pour elles ; ou indiquez l'âge minimal des personnes concernées.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Below the age of digital consent where the person is (GDPR Art. 8: 13 to 16 by member state; UK 13; COPPA 13), consent is given by a parent or guardian. A consent-based use allowed for people who may be younger must say so.</source>
      <translation>En dessous de l'âge du consentement numérique là où se trouve la personne (article 8 du RGPD : 13 à 16 ans selon l'État membre ; Royaume-Uni 13 ; COPPA 13), le consentement est donné par un parent ou un tuteur. Une utilisation fondée sur le consentement et autorisée pour des personnes éventuellement plus jeunes doit le prévoir.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Consent of people who may be under the age of consent</source>
      <translation>Consentement de personnes pouvant avoir moins que l'âge du consentement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Correct the youngest and oldest ages, or set or clear Children to match them.</source>
      <translation>Corrigez les âges minimal et maximal, ou cochez ou décochez Enfants pour les faire concorder.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Exports use external ids instead of guessing from words; a DPV term that does not exist or a Fides key that is not well formed exports something no reader understands.</source>
      <translation>Les exports utilisent les identifiants externes au lieu de deviner à partir des mots ; un terme DPV inexistant ou une clé Fides mal formée exporte quelque chose qu'aucun lecteur ne comprend.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>External id that is not a known term</source>
      <translation>Identifiant externe qui n'est pas un terme connu</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Make the purpose opt-in, or add a deny rule for these people in California.</source>
      <translation>Soumettez la finalité à un opt-in, ou ajoutez une règle d'interdiction pour ces personnes en Californie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Name the third party or public source the data comes from.</source>
      <translation>Indiquez le tiers ou la source publique dont proviennent les données.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Sale or sharing of minors' data without opt-in</source>
      <translation>Vente ou partage de données de mineurs sans opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Source without a name</source>
      <translation>Source sans nom</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Subject's ages do not add up</source>
      <translation>Les âges des personnes concernées ne concordent pas</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>The DPV id {id} of {item} is not a term of the bundled DPV vocabularies</source>
      <translation>L'identifiant DPV {id} de {item} n'est pas un terme des vocabulaires DPV fournis</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>The Fides key {key} of {item} is not well formed</source>
      <translation>La clé Fides {key} de {item} est mal formée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>The ages and the children flag decide whether a parent must consent for these people; if they contradict each other, the checks and the published policy say the wrong thing.</source>
      <translation>Les âges et l'indicateur Enfants déterminent si un parent doit consentir pour ces personnes ; s'ils se contredisent, les contrôles et la politique publiée disent la mauvaise chose.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Under the CCPA as amended by the CPRA (Civ. Code 1798.120(c)), the personal information of a consumer under 16 may not be sold or shared unless the consumer (13 to 15) or a parent (under 13) opted in.</source>
      <translation>Selon le CCPA modifié par le CPRA (Civ. Code 1798.120(c)), les informations personnelles d'un consommateur de moins de 16 ans ne peuvent être vendues ou partagées que si le consommateur (13 à 15 ans) ou un parent (moins de 13 ans) y a consenti (opt-in).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>Use a term of the DPV vocabularies (e.g. pd:EmailAddress, dpv:Marketing) and a Fides key of dot-separated letters, digits and underscores (user.contact.email).</source>
      <translation>Utilisez un terme des vocabulaires DPV (par exemple pd:EmailAddress, dpv:Marketing) et une clé Fides composée de lettres, chiffres et tirets bas séparés par des points (user.contact.email).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>When data is not collected from the person, they must be told where it came from (GDPR Art. 14(2)(f)): the third party or public source by name.</source>
      <translation>Lorsque les données ne sont pas collectées auprès de la personne, elle doit être informée de leur source (article 14, paragraphe 2, point f, du RGPD) : le tiers ou la source publique, nommément.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>category {category} comes from a public source without a name</source>
      <translation>La catégorie {category} provient d'une source publique sans nom</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>category {category} comes from a third party without a name</source>
      <translation>La catégorie {category} provient d'un tiers sans nom</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>for subject {subject}, {problem}</source>
      <translation>Pour les personnes concernées {subject} : {problem}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>purpose {purpose} relies on consent and is allowed for subject {subject}, who may be {ages}, without parental consent</source>
      <translation>La finalité {purpose} se fonde sur le consentement et est autorisée pour les personnes concernées {subject}, qui peuvent avoir {ages}, sans consentement parental</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>purpose {purpose} sells or shares data of subject {subject}, who may be {ages}, without opt-in</source>
      <translation>La finalité {purpose} vend ou partage des données des personnes concernées {subject}, qui peuvent avoir {ages}, sans opt-in</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>subject {subject} is {problem}</source>
      <translation>Les personnes concernées {subject} sont {problem}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/people.py" />
      <source>under {age} in {regions}</source>
      <translation>moins de {age} ans en {regions}</translation>
    </message>
  </context>
  <context>
    <name>checks/placeholders</name>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>Replace the text with the organisation's real details; approval is refused until no placeholder remains.</source>
      <translation>Remplacez le texte par les véritables coordonnées de l'organisation ; l'approbation est refusée tant qu'il reste un texte d'exemple.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>Template placeholder text</source>
      <translation>Texte d'exemple d'un modèle</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>The policy still holds text a template asked to replace (a made-up organisation, an address on an example domain, a sample description). Published or approved, it would tell people and regulators something untrue.</source>
      <translation>La politique contient encore un texte qu'un modèle demandait de remplacer (une organisation fictive, une adresse sur un domaine d'exemple, une description type). Publiée ou approuvée, elle dirait aux personnes et aux autorités de contrôle quelque chose de faux.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>replace it with the real text</source>
      <translation>remplacez-le par le vrai texte</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/placeholders.py" />
      <source>{field} still holds placeholder text '{text}'</source>
      <translation>{field} contient encore le texte d'exemple '{text}'</translation>
    </message>
  </context>
  <context>
    <name>checks/record</name>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>A controller may use a processor only under a contract or other legal act that binds it (GDPR Art. 28(3)); the record of processing is where a reviewer looks for it.</source>
      <translation>Un responsable du traitement ne peut recourir à un sous-traitant qu'en vertu d'un contrat ou d'un autre acte juridique qui le lie (article 28, paragraphe 3, du RGPD) ; c'est dans le registre des activités de traitement qu'un relecteur le cherche.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>A processor acts for a controller only under a contract that binds it (GDPR Art. 28(3)); a reviewer looks for it beside each controller served in the processor's record (Art. 30(2)(a)).</source>
      <translation>Un sous-traitant n'agit pour un responsable du traitement qu'en vertu d'un contrat qui le lie (article 28, paragraphe 3, du RGPD) ; un relecteur le cherche à côté de chaque responsable servi dans le registre du sous-traitant (article 30, paragraphe 2, point a).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>A purpose says it is carried out on behalf of a controller the policy does not list under Processing for controllers, so the processor's record cannot name that controller or its contact (GDPR Art. 30(2)(a)).</source>
      <translation>Une finalité indique être réalisée pour le compte d'un responsable du traitement que la politique ne liste pas sous Traitement pour des responsables ; le registre du sous-traitant ne peut donc pas nommer ce responsable ni son contact (article 30, paragraphe 2, point a, du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>A transfer on a derogation is lawful only in the situations GDPR Art. 49(1) lists (explicit consent, a contract with or for the person, public interest, legal claims, vital interests, a public register); the record of processing must say which one applies (Art. 30(1)(e)).</source>
      <translation>Un transfert fondé sur une dérogation n'est licite que dans les situations énumérées à l'article 49, paragraphe 1, du RGPD (consentement explicite, contrat avec la personne ou en sa faveur, intérêt public, droits en justice, intérêts vitaux, registre public) ; le registre des activités de traitement doit indiquer laquelle s'applique (article 30, paragraphe 1, point e).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Controller served without a contract reference</source>
      <translation>Responsable servi sans référence de contrat</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Derogation not named</source>
      <translation>Dérogation non précisée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Fill in Processing contract of the controller with the agreement's name or link.</source>
      <translation>Renseignez le Contrat de traitement du responsable avec le nom ou le lien de l'accord.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Fill in Processor contract with the agreement's name or link.</source>
      <translation>Renseignez le Contrat de sous-traitance avec le nom ou le lien de l'accord.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Pick a listed controller, or add it under Processing for controllers.</source>
      <translation>Choisissez un responsable listé, ou ajoutez-le sous Traitement pour des responsables.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Pick the Art. 49(1) derogation in Transfer derogation, or record a safeguard.</source>
      <translation>Choisissez la dérogation de l'article 49, paragraphe 1, dans Dérogation de transfert, ou consignez une garantie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Processor without a contract reference</source>
      <translation>Sous-traitant sans référence de contrat</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>Unknown controller</source>
      <translation>Responsable du traitement inconnu</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>add it under {section} &gt; processing_for</source>
      <translation>ajoutez-le sous {section} &gt; processing_for</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>listed: {controllers}</source>
      <translation>listés : {controllers}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>name the data processing agreement</source>
      <translation>indiquez l'accord de traitement des données</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>pick the derogation that applies</source>
      <translation>choisissez la dérogation applicable</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>processor {recipient} receives data but no Art. 28 contract is referenced</source>
      <translation>Le sous-traitant {recipient} reçoit des données mais aucun contrat au titre de l'article 28 n'est référencé</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>purpose {purpose} is carried out on behalf of the unknown controller '{controller}'</source>
      <translation>La finalité {purpose} est réalisée pour le compte du responsable du traitement inconnu '{controller}'</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>recipient {recipient} relies on a derogation but does not say which one of GDPR Art. 49(1)</source>
      <translation>Le destinataire {recipient} se fonde sur une dérogation mais ne précise pas laquelle de l'article 49, paragraphe 1, du RGPD</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/record.py" />
      <source>the organisation processes data for {controller} but no Art. 28 contract is referenced</source>
      <translation>L'organisation traite des données pour {controller} mais aucun contrat au titre de l'article 28 n'est référencé</translation>
    </message>
  </context>
  <context>
    <name>checks/regions</name>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>'{code}' is not an ISO 3166 code or a known region group</source>
      <translation>'{code}' n'est ni un code ISO 3166 ni un groupe de régions connu</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A group listing itself, directly or through other groups, has no meaning of its own: its members are whatever the loop says.</source>
      <translation>Un groupe qui se contient lui-même, directement ou via d'autres groupes, n'a pas de signification propre : ses membres sont ce que dit la boucle.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A group without members contains nowhere: a rule limited to it never applies.</source>
      <translation>Un groupe sans membres ne contient aucun lieu : une règle limitée à lui ne s'applique jamais.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A group's id must not be an ISO code or a shipped group's id: two-letter ids are read as ISO countries, and a shipped id keeps its shipped meaning, so the group would never be what its members say.</source>
      <translation>L'identifiant d'un groupe ne doit être ni un code ISO ni l'identifiant d'un groupe fourni : les identifiants de deux lettres sont lus comme des pays ISO, et un identifiant fourni garde sa signification d'origine, si bien que le groupe ne serait jamais ce que disent ses membres.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A list names a region and another region that contains it (DE and eea); the larger one already covers the smaller.</source>
      <translation>Une liste nomme une région et une autre région qui la contient (DE et eea) ; la plus grande couvre déjà la plus petite.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>A region is an ISO 3166 country or subdivision code, a shipped group or a group the policy defines. Any other code matches no request, so a rule limited to it never applies and a recipient's transfer cannot be judged.</source>
      <translation>Une région est un code ISO 3166 de pays ou de subdivision, un groupe fourni ou un groupe défini par la politique. Tout autre code ne correspond à aucune demande : une règle limitée à lui ne s'applique jamais et le transfert vers un destinataire ne peut pas être évalué.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Add the countries, subdivisions or groups it stands for, or delete it.</source>
      <translation>Ajoutez les pays, subdivisions ou groupes qu'il représente, ou supprimez-le.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Correct the code (the UK is GB), or define the group under Region groups.</source>
      <translation>Corrigez le code (le Royaume-Uni est GB), ou définissez le groupe sous Groupes de régions.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Empty region group</source>
      <translation>Groupe de régions vide</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>ISO writes it {code}</source>
      <translation>ISO l'écrit {code}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Region already covered</source>
      <translation>Région déjà couverte</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Region group that clashes</source>
      <translation>Groupe de régions en conflit</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Region group that contains itself</source>
      <translation>Groupe de régions qui se contient lui-même</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Remove the member that leads back to the group.</source>
      <translation>Retirez le membre qui ramène au groupe.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Remove the region that is already covered, or the larger one if it is too wide.</source>
      <translation>Retirez la région déjà couverte, ou la plus grande si elle est trop large.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Rename the group (references follow the rename in the editor).</source>
      <translation>Renommez le groupe (les références suivent le renommage dans l'éditeur).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>Unknown region</source>
      <translation>Région inconnue</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>did you mean {code}?</source>
      <translation>vouliez-vous dire {code} ?</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {group} contains itself: {loop}</source>
      <translation>Le groupe de régions {group} se contient lui-même : {loop}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {group} has no members</source>
      <translation>Le groupe de régions {group} n'a pas de membres</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {group} has the id of the shipped group '{name}'</source>
      <translation>Le groupe de régions {group} a l'identifiant du groupe fourni '{name}'</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {group} reads as the ISO code {code}</source>
      <translation>Le groupe de régions {group} se lit comme le code ISO {code}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {owner} lists {code} twice</source>
      <translation>Le groupe de régions {owner} liste {code} deux fois</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>region group {owner} lists {code}, already covered by {wider}</source>
      <translation>Le groupe de régions {owner} liste {code}, déjà couvert par {wider}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>rule {owner} lists {code} twice</source>
      <translation>La règle {owner} liste {code} deux fois</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>rule {owner} lists {code}, already covered by {wider}</source>
      <translation>La règle {owner} liste {code}, déjà couvert par {wider}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/regions.py" />
      <source>use an ISO 3166 code (DE, US-CA) or a group id (eea), or define the group</source>
      <translation>utilisez un code ISO 3166 (DE, US-CA) ou un identifiant de groupe (eea), ou définissez le groupe</translation>
    </message>
  </context>
  <context>
    <name>checks/retention</name>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>A retention period should be justified: by a law (e.g. a tax code's ten-year rule), a contract, or a stated business need. Without one, reviewers cannot tell whether the period is too long.</source>
      <translation>Une durée de conservation doit être justifiée : par une loi (par exemple la règle des dix ans d'un code fiscal), un contrat ou un besoin métier exprimé. Sans justification, les relecteurs ne peuvent pas dire si la durée est trop longue.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Add a retention rule for the category (for any purpose, or for the purposes listed), with a duration, a trigger and a disposition.</source>
      <translation>Ajoutez une règle de conservation pour la catégorie (pour toute finalité, ou pour les finalités listées), avec une durée, un déclencheur et un sort final.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Allowed data without a retention period</source>
      <translation>Données autorisées sans durée de conservation</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Ambiguous retention periods</source>
      <translation>Durées de conservation ambiguës</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Check that the hold or the cited law still applies; set a duration once it ends.</source>
      <translation>Vérifiez que la conservation obligatoire ou la loi citée s'applique toujours ; fixez une durée dès qu'elle prend fin.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Data kept indefinitely</source>
      <translation>Données conservées indéfiniment</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Data kept indefinitely, with a reason</source>
      <translation>Données conservées indéfiniment, avec justification</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Data may be kept no longer than its purpose needs (storage limitation, GDPR Art. 5(1)(e)). For this use no retention rule says how long the data is kept or what happens to it afterwards.</source>
      <translation>Les données ne peuvent être conservées plus longtemps que leur finalité ne l'exige (limitation de la conservation, article 5, paragraphe 1, point e, du RGPD). Pour cette utilisation, aucune règle de conservation n'indique combien de temps les données sont conservées ni ce qu'elles deviennent ensuite.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Delete the category from the retention rule, or add the allow rule it was written for.</source>
      <translation>Retirez la catégorie de la règle de conservation, ou ajoutez la règle d'autorisation pour laquelle elle a été écrite.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Fill in the citation: the law, contract clause or reason behind the period.</source>
      <translation>Renseignez la justification : la loi, la clause contractuelle ou la raison de la durée.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Give a duration (e.g. P2Y), or, if the law requires keeping the data, set the legal hold or archive it with the citation of that law.</source>
      <translation>Indiquez une durée (par exemple P2Y) ou, si la loi impose de conserver les données, activez la conservation obligatoire ou archivez-les en citant cette loi.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Give the real period (e.g. P10Y), or 'indefinite' with a legal hold or a cited reason if the data is kept without an end.</source>
      <translation>Indiquez la durée réelle (par exemple P10Y), ou 'indefinite' avec une conservation obligatoire ou une justification citée si les données sont conservées sans fin.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Keeping personal data without an end date goes against storage limitation (GDPR Art. 5(1)(e)); regulators expect a period or at least criteria to set one.</source>
      <translation>Conserver des données personnelles sans date de fin va à l'encontre de la limitation de la conservation (article 5, paragraphe 1, point e, du RGPD) ; les autorités de contrôle attendent une durée ou au moins des critères pour la fixer.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Make one rule more specific (a narrower category or a purpose), give both the same terms, or delete one of them.</source>
      <translation>Rendez une règle plus spécifique (une catégorie plus étroite ou une finalité), donnez aux deux les mêmes conditions, ou supprimez l'une d'elles.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Name the purpose the data is really used for, or remove the purpose so the rule applies whatever the purpose.</source>
      <translation>Indiquez la finalité pour laquelle les données sont réellement utilisées, ou retirez la finalité pour que la règle s'applique quelle que soit la finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Retention for a purpose the data is not used for</source>
      <translation>Conservation pour une finalité pour laquelle les données ne sont pas utilisées</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Retention for data no rule allows</source>
      <translation>Conservation de données qu'aucune règle n'autorise</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Retention period longer than any calendar</source>
      <translation>Durée de conservation plus longue que tout calendrier</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Retention period without a reason</source>
      <translation>Durée de conservation sans justification</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>The data is kept without an end date, but under legal hold or archived with a cited reason. That can be lawful; it should still be reviewed from time to time.</source>
      <translation>Les données sont conservées sans date de fin, mais sous conservation obligatoire ou archivées avec une justification citée. Cela peut être licite ; il convient toutefois de le réexaminer de temps à autre.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>The period runs past the year 9999, so no date can be given for the end of the retention: schedules, exports and people cannot say when the data goes.</source>
      <translation>La durée dépasse l'an 9999 : aucune date ne peut donc être donnée pour la fin de la conservation, et ni les calendriers, ni les exports, ni les personnes ne peuvent dire quand les données disparaissent.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>The retention rule is about a category that no allow rule uses, so it governs nothing. It may be left over, or an allow rule may be missing.</source>
      <translation>La règle de conservation porte sur une catégorie qu'aucune règle d'autorisation n'utilise ; elle ne régit donc rien. Elle est peut-être un reste, ou une règle d'autorisation manque.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>The retention rule is limited to a purpose, but no allow rule allows its categories for that purpose, so that part of the rule never applies. Usually the purpose is misspelt or the wrong one.</source>
      <translation>La règle de conservation est limitée à une finalité, mais aucune règle d'autorisation n'autorise ses catégories pour cette finalité ; cette partie de la règle ne s'applique donc jamais. Le plus souvent, la finalité est mal orthographiée ou n'est pas la bonne.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>Two retention rules apply equally well to the same data and purpose but say different things. The shortest period wins (a fixed period before criteria, criteria before indefinite), so the other rule never applies there, which is rarely what its author meant.</source>
      <translation>Deux règles de conservation s'appliquent aussi bien aux mêmes données et à la même finalité mais disent des choses différentes. La durée la plus courte l'emporte (une durée fixe avant des critères, des critères avant l'indéfini), de sorte que l'autre règle ne s'y applique jamais, ce qui est rarement l'intention de son auteur.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>add a retention rule for {category}</source>
      <translation>ajoutez une règle de conservation pour {category}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>category {category} has no retention period when used for purpose {purposes}</source>
      <translation>La catégorie {category} n'a pas de durée de conservation lorsqu'elle est utilisée pour la finalité {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>category {category} has no retention period when used for purposes {purposes}</source>
      <translation>La catégorie {category} n'a pas de durée de conservation lorsqu'elle est utilisée pour les finalités {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>make one of the rules more specific or give them the same terms</source>
      <translation>rendez l'une des règles plus spécifique ou donnez-leur les mêmes conditions</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} gives no reason for its period</source>
      <translation>La règle de conservation {rule} ne justifie pas sa durée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} is about category {category}, which no allow rule uses</source>
      <translation>La règle de conservation {rule} porte sur la catégorie {category}, qu'aucune règle d'autorisation n'utilise</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} is for purpose {purpose}, but no allow rule allows {categories} for it</source>
      <translation>La règle de conservation {rule} vise la finalité {purpose}, mais aucune règle d'autorisation n'autorise {categories} pour elle</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} keeps data for {period}, longer than any calendar date can count</source>
      <translation>La règle de conservation {rule} conserve des données pendant {period}, plus longtemps que toute date de calendrier ne peut l'exprimer</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} keeps {categories} indefinitely</source>
      <translation>La règle de conservation {rule} conserve {categories} indéfiniment</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} keeps {categories} indefinitely (archived, with a citation)</source>
      <translation>La règle de conservation {rule} conserve {categories} indéfiniment (archivé, avec justification)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rule {rule} keeps {categories} indefinitely (under legal hold)</source>
      <translation>La règle de conservation {rule} conserve {categories} indéfiniment (sous conservation obligatoire)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rules {winner} and {other} apply equally to category {category} for purpose {purpose}: {terms}; {other_terms}. Only {winner} takes effect there</source>
      <translation>Les règles de conservation {winner} et {other} s'appliquent également à la catégorie {category} pour la finalité {purpose} : {terms} ; {other_terms}. Seule {winner} s'y applique</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention.py" />
      <source>retention rules {winner} and {other} apply equally to category {category}: {terms}; {other_terms}. Only {winner} takes effect there</source>
      <translation>Les règles de conservation {winner} et {other} s'appliquent également à la catégorie {category} : {terms} ; {other_terms}. Seule {winner} s'y applique</translation>
    </message>
  </context>
  <context>
    <name>checks/retention_terms</name>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>A legal hold keeps data even against an erasure request (GDPR Art. 17(3)); without its reason (the statute or the litigation) nobody can tell when it ends.</source>
      <translation>Une conservation obligatoire maintient les données même contre une demande d'effacement (article 17, paragraphe 3, du RGPD) ; sans sa raison (la loi ou le litige), personne ne peut dire quand elle prend fin.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Correct the minimum (Kept at least) or the maximum (Kept for).</source>
      <translation>Corrigez le minimum (Conservé au moins) ou le maximum (Conservé pendant).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Custom retention trigger without an event</source>
      <translation>Déclencheur de conservation personnalisé sans événement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Fill in Financial year starts (MM-DD, e.g. 04-01).</source>
      <translation>Renseignez Début de l'exercice (MM-JJ, par exemple 04-01).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Fill in Legal hold reason.</source>
      <translation>Renseignez Motif de la conservation obligatoire.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Financial year without its start</source>
      <translation>Exercice sans date de début</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Give the period (Kept for, e.g. P6Y) or the criteria (e.g. 'for the life of the account').</source>
      <translation>Indiquez la durée (Conservé pendant, par exemple P6Y) ou les critères (par exemple « pendant la durée de vie du compte »).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Legal hold without a reason</source>
      <translation>Conservation obligatoire sans motif</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Minimum retention longer than the maximum</source>
      <translation>Conservation minimale plus longue que la maximale</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Name the event (Custom event, e.g. 'asset disposed of'), or pick one of the listed triggers.</source>
      <translation>Nommez l'événement (Événement personnalisé, par exemple « bien mis au rebut »), ou choisissez l'un des déclencheurs listés.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Retention by criteria only</source>
      <translation>Conservation selon des critères uniquement</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Retention rule without a period or criteria</source>
      <translation>Règle de conservation sans durée ni critères</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>Review it from time to time (set the policy's next review date), or add a maximum period as a backstop.</source>
      <translation>Réexaminez-la de temps à autre (fixez la date de prochaine révision de la politique), ou ajoutez une durée maximale comme garde-fou.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The data must be kept at least longer than it may be kept at most: no date satisfies both.</source>
      <translation>Les données doivent être conservées au moins plus longtemps qu'elles ne peuvent l'être au plus : aucune date ne satisfait les deux.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The period is counted from an event of the organisation's own, but the event is not named, so nobody knows when the period starts.</source>
      <translation>La durée court à partir d'un événement propre à l'organisation, mais cet événement n'est pas nommé : personne ne sait donc quand la durée commence.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The period starts at the end of the financial year, but the rule does not say when that year starts (1 April for UK councils, 6 April for UK income tax, 1 January in many countries). Nothing is assumed.</source>
      <translation>La durée commence à la fin de l'exercice, mais la règle ne dit pas quand cet exercice commence (1er avril pour les collectivités britanniques, 6 avril pour l'impôt sur le revenu britannique, 1er janvier dans de nombreux pays). Rien n'est présumé.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The rule gives criteria ('for the life of the account') and no maximum period. That is lawful (GDPR Art. 13(2)(a)), but data kept by criteria is easily kept too long.</source>
      <translation>La règle donne des critères (« pendant la durée de vie du compte ») et aucune durée maximale. C'est licite (article 13, paragraphe 2, point a, du RGPD), mais des données conservées selon des critères le sont facilement trop longtemps.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>The rule says neither how long the data is kept (a maximum period, or 'indefinite') nor by which criteria, so nobody can tell when the data goes (GDPR Art. 13(2)(a): the period, or the criteria used to determine it).</source>
      <translation>La règle ne dit ni combien de temps les données sont conservées (une durée maximale, ou 'indefinite') ni selon quels critères : personne ne peut donc dire quand les données disparaissent (article 13, paragraphe 2, point a, du RGPD : la durée, ou les critères utilisés pour la déterminer).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} counts from a custom event it does not name</source>
      <translation>La règle de conservation {rule} court à partir d'un événement personnalisé qu'elle ne nomme pas</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} counts from the end of a financial year without saying when that year starts</source>
      <translation>La règle de conservation {rule} court à partir de la fin d'un exercice sans dire quand cet exercice commence</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} gives neither a period nor criteria</source>
      <translation>La règle de conservation {rule} ne donne ni durée ni critères</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} is under legal hold with no reason given</source>
      <translation>La règle de conservation {rule} est sous conservation obligatoire sans motif indiqué</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} keeps data at least {minimum} but at most {maximum}</source>
      <translation>La règle de conservation {rule} conserve les données au moins {minimum} mais au plus {maximum}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/retention_terms.py" />
      <source>retention rule {rule} keeps data {criteria} with no maximum period; plan a review date</source>
      <translation>La règle de conservation {rule} conserve les données {criteria} sans durée maximale ; prévoyez une date de révision</translation>
    </message>
  </context>
  <context>
    <name>checks/rules</name>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Add '*' to the deny rule's recipients to deny every disclosure too, or name the recipients it should deny; leave it as it is if only internal use is meant.</source>
      <translation>Ajoutez '*' aux destinataires de la règle d'interdiction pour interdire aussi toute communication, ou nommez les destinataires qu'elle doit viser ; laissez-la telle quelle si seule l'utilisation interne est visée.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Allow and deny rules with the same scope</source>
      <translation>Règles d'autorisation et d'interdiction de même portée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Allow rule that never takes effect</source>
      <translation>Règle d'autorisation qui ne s'applique jamais</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>An allow rule and a deny rule cover exactly the same uses. The deny rule always wins, so the allow rule is dead, and readers cannot tell which was intended.</source>
      <translation>Une règle d'autorisation et une règle d'interdiction couvrent exactement les mêmes utilisations. La règle d'interdiction l'emporte toujours : la règle d'autorisation est donc sans effet, et les lecteurs ne peuvent pas savoir laquelle était voulue.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Another rule with the same effect already covers everything this rule covers (and, for allow rules, asks for at least the same obligations), so deleting this one would change no decision. Duplicates make the policy longer to review.</source>
      <translation>Une autre règle de même effet couvre déjà tout ce que couvre celle-ci (et, pour les règles d'autorisation, impose au moins les mêmes obligations) : la supprimer ne changerait donc aucune décision. Les doublons allongent la relecture de la politique.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Anything no rule allows is denied already (default deny). A deny rule that overlaps no allow rule therefore changes no decision; it may document intent, or it may point at an allow rule that was removed or renamed.</source>
      <translation>Tout ce qu'aucune règle n'autorise est déjà interdit (interdiction par défaut). Une règle d'interdiction qui ne recoupe aucune règle d'autorisation ne change donc aucune décision ; elle peut documenter une intention, ou signaler une règle d'autorisation supprimée ou renommée.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Decide whether the use is allowed or not and delete the other rule, or narrow one of them so that they differ on purpose.</source>
      <translation>Décidez si l'utilisation est autorisée ou non et supprimez l'autre règle, ou restreignez l'une d'elles pour qu'elles diffèrent à dessein.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Delete the redundant rule, or narrow the broader one if the two were meant to differ.</source>
      <translation>Supprimez la règle redondante, ou restreignez la plus large si les deux devaient différer.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Deny rule that denies nothing allowed</source>
      <translation>Règle d'interdiction qui n'interdit rien d'autorisé</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Deny rule that leaves disclosure allowed</source>
      <translation>Règle d'interdiction qui laisse la communication autorisée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Deny rules always win, and here they cover everything this allow rule allows, so the allow rule changes no decision. Either the deny rules are too broad or the allow rule is left over.</source>
      <translation>Les règles d'interdiction l'emportent toujours, et ici elles couvrent tout ce que cette règle d'autorisation autorise : la règle d'autorisation ne change donc aucune décision. Soit les règles d'interdiction sont trop larges, soit la règle d'autorisation est un reste.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>In format 2 a rule that lists no recipients covers internal use only, deny rules included. A deny rule written that way does not stop an allow rule from disclosing the same data to a processor, a third party or the public.</source>
      <translation>Au format 2, une règle qui ne liste aucun destinataire ne couvre que l'utilisation interne, règles d'interdiction comprises. Une règle d'interdiction ainsi rédigée n'empêche pas une règle d'autorisation de communiquer les mêmes données à un sous-traitant, à un tiers ou au public.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Keep it if it documents a deliberate ban that should survive future allow rules; otherwise delete it.</source>
      <translation>Conservez-la si elle documente une interdiction délibérée qui doit survivre aux futures règles d'autorisation ; sinon, supprimez-la.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Narrow the deny rules so that the intended use is allowed, or delete the allow rule.</source>
      <translation>Restreignez les règles d'interdiction pour que l'utilisation voulue soit autorisée, ou supprimez la règle d'autorisation.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>Redundant rule</source>
      <translation>Règle redondante</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>add '*' to its recipients to deny disclosure too</source>
      <translation>ajoutez '*' à ses destinataires pour interdire aussi la communication</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>allow rule {rule} covers exactly what deny rule {other} covers</source>
      <translation>La règle d'autorisation {rule} couvre exactement ce que couvre la règle d'interdiction {other}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>allow rule {rule} never takes effect: deny rule {rules} covers everything it allows</source>
      <translation>La règle d'autorisation {rule} ne s'applique jamais : la règle d'interdiction {rules} couvre tout ce qu'elle autorise</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>allow rule {rule} never takes effect: deny rules {rules} cover everything it allows</source>
      <translation>La règle d'autorisation {rule} ne s'applique jamais : les règles d'interdiction {rules} couvrent tout ce qu'elle autorise</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>delete {rule}, or make it differ from {other} on purpose</source>
      <translation>supprimez {rule}, ou faites-la différer de {other} à dessein</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>deny rule {rule} covers exactly what allow rule {other} covers</source>
      <translation>La règle d'interdiction {rule} couvre exactement ce que couvre la règle d'autorisation {other}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>deny rule {rule} lists no recipients, so it denies internal use only; allow rule {other} still discloses what it covers to {recipients}</source>
      <translation>La règle d'interdiction {rule} ne liste aucun destinataire et n'interdit donc que l'utilisation interne ; la règle d'autorisation {other} communique toujours ce qu'elle couvre à {recipients}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>deny rule {rule} overlaps no allow rule, so it changes no decision (everything it denies is denied by default)</source>
      <translation>La règle d'interdiction {rule} ne recoupe aucune règle d'autorisation et ne change donc aucune décision (tout ce qu'elle interdit est interdit par défaut)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>keep one of the two rules</source>
      <translation>gardez l'une des deux règles</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>narrow the deny rules or delete this allow rule</source>
      <translation>restreignez les règles d'interdiction ou supprimez cette règle d'autorisation</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>rule {rule} is redundant: rule {other} already allows everything it allows</source>
      <translation>La règle {rule} est redondante : la règle {other} autorise déjà tout ce qu'elle autorise</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>rule {rule} is redundant: rule {other} already denies everything it denies</source>
      <translation>La règle {rule} est redondante : la règle {other} interdit déjà tout ce qu'elle interdit</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/rules.py" />
      <source>rule {rule} repeats rule {other} (same effect, same scope)</source>
      <translation>La règle {rule} répète la règle {other} (même effet, même portée)</translation>
    </message>
  </context>
  <context>
    <name>checks/structure</name>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A canonical JSON file states the digest of its content; a different digest means the file was changed after it was exported, so it may not be what was approved.</source>
      <translation>Un fichier JSON canonique indique l'empreinte de son contenu ; une empreinte différente signifie que le fichier a été modifié après son export et qu'il ne correspond peut-être pas à ce qui a été approuvé.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A list names the same id twice, or names both an item and one of its ancestors; the ancestor already covers its descendants.</source>
      <translation>Une liste nomme deux fois le même identifiant, ou à la fois un élément et l'un de ses ancêtres ; l'ancêtre couvre déjà ses descendants.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A retention rule that names no data category says how long nothing is kept.</source>
      <translation>Une règle de conservation qui ne nomme aucune catégorie de données indique combien de temps rien n'est conservé.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A rule is limited to a group of people the policy does not declare.</source>
      <translation>Une règle est limitée à un groupe de personnes que la politique ne déclare pas.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A rule names a purpose the policy does not declare: it has no legal basis or consent mechanism, so decisions about it cannot be justified.</source>
      <translation>Une règle nomme une finalité que la politique ne déclare pas : elle n'a ni base légale ni mécanisme de consentement, de sorte que les décisions la concernant ne peuvent être justifiées.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A rule or retention rule names a data category the policy does not declare, so nobody can tell what data it is about; usually a typo.</source>
      <translation>Une règle ou une règle de conservation nomme une catégorie de données que la politique ne déclare pas, si bien que personne ne peut dire de quelles données il s'agit ; le plus souvent une faute de frappe.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A rule shares data with a recipient the policy does not declare, so its country and transfer safeguards are unknown.</source>
      <translation>Une règle partage des données avec un destinataire que la politique ne déclare pas ; son pays et ses garanties de transfert sont donc inconnus.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>A use rule with no categories or no purposes covers nothing and never takes effect.</source>
      <translation>Une règle d'utilisation sans catégories ou sans finalités ne couvre rien et ne s'applique jamais.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Add the data categories and purposes the rule is about, or delete the rule.</source>
      <translation>Ajoutez les catégories de données et les finalités concernées par la règle, ou supprimez la règle.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Add the data categories the retention period applies to, or delete the rule.</source>
      <translation>Ajoutez les catégories de données auxquelles s'applique la durée de conservation, ou supprimez la règle.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Digest does not match content</source>
      <translation>L'empreinte ne correspond pas au contenu</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Duplicate id</source>
      <translation>Identifiant en double</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Export the canonical JSON again from the approved policy, or review the change.</source>
      <translation>Exportez de nouveau le JSON canonique depuis la politique approuvée, ou examinez la modification.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Ids must be unique within their section: rules, exports and decisions refer to items by id, so two items with one id make the policy ambiguous.</source>
      <translation>Les identifiants doivent être uniques dans leur section : règles, exports et décisions désignent les éléments par leur identifiant, si bien que deux éléments de même identifiant rendent la politique ambiguë.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Pick a declared category, or declare the missing one.</source>
      <translation>Choisissez une catégorie déclarée, ou déclarez celle qui manque.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Pick a declared data subject, or declare the missing one.</source>
      <translation>Choisissez une catégorie de personnes concernées déclarée, ou déclarez celle qui manque.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Pick a declared purpose, or declare the missing one with its legal basis.</source>
      <translation>Choisissez une finalité déclarée, ou déclarez celle qui manque avec sa base légale.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Pick a declared recipient, or declare the missing one with its country.</source>
      <translation>Choisissez un destinataire déclaré, ou déclarez celui qui manque avec son pays.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Redundant reference</source>
      <translation>Référence redondante</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Remove the repeated or already covered id.</source>
      <translation>Retirez l'identifiant répété ou déjà couvert.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Rename one of the items (references follow the rename in the editor), or merge them into one.</source>
      <translation>Renommez l'un des éléments (les références suivent le renommage dans l'éditeur), ou fusionnez-les.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Retention rule without categories</source>
      <translation>Règle de conservation sans catégories</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Rule without categories or purposes</source>
      <translation>Règle sans catégories ni finalités</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Unknown data category</source>
      <translation>Catégorie de données inconnue</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Unknown data subject</source>
      <translation>Personnes concernées inconnues</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Unknown purpose</source>
      <translation>Finalité inconnue</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>Unknown recipient</source>
      <translation>Destinataire inconnu</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>declare '{value}' under {section}</source>
      <translation>déclarez '{value}' sous {section}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>did you mean '{nearest}'?</source>
      <translation>vouliez-vous dire '{nearest}' ?</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>retention rule {rule} lists no categories</source>
      <translation>La règle de conservation {rule} ne liste aucune catégorie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>rule {rule} lists no categories</source>
      <translation>La règle {rule} ne liste aucune catégorie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>rule {rule} lists no purposes</source>
      <translation>La règle {rule} ne liste aucune finalité</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>the file says its digest is {declared}, but its content has {actual}</source>
      <translation>Le fichier indique l'empreinte {declared}, mais son contenu a {actual}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>two {items} have the id '{id}' (the first is {item} {position} in the list)</source>
      <translation>Deux {items} ont l'identifiant '{id}' (le premier est {item} n° {position} de la liste)</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>{kind} {item} lists '{value}' twice</source>
      <translation>{kind} {item} liste '{value}' deux fois</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>{kind} {item} lists '{value}', already covered by '{cover}'</source>
      <translation>{kind} {item} liste '{value}', déjà couvert par '{cover}'</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/structure.py" />
      <source>{kind} {item} refers to the unknown {word} '{value}'</source>
      <translation>{kind} {item} fait référence à '{value}', qui n'est pas déclaré comme {word}</translation>
    </message>
  </context>
  <context>
    <name>checks/transfers</name>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>; {place} is adequate for {regime} only where: {condition}</source>
      <translation> ; {place} n'est adéquat pour {regime} qu'à cette condition : {condition}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Adequacy decision claimed for a country without one</source>
      <translation>Décision d'adéquation invoquée pour un pays qui n'en a pas</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Adequacy decision with a condition</source>
      <translation>Décision d'adéquation assortie d'une condition</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Check the establishment; where an EU or UK establishment sends the data abroad, set it there.</source>
      <translation>Vérifiez l'établissement ; lorsqu'un établissement dans l'UE ou au Royaume-Uni envoie les données à l'étranger, indiquez-le.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Check the recipient's country; if it is right, remove the safeguard.</source>
      <translation>Vérifiez le pays du destinataire ; s'il est correct, retirez la garantie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Confirm the recipient meets the condition (e.g. its certification is active); otherwise record standard contractual clauses.</source>
      <translation>Confirmez que le destinataire remplit la condition (par exemple que sa certification est active) ; sinon, consignez des clauses contractuelles types.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Controller established outside the jurisdictions</source>
      <translation>Responsable du traitement établi hors des régimes juridiques</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Every place of the recipient is inside every jurisdiction whose transfer rules bind the policy, so sharing with it is no international transfer and needs no safeguard. A recorded safeguard may mean the country is wrong.</source>
      <translation>Chaque lieu du destinataire se trouve dans chaque régime juridique dont les règles de transfert lient la politique : le partage avec lui n'est donc pas un transfert international et ne requiert aucune garantie. Une garantie consignée peut signifier que le pays est erroné.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Recipient without a country</source>
      <translation>Destinataire sans pays</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Record the safeguard used for this recipient (adequacy decision if it meets the decision's condition), or stop sharing data with it.</source>
      <translation>Consignez la garantie utilisée pour ce destinataire (décision d'adéquation s'il remplit la condition de la décision), ou cessez de partager des données avec lui.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Safeguard that is not needed</source>
      <translation>Garantie non nécessaire</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Sending personal data to a country outside the policy's jurisdictions, and not recognised by them as adequate, is a restricted transfer (GDPR Chapter V): it needs standard contractual clauses, binding corporate rules or a derogation. Every place counts: the recipient's countries and where it stores the data. A partial adequacy decision (the United States only for organisations certified under the Data Privacy Framework) counts only when the recipient records it as its safeguard.</source>
      <translation>Envoyer des données personnelles vers un pays situé hors des régimes juridiques de la politique et qu'ils ne reconnaissent pas comme adéquat est un transfert encadré (chapitre V du RGPD) : il requiert des clauses contractuelles types, des règles d'entreprise contraignantes ou une dérogation. Chaque lieu compte : les pays du destinataire et l'endroit où il stocke les données. Une décision d'adéquation partielle (les États-Unis uniquement pour les organisations certifiées au titre du Data Privacy Framework) ne compte que si le destinataire la consigne comme sa garantie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Set the recipient's country (ISO code, e.g. DE or US).</source>
      <translation>Indiquez le pays du destinataire (code ISO, par exemple DE ou US).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Set the safeguard to adequacy decision after checking the recipient is covered by it; otherwise record standard contractual clauses.</source>
      <translation>Réglez la garantie sur décision d'adéquation après avoir vérifié que le destinataire en relève ; sinon, consignez des clauses contractuelles types.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>The adequacy decision the recipient relies on is partial: it covers only some organisations or sectors of the country (the United States only organisations certified under the Data Privacy Framework, Canada only those subject to PIPEDA). Recording it as the safeguard says the recipient meets the condition.</source>
      <translation>La décision d'adéquation sur laquelle se fonde le destinataire est partielle : elle ne couvre que certaines organisations ou certains secteurs du pays (aux États-Unis, seulement les organisations certifiées au titre du Data Privacy Framework ; au Canada, seulement celles soumises à la PIPEDA). La consigner comme garantie revient à dire que le destinataire remplit la condition.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>The recipient's country is outside the policy's jurisdictions but recognised as adequate, so the transfer can rest on the adequacy decision; the policy should say so.</source>
      <translation>Le pays du destinataire est hors des régimes juridiques de la politique mais reconnu comme adéquat : le transfert peut donc reposer sur la décision d'adéquation, et la politique doit le dire.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>The recipient's safeguard is an adequacy decision, but one of its countries is not on the adequacy list of the jurisdictions the transfer leaves, so the transfer has no valid ground.</source>
      <translation>La garantie du destinataire est une décision d'adéquation, mais l'un de ses pays ne figure pas sur la liste d'adéquation des régimes que le transfert quitte : le transfert n'a donc pas de fondement valable.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Transfer relying on an unrecorded adequacy decision</source>
      <translation>Transfert fondé sur une décision d'adéquation non consignée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Transfer without a safeguard</source>
      <translation>Transfert sans garantie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Transfers are judged from where the controller is established. When that is outside every jurisdiction of the policy that restricts transfers (a US company offering services in the EU, GDPR Art. 3(2)), no recipient is judged against them, so no transfer finding appears.</source>
      <translation>Les transferts sont évalués depuis le lieu d'établissement du responsable du traitement. Lorsqu'il se trouve hors de tout régime de la politique qui encadre les transferts (une entreprise américaine offrant des services dans l'UE, article 3, paragraphe 2, du RGPD), aucun destinataire n'est évalué au regard de ces régimes, et aucun constat de transfert n'apparaît.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Use standard contractual clauses or another safeguard, or correct the country.</source>
      <translation>Utilisez des clauses contractuelles types ou une autre garantie, ou corrigez le pays.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>Without the country where a recipient processes the data, nobody can tell whether sharing with it is an international transfer that needs a safeguard. Data made public (a recipient of kind public) has no country.</source>
      <translation>Sans le pays où un destinataire traite les données, personne ne peut dire si le partage avec lui est un transfert international qui requiert une garantie. Les données rendues publiques (un destinataire de type public) n'ont pas de pays.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>confirm the recipient meets the condition</source>
      <translation>confirmez que le destinataire remplit la condition</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} has no country</source>
      <translation>Le destinataire {recipient} n'a pas de pays</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} in {places} receives data (rule {rules}) on the strength of {regimes} adequacy, but no safeguard is recorded</source>
      <translation>Le destinataire {recipient} en {places} reçoit des données (règle {rules}) sur la foi de l'adéquation au titre de {regimes}, mais aucune garantie n'est consignée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} in {places} receives data (rules {rules}) on the strength of {regimes} adequacy, but no safeguard is recorded</source>
      <translation>Le destinataire {recipient} en {places} reçoit des données (règles {rules}) sur la foi de l'adéquation au titre de {regimes}, mais aucune garantie n'est consignée</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} in {places}, outside {regimes}, receives data (rule {rules}) without a transfer safeguard{conditions}</source>
      <translation>Le destinataire {recipient} en {places}, hors de {regimes}, reçoit des données (règle {rules}) sans garantie de transfert{conditions}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} in {places}, outside {regimes}, receives data (rules {rules}) without a transfer safeguard{conditions}</source>
      <translation>Le destinataire {recipient} en {places}, hors de {regimes}, reçoit des données (règles {rules}) sans garantie de transfert{conditions}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} is in {places}, inside {regimes}, so its safeguard ({safeguard}) is not needed</source>
      <translation>Le destinataire {recipient} se trouve en {places}, dans {regimes} : sa garantie ({safeguard}) n'est donc pas nécessaire</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} relies on an adequacy decision that is partial{conditions}</source>
      <translation>Le destinataire {recipient} se fonde sur une décision d'adéquation partielle{conditions}</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} relies on an adequacy decision, but {regimes} do not recognise {places} as adequate</source>
      <translation>Le destinataire {recipient} se fonde sur une décision d'adéquation, mais {regimes} ne reconnaissent pas {places} comme adéquat</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>recipient {recipient} relies on an adequacy decision, but {regimes} does not recognise {places} as adequate</source>
      <translation>Le destinataire {recipient} se fonde sur une décision d'adéquation, mais {regimes} ne reconnaît pas {places} comme adéquat</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>record standard contractual clauses or another safeguard</source>
      <translation>consignez des clauses contractuelles types ou une autre garantie</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>record standard contractual clauses or another safeguard, or adequacy_decision if the recipient meets the condition</source>
      <translation>consignez des clauses contractuelles types ou une autre garantie, ou adequacy_decision si le destinataire remplit la condition</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>set the safeguard to adequacy_decision if the recipient is covered</source>
      <translation>réglez la garantie sur adequacy_decision si le destinataire est couvert</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transfers.py" />
      <source>the controller is established in {place}, outside {regimes}, so no recipient is judged against their transfer rules</source>
      <translation>Le responsable du traitement est établi en {place}, hors de {regimes} : aucun destinataire n'est donc évalué au regard de leurs règles de transfert</translation>
    </message>
  </context>
  <context>
    <name>checks/transparency</name>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>A short note on why a rule exists helps reviewers and the next editor; the published policy uses it to explain the use in words.</source>
      <translation>Une courte note sur la raison d'être d'une règle aide les relecteurs et le prochain rédacteur ; la politique publiée s'en sert pour expliquer l'utilisation en mots.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Data category without a description</source>
      <translation>Catégorie de données sans description</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Describe in plain words what the category holds, e.g. 'the email address you sign up with'.</source>
      <translation>Décrivez en termes simples ce que contient la catégorie, par exemple « l'adresse e-mail avec laquelle vous vous inscrivez ».</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Describe in plain words what the data is used for and what people get from it.</source>
      <translation>Décrivez en termes simples à quoi servent les données et ce que les personnes en retirent.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Describe who the recipient is and what it does, e.g. 'our email delivery provider'.</source>
      <translation>Décrivez qui est le destinataire et ce qu'il fait, par exemple « notre prestataire d'envoi d'e-mails ».</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Give the item a short readable name.</source>
      <translation>Donnez à l'élément un nom court et lisible.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Item without a name</source>
      <translation>Élément sans nom</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>List the rights the purpose offers (access, erasure, objection...).</source>
      <translation>Listez les droits offerts par la finalité (accès, effacement, opposition…).</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>People can access, correct, erase or object to the use of their data; the policy should say which of these rights apply to each purpose.</source>
      <translation>Les personnes peuvent accéder à leurs données, les rectifier, les effacer ou s'opposer à leur utilisation ; la politique doit dire lesquels de ces droits s'appliquent à chaque finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>People have the right to know what data is collected about them (GDPR Art. 13 and 14). The description is what the published policy shows for this category.</source>
      <translation>Les personnes ont le droit de savoir quelles données sont collectées à leur sujet (articles 13 et 14 du RGPD). La description est ce que la politique publiée affiche pour cette catégorie.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>People have the right to know who receives their data (GDPR Art. 13(1)(e)); a description says who the recipient is and what it does with the data.</source>
      <translation>Les personnes ont le droit de savoir qui reçoit leurs données (article 13, paragraphe 1, point e, du RGPD) ; une description dit qui est le destinataire et ce qu'il fait des données.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>People must be told why their data is used. The description is what the published policy shows for this purpose.</source>
      <translation>Les personnes doivent être informées de la raison de l'utilisation de leurs données. La description est ce que la politique publiée affiche pour cette finalité.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Purpose that offers no rights</source>
      <translation>Finalité qui n'offre aucun droit</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Purpose without a description</source>
      <translation>Finalité sans description</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Recipient without a description</source>
      <translation>Destinataire sans description</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Rule without a description</source>
      <translation>Règle sans description</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Say in one sentence what the rule allows or forbids, and why.</source>
      <translation>Dites en une phrase ce que la règle autorise ou interdit, et pourquoi.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>Without a name, the published policy and the record of processing can only show the technical id.</source>
      <translation>Sans nom, la politique publiée et le registre des activités de traitement ne peuvent afficher que l'identifiant technique.</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>purpose {purpose} offers no data-subject rights</source>
      <translation>La finalité {purpose} n'offre aucun droit des personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>{kind} {item} has no description</source>
      <translation>{kind} {item} n'a pas de description</translation>
    </message>
    <message>
      <location filename="../../app/validation/checks/transparency.py" />
      <source>{kind} {item} has no name</source>
      <translation>{kind} {item} n'a pas de nom</translation>
    </message>
  </context>
  <context>
    <name>choice words</name>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>Granted</source>
      <translation>Accordé</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>Nobody asked the person (opt-in purposes are denied, opt-out allowed)</source>
      <translation>Personne n’a demandé à la personne (finalités opt-in refusées, opt-out autorisées)</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>Not asked</source>
      <translation>Non demandé</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>Refused or opted out</source>
      <translation>Refusé ou opposé</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>The person agreed</source>
      <translation>La personne a consenti</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>The person said no (or opted out)</source>
      <translation>La personne a refusé (ou s’est opposée)</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>not needed</source>
      <translation>non requis</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>unless opted out</source>
      <translation>sauf opposition</translation>
    </message>
    <message>
      <location filename="../../app/domain/choice_words.py" />
      <source>with consent</source>
      <translation>avec consentement</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../app/commands/approve.py" />
      <source>'{text}' is not a date (use YYYY-MM-DD)</source>
      <translation>'{text}' n’est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>(set POLICY_STUDIO_DEBUG=1 to see the details)</source>
      <translation>(définissez POLICY_STUDIO_DEBUG=1 pour voir les détails)</translation>
    </message>
    <message>
      <location filename="../../app/commands/output.py" />
      <source>-o {output} is an input of this command (the same file as {source}); it was left as is: choose another output</source>
      <translation>-o {output} est une entrée de cette commande (le même fichier que {source}) ; il a été laissé tel quel : choisissez une autre sortie</translation>
    </message>
    <message>
      <location filename="../../app/commands/output.py" />
      <source>-o {output} is an input of this command; it was left as is: choose another output</source>
      <translation>-o {output} est une entrée de cette commande ; il a été laissé tel quel : choisissez une autre sortie</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>Compose, validate, explain and export data-use policies. Run 'policy-studio FILE' to open a policy.</source>
      <translation>Rédiger, valider, expliquer et exporter des politiques d’utilisation des données. Lancez 'policy-studio FILE' pour ouvrir une politique.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>Open a policy in the desktop editor.</source>
      <translation>Ouvrir une politique dans l’éditeur de bureau.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>a part of this path is a file, not a folder</source>
      <translation>une partie de ce chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>choose one of {languages}</source>
      <translation>choisissez parmi {languages}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>commands</source>
      <translation>commandes</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>commands: {commands} (see policy-studio --help)</source>
      <translation>commandes : {commands} (voir policy-studio --help)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>interrupted</source>
      <translation>interrompu</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>language: every command speaks the system's language; --language en|de|fr (anywhere) chooses.
exit status: 0 fine (warnings allowed unless --strict); 1 error findings, a denied decision
or a file fmt/migrate --check would change; 2 unreadable input or wrong usage; 3 internal error.
</source>
      <translation>langue : chaque commande parle la langue du système ; --language en|de|fr (n’importe où) la choisit.
code de sortie : 0 correct (avertissements admis sauf avec --strict) ; 1 constats d’erreur, une décision
refusée ou un fichier que fmt/migrate --check modifierait ; 2 entrée illisible ou mauvais usage ;
3 erreur interne.
</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>no display available, so here is a summary instead of the window (use --screenshot OUT.png to render the window)</source>
      <translation>aucun affichage disponible : voici un résumé au lieu de la fenêtre (utilisez --screenshot OUT.png pour rendre la fenêtre)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>no display here; give a FILE to summarise</source>
      <translation>aucun affichage ici ; indiquez un FILE à résumer</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>no such file</source>
      <translation>fichier introuvable</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <location filename="../../app/commands/digest.py" />
      <location filename="../../app/commands/review.py" />
      <source>policy file</source>
      <translation>fichier de politique</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>policy file to open</source>
      <translation>fichier de politique à ouvrir</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>print a text summary instead of opening the window</source>
      <translation>afficher un résumé texte au lieu d’ouvrir la fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>render the window at 1400x900 offscreen to OUT.png and exit</source>
      <translation>rendre la fenêtre en 1400x900 hors écran dans OUT.png et quitter</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <location filename="../../app/storage/atomic.py" />
      <source>this is a folder, not a file</source>
      <translation>ceci est un dossier, pas un fichier</translation>
    </message>
    <message>
      <location filename="../../app/commands/imports.py" />
      <source>wrote {file}</source>
      <translation>{file} écrit</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>you may not read or write this file</source>
      <translation>vous n’avez pas le droit de lire ou d’écrire ce fichier</translation>
    </message>
    <message>
      <location filename="../../app/commands/__init__.py" />
      <source>{option} holds a NUL character, which no file name or value can hold</source>
      <translation>{option} contient un caractère NUL, qu’aucun nom de fichier ni aucune valeur ne peut contenir</translation>
    </message>
    <message>
      <location filename="../../app/commands/__init__.py" />
      <source>{option} is empty; give a file name</source>
      <translation>{option} est vide ; indiquez un nom de fichier</translation>
    </message>
    <message>
      <location filename="../../app/commands/__init__.py" />
      <source>{option} is empty; give a value</source>
      <translation>{option} est vide ; indiquez une valeur</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <location filename="../../app/ui/compare.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n différence</numerusform>
        <numerusform>%n différences</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>&amp;Export HTML…</source>
      <translation>&amp;Exporter en HTML…</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>&amp;Swap sides</source>
      <translation>&amp;Inverser les côtés</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>(with unsaved changes)</source>
      <translation>(avec des modifications non enregistrées)</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Cannot Compare</source>
      <translation>Comparaison impossible</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Changes</source>
      <translation>Modifications</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Changes since {name}</source>
      <translation>Modifications depuis {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Compare &amp;with...</source>
      <translation>&amp;Comparer avec...</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Compare With</source>
      <translation>Comparer avec</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Export Redline</source>
      <translation>Exporter la comparaison</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Impact not worked out (cancelled).</source>
      <translation>Impact non calculé (annulé).</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>No differences</source>
      <translation>Aucune différence</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Redline</source>
      <translation>Comparaison</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Save this redline as an HTML file for review</source>
      <translation>Enregistrer cette comparaison dans un fichier HTML pour examen</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Show the changes the other way round (newer as the base)</source>
      <translation>Afficher les modifications dans l'autre sens (la plus récente comme base)</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Show what changed since another version of this policy</source>
      <translation>Afficher ce qui a changé depuis une autre version de cette politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>The impact could not be worked out: {error}</source>
      <translation>L'impact n'a pas pu être calculé : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Untitled (unsaved)</source>
      <translation>Sans titre (non enregistré)</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>What changed between the two versions, and the impact on the decisions</source>
      <translation>Ce qui a changé entre les deux versions, et l'impact sur les décisions</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>Working out the impact on decisions…</source>
      <translation>Calcul de l'impact sur les décisions…</translation>
    </message>
    <message>
      <location filename="../../app/ui/compare.py" />
      <source>{path} could not be written: {error}</source>
      <translation>{path} n'a pas pu être écrit : {error}</translation>
    </message>
  </context>
  <context>
    <name>decide</name>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  intrusiveness: {score}</source>
      <translation>  intrusivité : {score}</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  obligations: {obligations}</source>
      <translation>  obligations : {obligations}</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  retention:   none applies (add a retention rule for this category)</source>
      <translation>  conservation : aucune ne s’applique (ajoutez une règle de conservation pour cette catégorie)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  retention:   {sentence} (rule {rule})</source>
      <translation>  conservation : {sentence} (règle {rule})</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>  rules:       {rules}</source>
      <translation>  règles : {rules}</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>--category and --purpose are needed (or --requests FILE.jsonl)</source>
      <translation>--category et --purpose sont requis (ou --requests FILE.jsonl)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>ALLOW</source>
      <translation>AUTORISÉ</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>Answer one request (exit 0 when allowed, 1 when denied) or, with --requests, a stream of JSON lines: each answer is written as its line is read; a bad line gets an error record and makes the exit status 2.</source>
      <translation>Répond à une demande (code de sortie 0 si autorisée, 1 si refusée) ou, avec --requests, à un flux de lignes JSON : chaque réponse est écrite dès que sa ligne est lue ; une ligne erronée reçoit un enregistrement d’erreur et donne le code de sortie 2.</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>DENY</source>
      <translation>REFUSÉ</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>a request must be a JSON object</source>
      <translation>une demande doit être un objet JSON</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>answer one JSON request per line ('-' for stdin); one JSON answer per line, in order, each as soon as its line is read</source>
      <translation>répondre à une demande JSON par ligne ('-' pour l’entrée standard) ; une réponse JSON par ligne, dans l’ordre, chacune dès que sa ligne est lue</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>ask whether a category may be used for a purpose</source>
      <translation>demander si une catégorie peut être utilisée pour une finalité</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>category '{value}' is not declared in the policy</source>
      <translation>la catégorie '{value}' n’est pas déclarée dans la politique</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>consent state of the person (default: unknown)</source>
      <translation>état du consentement de la personne (par défaut : unknown)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>data category id, e.g. contact.email</source>
      <translation>identifiant de la catégorie de données, par ex. contact.email</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>data subject id (optional)</source>
      <translation>identifiant de la personne concernée (facultatif)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>nested too deeply</source>
      <translation>imbrication trop profonde</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>not JSON: {reason}</source>
      <translation>pas du JSON : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>not UTF-8 text ({reason})</source>
      <translation>pas du texte UTF-8 ({reason})</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>print the answer as JSON</source>
      <translation>afficher la réponse en JSON</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>purpose '{value}' is not declared in the policy</source>
      <translation>la finalité '{value}' n’est pas déclarée dans la politique</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>purpose id, e.g. marketing.newsletter</source>
      <translation>identifiant de la finalité, par ex. marketing.newsletter</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>recipient '{value}' is not declared in the policy</source>
      <translation>le destinataire '{value}' n’est pas déclaré dans la politique</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>recipient id (optional)</source>
      <translation>identifiant du destinataire (facultatif)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>region '{region}' is not an ISO 3166 code or a region group; no rule limited to regions covers it</source>
      <translation>la région '{region}' n’est ni un code ISO 3166 ni un groupe de régions ; aucune règle limitée à des régions ne la couvre</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>region code, any case: DE, US-CA, eea (optional)</source>
      <translation>code de région, majuscules ou minuscules : DE, US-CA, eea (facultatif)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>subject '{value}' is not declared in the policy</source>
      <translation>la personne concernée '{value}' n’est pas déclarée dans la politique</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>the line is longer than {size} KiB</source>
      <translation>la ligne dépasse {size} Kio</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>the person's browser sent a Global Privacy Control signal (an opt-out of purposes that honour it, unless consent is granted)</source>
      <translation>le navigateur de la personne a envoyé un signal Global Privacy Control (une opposition aux finalités qui le respectent, sauf si le consentement est accordé)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decide.py" />
      <source>{verdict}: {reason}</source>
      <translation>{verdict} : {reason}</translation>
    </message>
  </context>
  <context>
    <name>decision</name>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>allowed by rule</source>
      <translation>autorisé par une règle</translation>
    </message>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>denied by rule</source>
      <translation>refusé par une règle</translation>
    </message>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>no rule allows this use (default deny)</source>
      <translation>aucune règle n’autorise cette utilisation (refus par défaut)</translation>
    </message>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>the person opted out of this purpose</source>
      <translation>la personne s’est opposée à cette finalité</translation>
    </message>
    <message>
      <location filename="../../app/domain/decisions.py" />
      <source>the purpose needs consent and none was granted</source>
      <translation>la finalité exige le consentement et aucun n’a été accordé</translation>
    </message>
  </context>
  <context>
    <name>diagram</name>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Could not write {path}.</source>
      <translation>Impossible d’écrire {path}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Everything the {title} draws, one a row: what it is, its name, what the diagram shows beside it and the same in words. Enter opens the row's item.</source>
      <translation>Tout ce que dessine la vue « {title} », une ligne par élément : ce que c’est, son nom, ce que le diagramme affiche à côté et la même chose en mots. Entrée ouvre l’élément de la ligne.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Export the {title} as {format}</source>
      <translation>Exporter la vue « {title} » en {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Export {format}...</source>
      <translation>Export {format}...</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Export {title}</source>
      <translation>Exporter « {title} »</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/export.py" />
      <source>Export {title} as {format}</source>
      <translation>Exporter « {title} » en {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>In words</source>
      <translation>En mots</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/export.py" />
      <source>PNG image (*.png)</source>
      <translation>Image PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/export.py" />
      <source>SVG drawing (*.svg)</source>
      <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Show as &amp;list</source>
      <translation>En &amp;liste</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Show the {title} as a list, in words</source>
      <translation>Afficher la vue « {title} » en liste, en mots</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Shown</source>
      <translation>Affiché</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>The whole of it in one sentence, as its tooltip says</source>
      <translation>L’ensemble en une phrase, comme dans l’infobulle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>The words the diagram draws beside or on it</source>
      <translation>Les mots que le diagramme dessine à côté ou dessus</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>What the diagram draws: a category, a rule's bar, a box, a connection...</source>
      <translation>Ce que dessine le diagramme : une catégorie, la barre d’une règle, une boîte, une connexion...</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>Which one: the name drawn, or the two boxes a connection joins</source>
      <translation>Lequel : le nom dessiné, ou les deux boîtes qu’une connexion relie</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>{header}: {text}</source>
      <translation>{header} : {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/listing.py" />
      <source>{title} as a list</source>
      <translation>{title} en liste</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>{title} diagram: arrow keys move between its items, Enter opens one; Show as list (Ctrl+Shift+L) says all it draws, in words</source>
      <translation>Diagramme « {title} » : les flèches passent d’un élément à l’autre, Entrée en ouvre un ; « Afficher en liste » (Ctrl+Maj+L) dit tout ce qu’il dessine, en mots</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>{title} tools</source>
      <translation>Outils : {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/export.py" />
      <source>{title}, exported from Policy Studio</source>
      <translation>{title}, exporté depuis Policy Studio</translation>
    </message>
  </context>
  <context>
    <name>diff</name>
    <message numerus="yes">
      <location filename="../../app/commands/diff.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n différence</numerusform>
        <numerusform>%n différences</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>Compare OLD and NEW item by item (matched by id, order ignored; renames detected) and print the differences as text, JSON or an HTML redline (which opens with the impact's summary). With --impact, also every declared use whose decision changes. Exit status: 0 no differences, 1 differences, 2 unreadable input or wrong usage.</source>
      <translation>Compare OLD et NEW élément par élément (appariés par identifiant, ordre ignoré ; renommages détectés) et affiche les différences en texte, en JSON ou en version annotée HTML (qui commence par le résumé de l’impact). Avec --impact, aussi chaque utilisation déclarée dont la décision change. Code de sortie : 0 aucune différence, 1 des différences, 2 entrée illisible ou mauvais usage.</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>also list every declared use (category x purpose x subject x recipient x region x consent) whose decision changes: after the redline in text, as the 'impact' key in JSON, as a section in HTML</source>
      <translation>lister aussi chaque utilisation déclarée (catégorie x finalité x personne concernée x destinataire x région x consentement) dont la décision change : après la version annotée en texte, sous la clé 'impact' en JSON, en section en HTML</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>no differences</source>
      <translation>aucune différence</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>output format (default: text)</source>
      <translation>format de sortie (par défaut : text)</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>show what changed between two versions of a policy</source>
      <translation>montrer ce qui a changé entre deux versions d’une politique</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>the earlier version</source>
      <translation>la version antérieure</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>the later version</source>
      <translation>la version ultérieure</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>write to OUT instead of stdout</source>
      <translation>écrire dans OUT au lieu de la sortie standard</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>wrote {file}: {found}</source>
      <translation>{file} écrit : {found}</translation>
    </message>
    <message>
      <location filename="../../app/commands/diff.py" />
      <source>{differences}; {impact}</source>
      <translation>{differences} ; {impact}</translation>
    </message>
  </context>
  <context>
    <name>digest</name>
    <message>
      <location filename="../../app/commands/digest.py" />
      <source>Print 'sha256:&lt;hex&gt;' of the policy's canonical content (review status and approvals excluded), the digest every export carries.</source>
      <translation>Affiche 'sha256:&lt;hex&gt;' du contenu canonique de la politique (statut de relecture et approbations exclus), l’empreinte que porte chaque export.</translation>
    </message>
    <message>
      <location filename="../../app/commands/digest.py" />
      <source>print the SHA-256 content digest of a policy</source>
      <translation>afficher l’empreinte SHA-256 du contenu d’une politique</translation>
    </message>
  </context>
  <context>
    <name>document standing</name>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>DRAFT: this document is not approved ({why}).</source>
      <translation>PROJET : ce document n’est pas approuvé ({why}).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/standing.py" />
      <source>Exported despite %n error finding: validation reports known problems in this policy (run policy-studio validate for the list).</source>
      <translation>
        <numerusform>Exporté malgré %n erreur constatée : la validation signale des problèmes connus dans cette politique (policy-studio validate en donne la liste).</numerusform>
        <numerusform>Exporté malgré %n erreurs constatées : la validation signale des problèmes connus dans cette politique (policy-studio validate en donne la liste).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/standing.py" />
      <source>Exported despite %n error findings: validation reports known problems in this policy (run policy-studio validate for the list).</source>
      <translation>
        <numerusform>Exporté malgré %n erreur constatée : la validation signale des problèmes connus dans cette politique (policy-studio validate en donne la liste).</numerusform>
        <numerusform>Exporté malgré %n erreurs constatées : la validation signale des problèmes connus dans cette politique (policy-studio validate en donne la liste).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>no approval of this content is recorded</source>
      <translation>aucune approbation de ce contenu n’est enregistrée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>the policy changed after it was approved, so this content is not approved</source>
      <translation>la politique a été modifiée après son approbation, ce contenu n’est donc pas approuvé</translation>
    </message>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>the policy's status is {status}</source>
      <translation>le statut de la politique est {status}</translation>
    </message>
  </context>
  <context>
    <name>document words</name>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>and</source>
      <translation>et</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>or</source>
      <translation>ou</translation>
    </message>
    <message>
      <location filename="../../app/exporters/retention_csv.py" />
      <source>{period}, then {disposition}</source>
      <translation>{period}, puis {disposition}</translation>
    </message>
  </context>
  <context>
    <name>documents</name>
    <message>
      <location filename="../../app/exporters/untranslated.py" />
      <source>Texts not yet translated into this language are shown in the original language and marked as such.</source>
      <translation>Les textes non encore traduits dans cette langue sont présentés dans la langue d’origine et signalés comme tels.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/untranslated.py" />
      <source>This policy has not been translated into this language: its names and descriptions are in the original language.</source>
      <translation>Cette politique n’a pas été traduite dans cette langue : ses noms et descriptions sont dans la langue d’origine.</translation>
    </message>
  </context>
  <context>
    <name>documents view</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/document/build.py" />
      <source>%n retention rules</source>
      <translation>
        <numerusform>%n règle de conservation</numerusform>
        <numerusform>%n règles de conservation</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/document/build.py" />
      <source>%n rules</source>
      <translation>
        <numerusform>%n règle</numerusform>
        <numerusform>%n règles</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>A long document is shown a page at a time: the page shown, by the chapter it is in</source>
      <translation>Un long document s’affiche page par page : la page affichée, selon son chapitre</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/build.py" />
      <source>As the {name} export writes it.</source>
      <translation>Tel que l’export {name} l’écrit.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>CSV spreadsheet (*.csv)</source>
      <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>Consent and GPC table</source>
      <translation>Tableau consentement et GPC</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>DPIA draft</source>
      <translation>Projet d’AIPD</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>Document page</source>
      <translation>Page du document</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Document shown</source>
      <translation>Document affiché</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Export as</source>
      <translation>Exporter en</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Export {format}</source>
      <translation>Exporter en {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Export {title} as {format}</source>
      <translation>Exporter « {title} » en {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Exporting {title}...</source>
      <translation>Export de {title}...</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>HTML document (*.html)</source>
      <translation>Document HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>JSON file (*.json)</source>
      <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>Markdown text (*.md)</source>
      <translation>Texte Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>Next page</source>
      <translation>Page suivante</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>PDF document (*.pdf)</source>
      <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>Page {number} of {count}: {title}</source>
      <translation>Page {number}/{count} : {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>Policy document</source>
      <translation>Document de politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pager.py" />
      <source>Previous page</source>
      <translation>Page précédente</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/notice/__init__.py" />
      <source>Privacy notice</source>
      <translation>Information sur la protection des données</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>Record of processing (Art. 30)</source>
      <translation>Registre des activités de traitement (art. 30)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>The document as it is exported, read-only: a link goes to the item it names</source>
      <translation>Le document tel qu’il est exporté, en lecture seule : un lien mène à l’élément qu’il nomme</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>The document to preview and export</source>
      <translation>Le document à prévisualiser et à exporter</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>The preview could not be built: {error}</source>
      <translation>Impossible de construire l’aperçu : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/pages.py" />
      <source>Title page</source>
      <translation>Page de titre</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Write the document shown to a file</source>
      <translation>Écrire le document affiché dans un fichier</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Write the {title} as a {format} file</source>
      <translation>Écrire « {title} » dans un fichier {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Wrote {file}</source>
      <translation>{file} écrit</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/build.py" />
      <source>{rules}, {retention}</source>
      <translation>{rules}, {retention}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/kind.py" />
      <source>{title} preview</source>
      <translation>Aperçu : {title}</translation>
    </message>
  </context>
  <context>
    <name>dpia</name>
    <message numerus="yes">
      <location filename="../../app/exporters/dpia.py" />
      <source>%n criteria met</source>
      <translation>
        <numerusform>%n critère rempli</numerusform>
        <numerusform>%n critères remplis</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/dpia.py" />
      <source>%n criterion met</source>
      <translation>
        <numerusform>%n critère rempli</numerusform>
        <numerusform>%n critères remplis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Advice of the data protection officer</source>
      <translation>Avis du délégué à la protection des données</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Conclusion</source>
      <translation>Conclusion</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Conclusion:</source>
      <translation>Conclusion :</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Content digest:</source>
      <translation>Empreinte du contenu :</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Context</source>
      <translation>Contexte</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/dpia.py" />
      <source>DPIA draft</source>
      <translation>Projet d’AIPD</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Data minimisation</source>
      <translation>Minimisation des données</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Data protection impact assessment (draft)</source>
      <translation>Analyse d’impact relative à la protection des données (projet)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Data protection impact assessment: {title}</source>
      <translation>Analyse d’impact relative à la protection des données : {title}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Decision, by whom and when</source>
      <translation>Décision, par qui et quand</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Disappearance of data</source>
      <translation>Disparition de données</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Each purpose against the criteria of the EDPB-endorsed guidelines (WP248 rev.01), with transfers without an adequacy decision added: two or more make an assessment required in most cases.</source>
      <translation>Chaque finalité confrontée aux critères des lignes directrices approuvées par le CEPD (WP248 rév.01), complétés par les transferts sans décision d’adéquation : deux critères ou plus rendent une analyse nécessaire dans la plupart des cas.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Fundamental principles</source>
      <translation>Principes fondamentaux</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>GDPR Art. 35</source>
      <translation>Art. 35 RGPD</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Generated by Policy Studio from policy {policy} {version}; content digest {digest}. The machine file with the same digest says exactly what this draft was made from.</source>
      <translation>Généré par Policy Studio à partir de la politique {policy} {version} ; empreinte du contenu {digest}. Le fichier lisible par machine portant la même empreinte dit exactement à partir de quoi ce projet a été établi.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Illegitimate access to data</source>
      <translation>Accès illégitime à des données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Impacts on the people if it happened</source>
      <translation>Impacts sur les personnes si cela se produisait</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Information and consent</source>
      <translation>Information et consentement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Likelihood (negligible, limited, significant or maximum), and why</source>
      <translation>Vraisemblance (négligeable, limitée, importante ou maximale), et pourquoi</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Likely not required ({count}); record why</source>
      <translation>Probablement non requise ({count}) ; consignez pourquoi</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Measures that address it</source>
      <translation>Mesures qui y répondent</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Measures the policy records</source>
      <translation>Mesures enregistrées dans la politique</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>No criterion met.</source>
      <translation>Aucun critère rempli.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>No purpose needs an assessment by the screening; every purpose is drafted below, should you carry one out anyway.</source>
      <translation>Selon l’examen préalable, aucune finalité ne requiert d’analyse ; chaque finalité est préparée ci-dessous, au cas où vous en mèneriez une malgré tout.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>No security measures are recorded in the policy.</source>
      <translation>Aucune mesure de sécurité n’est enregistrée dans la politique.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Not required by the screening (no criterion met)</source>
      <translation>Non requise selon l’examen préalable (aucun critère rempli)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Offered: {rights}</source>
      <translation>Offerts : {rights}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Required ({count})</source>
      <translation>Requise ({count})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Required ({count}), although recorded as not needed</source>
      <translation>Requise ({count}), bien qu’enregistrée comme non nécessaire</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Required ({count}), recorded as done but with no reference</source>
      <translation>Requise ({count}), enregistrée comme terminée mais sans référence</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Required ({count}), recorded in progress but with no reference</source>
      <translation>Requise ({count}), enregistrée comme en cours mais sans référence</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Residual risk accepted, and why</source>
      <translation>Risque résiduel accepté, et pourquoi</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Rights of the people</source>
      <translation>Droits des personnes</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Risk sources (who or what could cause it)</source>
      <translation>Sources de risque (qui ou quoi pourrait en être à l’origine)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Risks</source>
      <translation>Risques</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Screening</source>
      <translation>Examen préalable</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Screening:</source>
      <translation>Examen préalable :</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Severity (negligible, limited, significant or maximum), and why</source>
      <translation>Gravité (négligeable, limitée, importante ou maximale), et pourquoi</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>TO BE COMPLETED</source>
      <translation>À COMPLÉTER</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>The controller</source>
      <translation>Le responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>The policy declares no purposes of its own.</source>
      <translation>La politique ne déclare aucune finalité propre.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>The purpose, as the policy describes it: {description}</source>
      <translation>La finalité, telle que la politique la décrit : {description}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>This draft is pre-filled from the policy: what it processes, about whom and for whom is what the policy’s rules allow. It is not an assessment until the assessors have completed every part marked {gap}, weighed the risks and recorded their conclusion, with the data protection officer’s advice (GDPR Art. 35(2)).</source>
      <translation>Ce projet est prérempli à partir de la politique : ce qu’il traite, sur qui et pour qui, est ce que les règles de la politique autorisent. Ce n’est une analyse qu’une fois que les évaluateurs ont complété chaque partie marquée {gap}, pesé les risques et consigné leur conclusion, avec l’avis du délégué à la protection des données (art. 35(2) RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Threats that could bring it about</source>
      <translation>Menaces qui pourraient le provoquer</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>Unwanted change of data</source>
      <translation>Modification non désirée de données</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>Views of the people concerned or their representatives</source>
      <translation>Avis des personnes concernées ou de leurs représentants</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>status {status}</source>
      <translation>statut {status}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>version {version}</source>
      <translation>version {version}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/dpia.html.j2" />
      <source>{criterion}: {reason}</source>
      <translation>{criterion} : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: how people exercise them</source>
      <translation>{gap} : comment les personnes les exercent</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: no rights are recorded for the purpose</source>
      <translation>{gap} : aucun droit n’est enregistré pour la finalité</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: the purpose is not described</source>
      <translation>{gap} : la finalité n’est pas décrite</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: where and when people are informed</source>
      <translation>{gap} : où et quand les personnes sont informées</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia.py" />
      <source>{gap}: why each category of data is needed for the purpose</source>
      <translation>{gap} : pourquoi chaque catégorie de données est nécessaire à la finalité</translation>
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
      <translation>, par des règles ouvertes à tous</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>aged from {age}</source>
      <translation>à partir de {age} ans</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>automated decisions with legal or similarly significant effect</source>
      <translation>décisions automatisées produisant des effets juridiques ou des effets similaires significatifs</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>children</source>
      <translation>enfants</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>criminal offence data</source>
      <translation>données relatives aux infractions pénales</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>evaluation or scoring</source>
      <translation>évaluation ou notation</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>innovative technology</source>
      <translation>technologie innovante</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>large scale</source>
      <translation>traitement à grande échelle</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>matching or combining data sets</source>
      <translation>croisement ou combinaison d’ensembles de données</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>preventing people from exercising a right or using a service</source>
      <translation>empêcher des personnes d’exercer un droit ou d’utiliser un service</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>sensitive or highly personal data</source>
      <translation>données sensibles ou à caractère hautement personnel</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>special category</source>
      <translation>catégorie particulière</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>systematic monitoring</source>
      <translation>surveillance systématique</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>the purpose is of the profiling kind</source>
      <translation>la finalité est de type profilage</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>the purpose profiles people</source>
      <translation>la finalité établit des profils de personnes</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>the purpose takes solely automated decisions</source>
      <translation>la finalité prend des décisions exclusivement automatisées</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>the purpose's screening says so</source>
      <translation>l’examen préalable de la finalité l’indique</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>transfers without an adequacy decision</source>
      <translation>transferts sans décision d’adéquation</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>vulnerable</source>
      <translation>vulnérables</translation>
    </message>
    <message>
      <location filename="../../app/domain/dpia_screening.py" />
      <source>vulnerable people or children</source>
      <translation>personnes vulnérables ou enfants</translation>
    </message>
  </context>
  <context>
    <name>duration</name>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n days</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n months</source>
      <translation>
        <numerusform>%n mois</numerusform>
        <numerusform>%n mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n weeks</source>
      <translation>
        <numerusform>%n semaine</numerusform>
        <numerusform>%n semaines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n years</source>
      <translation>
        <numerusform>%n an</numerusform>
        <numerusform>%n ans</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>'{text}' has a number of more than {digits} digits; use 'indefinite' for data kept without an end</source>
      <translation>'{text}' contient un nombre de plus de {digits} chiffres ; utilisez 'indefinite' pour des données conservées sans fin</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>'{text}' is negative; a retention duration cannot be</source>
      <translation>'{text}' est négatif ; une durée de conservation ne peut pas l’être</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>'{text}' is not a supported duration (use whole numbers, e.g. P30D, P6M, P2Y or 'indefinite')</source>
      <translation>'{text}' n’est pas une durée prise en charge (utilisez des nombres entiers, par ex. P30D, P6M, P2Y ou 'indefinite')</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>'{text}' is not an ISO 8601 duration (use e.g. P30D, P6M, P2Y or 'indefinite')</source>
      <translation>'{text}' n’est pas une durée ISO 8601 (utilisez par ex. P30D, P6M, P2Y ou 'indefinite')</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>1 day</source>
      <translation>1 jour</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>1 month</source>
      <translation>1 mois</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>1 week</source>
      <translation>1 semaine</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>1 year</source>
      <translation>1 an</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>a duration must be text such as P30D, P2Y or 'indefinite'</source>
      <translation>une durée doit être du texte tel que P30D, P2Y ou 'indefinite'</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>indefinitely</source>
      <translation>indéfiniment</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>some hours</source>
      <translation>quelques heures</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>{hours} hours</source>
      <translation>{hours} heures</translation>
    </message>
    <message>
      <location filename="../../app/domain/duration.py" />
      <source>{list} and {last}</source>
      <translation>{list} et {last}</translation>
    </message>
  </context>
  <context>
    <name>editor</name>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>'UK' is not an ISO code: the United Kingdom is GB</source>
      <translation>'UK' n'est pas un code ISO : le Royaume-Uni est GB</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>'{code}' is not an ISO 3166 country or subdivision code or a known region group (e.g. DE, US-CA, eea)</source>
      <translation>'{code}' n'est ni un code ISO 3166 de pays ou de subdivision ni un groupe de régions connu (p. ex. DE, US-CA, eea)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>'{id}' is already in the list</source>
      <translation>'{id}' est déjà dans la liste</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>'{id}' is already used by another security measure</source>
      <translation>'{id}' est déjà utilisé par une autre mesure de sécurité</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>'{id}' is already used by another {kind}</source>
      <translation>'{id}' est déjà utilisé ({kind})</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>'{id}' is no longer in the policy: it was deleted. Undo (Ctrl+Z) brings it back, or pick another item in the tree.</source>
      <translation>'{id}' ne figure plus dans la politique : il a été supprimé. Annuler (Ctrl+Z) le rétablit, ou choisissez un autre élément dans l'arborescence.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>'{id}' is not a valid id: use lowercase letters, digits, _ and dots (e.g. contact.email)</source>
      <translation>'{id}' n'est pas un identifiant valide : utilisez des lettres minuscules, des chiffres, _ et des points (p. ex. contact.email)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>'{id}' is not a valid id: use lowercase letters, digits, _ and dots (e.g. northwind_outfitters)</source>
      <translation>'{id}' n'est pas un identifiant valide : utilisez des lettres minuscules, des chiffres, _ et des points (p. ex. northwind_outfitters)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>'{id}' is not a valid id: use lowercase letters, digits, _ and dots, e.g. eu or us.ca</source>
      <translation>'{id}' n'est pas un identifiant valide : utilisez des lettres minuscules, des chiffres, _ et des points, p. ex. eu ou us.ca</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>'{text}' is not a version: use three numbers, e.g. 1.0.0 or 2.3.1</source>
      <translation>'{text}' n'est pas une version : utilisez trois nombres, p. ex. 1.0.0 ou 2.3.1</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>'{text}' is not an age: use a whole number of years from 0 to {max}</source>
      <translation>'{text}' n'est pas un âge : utilisez un nombre entier d'années entre 0 et {max}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>'{value}' is not an internet domain: write it like ads.example.com</source>
      <translation>'{value}' n'est pas un domaine internet : écrivez-le comme ads.example.com</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(any reason)</source>
      <translation>(tout motif)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(choose a category)</source>
      <translation>(choisir une catégorie)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(choose a purpose)</source>
      <translation>(choisir une finalité)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(no disclosure)</source>
      <translation>(aucune communication)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(not checked)</source>
      <translation>(non vérifié)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>(not given)</source>
      <translation>(non précisé)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <location filename="../../app/ui/editors/retention_fields.py" />
      <source>(not set)</source>
      <translation>(non défini)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>A Global Privacy Control signal opts the person out (opt-out purposes only)</source>
      <translation>Un signal Global Privacy Control vaut opposition de la personne (finalités en opt-out uniquement)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_groups.py" />
      <source>Add a member, e.g. de, US-CA or eea…</source>
      <translation>Ajouter un membre, p. ex. de, US-CA ou eea…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>Add a region, e.g. de or eea…</source>
      <translation>Ajouter une région, p. ex. de ou eea…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Add a region, e.g. de, US-CA or eea…</source>
      <translation>Ajouter une région, p. ex. de, US-CA ou eea…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Add a row to {field}.</source>
      <translation>Ajouter une ligne à {field}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <location filename="../../app/ui/editors/region_fields.py" />
      <location filename="../../app/ui/editors/store_fields.py" />
      <location filename="../../app/ui/editors/tables.py" />
      <source>Add to {field}</source>
      <translation>Ajouter à {field}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/drops.py" />
      <source>Add {names} to {id}</source>
      <translation>Ajouter {names} à {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Afterwards</source>
      <translation>Ensuite</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>App store labels</source>
      <translation>Étiquettes des boutiques d'applications</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Ask this request in the decision tester to see why the policy answers as it does.</source>
      <translation>Poser cette requête dans le testeur de décisions pour voir pourquoi la politique répond ainsi.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Can bar a right, a service or a contract</source>
      <translation>Peut exclure d'un droit, d'un service ou d'un contrat</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>Choose {field}</source>
      <translation>Choisir {field}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>Choose {noun}</source>
      <translation>Choisir {noun}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Confirm %n proposed store label</source>
      <translation>
        <numerusform>Confirmer %n étiquette de boutique proposée</numerusform>
        <numerusform>Confirmer %n étiquettes de boutique proposées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Confirm %n proposed store labels</source>
      <translation>
        <numerusform>Confirmer %n étiquette de boutique proposée</numerusform>
        <numerusform>Confirmer %n étiquettes de boutique proposées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Confirm proposals for every item</source>
      <translation>Confirmer les propositions pour tous les éléments</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Contract &amp;&amp; identifiers</source>
      <translation>Contrat &amp;&amp; identifiants</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Controller</source>
      <translation>Responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>DPO</source>
      <translation>DPD</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Decisions with legal or similar effects, no human involved</source>
      <translation>Décisions aux effets juridiques ou similaires, sans intervention humaine</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Deletion is suspended (legal hold)</source>
      <translation>L'effacement est suspendu (gel juridique)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>Editor title</source>
      <translation>Titre de l'éditeur</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Evaluates personal aspects of people</source>
      <translation>Évalue des aspects personnels des personnes</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Expected answer</source>
      <translation>Réponse attendue</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Fails: {problems}</source>
      <translation>Non satisfaite : {problems}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>Find {noun} among the declared ones by name or id. {help}</source>
      <translation>Chercher {noun} parmi les éléments déclarés, par nom ou identifiant. {help}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Holds: {answer}</source>
      <translation>Satisfaite : {answer}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>Identifier (e.g. pd:EmailAddress, user.contact.email)</source>
      <translation>Identifiant (p. ex. pd:EmailAddress, user.contact.email)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Includes people below the age of digital consent</source>
      <translation>Comprend des personnes n'ayant pas l'âge du consentement numérique</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Incomplete: choose a category and a purpose to ask the question.</source>
      <translation>Incomplète : choisissez une catégorie et une finalité pour poser la question.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>Indefinitely</source>
      <translation>Indéfiniment</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Jurisdictions &amp;&amp; dates</source>
      <translation>Juridictions &amp;&amp; dates</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>Keep the data with no end date (checks will flag it).</source>
      <translation>Conserver les données sans date de fin (les contrôles le signaleront).</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Language (de, fr)</source>
      <translation>Langue (de, fr)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>Leave {field} unset.</source>
      <translation>Laisser {field} non défini.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Legal basis &amp;&amp; consent</source>
      <translation>Base légale &amp;&amp; consentement</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Many people, much data, long or wide</source>
      <translation>Beaucoup de personnes, beaucoup de données, longue durée ou zone étendue</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Matches or combines data sets</source>
      <translation>Croise ou combine des jeux de données</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Needs extra protection (patients, people in care, children…)</source>
      <translation>A besoin d'une protection particulière (patients, personnes prises en charge, enfants…)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>New controller</source>
      <translation>Nouveau responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>New joint controller</source>
      <translation>Nouveau responsable conjoint</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>New measure</source>
      <translation>Nouvelle mesure</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>No fixed period</source>
      <translation>Pas de durée fixe</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>No minimum</source>
      <translation>Pas de minimum</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Nothing left to confirm</source>
      <translation>Plus rien à confirmer</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>Nothing selected.</source>
      <translation>Aucune sélection.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Observes or monitors people systematically</source>
      <translation>Observe ou surveille des personnes de manière systématique</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Only Policy &gt; Approve... sets the status to approved: it checks the policy and records who approved which content.</source>
      <translation>Seul Politique &gt; Approuver... passe le statut à approuvé : il contrôle la politique et consigne qui a approuvé quel contenu.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Open in &amp;decision tester</source>
      <translation>Ouvrir dans le testeur de &amp;décisions</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Period</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Personal information is sold</source>
      <translation>Des informations personnelles sont vendues</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Policy · {id}</source>
      <translation>Politique · {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Reads:</source>
      <translation>Se lit :</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Record of processing (Art. 30)</source>
      <translation>Registre des traitements (art. 30)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Reference, e.g. LIA-2026-04 (legitimate interests only)</source>
      <translation>Référence, p. ex. LIA-2026-04 (intérêts légitimes uniquement)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Remove from {field}</source>
      <translation>Retirer de {field}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>Remove the selected rows.</source>
      <translation>Retirer les lignes sélectionnées.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>Remove {value}</source>
      <translation>Retirer {value}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>Remove {value} from {field}</source>
      <translation>Retirer {value} de {field}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>Rename {old} to {new}</source>
      <translation>Renommer {old} en {new}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>Representative</source>
      <translation>Représentant</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Request</source>
      <translation>Requête</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Rights</source>
      <translation>Droits</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Sale &amp;&amp; sharing (CPRA)</source>
      <translation>Vente &amp;&amp; partage (CPRA)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>Scheme</source>
      <translation>Schéma</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>Scope</source>
      <translation>Portée</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/host.py" />
      <source>Select an item in the navigator to edit it.</source>
      <translation>Sélectionnez un élément dans le navigateur pour le modifier.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <source>Set</source>
      <translation>Défini</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Shared for cross-context behavioural advertising</source>
      <translation>Partagées pour de la publicité comportementale intercontextuelle</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>The browser sends a Global Privacy Control signal</source>
      <translation>Le navigateur envoie un signal Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>The law or reason, e.g. HGB § 257 (10 years)</source>
      <translation>La loi ou la raison, p. ex. HGB § 257 (10 ans)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>The period in words</source>
      <translation>La durée en toutes lettres</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>The question in plain words, e.g. May we send the newsletter without consent?</source>
      <translation>La question en termes simples, p. ex. Pouvons-nous envoyer la newsletter sans consentement ?</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>The stored form: P30D, P6M, P2Y, P1Y6M… or 'indefinite'. Type here for periods that mix units.</source>
      <translation>La forme enregistrée : P30D, P6M, P2Y, P1Y6M… ou 'indefinite'. Saisissez ici les durées qui mélangent les unités.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>This period mixes units: edit it in the ISO box.</source>
      <translation>Cette durée mélange les unités : modifiez-la dans le champ ISO.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Tick to show the names and descriptions in other languages</source>
      <translation>Cochez pour afficher les noms et descriptions dans d’autres langues</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Transfer</source>
      <translation>Transfert</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>Translations</source>
      <translation>Traductions</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <source>Untick to leave the {field} empty.</source>
      <translation>Décochez pour laisser {field} vide.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Uses new technology</source>
      <translation>Utilise une nouvelle technologie</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>What the rule allows or forbids, and why</source>
      <translation>Ce que la règle autorise ou interdit, et pourquoi</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>What this data is, in plain words</source>
      <translation>Ce que sont ces données, en termes simples</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>Whether the expectation holds now</source>
      <translation>Si l'attente est satisfaite actuellement</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>Why people's interests do not override the organisation's</source>
      <translation>Pourquoi les intérêts des personnes ne prévalent pas sur ceux de l'organisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Write what the store exports propose into every empty store label of the categories and purposes (one step, undone with Ctrl+Z); labels already chosen stay</source>
      <translation>Écrire les propositions des exports pour les boutiques dans toutes les étiquettes vides des catégories et finalités (une étape, annulable avec Ctrl+Z) ; les étiquettes déjà choisies restent</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>an id cannot be empty</source>
      <translation>un identifiant ne peut pas être vide</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>any data subject</source>
      <translation>toute personne concernée</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>any purpose</source>
      <translation>toute finalité</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>any recipient (or none)</source>
      <translation>tout destinataire (ou aucun)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>anywhere</source>
      <translation>partout</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>categories</source>
      <translation>des catégories</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>controller</source>
      <translation>un responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>e.g. 13</source>
      <translation>p. ex. 13</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>e.g. 17</source>
      <translation>p. ex. 17</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. A low score means a lower credit limit</source>
      <translation>p. ex. Un score faible signifie une limite de crédit plus basse</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. A score from payment history sets the limit</source>
      <translation>p. ex. Un score tiré de l'historique de paiement fixe la limite</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. Customers</source>
      <translation>p. ex. Clients</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>e.g. DE</source>
      <translation>p. ex. DE</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>e.g. DE or US-CA</source>
      <translation>p. ex. DE ou US-CA</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>e.g. DE or eea</source>
      <translation>p. ex. DE ou eea</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. DPA-2026-03 Hosting data processing agreement</source>
      <translation>p. ex. DPA-2026-03 Contrat de sous-traitance hébergement</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. DPIA-2026-01 Fraud screening</source>
      <translation>p. ex. AIPD-2026-01 Détection de la fraude</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. Email address</source>
      <translation>p. ex. Adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_groups.py" />
      <source>e.g. German-speaking countries</source>
      <translation>p. ex. Pays germanophones</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. Order fulfilment</source>
      <translation>p. ex. Exécution des commandes</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>e.g. Payment provider</source>
      <translation>p. ex. Prestataire de paiement</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>e.g. ads.example.com</source>
      <translation>p. ex. ads.example.com</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>e.g. asset disposed of</source>
      <translation>p. ex. actif mis au rebut</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>e.g. for the life of the account</source>
      <translation>p. ex. pendant la durée de vie du compte</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>e.g. statutory duty, or the litigation it is held for</source>
      <translation>p. ex. obligation légale, ou le litige qui la justifie</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/translation_fields.py" />
      <source>each language once: {languages} is listed twice</source>
      <translation>chaque langue une seule fois : {languages} figure deux fois</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>each scheme once: {schemes} is listed twice</source>
      <translation>chaque schéma une seule fois : {schemes} figure deux fois</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>everywhere</source>
      <translation>partout</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>months</source>
      <translation>mois</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>no other country</source>
      <translation>aucun autre pays</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>none (Art. 49 not relied on)</source>
      <translation>aucune (art. 49 non invoqué)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>none (no special-category data)</source>
      <translation>aucune (pas de données de catégorie particulière)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>none (no transfer outside the jurisdictions)</source>
      <translation>aucune (pas de transfert hors des juridictions)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>none yet: add the categories this period applies to</source>
      <translation>aucune pour l'instant : ajoutez les catégories auxquelles cette durée s'applique</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_groups.py" />
      <source>none yet: the group contains nowhere</source>
      <translation>aucun pour l'instant : le groupe ne contient aucun lieu</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>none yet: the rule covers no data until a category is added</source>
      <translation>aucune pour l'instant : la règle ne couvre aucune donnée tant qu'aucune catégorie n'est ajoutée</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>none yet: the rule covers no use until a purpose is added</source>
      <translation>aucune pour l'instant : la règle ne couvre aucune utilisation tant qu'aucune finalité n'est ajoutée</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>not checked</source>
      <translation>non vérifié</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>not recorded</source>
      <translation>non consigné</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>not set</source>
      <translation>non défini</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>not set (nothing fits: choose one)</source>
      <translation>non défini (rien ne convient : choisissez)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>not set (proposed: {label})</source>
      <translation>non défini (proposé : {label})</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/people_fields.py" />
      <source>not stated</source>
      <translation>non précisé</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>purposes</source>
      <translation>des finalités</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>recipients</source>
      <translation>des destinataires</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/expectations.py" />
      <source>rules</source>
      <translation>des règles</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/rules.py" />
      <source>subjects</source>
      <translation>des personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>the organisation itself (as controller)</source>
      <translation>l'organisation elle-même (comme responsable du traitement)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>unknown region {region}: use an ISO 3166 code (DE, US-CA) or a region group (eu, eea, or one the policy defines)</source>
      <translation>région inconnue {region} : utilisez un code ISO 3166 (DE, US-CA) ou un groupe de régions (eu, eea, ou un groupe défini par la politique)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>weeks</source>
      <translation>semaines</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/items.py" />
      <source>where it processes the data</source>
      <translation>là où il traite les données</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>years</source>
      <translation>ans</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field} (ISO 8601)</source>
      <translation>{field} (ISO 8601)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <source>{field} is set</source>
      <translation>{field} est défini</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field}: amount</source>
      <translation>{field} : nombre</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/retention_fields.py" />
      <source>{field}: day</source>
      <translation>{field} : jour</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field}: indefinite</source>
      <translation>{field} : indéfini</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/retention_fields.py" />
      <source>{field}: month</source>
      <translation>{field} : mois</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/fields.py" />
      <source>{field}: problem</source>
      <translation>{field} : problème</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field}: unit</source>
      <translation>{field} : unité</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/choice_fields.py" />
      <location filename="../../app/ui/editors/duration_edit.py" />
      <source>{field}: {choice}</source>
      <translation>{field} : {choice}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/tables.py" />
      <source>{help}
Double-click or press F2 to edit a cell.</source>
      <translation>{help}
Double-cliquez ou appuyez sur F2 pour modifier une cellule.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/region_fields.py" />
      <source>{help}
Type a country, subdivision or group (any case, or its name) and press Enter.</source>
      <translation>{help}
Saisissez un pays, une subdivision ou un groupe (casse indifférente, ou son nom) et appuyez sur Entrée.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>{help}
Type a domain such as ads.example.com and press Enter.</source>
      <translation>{help}
Saisissez un domaine comme ads.example.com et appuyez sur Entrée.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/chips.py" />
      <source>{help}
Type an id (lowercase letters, digits, _ and dots) and press Enter.</source>
      <translation>{help}
Saisissez un identifiant (lettres minuscules, chiffres, _ et points) et appuyez sur Entrée.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>{help} Changing it renames the item everywhere it is used; sub-items move along.</source>
      <translation>{help} La modifier renomme l'élément partout où il est utilisé ; les sous-éléments suivent.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/reference_choice.py" />
      <source>{id} (not declared)</source>
      <translation>{id} (non déclaré)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/host.py" />
      <source>{kind} form</source>
      <translation>Formulaire {kind}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/base.py" />
      <source>{label}:</source>
      <translation>{label} :</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/host.py" />
      <source>{section}: select an item, or add one with Edit &gt; Add item (Ctrl+Shift+N).</source>
      <translation>{section} : sélectionnez un élément, ou ajoutez-en un avec Édition &gt; Ajouter un élément (Ctrl+Maj+N).</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>{who} {field}</source>
      <translation>{who} : {field}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <source>{who}: {help}</source>
      <translation>{who} : {help}</translation>
    </message>
  </context>
  <context>
    <name>edits</name>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>'{field}' cannot be set</source>
      <translation>'{field}' ne peut pas être défini</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <location filename="../../app/domain/edits.py" />
      <source>'{id}' already exists in {section}</source>
      <translation>'{id}' existe déjà dans {section}</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>'{id}' is not a valid id (lowercase letters, digits, _ and dots)</source>
      <translation>'{id}' n’est pas un identifiant valide (lettres minuscules, chiffres, _ et points)</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>'{id}' reads as the ISO code {code}: a region group needs a longer id</source>
      <translation>'{id}' se lit comme le code ISO {code} : un groupe de régions a besoin d’un identifiant plus long</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>'{new}' cannot be placed under '{old}' itself</source>
      <translation>'{new}' ne peut pas être placé sous '{old}' lui-même</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Add items</source>
      <translation>Ajouter des éléments</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Add {id}</source>
      <translation>Ajouter {id}</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Change {field}</source>
      <translation>Modifier {field}</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Change {field} of {id}</source>
      <translation>Modifier {field} de {id}</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Delete {id}</source>
      <translation>Supprimer {id}</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>Delete {id} and its uses</source>
      <translation>Supprimer {id} et ses utilisations</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Edit</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Move {id}</source>
      <translation>Déplacer {id}</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>Remove items</source>
      <translation>Retirer des éléments</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>Rename {old} to {new}</source>
      <translation>Renommer {old} en {new}</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>a reload cannot be undone item by item; reload again instead</source>
      <translation>un rechargement ne peut pas être annulé élément par élément ; rechargez plutôt à nouveau</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>an item id is needed to edit a section item</source>
      <translation>un identifiant d’élément est nécessaire pour modifier un élément de section</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>no field given</source>
      <translation>aucun champ indiqué</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <source>the new id is the same as the old one</source>
      <translation>le nouvel identifiant est identique à l’ancien</translation>
    </message>
    <message>
      <location filename="../../app/domain/document.py" />
      <location filename="../../app/domain/edits.py" />
      <source>there is no '{id}' in {section}</source>
      <translation>il n’y a pas de '{id}' dans {section}</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>there is no field '{field}'</source>
      <translation>il n’y a pas de champ '{field}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>there is no section called '{section}'</source>
      <translation>il n’y a pas de section nommée '{section}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/edits.py" />
      <source>{section} holds {model} items</source>
      <translation>{section} contient des éléments {model}</translation>
    </message>
  </context>
  <context>
    <name>enum label</name>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>Brazil LGPD</source>
      <translation>LGPD (Brésil)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>California CCPA/CPRA</source>
      <translation>CCPA/CPRA (Californie)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>Canada PIPEDA</source>
      <translation>PIPEDA (Canada)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>EU GDPR</source>
      <translation>RGPD (UE)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>Swiss FADP</source>
      <translation>LPD suisse</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>UK GDPR</source>
      <translation>RGPD britannique (UK GDPR)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>access</source>
      <translation>accès</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>account closure</source>
      <translation>clôture du compte</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>adequacy decision</source>
      <translation>décision d’adéquation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>advertising</source>
      <translation>publicité</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>aggregate</source>
      <translation>agréger</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>allow</source>
      <translation>autoriser</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>allowed</source>
      <translation>autorisé</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>analytics</source>
      <translation>analyse</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>anonymise</source>
      <translation>anonymiser</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>approved</source>
      <translation>approuvée</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>archive</source>
      <translation>archiver</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>archiving research statistics</source>
      <translation>archivage, recherche et statistiques</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>binding corporate rules</source>
      <translation>règles d’entreprise contraignantes</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>biometric</source>
      <translation>biométrique</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>browsing</source>
      <translation>navigation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>collection</source>
      <translation>collecte</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>commercial</source>
      <translation>commercial</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>communications</source>
      <translation>communications</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>consent</source>
      <translation>consentement</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>consent missing</source>
      <translation>consentement manquant</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>consent withdrawal</source>
      <translation>retrait du consentement</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contact</source>
      <translation>contact</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contest</source>
      <translation>contestation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contract</source>
      <translation>contrat</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contract end</source>
      <translation>fin du contrat</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contract for subject</source>
      <translation>contrat dans l’intérêt de la personne</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>contract with subject</source>
      <translation>contrat avec la personne</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>credentials</source>
      <translation>identifiants de connexion</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>criminal offence data (GDPR Art. 10)</source>
      <translation>données d’infraction (art. 10 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>custom</source>
      <translation>événement propre</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>customer records</source>
      <translation>dossiers clients</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>data subject</source>
      <translation>personne concernée</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>delete</source>
      <translation>supprimer</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>deletion request</source>
      <translation>demande de suppression</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>demographic</source>
      <translation>démographique</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>denied</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>denied by rule</source>
      <translation>refusé par une règle</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>deny</source>
      <translation>refuser</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>derogation</source>
      <translation>dérogation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>device</source>
      <translation>appareil</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>done</source>
      <translation>réalisée</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>draft</source>
      <translation>brouillon</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>education</source>
      <translation>éducation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>employment</source>
      <translation>emploi</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>employment social security</source>
      <translation>droit du travail et protection sociale</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>encrypt</source>
      <translation>chiffrer</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>end of calendar year</source>
      <translation>fin de l’année civile</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>end of financial year</source>
      <translation>fin de l’exercice</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>erasure</source>
      <translation>effacement</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>essential</source>
      <translation>essentiel</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>event</source>
      <translation>événement</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>explicit consent</source>
      <translation>consentement explicite</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>express view</source>
      <translation>expression de son point de vue</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>financial</source>
      <translation>financier</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>genetic</source>
      <translation>génétique</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>geolocation</source>
      <translation>géolocalisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>government id</source>
      <translation>identifiant officiel</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>granted</source>
      <translation>accordé</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>health</source>
      <translation>santé</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>health or social care</source>
      <translation>soins de santé ou action sociale</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>human intervention</source>
      <translation>intervention humaine</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>human review</source>
      <translation>réexamen humain</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>identifier</source>
      <translation>identifiant</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>identifiers</source>
      <translation>identifiants</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>in progress</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>in review</source>
      <translation>en relecture</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>inferences</source>
      <translation>déductions</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>inferred</source>
      <translation>déduit</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>internal</source>
      <translation>interne</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>last activity</source>
      <translation>dernière activité</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>legal claims</source>
      <translation>droits en justice</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>legal compliance</source>
      <translation>conformité légale</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>legal obligation</source>
      <translation>obligation légale</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>legitimate interests</source>
      <translation>intérêts légitimes</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>limit sensitive use</source>
      <translation>limitation de l’usage des données sensibles</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>location</source>
      <translation>localisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>made public</source>
      <translation>rendues publiques</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>marketing</source>
      <translation>marketing</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>minimise</source>
      <translation>minimiser</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>network activity</source>
      <translation>activité réseau</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>no consent needed</source>
      <translation>aucun consentement requis</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>no rule</source>
      <translation>aucune règle</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>not needed</source>
      <translation>non requise</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>not-for-profit body</source>
      <translation>organisme à but non lucratif</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>notify</source>
      <translation>notifier</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>objection</source>
      <translation>opposition</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>observed</source>
      <translation>observé</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>opt out of sale or sharing</source>
      <translation>opposition à la vente ou au partage</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>opt-in</source>
      <translation>opt-in</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>opt-out</source>
      <translation>opt-out</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>opted out</source>
      <translation>opposé</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>other</source>
      <translation>autre</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>parental consent</source>
      <translation>consentement parental</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>personal</source>
      <translation>personnel</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>personalisation</source>
      <translation>personnalisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>portability</source>
      <translation>portabilité</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>precise location</source>
      <translation>localisation précise</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>processor</source>
      <translation>sous-traitant</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>professional</source>
      <translation>professionnel</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>profiling</source>
      <translation>profilage</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>protected classifications</source>
      <translation>caractéristiques protégées</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>pseudonymise</source>
      <translation>pseudonymiser</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public</source>
      <translation>public</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public authority</source>
      <translation>autorité publique</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public health</source>
      <translation>santé publique</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public interest</source>
      <translation>intérêt public</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public register</source>
      <translation>registre public</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public source</source>
      <translation>source publique</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>public task</source>
      <translation>mission d’intérêt public</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>purchase history</source>
      <translation>historique d’achats</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>purpose fulfilled</source>
      <translation>finalité atteinte</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>rectification</source>
      <translation>rectification</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>rejected</source>
      <translation>rejetée</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>required</source>
      <translation>requise</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>research</source>
      <translation>recherche</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>restriction</source>
      <translation>limitation du traitement</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>retired</source>
      <translation>retirée</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>review</source>
      <translation>réexaminer</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>sale or sharing</source>
      <translation>vente ou partage</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>security</source>
      <translation>sécurité</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>sensory</source>
      <translation>sensoriel</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>special category (GDPR Art. 9)</source>
      <translation>catégorie particulière (art. 9 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>standard contractual clauses</source>
      <translation>clauses contractuelles types</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>substantial public interest</source>
      <translation>intérêt public important</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>third party</source>
      <translation>tiers</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>vital interests</source>
      <translation>intérêts vitaux</translation>
    </message>
    <message>
      <location filename="../../app/domain/enums.py" />
      <source>withdraw consent</source>
      <translation>retrait du consentement</translation>
    </message>
  </context>
  <context>
    <name>error words</name>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>Art. 9 condition</source>
      <translation>condition de l’art. 9</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>CCPA category</source>
      <translation>catégorie CCPA</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>a mapping</source>
      <translation>un dictionnaire</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>a value of another kind</source>
      <translation>une valeur d’un autre type</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>an id uses lowercase letters, digits and _, with dots between levels</source>
      <translation>un identifiant se compose de lettres minuscules, de chiffres et de _, avec des points entre les niveaux</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>approval decision</source>
      <translation>décision d’approbation</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>assessment status</source>
      <translation>état de l’analyse d’impact</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>automated safeguard</source>
      <translation>garantie de décision automatisée</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>consent mechanism</source>
      <translation>mécanisme de consentement</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>consent state</source>
      <translation>état du consentement</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>decision reason</source>
      <translation>raison de la décision</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>derogation</source>
      <translation>dérogation</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>disposition</source>
      <translation>sort des données</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>effect</source>
      <translation>effet</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>entry</source>
      <translation>entrée</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a country code (DE), a subdivision (US-CA) or a region group id</source>
      <translation>attendu : un code de pays (DE), une subdivision (US-CA) ou l’identifiant d’un groupe de régions</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a date written YYYY-MM-DD, found {found}</source>
      <translation>attendu : une date au format AAAA-MM-JJ, trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a language code: two or three lowercase letters, optionally a region, such as de, fr or de-CH</source>
      <translation>un code de langue est attendu : deux ou trois lettres minuscules, éventuellement suivies d’une région, par exemple de, fr ou de-CH</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a list, found {found}</source>
      <translation>attendu : une liste, trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a lowercase internet domain such as ads.example.com</source>
      <translation>attendu : un domaine internet en minuscules, par exemple ads.example.com</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a mapping (key: value lines), found {found}</source>
      <translation>attendu : un dictionnaire (lignes clé: valeur), trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a number, found {found}</source>
      <translation>attendu : un nombre, trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a two-letter country code such as DE</source>
      <translation>attendu : un code de pays à deux lettres, par exemple DE</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a version such as 1.0.0</source>
      <translation>attendu : une version telle que 1.0.0</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected a whole number, found {found}</source>
      <translation>attendu : un nombre entier, trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected text, found {found}</source>
      <translation>attendu : du texte, trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>expected true or false, found {found}</source>
      <translation>attendu : true ou false, trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>field {field}</source>
      <translation>champ {field}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>in {place}</source>
      <translation>{place}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>it is not in the form a {title} takes</source>
      <translation>il n’a pas la forme attendue pour « {title} »</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>jurisdiction</source>
      <translation>juridiction</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>legal basis</source>
      <translation>base légale</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>obligation</source>
      <translation>obligation</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>period start</source>
      <translation>début de la période</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>purpose kind</source>
      <translation>type de finalité</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>recipient kind</source>
      <translation>type de destinataire</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>right</source>
      <translation>droit</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>safeguard</source>
      <translation>garantie</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>sensitivity</source>
      <translation>sensibilité</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>source kind</source>
      <translation>type de source</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>tag</source>
      <translation>étiquette</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>the file</source>
      <translation>le fichier</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>the number {number}</source>
      <translation>le nombre {number}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/error_words.py" />
      <source>the text is too long; at most %n characters</source>
      <translation>
        <numerusform>le texte est trop long ; %n caractère au plus</numerusform>
        <numerusform>le texte est trop long ; %n caractères au plus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>the text {text}</source>
      <translation>le texte {text}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>there is no field {title}</source>
      <translation>il n’existe pas de champ {title}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>too many entries; at most {count}</source>
      <translation>trop d’entrées ; {count} au plus</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>trigger</source>
      <translation>événement déclencheur</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>unknown field '{field}'</source>
      <translation>champ inconnu '{field}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>value</source>
      <translation>valeur</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{place} needs the field {field}</source>
      <translation>{place} : le champ {field} est requis</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{place}: {reason}</source>
      <translation>{place} : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} is needed</source>
      <translation>{title} est requis</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must be at least {bound}; found {found}</source>
      <translation>{title} doit valoir au moins {bound} ; trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must be at most {bound}; found {found}</source>
      <translation>{title} doit valoir au plus {bound} ; trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must be less than {bound}; found {found}</source>
      <translation>{title} doit être inférieur à {bound} ; trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must be more than {bound}; found {found}</source>
      <translation>{title} doit être supérieur à {bound} ; trouvé : {found}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{title} must not be empty</source>
      <translation>{title} ne doit pas être vide</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{value} is not a valid {title}; expected one of {choices}</source>
      <translation>{value} n’est pas une valeur valide pour « {title} » ; valeurs attendues : {choices}</translation>
    </message>
    <message>
      <location filename="../../app/domain/error_words.py" />
      <source>{value} is not a valid {title}; {form}</source>
      <translation>{value} n’est pas une valeur valide pour « {title} » ; {form}</translation>
    </message>
  </context>
  <context>
    <name>expectations</name>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>a deny that names no reason</source>
      <translation>un refus sans raison indiquée</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>expected the reason {reason} ({words}), got {answer}</source>
      <translation>raison attendue {reason} ({words}), obtenu : {answer}</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>expected the retention rule {rule}, got {answer}</source>
      <translation>règle de conservation attendue {rule}, obtenu : {answer}</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>expected the rules {rules}, got {answer}</source>
      <translation>règles attendues {rules}, obtenu : {answer}</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>expected {expected}, got {answer}</source>
      <translation>attendu {expected}, obtenu : {answer}</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>no retention</source>
      <translation>aucune conservation</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>no rule</source>
      <translation>aucune règle</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>the expectation needs a category and a purpose</source>
      <translation>l’attente nécessite une catégorie et une finalité</translation>
    </message>
    <message>
      <location filename="../../app/domain/expectations.py" />
      <source>{answer} by {rules}</source>
      <translation>{answer} par {rules}</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message numerus="yes">
      <location filename="../../app/commands/export.py" />
      <source>%n error findings; exporting anyway because of --force</source>
      <translation>
        <numerusform>%n constat d’erreur ; export quand même à cause de --force</numerusform>
        <numerusform>%n constats d’erreur ; export quand même à cause de --force</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/export.py" />
      <source>%n error findings; fix them or use --force</source>
      <translation>
        <numerusform>%n constat d’erreur ; corrigez-le ou utilisez --force</numerusform>
        <numerusform>%n constats d’erreur ; corrigez-les ou utilisez --force</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>&amp;Browse...</source>
      <translation>&amp;Parcourir...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>&amp;Export...</source>
      <translation>E&amp;xporter...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>&amp;Format:</source>
      <translation>&amp;Format :</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>&amp;Target:</source>
      <translation>&amp;Cible :</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>1 error finding; exporting anyway because of --force</source>
      <translation>1 constat d’erreur ; export quand même à cause de --force</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>1 error finding; fix them or use --force</source>
      <translation>1 constat d’erreur ; corrigez-le ou utilisez --force</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Digest: {digest}</source>
      <translation>Empreinte : {digest}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export &amp;anyway: the policy has %n error finding</source>
      <translation>
        <numerusform>Exporter &amp;quand même : la politique a %n constat d'erreur</numerusform>
        <numerusform>Exporter &amp;quand même : la politique a %n constats d'erreur</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export &amp;anyway: the policy has %n error findings</source>
      <translation>
        <numerusform>Exporter &amp;quand même : la politique a %n constat d'erreur</numerusform>
        <numerusform>Exporter &amp;quand même : la politique a %n constats d'erreur</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Export failed</source>
      <translation>Échec de l'export</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Export finished</source>
      <translation>Export terminé</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export formats</source>
      <translation>Formats d'export</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export policy</source>
      <translation>Exporter la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export target</source>
      <translation>Cible de l'export</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Export the policy for other systems</source>
      <translation>Exporter la politique pour d'autres systèmes</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export {title}</source>
      <translation>Exporter : {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export {title} to</source>
      <translation>Exporter {title} vers</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/controller.py" />
      <source>Exported although the policy has %n error findings.</source>
      <translation>
        <numerusform>Exporté bien que la politique ait %n constat d'erreur.</numerusform>
        <numerusform>Exporté bien que la politique ait %n constats d'erreur.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Exported {name}</source>
      <translation>{name} exporté</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Exporting {title}...</source>
      <translation>Export en cours : {title}...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Not expressed by this format:</source>
      <translation>Non exprimé par ce format :</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>The file (or folder) the export is written to</source>
      <translation>Le fichier (ou dossier) dans lequel l'export est écrit</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>The formats, grouped by who reads them; the selected format's description follows the list</source>
      <translation>Les formats, regroupés selon leurs lecteurs ; la description du format choisi suit la liste</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>Validate FILE, then write it in FORMAT to OUT (a folder for formats made of several files). A policy with error findings is refused unless --force. Exit status: 0 written, 1 refused for error findings, 2 unreadable input or wrong usage.</source>
      <translation>Valide FILE, puis l’écrit au format FORMAT dans OUT (un dossier pour les formats composés de plusieurs fichiers). Une politique avec des constats d’erreur est refusée, sauf avec --force. Code de sortie : 0 écrit, 1 refusé pour constats d’erreur, 2 entrée illisible ou mauvais usage.</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>Wrote {target} ({title}).</source>
      <translation>{target} écrit ({title}).</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>export a policy to another format</source>
      <translation>exporter une politique dans un autre format</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>export even when the policy has error findings</source>
      <translation>exporter même si la politique a des constats d’erreur</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>folder</source>
      <translation>dossier</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>give FILE, --format FORMAT and -o OUT (or --list)</source>
      <translation>indiquez FILE, --format FORMAT et -o OUT (ou --list)</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>list the formats and exit</source>
      <translation>lister les formats et quitter</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>not expressed: {what}</source>
      <translation>non exprimé : {what}</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>output format (see --list)</source>
      <translation>format de sortie (voir --list)</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>policy file to export</source>
      <translation>fichier de politique à exporter</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>the file (or folder) to write ('-': standard output)</source>
      <translation>le fichier (ou dossier) à écrire ('-' : sortie standard)</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>the {format} format writes several files; give a folder with -o</source>
      <translation>le format {format} écrit plusieurs fichiers ; indiquez un dossier avec -o</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/controller.py" />
      <source>this is the policy's own file; choose another target</source>
      <translation>c'est le fichier de la politique elle-même ; choisissez une autre cible</translation>
    </message>
    <message>
      <location filename="../../app/commands/export.py" />
      <source>wrote {file} ({format})</source>
      <translation>{file} écrit ({format})</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/dialog.py" />
      <source>{description}
(command line: --format {name})</source>
      <translation>{description}
(ligne de commande : --format {name})</translation>
    </message>
  </context>
  <context>
    <name>exporters</name>
    <message>
      <location filename="../../app/exporters/klaro.py" />
      <source>A Klaro consent-manager configuration: one purpose per purpose the policy allows, one service per recipient, opt-in, opt-out and required as decide judges them.</source>
      <translation>Une configuration du gestionnaire de consentement Klaro : une finalité par finalité que la politique autorise, un service par destinataire, opt-in, opt-out et requis selon le jugement de decide.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/apple_privacy.py" />
      <source>Apple privacy manifest (PrivacyInfo.xcprivacy)</source>
      <translation>Manifeste de confidentialité Apple (PrivacyInfo.xcprivacy)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Art. 30 record of processing, controller (CSV, comma)</source>
      <translation>Registre de l'art. 30, responsable du traitement (CSV, virgule)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Art. 30 record of processing, controller (CSV, semicolon)</source>
      <translation>Registre de l'art. 30, responsable du traitement (CSV, point-virgule)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_html.py" />
      <source>Art. 30 record of processing, controller (HTML)</source>
      <translation>Registre de l'art. 30, responsable du traitement (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>Art. 30 record of processing, controller (PDF)</source>
      <translation>Registre de l'art. 30, responsable du traitement (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Art. 30 record of processing, processor (CSV, comma)</source>
      <translation>Registre de l'art. 30, sous-traitant (CSV, virgule)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>Art. 30 record of processing, processor (CSV, semicolon)</source>
      <translation>Registre de l'art. 30, sous-traitant (CSV, point-virgule)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_html.py" />
      <source>Art. 30 record of processing, processor (HTML)</source>
      <translation>Registre de l'art. 30, sous-traitant (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>Art. 30 record of processing, processor (PDF)</source>
      <translation>Registre de l'art. 30, sous-traitant (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/canonical_json.py" />
      <source>Canonical JSON</source>
      <translation>JSON canonique</translation>
    </message>
    <message>
      <location filename="../../app/exporters/cedar.py" />
      <source>Cedar policies and schema</source>
      <translation>Politiques et schéma Cedar</translation>
    </message>
    <message>
      <location filename="../../app/exporters/cedar.py" />
      <source>Cedar policy set, JSON schema and entities (allow/deny only; see entities_for_request for what to send with each request).</source>
      <translation>Ensemble de politiques Cedar, schéma JSON et entités (allow/deny uniquement ; voir entities_for_request pour ce qu'il faut envoyer avec chaque requête).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>Consent and Global Privacy Control table (CSV)</source>
      <translation>Tableau du consentement et du Global Privacy Control (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>Consent and Global Privacy Control table (HTML)</source>
      <translation>Tableau du consentement et du Global Privacy Control (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/klaro.py" />
      <source>Consent banner for Klaro (JSON)</source>
      <translation>Bandeau de consentement pour Klaro (JSON)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/klaro.py" />
      <source>Consent banner for Klaro (script)</source>
      <translation>Bandeau de consentement pour Klaro (script)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia_pia.py" />
      <source>DPIA draft for the CNIL PIA tool (JSON)</source>
      <translation>Projet d'AIPD pour l'outil PIA de la CNIL (JSON)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia_html.py" />
      <source>Data protection impact assessment draft (HTML)</source>
      <translation>Projet d'analyse d'impact relative à la protection des données (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/dpia.py" />
      <source>Data protection impact assessment draft (PDF)</source>
      <translation>Projet d'analyse d'impact relative à la protection des données (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/registry.py" />
      <source>Engineering files</source>
      <translation>Fichiers techniques</translation>
    </message>
    <message>
      <location filename="../../app/exporters/rule_annex.py" />
      <source>Every use rule and retention rule in words, with the content digest: the annex a large policy's document refers to.</source>
      <translation>Chaque règle d'utilisation et de conservation en toutes lettres, avec l'empreinte du contenu : l'annexe à laquelle renvoie le document d'une grande politique.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/fides.py" />
      <source>Fides manifests</source>
      <translation>Manifestes Fides</translation>
    </message>
    <message>
      <location filename="../../app/exporters/fides.py" />
      <source>Fides taxonomy (data categories, uses, subjects) and a Fides policy whose rules are the deny rules; see the summary for what Fides cannot express.</source>
      <translation>Taxonomie Fides (catégories de données, usages, personnes concernées) et une politique Fides dont les règles sont les règles d'interdiction ; voir le résumé pour ce que Fides ne peut pas exprimer.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>For each purpose, what the decision engine answers when consent is granted, refused or not asked, with and without a Global Privacy Control signal.</source>
      <translation>Pour chaque finalité, ce que répond le moteur de décision quand le consentement est donné, refusé ou non demandé, avec et sans signal Global Privacy Control.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>GDPR Art. 30(1) record for spreadsheets, one row per processing activity; UTF-8 with a byte order mark, comma, for English locales.</source>
      <translation>Registre de l'art. 30(1) du RGPD pour tableurs, une ligne par activité de traitement ; UTF-8 avec indicateur d'ordre des octets, virgule, pour les paramètres régionaux anglais.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>GDPR Art. 30(1) record for spreadsheets, one row per processing activity; UTF-8 with a byte order mark, semicolon, for German and other decimal-comma locales.</source>
      <translation>Registre de l'art. 30(1) du RGPD pour tableurs, une ligne par activité de traitement ; UTF-8 avec indicateur d'ordre des octets, point-virgule, pour l'allemand et les autres paramètres régionaux à virgule décimale.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>GDPR Art. 30(1) record of processing activities (controller's record) as an A4 PDF with the content digest and page numbers on every page.</source>
      <translation>Registre des activités de traitement de l'art. 30(1) du RGPD (registre du responsable du traitement) en PDF A4, avec l'empreinte du contenu et les numéros de page sur chaque page.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_html.py" />
      <source>GDPR Art. 30(1) record of processing activities as a printable, self-contained HTML document carrying the content digest.</source>
      <translation>Registre des activités de traitement de l'art. 30(1) du RGPD sous forme de document HTML imprimable et autonome portant l'empreinte du contenu.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>GDPR Art. 30(2) record for spreadsheets, one row per processing activity; UTF-8 with a byte order mark, comma, for English locales.</source>
      <translation>Registre de l'art. 30(2) du RGPD pour tableurs, une ligne par activité de traitement ; UTF-8 avec indicateur d'ordre des octets, virgule, pour les paramètres régionaux anglais.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_csv.py" />
      <source>GDPR Art. 30(2) record for spreadsheets, one row per processing activity; UTF-8 with a byte order mark, semicolon, for German and other decimal-comma locales.</source>
      <translation>Registre de l'art. 30(2) du RGPD pour tableurs, une ligne par activité de traitement ; UTF-8 avec indicateur d'ordre des octets, point-virgule, pour l'allemand et les autres paramètres régionaux à virgule décimale.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>GDPR Art. 30(2) record of processing activities (processor's record) as an A4 PDF with the content digest and page numbers on every page.</source>
      <translation>Registre des activités de traitement de l'art. 30(2) du RGPD (registre du sous-traitant) en PDF A4, avec l'empreinte du contenu et les numéros de page sur chaque page.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/art30_html.py" />
      <source>GDPR Art. 30(2) record of the processing done on behalf of other controllers, as a printable, self-contained HTML document.</source>
      <translation>Registre de l'art. 30(2) du RGPD des traitements effectués pour le compte d'autres responsables du traitement, sous forme de document HTML imprimable et autonome.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/dpia.py" />
      <source>GDPR Art. 35 DPIA draft as an A4 PDF: screening, context and principles pre-filled, risks to assess, the content digest and page numbers on every page.</source>
      <translation>Projet d'AIPD de l'art. 35 du RGPD en PDF A4 : présélection, contexte et principes pré-remplis, risques à évaluer, empreinte du contenu et numéros de page sur chaque page.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia_html.py" />
      <source>GDPR Art. 35 DPIA draft: each purpose screened against the EDPB criteria, the context and principles pre-filled, the risks left to assess; printable, self-contained HTML carrying the content digest.</source>
      <translation>Projet d'AIPD de l'art. 35 du RGPD : chaque finalité examinée selon les critères du CEPD, contexte et principes pré-remplis, risques restant à évaluer ; HTML imprimable et autonome portant l'empreinte du contenu.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/play_data_safety.py" />
      <source>Google Play Data safety form (CSV)</source>
      <translation>Formulaire Sécurité des données de Google Play (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/registry.py" />
      <source>Legal documents</source>
      <translation>Documents juridiques</translation>
    </message>
    <message>
      <location filename="../../app/exporters/odrl.py" />
      <source>ODRL 2.2 (JSON-LD, DPV)</source>
      <translation>ODRL 2.2 (JSON-LD, DPV)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/odrl.py" />
      <source>ODRL 2.2 policy in JSON-LD with W3C DPV purposes, data and legal bases.</source>
      <translation>Politique ODRL 2.2 en JSON-LD avec les finalités, données et bases légales du DPV du W3C.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/opa.py" />
      <source>OPA bundle</source>
      <translation>Bundle OPA</translation>
    </message>
    <message>
      <location filename="../../app/exporters/retention_csv.py" />
      <source>One row per retention rule (categories, purposes, period, trigger, disposition, citation, legal hold) for spreadsheets; edit it and import it back with File &gt; Import retention schedule.</source>
      <translation>Une ligne par règle de conservation (catégories, finalités, durée de conservation, déclencheur, sort des données, référence, conservation légale) pour tableurs ; modifiez-la et réimportez-la avec Fichier &gt; Importer le calendrier de conservation.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Policy document (HTML)</source>
      <translation>Document de politique (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/document.py" />
      <source>Policy document (PDF)</source>
      <translation>Document de politique (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_html.py" />
      <source>Privacy notice (HTML)</source>
      <translation>Notice d'information (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <source>Privacy notice (Markdown)</source>
      <translation>Notice d'information (Markdown)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/retention_csv.py" />
      <source>Retention schedule (CSV)</source>
      <translation>Calendrier de conservation (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/rule_annex.py" />
      <source>Rule annex (HTML)</source>
      <translation>Annexe des règles (HTML)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/dpia_pia.py" />
      <source>The DPIA draft as an assessment the CNIL's open-source PIA tool imports: context and fundamental principles pre-filled, measures listed, risks left to assess.</source>
      <translation>Le projet d'AIPD sous forme d'évaluation que l'outil PIA open source de la CNIL importe : contexte et principes fondamentaux pré-remplis, mesures listées, risques restant à évaluer.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/klaro.py" />
      <source>The Klaro configuration as the klaroConfig script Klaro reads by default, switching GPC-honouring opt-outs to opt-in when the browser sends the signal.</source>
      <translation>La configuration Klaro sous forme du script klaroConfig que Klaro lit par défaut, qui fait passer en opt-in les opt-out respectant le GPC lorsque le navigateur envoie le signal.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/canonical_json.py" />
      <source>The canonical machine form: deterministic bytes, format version and content digest, valid against the published JSON Schema.</source>
      <translation>La forme machine canonique : octets déterministes, version du format et empreinte du contenu, valide selon le schéma JSON publié.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>The consent and GPC table for spreadsheets, with an example request per purpose so each cell can be checked with policy-studio decide.</source>
      <translation>Le tableau du consentement et du GPC pour tableurs, avec une requête d'exemple par finalité pour que chaque cellule puisse être vérifiée avec policy-studio decide.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/play_data_safety.py" />
      <source>The data types the policy allows using, collected or shared, optional or required, with Google's purposes, as the CSV that Play Console's Data safety form imports.</source>
      <translation>Les types de données dont la politique autorise l'utilisation, collectés ou partagés, facultatifs ou obligatoires, avec les finalités de Google, dans le CSV qu'importe le formulaire Sécurité des données de la Play Console.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/apple_privacy.py" />
      <source>The data types the policy allows using, with Apple's purposes, linked and tracking flags, as the property list an iOS app ships as PrivacyInfo.xcprivacy (save it under that name in the app target).</source>
      <translation>Les types de données dont la politique autorise l'utilisation, avec les finalités d'Apple et les indicateurs de liaison et de suivi, dans la liste de propriétés qu'une app iOS fournit sous le nom PrivacyInfo.xcprivacy (enregistrez-la sous ce nom dans la cible de l'app).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <source>The layered privacy notice as Markdown, for a website or a wiki: the first layer and the full notice, with the content digest.</source>
      <translation>La notice d'information à plusieurs niveaux en Markdown, pour un site web ou un wiki : le premier niveau et la notice complète, avec l'empreinte du contenu.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_html.py" />
      <source>The layered privacy notice for the people whose data is used: a short first layer and the full notice (GDPR Art. 13/14, CPRA notice at collection).</source>
      <translation>La notice d'information à plusieurs niveaux pour les personnes concernées : un premier niveau court et la notice complète (art. 13/14 du RGPD, avis de collecte du CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/document.py" />
      <source>The printable policy for legal review (A4): the HTML document's content with the title, version, content digest and page number on every page.</source>
      <translation>La politique imprimable pour l'examen juridique (A4) : le contenu du document HTML avec le titre, la version, l'empreinte du contenu et le numéro de page sur chaque page.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>The readable policy for legal review: every purpose, category, recipient, use rule and retention period in plain words, with the content digest.</source>
      <translation>La politique lisible pour l'examen juridique : chaque finalité, catégorie, destinataire, règle d'utilisation et durée de conservation en termes simples, avec l'empreinte du contenu.</translation>
    </message>
  </context>
  <context>
    <name>fides import</name>
    <message>
      <location filename="../../app/importers/fides.py" />
      <source>! collision: {text}</source>
      <translation>! collision : {text}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n already present</source>
      <translation>
        <numerusform>%n déjà présent</numerusform>
        <numerusform>%n déjà présents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n collision</source>
      <translation>
        <numerusform>%n collision</numerusform>
        <numerusform>%n collisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n collisions</source>
      <translation>
        <numerusform>%n collision</numerusform>
        <numerusform>%n collisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n note</source>
      <translation>
        <numerusform>%n remarque</numerusform>
        <numerusform>%n remarques</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n notes</source>
      <translation>
        <numerusform>%n remarque</numerusform>
        <numerusform>%n remarques</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n policy fields to set</source>
      <translation>
        <numerusform>%n champ de la politique à renseigner</numerusform>
        <numerusform>%n champs de la politique à renseigner</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n to add</source>
      <translation>
        <numerusform>%n à ajouter</numerusform>
        <numerusform>%n à ajouter</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be a list</source>
      <translation>'{name}' doit être une liste</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be a list of Fides keys</source>
      <translation>'{name}' doit être une liste de clés Fides</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be a mapping</source>
      <translation>'{name}' doit être un dictionnaire (mapping)</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be text</source>
      <translation>'{name}' doit être du texte</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>'{name}' must be true or false</source>
      <translation>'{name}' doit être true ou false</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides.py" />
      <source>= {kind} {id} exists, skipped</source>
      <translation>= {kind} {id} existe, ignoré</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>Import %n items from Fides</source>
      <translation>
        <numerusform>Importer %n élément depuis Fides</numerusform>
        <numerusform>Importer %n éléments depuis Fides</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>a Fides manifest must be a mapping of resource types ({types})</source>
      <translation>un manifeste Fides doit être un dictionnaire de types de ressources ({types})</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>category</source>
      <translation>catégorie</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>each entry needs a text 'fides_key'</source>
      <translation>chaque entrée doit avoir un 'fides_key' textuel</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>each entry of '{name}' must be a mapping</source>
      <translation>chaque entrée de '{name}' doit être un dictionnaire (mapping)</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>no Fides resources: a manifest lists {types}</source>
      <translation>aucune ressource Fides : un manifeste liste {types}</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>purpose</source>
      <translation>finalité</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>recipient</source>
      <translation>destinataire</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>retention rule</source>
      <translation>règle de conservation</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>rule</source>
      <translation>règle</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>subject</source>
      <translation>personne concernée</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>the folder holds no .yml or .yaml files</source>
      <translation>le dossier ne contient aucun fichier .yml ou .yaml</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>the folder holds too many files</source>
      <translation>le dossier contient trop de fichiers</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>the folder holds {count} manifest files; the limit is {limit}</source>
      <translation>le dossier contient {count} fichiers manifestes ; la limite est {limit}</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides.py" />
      <source>the policy is format 1, where a rule without recipients allows disclosure to any recipient; migrate it (policy-studio migrate) so imported internal uses stay internal</source>
      <translation>la politique est au format 1, où une règle sans destinataires autorise la communication à tout destinataire ; migrez-la (policy-studio migrate) pour que les utilisations internes importées restent internes</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>{at}: Fides key '{key}' is not imported: {reason}</source>
      <translation>{at} : la clé Fides '{key}' n’est pas importée : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides.py" />
      <source>{at}: resource type '{type}' is not imported (this import reads {types})</source>
      <translation>{at} : le type de ressource '{type}' n’est pas importé (cet import lit {types})</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>{at}: the Fides key '{key}' gives no usable id; not imported</source>
      <translation>{at} : la clé Fides '{key}' ne donne aucun identifiant utilisable ; non importée</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>{kind} {id}: Fides keys '{first}' and '{second}' both become this id ({at}); the imported '{first}' is kept, '{second}' is not imported and what names it now names '{first}'</source>
      <translation>{kind} {id} : les clés Fides '{first}' et '{second}' donnent toutes deux cet identifiant ({at}) ; '{first}' importé est conservé, '{second}' n’est pas importé et ce qui le nomme nomme désormais '{first}'</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_collect.py" />
      <source>{kind} {id}: Fides keys '{first}' and '{second}' both become this id ({at}); the policy's '{first}' is kept, '{second}' is not imported and what names it now names '{first}'</source>
      <translation>{kind} {id} : les clés Fides '{first}' et '{second}' donnent toutes deux cet identifiant ({at}) ; '{first}' de la politique est conservé, '{second}' n’est pas importé et ce qui le nomme nomme désormais '{first}'</translation>
    </message>
  </context>
  <context>
    <name>field</name>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>A Global Privacy Control signal counts as an opt-out of this purpose (format 2).</source>
      <translation>Un signal Global Privacy Control vaut opposition à cette finalité (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>A short name people read.</source>
      <translation>Un nom court et lisible.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Allow or deny.</source>
      <translation>Autoriser ou interdire.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Allow the uses the rule covers, or deny them (deny always wins).</source>
      <translation>Autoriser les utilisations couvertes par la règle, ou les interdire (l'interdiction l'emporte toujours).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Any remark recorded with the decision.</source>
      <translation>Toute remarque consignée avec la décision.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Anything a reader should know about this basis.</source>
      <translation>Ce que le lecteur doit savoir sur cette base légale.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Apple data type</source>
      <translation>type de données Apple</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Apple purpose</source>
      <translation>finalité Apple</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Approvals</source>
      <translation>Approbations</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Approved or rejected.</source>
      <translation>Approuvée ou rejetée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Art. 9 condition</source>
      <translation>Condition de l’art. 9</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Automated decision-making and profiling (GDPR Art. 22), when the purpose involves them (format 2).</source>
      <translation>Décisions automatisées et profilage (art. 22 RGPD), lorsque la finalité en comporte (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Automated decisions</source>
      <translation>Décisions automatisées</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Balancing test</source>
      <translation>Mise en balance</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Basis</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>CCPA category</source>
      <translation>Catégorie CCPA</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Categories</source>
      <translation>Catégories</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Children</source>
      <translation>Enfants</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Citation</source>
      <translation>Référence juridique</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Consequences</source>
      <translation>Conséquences</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Content digest of the policy that was approved.</source>
      <translation>Empreinte du contenu de la politique approuvée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Controller</source>
      <translation>Responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Counted from</source>
      <translation>Décompté à partir de</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Countries</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Criteria</source>
      <translation>Critères</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Custom event</source>
      <translation>Événement propre</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>DPIA screening</source>
      <translation>Examen préalable AIPD</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Data categories</source>
      <translation>Catégories de données</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Data protection officer</source>
      <translation>Délégué à la protection des données</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Data sets from different operations or controllers are matched or combined in ways people would not expect.</source>
      <translation>Des jeux de données issus de traitements ou de responsables différents sont croisés ou combinés d'une manière à laquelle les personnes ne s'attendent pas.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Data subjects</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Decisions are taken without human involvement and have legal or similarly significant effects on people (GDPR Art. 22(1)).</source>
      <translation>Les décisions sont prises sans intervention humaine et produisent des effets juridiques ou similairement significatifs pour les personnes (art. 22, par. 1, RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Digest</source>
      <translation>Empreinte</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Effect</source>
      <translation>Effet</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Effective date</source>
      <translation>Date d’effet</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Email address.</source>
      <translation>Adresse e-mail.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Empty means any subject.</source>
      <translation>Vide : toute personne concernée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Empty means the rule applies whatever the purpose.</source>
      <translation>Vide : la règle s'applique quelle que soit la finalité.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Established in</source>
      <translation>Établi en</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Every country (or subdivision) where the recipient processes the data, besides Country (format 2).</source>
      <translation>Chaque pays (ou subdivision) où le destinataire traite les données, en plus du pays (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expectations</source>
      <translation>Attentes</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expected decision</source>
      <translation>Décision attendue</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expected reason</source>
      <translation>Raison attendue</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expected retention</source>
      <translation>Conservation attendue</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Expected rules</source>
      <translation>Règles attendues</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>External identifiers</source>
      <translation>Identifiants externes</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Financial year starts</source>
      <translation>Début de l’exercice</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Format version</source>
      <translation>Version de format</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Further legal bases, each relied on everywhere or only in the regions it lists (consent in the EEA, with legitimate interests as the Legal basis elsewhere); format 2.</source>
      <translation>Autres bases légales, invoquées partout ou seulement dans les régions indiquées (consentement dans l'EEE, intérêts légitimes comme base légale ailleurs) ; format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Given by the person, observed, inferred, received from a third party or taken from a public source.</source>
      <translation>Fournie par la personne, observée, déduite, reçue d'un tiers ou tirée d'une source publique.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Global Privacy Control</source>
      <translation>Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Google Play data type</source>
      <translation>type de données Google Play</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Google Play purpose</source>
      <translation>finalité Google Play</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Groups of countries and subdivisions the policy names itself (format 2).</source>
      <translation>Groupes de pays et de subdivisions que la politique nomme elle-même (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Honours Global Privacy Control</source>
      <translation>Respecte Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How consent is collected: opt-in needs a yes, opt-out applies unless the person said no.</source>
      <translation>Comment le consentement est recueilli : l'opt-in exige un oui, l'opt-out s'applique sauf refus de la personne.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How long the data is kept and what happens after.</source>
      <translation>Combien de temps les données sont conservées et ce qu'il advient ensuite.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How long the data is kept at most, from the trigger event: an ISO 8601 duration (e.g. P30D, P6M, P2Y) or 'indefinite'; format 2 may leave it out when Criteria say how long.</source>
      <translation>Durée maximale de conservation à compter de l'événement déclencheur : une durée ISO 8601 (p. ex. P30D, P6M, P2Y) ou 'indefinite' ; le format 2 peut l'omettre lorsque les critères indiquent la durée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How long the data must be kept at least (a statutory minimum), from the same start (format 2).</source>
      <translation>Durée minimale de conservation (minimum légal), à compter du même point de départ (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How long, when it is not a fixed period: e.g. 'for the life of the account' (format 2).</source>
      <translation>Combien de temps, lorsqu'il ne s'agit pas d'une durée fixe : p. ex. « pendant la durée de vie du compte » (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>How sensitive the data is; special category is GDPR Art. 9 data, criminal is Art. 10 data.</source>
      <translation>Degré de sensibilité des données ; catégorie particulière : données de l'art. 9 RGPD, pénale : données de l'art. 10.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>ISO 3166-1 alpha-2 country where the recipient processes the data.</source>
      <translation>Pays (ISO 3166-1 alpha-2) où le destinataire traite les données.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>ISO country (or subdivision) where the controller is established; transfers are judged from there.</source>
      <translation>Pays ISO (ou subdivision) où le responsable du traitement est établi ; les transferts sont appréciés à partir de là.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Id</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Impact assessment</source>
      <translation>Analyse d’impact</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Innovative technology</source>
      <translation>Technologie innovante</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Internet domains the app connects to when it shares data with this recipient for tracking (Apple's NSPrivacyTrackingDomains), format 2.</source>
      <translation>Domaines internet auxquels l'application se connecte lorsqu'elle partage des données avec ce destinataire à des fins de suivi (NSPrivacyTrackingDomains d'Apple), format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Joint controllers</source>
      <translation>Responsables conjoints du traitement</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Jurisdictions</source>
      <translation>Juridictions</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Kept at least</source>
      <translation>Conservé au moins</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Kept for</source>
      <translation>Conservé pendant</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Large scale</source>
      <translation>Grande échelle</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legal bases</source>
      <translation>Bases légales</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legal basis</source>
      <translation>Base légale</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legal hold</source>
      <translation>Gel juridique</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legal hold reason</source>
      <translation>Motif du gel juridique</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Legitimate interests assessment</source>
      <translation>Évaluation des intérêts légitimes</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Logic</source>
      <translation>Logique</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Lowercase dotted identifier of the policy.</source>
      <translation>Identifiant de la politique, en minuscules, structuré par des points.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Lowercase dotted identifier, unique within its section; dots express hierarchy.</source>
      <translation>Identifiant en minuscules, unique dans sa section ; les points expriment la hiérarchie.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Many people, much data, a long time or a wide area (GDPR Art. 35(3)(b), Recital 91).</source>
      <translation>Beaucoup de personnes, beaucoup de données, une longue durée ou une zone étendue (art. 35, par. 3, point b), RGPD, considérant 91).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Matching or combining data sets</source>
      <translation>Croisement ou combinaison de jeux de données</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Members</source>
      <translation>Membres</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Month and day the financial year starts, e.g. 04-01 (format 2).</source>
      <translation>Mois et jour de début de l'exercice, p. ex. 04-01 (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Name of the person or office.</source>
      <translation>Nom de la personne ou du service.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>New technological or organisational solutions are used, such as facial recognition or connected devices.</source>
      <translation>De nouvelles solutions technologiques ou organisationnelles sont utilisées, comme la reconnaissance faciale ou les objets connectés.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Next review</source>
      <translation>Prochaine relecture</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Not needed (screened out), required, in progress or done.</source>
      <translation>Non nécessaire (écartée), requise, en cours ou réalisée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Oldest age</source>
      <translation>Âge maximal</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>On behalf of</source>
      <translation>Pour le compte de</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>On the event, or at the end of the calendar or financial year in which it happened (format 2).</source>
      <translation>À l'événement, ou à la fin de l'année civile ou de l'exercice au cours duquel il s'est produit (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Or</source>
      <translation>Ou</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Organisations that decide jointly with the controller why and how the data is used (GDPR Art. 26), for the Art. 30 record (format 2).</source>
      <translation>Organismes qui déterminent conjointement avec le responsable du traitement les finalités et les moyens (art. 26 RGPD), pour le registre de l'art. 30 (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Other acceptable dispositions, as in 'delete or anonymise' (format 2).</source>
      <translation>Autres sorts acceptables, comme dans « supprimer ou anonymiser » (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>People are observed, monitored or controlled systematically, including through networks or in publicly accessible areas (GDPR Art. 35(3)(c)).</source>
      <translation>Des personnes sont observées, surveillées ou contrôlées de manière systématique, y compris via des réseaux ou dans des zones accessibles au public (art. 35, par. 3, point c), RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>People below the age of digital consent.</source>
      <translation>Personnes n'ayant pas l'âge du consentement numérique.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>People who need extra protection (patients, people in care, children...).</source>
      <translation>Personnes ayant besoin d'une protection particulière (patients, personnes prises en charge, enfants...).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Period starts</source>
      <translation>Début de la période</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Personal information is shared for cross-context behavioural advertising (CPRA), format 2.</source>
      <translation>Des informations personnelles sont partagées pour de la publicité comportementale intercontextuelle (CPRA), format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Personal information is sold (CCPA/CPRA), format 2.</source>
      <translation>Des informations personnelles sont vendues (CCPA/CPRA), format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/metadata.py" />
      <location filename="../../app/ui/navigator/model.py" />
      <location filename="../../app/domain/models.py" />
      <source>Policy</source>
      <translation>Politique</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Postal address.</source>
      <translation>Adresse postale.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Prevents a right or a service</source>
      <translation>Empêche un droit ou un service</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Processing contract</source>
      <translation>Contrat de sous-traitance</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Processing for controllers</source>
      <translation>Traitement pour des responsables</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Processor contract</source>
      <translation>Contrat avec le sous-traitant</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Profiling</source>
      <translation>Profilage</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Purposes</source>
      <translation>Finalités</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Questions the policy must keep answering the same way, each with the decision expected (format 2).</source>
      <translation>Questions auxquelles la politique doit toujours répondre de la même façon, chacune avec la décision attendue (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Recipients</source>
      <translation>Destinataires</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Record created</source>
      <translation>Fiche créée</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Record updated</source>
      <translation>Fiche mise à jour</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Recorded review decisions: who, in which role, when, and the outcome.</source>
      <translation>Décisions de revue consignées : qui, en quelle qualité, quand et avec quel résultat.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Reference to the contract or other legal act under GDPR Art. 28 that binds a processor (document name or link), format 2.</source>
      <translation>Référence au contrat ou autre acte juridique au titre de l'art. 28 RGPD qui lie un sous-traitant (nom du document ou lien), format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Reference to the contract under GDPR Art. 28 that sets out the processing (document name or link).</source>
      <translation>Référence au contrat au titre de l'art. 28 RGPD qui encadre le traitement (nom du document ou lien).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Reference to the legitimate interests assessment (document name or link), when that basis is used.</source>
      <translation>Référence à l'évaluation des intérêts légitimes (nom du document ou lien), lorsque cette base est utilisée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Region groups</source>
      <translation>Groupes de régions</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Regions</source>
      <translation>Régions</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Representative</source>
      <translation>Représentant</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Retention rules</source>
      <translation>Règles de conservation</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Rights offered</source>
      <translation>Droits offerts</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Safeguards</source>
      <translation>Garanties</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Security measures</source>
      <translation>Mesures de sécurité</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Semantic version of the policy, e.g. 2.3.0.</source>
      <translation>Version sémantique de la politique, p. ex. 2.3.0.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Sensitivity</source>
      <translation>Sensibilité</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Sharing</source>
      <translation>Partage</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Solely automated decisions</source>
      <translation>Décisions exclusivement automatisées</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Stored in</source>
      <translation>Stocké en</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Subject</source>
      <translation>Personne concernée</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Subjects</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Systematic monitoring</source>
      <translation>Surveillance systématique</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Technical (software, hardware) or organisational (people, process).</source>
      <translation>Technique (logiciel, matériel) ou organisationnelle (personnes, processus).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Technical and organisational measures protecting the data (GDPR Art. 32); they appear in the Art. 30 record.</source>
      <translation>Mesures techniques et organisationnelles protégeant les données (art. 32 RGPD) ; elles figurent dans le registre de l'art. 30.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Telephone number.</source>
      <translation>Numéro de téléphone.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The GDPR Art. 49(1) derogation relied on when a transfer has no adequacy decision or safeguard (format 2).</source>
      <translation>La dérogation de l'art. 49, par. 1, RGPD invoquée lorsqu'un transfert n'a ni décision d'adéquation ni garantie (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The GDPR Art. 6(1) lawful basis for this purpose, wherever no regional entry of Legal bases applies.</source>
      <translation>La base légale de l'art. 6, par. 1, RGPD pour cette finalité, là où aucune entrée régionale des bases légales ne s'applique.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The GDPR Art. 6(1) lawful basis.</source>
      <translation>La base légale de l'art. 6, par. 1, RGPD.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The GDPR Art. 9(2) condition, needed when special-category data is used for this purpose.</source>
      <translation>La condition de l'art. 9, par. 2, RGPD, requise lorsque des données de catégorie particulière sont utilisées pour cette finalité.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The approver's role, e.g. Data protection officer.</source>
      <translation>La fonction de l'approbateur, p. ex. délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The assessment or the screening note (document name or link).</source>
      <translation>L'analyse ou la note de présélection (nom du document ou lien).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The category of personal information under Cal. Civ. Code 1798.140(v) (format 2).</source>
      <translation>La catégorie d'informations personnelles au sens du Cal. Civ. Code 1798.140(v) (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The consent the person gave for the purpose.</source>
      <translation>Le consentement donné par la personne pour la finalité.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller (from Processing for controllers) this purpose is carried out for, when the organisation acts as its processor; empty: the organisation's own processing (format 2).</source>
      <translation>Le responsable du traitement (parmi Traitement pour des responsables) pour lequel cette finalité est poursuivie, lorsque l'organisation agit comme son sous-traitant ; vide : traitement propre de l'organisation (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's email address.</source>
      <translation>L'adresse e-mail du responsable du traitement.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's name.</source>
      <translation>Le nom du responsable du traitement.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's postal address.</source>
      <translation>L'adresse postale du responsable du traitement.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's representative under GDPR Art. 27, with contact details, when it has one.</source>
      <translation>Le représentant du responsable du traitement au titre de l'art. 27 RGPD, avec ses coordonnées, s'il en a un.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controller's telephone number.</source>
      <translation>Le numéro de téléphone du responsable du traitement.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The controllers on whose behalf the organisation processes data as their processor; purposes carried out for one name it in On behalf of and make up the processor's record (GDPR Art. 30(2)), format 2.</source>
      <translation>Les responsables du traitement pour le compte desquels l'organisation traite des données en tant que sous-traitant ; les finalités poursuivies pour l'un d'eux le nomment dans Pour le compte de et forment le registre du sous-traitant (art. 30, par. 2, RGPD), format 2.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The countries, subdivisions and groups it contains.</source>
      <translation>Les pays, subdivisions et groupes qu'il contient.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data categories the rule covers (with their sub-categories).</source>
      <translation>Les catégories de données couvertes par la règle (avec leurs sous-catégories).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data categories this period applies to.</source>
      <translation>Les catégories de données auxquelles cette durée s'applique.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data category asked about.</source>
      <translation>La catégorie de données concernée par la question.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data must be kept for the whole period even if the person asks for erasure (a statutory retention duty or a litigation hold, GDPR Art. 17(3)(b) and (e)).</source>
      <translation>Les données doivent être conservées pendant toute la durée même si la personne demande l'effacement (obligation légale de conservation ou gel pour contentieux, art. 17, par. 3, points b) et e), RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data protection impact assessment (GDPR Art. 35): whether it is needed and where it is (format 2).</source>
      <translation>L'analyse d'impact relative à la protection des données (art. 35 RGPD) : si elle est nécessaire et où elle se trouve (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data protection officer, when one is appointed.</source>
      <translation>Le délégué à la protection des données, lorsqu'il en a été désigné un.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data type of Apple's privacy manifest (PrivacyInfo.xcprivacy) this category is; empty: the export proposes one from the tags and ids (format 2).</source>
      <translation>Le type de données du manifeste de confidentialité d'Apple (PrivacyInfo.xcprivacy) correspondant à cette catégorie ; vide : l'export en propose un d'après les étiquettes et les identifiants (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data type of Google Play's Data safety form this category is; empty: the export proposes one from the tags and ids (format 2).</source>
      <translation>Le type de données du formulaire Sécurité des données de Google Play correspondant à cette catégorie ; vide : l'export en propose un d'après les étiquettes et les identifiants (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data-protection laws the policy is written for.</source>
      <translation>Les lois de protection des données pour lesquelles la politique est rédigée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The data-subject rights offered for this purpose.</source>
      <translation>Les droits des personnes concernées proposés pour cette finalité.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The day of the decision.</source>
      <translation>Le jour de la décision.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The day the policy takes effect.</source>
      <translation>Le jour où la politique prend effet.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The day the record of processing activities was first drawn up (format 2).</source>
      <translation>Le jour où le registre des activités de traitement a été établi pour la première fois (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The day the record of processing activities was last brought up to date; when empty the record gives the latest approval or the effective date (format 2).</source>
      <translation>Le jour de la dernière mise à jour du registre des activités de traitement ; vide : le registre indique la dernière approbation ou la date d'effet (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The description in this language.</source>
      <translation>La description dans cette langue.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The event from which the period runs.</source>
      <translation>L'événement à partir duquel la durée court.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The event's name when Counted from is custom (format 2).</source>
      <translation>Le nom de l'événement lorsque À compter de est personnalisé (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The groups of people the data is about.</source>
      <translation>Les groupes de personnes auxquels se rapportent les données.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The kinds of personal data the policy covers.</source>
      <translation>Les types de données personnelles couverts par la politique.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The language the policy's own texts are written in (format 2).</source>
      <translation>La langue dans laquelle les textes de la politique sont rédigés (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The law or reason behind the period, e.g. a tax code's ten-year rule.</source>
      <translation>La loi ou la raison de la durée, p. ex. la règle des dix ans d'un code fiscal.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The logic involved, in plain words.</source>
      <translation>La logique sous-jacente, en termes simples.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The name and description in other languages, by language code (de, fr, de-CH); documents in that language use them (format 2).</source>
      <translation>Le nom et la description dans d’autres langues, par code de langue (de, fr, de-CH) ; les documents dans cette langue les utilisent (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The name in this language.</source>
      <translation>Le nom dans cette langue.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The named third party or public source, when there is one.</source>
      <translation>Le tiers nommé ou la source publique, le cas échéant.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The oldest age these people can have, when known (format 2).</source>
      <translation>L'âge maximal de ces personnes, s'il est connu (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The organisation the policy belongs to.</source>
      <translation>L'organisation à laquelle appartient la politique.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The person's browser sends a Global Privacy Control signal.</source>
      <translation>Le navigateur de la personne envoie un signal Global Privacy Control.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The policy's title as readers see it.</source>
      <translation>Le titre de la politique tel que les lecteurs le voient.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The processing itself can stop people from exercising a right or using a service or a contract, e.g. screening customers against a credit reference database.</source>
      <translation>Le traitement lui-même peut empêcher des personnes d'exercer un droit ou de bénéficier d'un service ou d'un contrat, p. ex. le contrôle de clients dans un fichier de solvabilité.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The purpose asked about.</source>
      <translation>La finalité concernée par la question.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The purpose evaluates personal aspects of people (GDPR Art. 4(4)).</source>
      <translation>La finalité évalue des aspects personnels des personnes (art. 4, point 4), RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The purpose of Google Play's Data safety form this purpose is; empty: the export proposes one from the kind (format 2).</source>
      <translation>La finalité du formulaire Sécurité des données de Google Play correspondant à cette finalité ; vide : l'export en propose une d'après le type (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The purposes the rule covers (with their sub-purposes).</source>
      <translation>Les finalités couvertes par la règle (avec leurs sous-finalités).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The question in plain words, e.g. whether the newsletter may be sent without consent.</source>
      <translation>La question en termes simples, p. ex. si la newsletter peut être envoyée sans consentement.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The reason of Apple's privacy manifest this purpose is; empty: the export proposes one from the kind (format 2).</source>
      <translation>La raison du manifeste de confidentialité d'Apple correspondant à cette finalité ; vide : l'export en propose une d'après le type (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The representative in the EU or UK of a controller established outside it (GDPR Art. 27), when one is appointed (format 2).</source>
      <translation>Le représentant dans l'UE ou au Royaume-Uni d'un responsable du traitement établi en dehors (art. 27 RGPD), lorsqu'il en a été désigné un (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The retention rule an allowed use must get; empty: not checked.</source>
      <translation>La règle de conservation qu'une utilisation autorisée doit recevoir ; vide : non vérifié.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The same thing in other vocabularies, by scheme: dpv (a W3C DPV IRI or term), fides (a Fides key) or any other; exporters use these instead of guessing from words (format 2).</source>
      <translation>La même notion dans d'autres vocabulaires, par schéma : dpv (une IRI ou un terme W3C DPV), fides (une clé Fides) ou tout autre ; les exports les utilisent au lieu de deviner d'après les mots (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The title and description in other languages, by language code (de, fr, de-CH); documents in that language use them (format 2).</source>
      <translation>Le titre et la description dans d’autres langues, par code de langue (de, fr, de-CH) ; les documents dans cette langue les utilisent (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The title in this language.</source>
      <translation>Le titre dans cette langue.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The transfer tool used when the country is outside the policy's jurisdictions.</source>
      <translation>L'outil de transfert utilisé lorsque le pays est en dehors des juridictions de la politique.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The use rules the decision must name, exactly; empty: not checked.</source>
      <translation>Les règles d'utilisation que la décision doit citer, exactement ; vide : non vérifié.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>The youngest age these people can have, when known (format 2).</source>
      <translation>L'âge minimal de ces personnes, s'il est connu (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Then</source>
      <translation>Ensuite</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Tracking domains</source>
      <translation>Domaines de pistage</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Transfer derogation</source>
      <translation>Dérogation au transfert</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Transfer safeguard</source>
      <translation>Garantie du transfert</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Translations</source>
      <translation>Traductions</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Use rules</source>
      <translation>Règles d’utilisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Version of the file format: 2; a format 1 file keeps its format 1 meaning until it is migrated (policy-studio migrate).</source>
      <translation>Version du format de fichier : 2 ; un fichier au format 1 garde sa signification de format 1 jusqu'à sa migration (policy-studio migrate).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Vulnerable</source>
      <translation>Vulnérables</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What happens to the data when the period ends.</source>
      <translation>Ce qu'il advient des données à la fin de la durée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What kind of information this is; tags drive the intrusiveness checks.</source>
      <translation>Le type d'information ; les étiquettes pilotent les contrôles d'intrusivité.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What must be done to the data when the use is allowed.</source>
      <translation>Ce qui doit être fait des données lorsque l'utilisation est autorisée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What people can do about a decision (GDPR Art. 22(3)).</source>
      <translation>Ce que les personnes peuvent faire face à une décision (art. 22, par. 3, RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What the decisions mean for people.</source>
      <translation>Ce que les décisions signifient pour les personnes.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What the policy covers, in plain words.</source>
      <translation>Ce que couvre la politique, en termes simples.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What the purpose does that makes an impact assessment likely to be required: monitoring, scale, matching data sets, new technology, barring a right or service (format 2).</source>
      <translation>Ce que fait la finalité qui rend une analyse d'impact probablement obligatoire : surveillance, échelle, croisement de jeux de données, nouvelle technologie, exclusion d'un droit ou d'un service (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What the purpose is for, in broad strokes; it weighs in the intrusiveness score.</source>
      <translation>À quoi sert la finalité, dans les grandes lignes ; cela pèse dans le score d'intrusivité.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>What this is, in plain words; it appears in the exported documents.</source>
      <translation>Ce dont il s'agit, en termes simples ; cela figure dans les documents exportés.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>When the policy is due for review; checks warn when it is overdue.</source>
      <translation>Date à laquelle la politique doit être revue ; les contrôles avertissent en cas de retard.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the data comes from: the person, observation, inference, a named third party or a public source (format 2).</source>
      <translation>D'où viennent les données : la personne, l'observation, la déduction, un tiers nommé ou une source publique (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the policy is in its life: draft, in review, approved or retired.</source>
      <translation>Où en est la politique dans son cycle de vie : brouillon, en revue, approuvée ou retirée.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the recipient stores the data, when that differs from where it processes it (format 2).</source>
      <translation>Où le destinataire stocke les données, lorsque ce lieu diffère de celui où il les traite (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the rule applies: countries, subdivisions or groups, which cover what they contain; empty means anywhere.</source>
      <translation>Où la règle s'applique : pays, subdivisions ou groupes, qui couvrent ce qu'ils contiennent ; vide : partout.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where the use happens; empty means not given.</source>
      <translation>Où l'utilisation a lieu ; vide : non précisé.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Where this basis is relied on; empty means everywhere.</source>
      <translation>Où cette base légale est invoquée ; vide : partout.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Which data may or may not be used for which purposes.</source>
      <translation>Quelles données peuvent ou non être utilisées pour quelles finalités.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who decides why and how the data is used (GDPR controller).</source>
      <translation>Qui détermine les finalités et les moyens de l'utilisation des données (responsable du traitement au sens du RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who made the decision.</source>
      <translation>Qui a pris la décision.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who receives the data: internal team, processor working for you, independent third party or public authority.</source>
      <translation>Qui reçoit les données : équipe interne, sous-traitant travaillant pour vous, tiers indépendant ou autorité publique.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who the data is disclosed to.</source>
      <translation>À qui les données sont communiquées.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who the data may be disclosed to, with their sub-recipients; * means any recipient. Format 2: empty means internal use only. Format 1: empty means any.</source>
      <translation>À qui les données peuvent être communiquées, avec leurs sous-destinataires ; * : tout destinataire. Format 2 : vide signifie usage interne uniquement. Format 1 : vide signifie tout destinataire.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who the policy belongs to, where it applies and where it is in its life.</source>
      <translation>À qui appartient la politique, où elle s'applique et où elle en est de son cycle de vie.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Who would receive the data; empty means no disclosure.</source>
      <translation>Qui recevrait les données ; vide : aucune communication.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Whose data; empty means not given.</source>
      <translation>Les données de qui ; vide : non précisé.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Why the data is held (format 2).</source>
      <translation>Pourquoi les données sont conservées (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Why the data is used, with legal bases and consent.</source>
      <translation>Pourquoi les données sont utilisées, avec les bases légales et le consentement.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Why the organisation's interests are not overridden by the person's, in plain words (format 2).</source>
      <translation>Pourquoi les intérêts de la personne ne prévalent pas sur ceux de l'organisation, en termes simples (format 2).</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Why, when it matters (e.g. consent_missing); empty: any reason.</source>
      <translation>Pourquoi, lorsque cela compte (p. ex. consent_missing) ; vide : tout motif.</translation>
    </message>
    <message>
      <location filename="../../app/domain/models.py" />
      <source>Youngest age</source>
      <translation>Âge minimal</translation>
    </message>
  </context>
  <context>
    <name>file errors</name>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>'{character}' cannot start a value; put the value in quotes</source>
      <translation>'{character}' ne peut pas commencer une valeur ; mettez la valeur entre guillemets</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>'{value}' is not a usable number</source>
      <translation>'{value}' n’est pas un nombre utilisable</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>'{value}' is not true or false</source>
      <translation>'{value}' n’est ni true ni false</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/storage/loader.py" />
      <source>... and %n more problems</source>
      <translation>
        <numerusform>... et %n autre problème</numerusform>
        <numerusform>... et %n autres problèmes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>CSV file</source>
      <translation>fichier CSV</translation>
    </message>
    <message>
      <location filename="../../app/importers/fides_read.py" />
      <source>Fides manifest</source>
      <translation>manifeste Fides</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>YAML syntax: found undefined alias '*{anchor}'</source>
      <translation>Syntaxe YAML : l’alias '*{anchor}' n’est pas défini</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>YAML syntax: the anchor '&amp;{anchor}' is defined twice (first on line {line}); give each anchor its own name</source>
      <translation>Syntaxe YAML : l’ancre '&amp;{anchor}' est définie deux fois (d’abord à la ligne {line}) ; donnez à chaque ancre son propre nom</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>YAML syntax: unexpected {event}</source>
      <translation>Syntaxe YAML : {event} inattendu</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>YAML syntax: {words}</source>
      <translation>Syntaxe YAML : {words}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a ':' cannot start a value here; check the indentation of this line, or put the value in quotes</source>
      <translation>un ':' ne peut pas commencer une valeur ici ; vérifiez l’indentation de cette ligne ou mettez la valeur entre guillemets</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a key has no ':' after it; write key: value</source>
      <translation>une clé n’est pas suivie de ':' ; écrivez clé: valeur</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a key must be plain text</source>
      <translation>une clé doit être du texte simple</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a list opened with '[' is not closed with ']'</source>
      <translation>une liste ouverte par '[' n’est pas fermée par ']'</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a mapping opened with '{{' is not closed with '}}'</source>
      <translation>un dictionnaire ouvert par '{{' n’est pas fermé par '}}'</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a policy file holds one YAML document; found another</source>
      <translation>un fichier de politique contient un seul document YAML ; un autre a été trouvé</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>a policy file must be a mapping with a 'policy' key</source>
      <translation>un fichier de politique doit être un dictionnaire avec une clé 'policy'</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>a quoted text is not closed: the file ends before its closing quote</source>
      <translation>un texte entre guillemets n’est pas fermé : le fichier se termine avant le guillemet fermant</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>aliases expand to too much data (possible alias bomb)</source>
      <translation>les alias produisent trop de données (possible bombe d’alias)</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>cannot create a file in the folder {folder} ({reason})</source>
      <translation>impossible de créer un fichier dans le dossier {folder} ({reason})</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <location filename="../../app/storage/loader.py" />
      <source>cannot read file: {reason}</source>
      <translation>impossible de lire le fichier : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>cannot read the conflict record: {reason}</source>
      <translation>impossible de lire la liste des conflits : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>duplicate key '{key}'</source>
      <translation>clé en double '{key}'</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <source>file</source>
      <translation>fichier</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>file holds no YAML document</source>
      <translation>le fichier ne contient aucun document YAML</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>file is not UTF-8 text (byte {byte})</source>
      <translation>le fichier n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>file is {size} MiB; the limit is {limit} MiB</source>
      <translation>le fichier fait {size} Mio ; la limite est de {limit} Mio</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>format_version must be a whole number such as {version}</source>
      <translation>format_version doit être un nombre entier tel que {version}</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>it does not read: {error}</source>
      <translation>il ne se relit pas : {error}</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>it holds {found} YAML events where the policy needs {expected}</source>
      <translation>il contient {found} événements YAML là où la politique en demande {expected}</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>it would hold other values in {fields}</source>
      <translation>il contiendrait d’autres valeurs dans {fields}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>line {line} is indented with a tab; YAML indents with spaces only, so use spaces</source>
      <translation>la ligne {line} est indentée par une tabulation ; YAML n’indente qu’avec des espaces, utilisez donc des espaces</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>more than {count} items in one place; a policy file never needs that</source>
      <translation>plus de {count} éléments au même endroit ; un fichier de politique n’en a jamais besoin</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>more than {count} keys in one place; a policy file never needs that</source>
      <translation>plus de {count} clés au même endroit ; un fichier de politique n’en a jamais besoin</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>nesting is deeper than {limit} levels; a policy file never needs that</source>
      <translation>l’imbrication dépasse {limit} niveaux ; un fichier de politique n’en a jamais besoin</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>no program is reading from this FIFO</source>
      <translation>aucun programme ne lit ce FIFO</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <location filename="../../app/storage/loader.py" />
      <source>no such file</source>
      <translation>fichier introuvable</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>not saved: the text to be written would not read back as the edited policy ({problem}); the file was left as it was</source>
      <translation>non enregistré : le texte à écrire ne se relirait pas comme la politique modifiée ({problem}) ; le fichier a été laissé tel quel</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>the conflict record is not UTF-8 text</source>
      <translation>la liste des conflits n’est pas du texte UTF-8</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>the conflict record is too large</source>
      <translation>la liste des conflits est trop volumineuse</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>the disk holding {folder} is full</source>
      <translation>le disque contenant {folder} est plein</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>the file does not say its format; add 'format_version: {version}'</source>
      <translation>le fichier n’indique pas son format ; ajoutez 'format_version: {version}'</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>the file holds more than {count} values; a policy file never needs that</source>
      <translation>le fichier contient plus de {count} valeurs ; un fichier de politique n’en a jamais besoin</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>the file is read-only; make it writable or save under another name</source>
      <translation>le fichier est en lecture seule ; rendez-le modifiable ou enregistrez sous un autre nom</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <source>the file is {size} bytes; the limit is {limit} bytes</source>
      <translation>le fichier fait {size} octets ; la limite est de {limit} octets</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>the folder {folder} does not exist</source>
      <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>the folder {folder} is on a read-only disk</source>
      <translation>le dossier {folder} se trouve sur un disque en lecture seule</translation>
    </message>
    <message>
      <location filename="../../app/storage/save_check.py" />
      <source>the policy</source>
      <translation>la politique</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>the tag '{tag}' is not allowed in a policy file (only plain data is)</source>
      <translation>la balise '{tag}' n’est pas autorisée dans un fichier de politique (seules les données simples le sont)</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>the value is too long</source>
      <translation>la valeur est trop longue</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>this file uses format version {version}, written by a newer Policy Studio; this version reads format {readable}. Update Policy Studio to open it</source>
      <translation>ce fichier utilise la version de format {version}, écrite par un Policy Studio plus récent ; cette version lit le format {readable}. Mettez Policy Studio à jour pour l’ouvrir</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>this is a folder, not a policy file</source>
      <translation>ceci est un dossier, pas un fichier de politique</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <source>this is a folder, not a {kind}</source>
      <translation>ceci est un dossier ; attendu : {kind}</translation>
    </message>
    <message>
      <location filename="../../app/storage/merge_record.py" />
      <source>this is not a Policy Studio conflict record</source>
      <translation>ceci n’est pas une liste de conflits de Policy Studio</translation>
    </message>
    <message>
      <location filename="../../app/storage/input_file.py" />
      <source>this is not a regular file (a pipe or device); give a {kind}</source>
      <translation>ceci n’est pas un fichier ordinaire (un tube ou un périphérique) ; attendu : {kind}</translation>
    </message>
    <message>
      <location filename="../../app/storage/loader.py" />
      <source>this is not a regular file (a pipe, device or socket); give the path of a policy file</source>
      <translation>ceci n’est pas un fichier ordinaire (un tube, un périphérique ou un socket) ; indiquez le chemin d’un fichier de politique</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>this is not a regular file, a device or a FIFO; choose a file to write</source>
      <translation>ceci n’est ni un fichier ordinaire, ni un périphérique, ni un FIFO ; choisissez un fichier où écrire</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>this line does not line up with the keys above it; check its indentation</source>
      <translation>cette ligne n’est pas alignée sur les clés au-dessus ; vérifiez son indentation</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>this line does not line up with the list items above it; check its indentation</source>
      <translation>cette ligne n’est pas alignée sur les éléments de liste au-dessus ; vérifiez son indentation</translation>
    </message>
    <message>
      <location filename="../../app/storage/errors.py" />
      <source>unreadable file</source>
      <translation>fichier illisible</translation>
    </message>
    <message>
      <location filename="../../app/storage/atomic.py" />
      <source>you may not create files in the folder {folder}</source>
      <translation>vous n’avez pas le droit de créer des fichiers dans le dossier {folder}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>{too_deep} (the alias '*{anchor}' is inside the value it names)</source>
      <translation>{too_deep} (l’alias '*{anchor}' se trouve dans la valeur qu’il désigne)</translation>
    </message>
  </context>
  <context>
    <name>files</name>
    <message numerus="yes">
      <location filename="../../app/ui/files/migrating.py" />
      <source>%n rule without recipients now says '*' (any recipient), as format 1 meant.</source>
      <translation>
        <numerusform>%n règle sans destinataires indique désormais '*' (tout destinataire), comme le voulait le format 1.</numerusform>
        <numerusform>%n règles sans destinataires indiquent désormais '*' (tout destinataire), comme le voulait le format 1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/files/migrating.py" />
      <source>%n rules without recipients now say '*' (any recipient), as format 1 meant.</source>
      <translation>
        <numerusform>%n règle sans destinataires indique désormais '*' (tout destinataire), comme le voulait le format 1.</numerusform>
        <numerusform>%n règles sans destinataires indiquent désormais '*' (tout destinataire), comme le voulait le format 1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>&amp;Clear Recent</source>
      <translation>&amp;Vider la liste</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>&amp;Discard</source>
      <translation>&amp;Abandonner</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>&amp;New from Template...</source>
      <translation>&amp;Nouveau à partir d'un modèle...</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>&amp;Open...</source>
      <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>&amp;Overwrite</source>
      <translation>É&amp;craser</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>&amp;Recover</source>
      <translation>&amp;Récupérer</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>&amp;Reload</source>
      <translation>&amp;Recharger</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>... and {count} more</source>
      <translation>… et {count} de plus</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Autosaved</source>
      <translation>Sauvegarde automatique</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/tasks.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Cannot Open Policy</source>
      <translation>Impossible d'ouvrir la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Cannot Save Policy</source>
      <translation>Impossible d'enregistrer la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Canonical JSON (*.policy.json)</source>
      <translation>JSON canonique (*.policy.json)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovering.py" />
      <source>Closing without saving drops them.</source>
      <translation>Fermer sans enregistrer les abandonne.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>Contains</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>Could not open {path}</source>
      <translation>Impossible d'ouvrir {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/saving.py" />
      <source>Could not save {path}</source>
      <translation>Impossible d'enregistrer {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Decide &amp;Later</source>
      <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/infobar.py" />
      <source>Dismiss</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Do you want to save the changes to {name}?</source>
      <translation>Voulez-vous enregistrer les modifications de {name} ?</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>File Changed on Disk</source>
      <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/infobar.py" />
      <source>File notice</source>
      <translation>Avis sur le fichier</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>Forget the list of recently opened files</source>
      <translation>Oublier la liste des fichiers ouverts récemment</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Keep Mine</source>
      <translation>Garder les miennes</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Keep the recovery files and ask again next time</source>
      <translation>Conserver les fichiers de récupération et redemander la prochaine fois</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>Migrate</source>
      <translation>Migrer</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>Migrated to format {version} (one undo step; save to write it).</source>
      <translation>Migré vers le format {version} (une seule étape d'annulation ; enregistrez pour l'écrire).</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>New Policy from Template</source>
      <translation>Nouvelle politique à partir d'un modèle</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>New policy from the template “{title}”; Save asks where to put it</source>
      <translation>Nouvelle politique à partir du modèle « {title} » ; Enregistrer demande où la placer</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>No description.</source>
      <translation>Aucune description.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>No recent files</source>
      <translation>Aucun fichier récent</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>Not Now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/saving.py" />
      <source>Not saved: {name} was changed by another program</source>
      <translation>Non enregistré : {name} a été modifié par un autre programme</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>Open &amp;Recent</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Open Policy</source>
      <translation>Ouvrir une politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Open a policy file (YAML or JSON)</source>
      <translation>Ouvrir un fichier de politique (YAML ou JSON)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recent.py" />
      <source>Open {path}</source>
      <translation>Ouvrir {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>Opened {path}</source>
      <translation>{path} ouvert</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>Opening {name} was cancelled</source>
      <translation>Ouverture de {name} annulée</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>Opening {name}…</source>
      <translation>Ouverture de {name}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Overwrite replaces the other program's changes with yours. Reload opens the file as it is now and discards your unsaved changes. Cancel keeps your changes unsaved.</source>
      <translation>Écraser remplace les modifications de l'autre programme par les vôtres. Recharger ouvre le fichier tel qu'il est maintenant et abandonne vos modifications non enregistrées. Annuler conserve vos modifications sans les enregistrer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Policy Studio stopped before these changes were saved. Recover a document to continue where you left off (it opens as unsaved; save it to keep it), or discard it for good.</source>
      <translation>Policy Studio s'est arrêté avant l'enregistrement de ces modifications. Récupérez un document pour reprendre là où vous en étiez (il s'ouvre non enregistré ; enregistrez-le pour le conserver), ou abandonnez-le définitivement.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Policy YAML (*.policy.yaml *.policy.yml)</source>
      <translation>Politique YAML (*.policy.yaml *.policy.yml)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Policy files (*.policy.yaml *.policy.yml *.policy.json);;YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
      <translation>Fichiers de politique (*.policy.yaml *.policy.yml *.policy.json);;Fichiers YAML (*.yaml *.yml);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Recover Unsaved Work</source>
      <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovering.py" />
      <source>Recovered unsaved changes to {name} (autosaved {time}). They are not in the file yet; save to keep them.</source>
      <translation>Modifications non enregistrées de {name} récupérées (sauvegarde automatique du {time}). Elles ne sont pas encore dans le fichier ; enregistrez pour les conserver.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Reload and Discard Mine</source>
      <translation>Recharger et abandonner les miennes</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Reload: open the file as it is now; reloading discards your changes. Keep Mine: go on editing; saving asks before replacing the other program's changes.</source>
      <translation>Recharger : ouvrir le fichier tel qu'il est maintenant ; le rechargement abandonne vos modifications. Garder les miennes : continuer l'édition ; l'enregistrement demande avant de remplacer les modifications de l'autre programme.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Replace File?</source>
      <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <location filename="../../app/ui/files/recovering.py" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Save &amp;As...</source>
      <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Save Policy As</source>
      <translation>Enregistrer la politique sous</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Save the policy to another file (YAML or JSON)</source>
      <translation>Enregistrer la politique dans un autre fichier (YAML ou JSON)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Save the policy; comments and layout are kept</source>
      <translation>Enregistrer la politique ; les commentaires et la mise en forme sont conservés</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/saving.py" />
      <source>Saved {path}</source>
      <translation>{path} enregistré</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/saving.py" />
      <source>Saving {name}…</source>
      <translation>Enregistrement de {name}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>Start a new policy from a template</source>
      <translation>Commencer une nouvelle politique à partir d'un modèle</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>Template file: {name}</source>
      <translation>Fichier du modèle : {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>Templates</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>The open document was not changed.</source>
      <translation>Le document ouvert n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovering.py" />
      <source>The unsaved work on {name} is open in another window</source>
      <translation>Le travail non enregistré sur {name} est ouvert dans une autre fenêtre</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Unsaved Changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Unsaved documents</source>
      <translation>Documents non enregistrés</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovery_dialog.py" />
      <source>Untitled (never saved)</source>
      <translation>Sans titre (jamais enregistré)</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/template_dialog.py" />
      <source>What the template contains</source>
      <translation>Ce que contient le modèle</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>Your changes will be lost if you don't save them.</source>
      <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/opening.py" />
      <source>cannot open the file: {error}</source>
      <translation>impossible d'ouvrir le fichier : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/recovering.py" />
      <source>cannot read the recovery file: {error}</source>
      <translation>impossible de lire le fichier de récupération : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>{name} already exists. Replace it?</source>
      <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>{name} could not be opened.</source>
      <translation>{name} n'a pas pu être ouvert.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>{name} is in format {old}. Migrate it to format {new}? Every decision stays the same; the file changes only when you save.</source>
      <translation>{name} est au format {old}. Le migrer vers le format {new} ? Chaque décision reste la même ; le fichier ne change que lorsque vous enregistrez.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>{name} was changed by another program since you opened or last saved it.</source>
      <translation>{name} a été modifié par un autre programme depuis que vous l'avez ouvert ou enregistré pour la dernière fois.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>{name} was changed by another program while you have unsaved changes.</source>
      <translation>{name} a été modifié par un autre programme alors que vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>{name} was changed by another program.</source>
      <translation>{name} a été modifié par un autre programme.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/controller.py" />
      <source>{name} was deleted or moved by another program. Save to write it again.</source>
      <translation>{name} a été supprimé ou déplacé par un autre programme. Enregistrez pour l'écrire à nouveau.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/dialogs.py" />
      <source>{path} could not be saved:
{reason}

The file on disk was not changed.</source>
      <translation>{path} n'a pas pu être enregistré :
{reason}

Le fichier sur le disque n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../app/ui/files/migrating.py" />
      <source>… and {count} more (see the tooltip)</source>
      <translation>… et {count} de plus (voir l'infobulle)</translation>
    </message>
  </context>
  <context>
    <name>findings</name>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n error</source>
      <translation>
        <numerusform>%n erreur</numerusform>
        <numerusform>%n erreurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n errors</source>
      <translation>
        <numerusform>%n erreur</numerusform>
        <numerusform>%n erreurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/reporters/__init__.py" />
      <source>%n file</source>
      <translation>
        <numerusform>%n fichier</numerusform>
        <numerusform>%n fichiers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/reporters/__init__.py" />
      <source>%n files</source>
      <translation>
        <numerusform>%n fichier</numerusform>
        <numerusform>%n fichiers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n note</source>
      <translation>
        <numerusform>%n remarque</numerusform>
        <numerusform>%n remarques</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n notes</source>
      <translation>
        <numerusform>%n remarque</numerusform>
        <numerusform>%n remarques</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n warning</source>
      <translation>
        <numerusform>%n avertissement</numerusform>
        <numerusform>%n avertissements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n warnings</source>
      <translation>
        <numerusform>%n avertissement</numerusform>
        <numerusform>%n avertissements</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/validation/runner.py" />
      <source>... and {hidden} more {code} findings like these (only the first {shown} of each check are listed)</source>
      <translation>… et {hidden} autres constats {code} semblables (seuls les {shown} premiers de chaque contrôle sont listés)</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>No problems</source>
      <translation>Aucun problème</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>The whole policy</source>
      <translation>Toute la politique</translation>
    </message>
    <message>
      <location filename="../../app/validation/problems.py" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <location filename="../../app/validation/reporters/__init__.py" />
      <source>{errors}, {warnings}, {notes} in {files}</source>
      <translation>{errors}, {warnings}, {notes} dans {files}</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <location filename="../../app/ui/views/flow/layout.py" />
      <source> and {count} more</source>
      <translation> et {count} de plus</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/flow/view.py" />
      <source>%n boxes, from top to bottom</source>
      <translation>
        <numerusform>%n boîte, de haut en bas</numerusform>
        <numerusform>%n boîtes, de haut en bas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Collapse all families</source>
      <translation>Replier toutes les familles</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Collapse {family}</source>
      <translation>Replier {family}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Data flow: click a box to open its item; hover to follow its edges; arrow keys move, Enter opens (or expands a family); double-click a family to expand or collapse it; Ctrl+wheel zooms</source>
      <translation>Flux de données : cliquez sur une boîte pour ouvrir son élément ; survolez-la pour suivre ses liens ; les flèches déplacent, Entrée ouvre (ou déplie une famille) ; double-cliquez sur une famille pour la déplier ou la replier ; Ctrl+molette zoome</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Data-flow map status</source>
      <translation>État de la carte des flux</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Drawing the data-flow map…</source>
      <translation>Dessin de la carte des flux…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Expand {family}</source>
      <translation>Déplier {family}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Fit</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Nothing flows yet. The map joins data categories to purposes to recipients as the allow rules allow them:
add a use rule that allows a category for a purpose (Add item, Ctrl+Shift+N, in Use rules).</source>
      <translation>Aucun flux pour l’instant. La carte relie les catégories de données aux finalités puis aux destinataires comme les règles d’autorisation le permettent :
ajoutez une règle d’utilisation qui autorise une catégorie pour une finalité (Ajouter un élément, Ctrl+Maj+N, dans Règles d’utilisation).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Open in editor</source>
      <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>The data-flow map could not be drawn</source>
      <translation>Impossible de dessiner la carte des flux</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Updating the map…</source>
      <translation>Mise à jour de la carte…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Zoom in</source>
      <translation>Agrandir</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Zoom out</source>
      <translation>Réduire</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>{failed}: {error}</source>
      <translation>{failed} : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>{noun} family</source>
      <translation>Famille : {noun}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>{source} → {target}: allowed by {rules}</source>
      <translation>{source} → {target} : autorisé par {rules}</translation>
    </message>
  </context>
  <context>
    <name>fmt</name>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>Rewrite each FILE with the standard layout: 2-space indentation, indented lists, quotes only where needed. Comments and key order stay. With --check nothing is written; exit 1 if a file would change.</source>
      <translation>Réécrit chaque FILE selon la mise en page standard : indentation de 2 espaces, listes indentées, guillemets seulement si nécessaire. Les commentaires et l’ordre des clés restent. Avec --check rien n’est écrit ; code de sortie 1 si un fichier changerait.</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>normalise the layout of policy files (comments are kept)</source>
      <translation>normaliser la mise en page des fichiers de politique (les commentaires sont conservés)</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <location filename="../../app/commands/migrate.py" />
      <source>only report files that would change (exit 1 if any)</source>
      <translation>signaler seulement les fichiers qui changeraient (code de sortie 1 s’il y en a)</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>policy YAML files</source>
      <translation>fichiers de politique YAML</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>reformatted {file}</source>
      <translation>{file} reformaté</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>the file is {size} MiB; fmt keeps comments and layout for files up to {limit} MiB</source>
      <translation>le fichier fait {size} Mio ; fmt conserve commentaires et mise en page pour les fichiers jusqu’à {limit} Mio</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>with --check, show the changes</source>
      <translation>avec --check, montrer les modifications</translation>
    </message>
    <message>
      <location filename="../../app/commands/fmt.py" />
      <source>would reformat {file}</source>
      <translation>reformaterait {file}</translation>
    </message>
  </context>
  <context>
    <name>git-setup</name>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>Write the .gitattributes lines and the git config that make git merge policy files with 'policy-studio merge' and show 'policy-studio show-text' in git diff. Running it again changes nothing. Exit status: 0 done, 2 not a git repository.</source>
      <translation>Écrit les lignes .gitattributes et la configuration git qui font fusionner les fichiers de politique par git avec 'policy-studio merge' et afficher 'policy-studio show-text' dans git diff. Le relancer ne change rien. Code de sortie : 0 fait, 2 pas un dépôt git.</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>git config {key} already set</source>
      <translation>git config {key} déjà défini</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>git is not installed</source>
      <translation>git n’est pas installé</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>how git should run Policy Studio (default: policy-studio when it is on PATH, otherwise this Python with -m app)</source>
      <translation>comment git doit lancer Policy Studio (par défaut : policy-studio s’il est dans le PATH, sinon ce Python avec -m app)</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>make git merge and diff policy files by meaning</source>
      <translation>faire fusionner et comparer les fichiers de politique par git selon leur sens</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>the repository (default: the current folder)</source>
      <translation>le dépôt (par défaut : le dossier courant)</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>write the driver config to your global git config instead of the repository's</source>
      <translation>écrire la configuration du pilote dans votre configuration git globale plutôt que dans celle du dépôt</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>{file}: added {lines}</source>
      <translation>{file} : ajouté {lines}</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>{file}: already routes policy files to Policy Studio</source>
      <translation>{file} : confie déjà les fichiers de politique à Policy Studio</translation>
    </message>
    <message>
      <location filename="../../app/commands/git_setup.py" />
      <source>{folder} is not inside a git repository</source>
      <translation>{folder} n’est pas dans un dépôt git</translation>
    </message>
  </context>
  <context>
    <name>gpc table</name>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Consent and Global Privacy Control</source>
      <translation>Consentement et Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Consent and Global Privacy Control: {title}</source>
      <translation>Consentement et Global Privacy Control : {title}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Content digest:</source>
      <translation>Empreinte du contenu :</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Each cell is the decision engine’s answer for an allowed use of the purpose (the example under its name) when the person granted consent, refused it (or opted out) or was never asked, without and with a Global Privacy Control (GPC) signal from their browser. Deny rules do not depend on consent, so every allowed use of a purpose gets the same answers.</source>
      <translation>Chaque cellule est la réponse du moteur de décision pour une utilisation autorisée de la finalité (l’exemple sous son nom) lorsque la personne a donné son consentement, l’a refusé (ou s’y est opposée) ou n’a jamais été sollicitée, sans et avec un signal Global Privacy Control (GPC) de son navigateur. Les règles d’interdiction ne dépendent pas du consentement : chaque utilisation autorisée d’une finalité reçoit donc les mêmes réponses.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>GPC</source>
      <translation>GPC</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>Personal information is sold or shared, but a GPC signal does not opt the person out, although under the CPRA it must (11 CCR 7025).</source>
      <translation>Des informations personnelles sont vendues ou partagées, mais un signal GPC ne vaut pas opposition de la personne, alors que le CPRA l’exige (11 CCR 7025).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>The policy declares no purposes.</source>
      <translation>La politique ne déclare aucune finalité.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>What a GPC signal does</source>
      <translation>Effet d’un signal GPC</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>about {subject}</source>
      <translation>concernant {subject}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>e.g.</source>
      <translation>p. ex.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>honours GPC</source>
      <translation>respecte GPC</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>in {region}</source>
      <translation>en {region}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>no signal</source>
      <translation>sans signal</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>not declared</source>
      <translation>non déclarée</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>shared for ads</source>
      <translation>partagé pour la publicité</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>sold</source>
      <translation>vendu</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>status {status}</source>
      <translation>statut {status}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/gpc_table.py" />
      <source>to {recipient}</source>
      <translation>à {recipient}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/gpc-table.html.j2" />
      <source>version {version}</source>
      <translation>version {version}</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n commit changed this file.</source>
      <translation>
        <numerusform>%n commit a modifié ce fichier.</numerusform>
        <numerusform>%n commits ont modifié ce fichier.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n commits changed this file.</source>
      <translation>
        <numerusform>%n commit a modifié ce fichier.</numerusform>
        <numerusform>%n commits ont modifié ce fichier.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n difference between the two versions.</source>
      <translation>
        <numerusform>%n différence entre les deux versions.</numerusform>
        <numerusform>%n différences entre les deux versions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n differences between the two versions.</source>
      <translation>
        <numerusform>%n différence entre les deux versions.</numerusform>
        <numerusform>%n différences entre les deux versions.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>&amp;Compare</source>
      <translation>&amp;Comparer</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>&amp;Export approved documents…</source>
      <translation>&amp;Exporter les documents approuvés…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>&amp;History...</source>
      <translation>&amp;Historique...</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>&amp;Open read-only</source>
      <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>(with unsaved changes)</source>
      <translation>(avec des modifications non enregistrées)</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Approval</source>
      <translation>Approbation</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Approved by {name} ({role}) on {date}; content digest {digest}.</source>
      <translation>Approuvée par {name} ({role}) le {date} ; empreinte du contenu {digest}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Approved by {name} on {date}; content digest {digest}.</source>
      <translation>Approuvée par {name} le {date} ; empreinte du contenu {digest}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>As saved</source>
      <translation>Tel qu'enregistré</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Cannot Export</source>
      <translation>Export impossible</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Cannot compare: {error}</source>
      <translation>Comparaison impossible : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Comparing…</source>
      <translation>Comparaison…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Export Approved Documents</source>
      <translation>Exporter les documents approuvés</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>History of {name}</source>
      <translation>Historique de {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Impact not worked out (cancelled).</source>
      <translation>Impact non calculé (annulé).</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/work.py" />
      <source>Impact: no decision changes: {share}.</source>
      <translation>Impact : aucune décision ne change : {share}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/work.py" />
      <source>Impact: {share} ({kinds}); the redline opens with it and lists every group of changed uses at its end.</source>
      <translation>Impact : {share} ({kinds}) ; la comparaison commence par lui et liste à la fin chaque groupe d'utilisations modifiées.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>Looking for the last approved version in the file's git history…</source>
      <translation>Recherche de la dernière version approuvée dans l'historique git du fichier…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>No History</source>
      <translation>Aucun historique</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>No differences</source>
      <translation>Aucune différence</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>No earlier approved version can be looked up: {error}.</source>
      <translation>Aucune version approuvée antérieure ne peut être recherchée : {error}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>No earlier version of {path} in git history (%n commit) carries an approval of its content, so this is the first approval.</source>
      <translation>
        <numerusform>Aucune version antérieure de {path} dans l'historique git (%n commit) ne porte d'approbation de son contenu : c'est donc la première approbation.</numerusform>
        <numerusform>Aucune version antérieure de {path} dans l'historique git (%n commits) ne porte d'approbation de son contenu : c'est donc la première approbation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>No earlier version of {path} in git history (%n commits) carries an approval of its content, so this is the first approval.</source>
      <translation>
        <numerusform>Aucune version antérieure de {path} dans l'historique git (%n commit) ne porte d'approbation de son contenu : c'est donc la première approbation.</numerusform>
        <numerusform>Aucune version antérieure de {path} dans l'historique git (%n commits) ne porte d'approbation de son contenu : c'est donc la première approbation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>None of the latest %n versions of {path} in git history carries an approval of its content (older ones were not read).</source>
      <translation>
        <numerusform>La dernière version de {path} dans l'historique git ne porte pas d'approbation de son contenu (les plus anciennes n'ont pas été lues).</numerusform>
        <numerusform>Aucune des %n dernières versions de {path} dans l'historique git ne porte d'approbation de son contenu (les plus anciennes n'ont pas été lues).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Only a version whose approval matches its content has approved documents</source>
      <translation>Seule une version dont l'approbation correspond à son contenu a des documents approuvés</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Open the selected commit's version in a read-only window</source>
      <translation>Ouvrir la version du commit choisi dans une fenêtre en lecture seule</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>Opened {commit} read-only.</source>
      <translation>{commit} ouvert en lecture seule.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Opening {commit} read-only…</source>
      <translation>Ouverture de {commit} en lecture seule…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Policy document of this version</source>
      <translation>Document de politique de cette version</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Read-only.</source>
      <translation>Lecture seule.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Reading the file's git history…</source>
      <translation>Lecture de l'historique git du fichier…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Redline between the two versions</source>
      <translation>Comparaison entre les deux versions</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Rendering the approved documents…</source>
      <translation>Génération des documents approuvés…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Select two versions (Ctrl+click or Shift+arrow keys) and choose Compare, or one version and Open read-only.</source>
      <translation>Sélectionnez deux versions (Ctrl+clic ou Maj+flèches) et choisissez Comparer, ou une version et Ouvrir en lecture seule.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Show the redline and the impact between the two selected versions</source>
      <translation>Afficher la comparaison et l'impact entre les deux versions choisies</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>Since the last approved version ({version}) this change {impact}.</source>
      <translation>Depuis la dernière version approuvée ({version}), cette modification {impact}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>That would replace the policy's own file; choose another folder.</source>
      <translation>Cela remplacerait le fichier de la politique elle-même ; choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>The file's git history: compare versions, open an approved version read-only</source>
      <translation>L'historique git du fichier : comparer des versions, ouvrir une version approuvée en lecture seule</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>The impact could not be worked out: {error}</source>
      <translation>L'impact n'a pas pu être calculé : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>The policy has not been saved to a file yet. Save it in a folder under git to see its history.</source>
      <translation>La politique n'a pas encore été enregistrée dans un fichier. Enregistrez-la dans un dossier suivi par git pour voir son historique.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>The redline of the two selected versions shows here.</source>
      <translation>La comparaison des deux versions choisies s'affiche ici.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>This policy has not been saved to a file yet, so there is no earlier approved version to compare with.</source>
      <translation>Cette politique n'a pas encore été enregistrée dans un fichier ; il n'y a donc pas de version approuvée antérieure à comparer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>This version carries no approval of its content.</source>
      <translation>Cette version ne porte pas d'approbation de son contenu.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/controller.py" />
      <source>Version {commit} cannot be opened: {error}</source>
      <translation>La version {commit} ne peut pas être ouverte : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Versions of the file</source>
      <translation>Versions du fichier</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>What was done</source>
      <translation>Ce qui a été fait</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Which version this is</source>
      <translation>De quelle version il s'agit</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>Working copy</source>
      <translation>Copie de travail</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>Working out the impact on decisions…</source>
      <translation>Calcul de l'impact sur les décisions…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>Write the policy document (HTML, PDF), Art. 30 record and retention schedule as they were approved</source>
      <translation>Écrire le document de politique (HTML, PDF), le registre de l'art. 30 et le calendrier de conservation tels qu'ils ont été approuvés</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/readonly.py" />
      <source>Wrote %n approved documents to {folder}</source>
      <translation>
        <numerusform>%n document approuvé écrit dans {folder}</numerusform>
        <numerusform>%n documents approuvés écrits dans {folder}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>approval recorded for other content (not this version)</source>
      <translation>approbation enregistrée pour un autre contenu (pas cette version)</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>now</source>
      <translation>maintenant</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>reading…</source>
      <translation>lecture…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>unreadable: {error}</source>
      <translation>illisible : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/work.py" />
      <source>version {commit} cannot be read: {error}</source>
      <translation>la version {commit} ne peut pas être lue : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>{name} at {commit} (read-only) — Policy Studio</source>
      <translation>{name} à {commit} (lecture seule) — Policy Studio</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/readonly.py" />
      <source>{path} at commit {commit} ({date}, {author}: {subject}).</source>
      <translation>{path} au commit {commit} ({date}, {author} : {subject}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/work.py" />
      <source>{path} at {commit} ({day}, {subject})</source>
      <translation>{path} à {commit} ({day}, {subject})</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>{path} has no commits in its git repository yet, so no earlier version was approved.</source>
      <translation>{path} n'a pas encore de commit dans son dépôt git ; aucune version antérieure n'a donc été approuvée.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>{path} has no commits yet: only the working copy is listed.</source>
      <translation>{path} n'a pas encore de commit : seule la copie de travail est listée.</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>{path} in the git repository {root}</source>
      <translation>{path} dans le dépôt git {root}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/dialog.py" />
      <source>{path}, working copy</source>
      <translation>{path}, copie de travail</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>{version}, approved by {name} ({role}) on {date}; commit {commit}</source>
      <translation>{version}, approuvée par {name} ({role}) le {date} ; commit {commit}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/since.py" />
      <source>{version}, approved by {name} on {date}; commit {commit}</source>
      <translation>{version}, approuvée par {name} le {date} ; commit {commit}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>✔ approved by {name} on {date} ({digest})</source>
      <translation>✔ approuvée par {name} le {date} ({digest})</translation>
    </message>
    <message>
      <location filename="../../app/ui/history/model.py" />
      <source>✔ approved by {name}, {role} on {date} ({digest})</source>
      <translation>✔ approuvée par {name}, {role}, le {date} ({digest})</translation>
    </message>
  </context>
  <context>
    <name>ids</name>
    <message>
      <location filename="../../app/domain/ids.py" />
      <source>has {levels} levels; an id has at most {limit}</source>
      <translation>a {levels} niveaux ; un identifiant en a au plus {limit}</translation>
    </message>
    <message>
      <location filename="../../app/domain/ids.py" />
      <source>is not a valid id (lowercase letters, digits, _ and dots)</source>
      <translation>n’est pas un identifiant valide (lettres minuscules, chiffres, _ et points)</translation>
    </message>
    <message>
      <location filename="../../app/domain/ids.py" />
      <source>is {length} characters long; an id has at most {limit}</source>
      <translation>fait {length} caractères ; un identifiant en a au plus {limit}</translation>
    </message>
  </context>
  <context>
    <name>impact</name>
    <message>
      <location filename="../../app/ui/impact_bar.py" />
      <source>Ca&amp;ncel</source>
      <translation>A&amp;nnuler</translation>
    </message>
    <message>
      <location filename="../../app/ui/impact_bar.py" />
      <source>Impact of the change</source>
      <translation>Impact de la modification</translation>
    </message>
    <message>
      <location filename="../../app/ui/impact_bar.py" />
      <source>Stop waiting for the impact (the redline stays)</source>
      <translation>Ne plus attendre l'impact (la comparaison reste affichée)</translation>
    </message>
    <message>
      <location filename="../../app/ui/impact_bar.py" />
      <source>Working out the impact</source>
      <translation>Calcul de l'impact</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>&amp;Import Fides manifests...</source>
      <translation>&amp;Importer des manifestes Fides...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Add categories, purposes, subjects, rules, recipients and contacts from Fides manifests (taxonomy, datasets, systems, policies, organizations)</source>
      <translation>Ajouter des catégories, finalités, personnes concernées, règles, destinataires et contacts depuis des manifestes Fides (taxonomie, jeux de données, systèmes, politiques, organisations)</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>Add what Fides manifests say to FILE: data categories, data uses (as purposes) and subjects with their meaning; datasets' categories; each system's privacy declarations as allow rules and recipients; policies' rules as deny rules; the organization's controller and DPO. Items that already exist are skipped; collisions and what has no one-to-one counterpart are listed (lines starting with !). The preview is printed; unless --dry-run the policy is written (to OUT or in place). Exit status: 0 done, 2 unreadable input or wrong usage.</source>
      <translation>Ajoute à FILE ce que disent les manifestes Fides : catégories de données, utilisations de données (comme finalités) et personnes concernées avec leur sens ; les catégories des jeux de données ; les déclarations de confidentialité de chaque système comme règles d’autorisation et destinataires ; les règles des politiques comme règles d’interdiction ; le responsable du traitement et le DPO de l’organisation. Les éléments existants sont ignorés ; les collisions et ce qui n’a pas d’équivalent exact sont listés (lignes commençant par !). L’aperçu est affiché ; sauf avec --dry-run la politique est écrite (dans OUT ou sur place). Code de sortie : 0 fait, 2 entrée illisible ou mauvais usage.</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Apply an edited retention schedule (CSV) to the policy</source>
      <translation>Appliquer à la politique un calendrier de conservation modifié (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Apply changes</source>
      <translation>Appliquer les modifications</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Cannot import</source>
      <translation>Import impossible</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Fides manifests (*.yml *.yaml);;All files (*)</source>
      <translation>Manifestes Fides (*.yml *.yaml);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Import &amp;retention schedule...</source>
      <translation>Importer le calendrier de &amp;conservation...</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Import {kind}</source>
      <translation>Importer : {kind}</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Nothing to import.</source>
      <translation>Rien à importer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>Spreadsheet text (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>Texte de tableur (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>a Fides manifest file, or a folder of them (data_category, data_use, data_subject, dataset, system, policy, organization)</source>
      <translation>un fichier manifeste Fides, ou un dossier de manifestes (data_category, data_use, data_subject, dataset, system, policy, organization)</translation>
    </message>
    <message>
      <location filename="../../app/commands/imports.py" />
      <source>dry run: nothing written</source>
      <translation>simulation : rien n’a été écrit</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>import Fides manifests: taxonomy, datasets, systems, policies, organizations</source>
      <translation>importer des manifestes Fides : taxonomie, jeux de données, systèmes, politiques, organisations</translation>
    </message>
    <message>
      <location filename="../../app/commands/imports.py" />
      <source>import into a YAML policy file (canonical JSON is generated)</source>
      <translation>importez dans un fichier de politique YAML (le JSON canonique est généré)</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>only print what would be added; write nothing</source>
      <translation>afficher seulement ce qui serait ajouté ; ne rien écrire</translation>
    </message>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>policy YAML file to add to</source>
      <translation>fichier de politique YAML à compléter</translation>
    </message>
    <message>
      <location filename="../../app/commands/imports.py" />
      <source>write the updated policy here instead of over FILE</source>
      <translation>écrire ici la politique mise à jour au lieu d’écraser FILE</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>{file}: {tally}. The import is one step: Undo takes it back.</source>
      <translation>{file} : {tally}. L'import est une seule étape : Annuler la défait.</translation>
    </message>
    <message>
      <location filename="../../app/ui/export/importing.py" />
      <source>{title} preview</source>
      <translation>Aperçu : {title}</translation>
    </message>
  </context>
  <context>
    <name>install-desktop</name>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>Install the desktop entry, the policy file types and the icons so the desktop lists Policy Studio and a file manager opens *.policy.yaml with it. Running it again replaces the same files. Exit status: 0 done, 2 a file could not be written.</source>
      <translation>Installe l’entrée de bureau, les types de fichiers de politique et les icônes pour que le bureau liste Policy Studio et qu’un gestionnaire de fichiers ouvre *.policy.yaml avec lui. Le relancer remplace les mêmes fichiers. Code de sortie : 0 fait, 2 un fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>add Policy Studio to the Linux desktop's applications</source>
      <translation>ajouter Policy Studio aux applications du bureau Linux</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>for every user, under {folder} (needs the right to write there)</source>
      <translation>pour tous les utilisateurs, sous {folder} (nécessite le droit d’y écrire)</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>for you only, under $XDG_DATA_HOME or ~/.local/share (default)</source>
      <translation>pour vous seul, sous $XDG_DATA_HOME ou ~/.local/share (par défaut)</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>how the desktop should start Policy Studio (default: the policy-studio on PATH, otherwise this Python with -m app)</source>
      <translation>comment le bureau doit lancer Policy Studio (par défaut : policy-studio du PATH, sinon ce Python avec -m app)</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>installed {file}</source>
      <translation>{file} installé</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>note: {tool} failed: {reason}</source>
      <translation>remarque : {tool} a échoué : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>note: {tool} not run (not installed or nothing to refresh)</source>
      <translation>remarque : {tool} non exécuté (non installé ou rien à actualiser)</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>ran {tool}</source>
      <translation>{tool} exécuté</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>remove the files an earlier install-desktop put there</source>
      <translation>retirer les fichiers qu’un install-desktop précédent y a placés</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>removed {file}</source>
      <translation>{file} retiré</translation>
    </message>
    <message>
      <location filename="../../app/commands/install_desktop.py" />
      <source>under this data folder instead (packagers: a staging share/ folder)</source>
      <translation>sous ce dossier de données à la place (empaqueteurs : un dossier share/ de préparation)</translation>
    </message>
  </context>
  <context>
    <name>intrusiveness</name>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>children</source>
      <translation>enfants</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <location filename="../../app/ui/views/words.py" />
      <source>critical</source>
      <translation>critique</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <location filename="../../app/ui/views/words.py" />
      <source>high</source>
      <translation>élevé</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <location filename="../../app/ui/views/words.py" />
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <location filename="../../app/ui/views/words.py" />
      <source>medium</source>
      <translation>moyen</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>profiling</source>
      <translation>profilage</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>shared with any recipient</source>
      <translation>partage avec tout destinataire</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>shared with {what}</source>
      <translation>partage avec : {what}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>sold or shared</source>
      <translation>vendues ou partagées</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>solely automated decisions</source>
      <translation>décisions exclusivement automatisées</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>vulnerable people</source>
      <translation>personnes vulnérables</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{score} ({band}): {factors}</source>
      <translation>{score} ({band}) : {factors}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{what} consent</source>
      <translation>consentement : {what}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{what} data</source>
      <translation>données : {what}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{what} obligation</source>
      <translation>obligation : {what}</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>{what} purpose</source>
      <translation>finalité : {what}</translation>
    </message>
  </context>
  <context>
    <name>item actions</name>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>'{id}' is still used in:
{places}

Delete it and remove it from those places too? (One step: Undo brings everything back.)</source>
      <translation>'{id}' est encore utilisé dans :
{places}

Le supprimer et le retirer aussi de ces endroits ? (Une étape : Annuler rétablit tout.)</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>... and {count} more</source>
      <translation>... et {count} de plus</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Add {id}</source>
      <translation>Ajouter {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Add {kind} '{name}'</source>
      <translation>Ajouter {kind} '{name}'</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Cannot add the {kind}</source>
      <translation>Ajout impossible ({kind})</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Cannot rename</source>
      <translation>Renommage impossible</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Delete and remove uses</source>
      <translation>Supprimer et retirer les utilisations</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Delete item</source>
      <translation>Supprimer l'élément</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Delete {item}</source>
      <translation>Supprimer {item}</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Duplicate {item}</source>
      <translation>Dupliquer {item}</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>New id for '{id}' (every use of it follows):</source>
      <translation>Nouvel identifiant pour '{id}' (toutes ses utilisations suivent) :</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Rename {kind}</source>
      <translation>Renommer : {kind}</translation>
    </message>
    <message>
      <location filename="../../app/ui/item_actions.py" />
      <source>Rename {old} to {new}</source>
      <translation>Renommer {old} en {new}</translation>
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
        <numerusform> (%n paire vérifiée)</numerusform>
        <numerusform> (%n paires vérifiées)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Actual size</source>
      <translation>T&amp;aille réelle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Allow</source>
      <translation>&amp;Autoriser</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Deny</source>
      <translation>&amp;Refuser</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Edit rule</source>
      <translation>&amp;Modifier la règle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>&amp;Fit columns</source>
      <translation>A&amp;juster les colonnes</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>&amp;Recipient:</source>
      <translation>&amp;Destinataire :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>&amp;Rules behind this cell:</source>
      <translation>&amp;Règles derrière cette cellule :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>&amp;Rules behind this cell: none</source>
      <translation>&amp;Règles derrière cette cellule : aucune</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>&amp;Subject:</source>
      <translation>&amp;Personne concernée :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, a group nobody declared</source>
      <translation>, un groupe que personne n’a déclaré</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, at most {band} intrusiveness</source>
      <translation>, intrusivité au plus {band}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, click to collapse</source>
      <translation>, cliquez pour replier</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, click to expand</source>
      <translation>, cliquez pour déplier</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, {band} intrusiveness</source>
      <translation>, intrusivité {band}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>, {words} ({spread})</source>
      <translation>, {words} ({spread})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>; consent: {mechanism}</source>
      <translation>; consentement : {mechanism}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>&lt;b&gt;{word}&lt;/b&gt;: {meaning}</source>
      <translation>&lt;b&gt;{word}&lt;/b&gt; : {meaning}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>A collapsed group whose pairs are each allowed for some subjects or recipients: expand it to see whom</source>
      <translation>Un groupe replié dont chaque paire est autorisée pour certaines personnes concernées ou certains destinataires : dépliez-le pour voir lesquels</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>A collapsed group whose pairs get different answers (shown in italics; expand it to see each pair)</source>
      <translation>Un groupe replié dont les paires reçoivent des réponses différentes (en italique ; dépliez-le pour voir chaque paire)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>A deny rule refuses this use</source>
      <translation>Une règle de refus interdit cette utilisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Activate a rule (double-click or Enter) to edit it</source>
      <translation>Activez une règle (double-clic ou Entrée) pour la modifier</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Add a data category and a purpose to see what is used for what.</source>
      <translation>Ajoutez une catégorie de données et une finalité pour voir ce qui est utilisé pour quoi.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Add a data category to see what is used for what.</source>
      <translation>Ajoutez une catégorie de données pour voir ce qui est utilisé pour quoi.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Add a deny rule for this category and purpose</source>
      <translation>Ajouter une règle de refus pour cette catégorie et cette finalité</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Add a purpose to see what is used for what.</source>
      <translation>Ajoutez une finalité pour voir ce qui est utilisé pour quoi.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Add an allow rule for this category and purpose</source>
      <translation>Ajouter une règle d’autorisation pour cette catégorie et cette finalité</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Allowed</source>
      <translation>Autorisé</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed by a rule, refused because the consent state filter says consent is missing</source>
      <translation>Autorisé par une règle, refusé car le filtre d’état du consentement indique que le consentement manque</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed by a rule, refused because the person opted out</source>
      <translation>Autorisé par une règle, refusé car la personne s’y est opposée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed for every subject and recipient asked</source>
      <translation>Autorisé pour chaque personne concernée et chaque destinataire interrogés</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>Allowed for every subject, and may be shared with the number of outside recipients shown (select the cell to see which)</source>
      <translation>Autorisé pour chaque personne concernée, et peut être partagé avec le nombre de destinataires externes indiqué (sélectionnez la cellule pour voir lesquels)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>Allowed for every subject, but only kept in-house (not shared, or only with internal recipients)</source>
      <translation>Autorisé pour chaque personne concernée, mais uniquement en interne (non partagé, ou seulement avec des destinataires internes)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed for everyone asked unless they object (opt-out)</source>
      <translation>Autorisé pour toutes les personnes interrogées sauf opposition (opt-out)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed for everyone asked, once they consent (opt-in)</source>
      <translation>Autorisé pour toutes les personnes interrogées dès leur consentement (opt-in)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>Allowed for only some of the data subjects (select the cell to see whom)</source>
      <translation>Autorisé pour certaines personnes concernées seulement (sélectionnez la cellule pour voir lesquelles)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Allowed for some</source>
      <translation>Autorisé pour certains</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Allowed unless opted out</source>
      <translation>Autorisé sauf opposition</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Allowed uses of {band} intrusiveness (a cell takes the colour of its most intrusive one)</source>
      <translation>Utilisations autorisées d’intrusivité {band} (une cellule prend la couleur de la plus intrusive)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Allowed with consent</source>
      <translation>Autorisé avec consentement</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Any</source>
      <translation>Indifférent</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask about using the data without sharing it: rules that name recipients do not apply.</source>
      <translation>Interroger sur l’utilisation des données sans partage : les règles qui nomment des destinataires ne s’appliquent pas.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask every cell about each declared data subject: a cell is allowed when it is allowed for all of them, allowed for some (select it to see whom), or not allowed.</source>
      <translation>Interroger chaque cellule pour chaque personne concernée déclarée : une cellule est autorisée si elle l’est pour toutes, autorisée pour certaines (sélectionnez-la pour voir lesquelles) ou non autorisée.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask every cell about not sharing the data and about sharing it with each declared recipient: allowed when every one of those is allowed, allowed for some (select the cell to see which), or not allowed.</source>
      <translation>Interroger chaque cellule sur le non-partage des données et sur leur partage avec chaque destinataire déclaré : autorisée si chacun est autorisé, autorisée pour certains (sélectionnez la cellule pour voir lesquels) ou non autorisée.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask without a data subject: rules limited to some subjects do not apply, only rules open to any subject do.</source>
      <translation>Interroger sans personne concernée : les règles limitées à certaines personnes ne s’appliquent pas, seules celles ouvertes à toute personne s’appliquent.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Ask without a region: rules limited to some regions do not apply, only rules open to every region do.</source>
      <translation>Interroger sans région : les règles limitées à certaines régions ne s’appliquent pas, seules celles ouvertes à toute région s’appliquent.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>C&amp;onsent:</source>
      <translation>C&amp;onsentement :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Categories run down, purposes across; each cell says whether the category may be used for the purpose: for everyone, for some subjects or recipients, or not at all. Add items in the navigator (Ctrl+Shift+N).</source>
      <translation>Les catégories sont en lignes, les finalités en colonnes ; chaque cellule indique si la catégorie peut être utilisée pour la finalité : pour tous, pour certaines personnes concernées ou certains destinataires, ou pas du tout. Ajoutez des éléments dans le navigateur (Ctrl+Maj+N).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Categories ↓</source>
      <translation>Catégories ↓</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Cell actions</source>
      <translation>Actions de la cellule</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Cell details</source>
      <translation>Détails de la cellule</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Collapse all</source>
      <translation>Tout replier</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Collapse category group</source>
      <translation>Replier le groupe de catégories</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Collapse purpose group</source>
      <translation>Replier le groupe de finalités</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Colour: intrusiveness</source>
      <translation>Couleur : intrusivité</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Colours: the intrusiveness of the most intrusive use a cell allows</source>
      <translation>Couleurs : l’intrusivité de l’utilisation la plus intrusive qu’une cellule autorise</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Columns at their usual width</source>
      <translation>Colonnes à leur largeur habituelle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Consent filter</source>
      <translation>Filtre de consentement</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/table.py" />
      <source>Data categories (rows) by purposes (columns): each cell says whether the use is allowed and by which rules. Ctrl+E edits its rule, Ctrl+Enter adds an allow rule, Ctrl+Shift+Enter a deny rule.</source>
      <translation>Catégories de données (lignes) par finalités (colonnes) : chaque cellule indique si l’utilisation est autorisée et par quelles règles. Ctrl+E modifie sa règle, Ctrl+Entrée ajoute une règle d’autorisation, Ctrl+Maj+Entrée une règle de refus.</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Denied by rule</source>
      <translation>Refusé par une règle</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Denied: consent missing</source>
      <translation>Refusé : consentement manquant</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Denied: opted out</source>
      <translation>Refusé : opposition</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Each cell says whether a category may be used for a purpose under the filters above.</source>
      <translation>Chaque cellule indique si une catégorie peut être utilisée pour une finalité selon les filtres ci-dessus.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Every recipient</source>
      <translation>Chaque destinataire</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Every subject</source>
      <translation>Chaque personne concernée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Expand all</source>
      <translation>Tout déplier</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Expand category group</source>
      <translation>Déplier le groupe de catégories</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Expand purpose group</source>
      <translation>Déplier le groupe de finalités</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Fit</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Fit every purpose column into the visible width</source>
      <translation>Ajuster toutes les colonnes de finalités à la largeur visible</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Fold every top-level category and purpose group</source>
      <translation>Replier tous les groupes de catégories et de finalités de premier niveau</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Fold the category group of this row into one row</source>
      <translation>Replier le groupe de catégories de cette ligne en une seule ligne</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Fold the purpose group of this column into one column</source>
      <translation>Replier le groupe de finalités de cette colonne en une seule colonne</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Legend…</source>
      <translation>Légende…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Matrix legend</source>
      <translation>Légende de la matrice</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Matrix zoom and folding</source>
      <translation>Zoom et repli de la matrice</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Mixed</source>
      <translation>Mixte</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Narrower columns, more of them on screen</source>
      <translation>Colonnes plus étroites, davantage à l’écran</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>No rule</source>
      <translation>Aucune règle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>No rule allows this use: denied by default</source>
      <translation>Aucune règle n’autorise cette utilisation : refusée par défaut</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Not allowed (reasons differ)</source>
      <translation>Non autorisé (raisons différentes)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Not known</source>
      <translation>Inconnue</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Not shared (no recipient)</source>
      <translation>Non partagé (aucun destinataire)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>Nothing declared</source>
      <translation>Rien de déclaré</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Purposes →</source>
      <translation>Finalités →</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Re&amp;gion:</source>
      <translation>Ré&amp;gion :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Recipient filter</source>
      <translation>Filtre de destinataire</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>Refused for everyone asked, for different reasons (select the cell to see them)</source>
      <translation>Refusé pour toutes les personnes interrogées, pour des raisons différentes (sélectionnez la cellule pour les voir)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Region filter</source>
      <translation>Filtre de région</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Rules behind the cell</source>
      <translation>Règles derrière la cellule</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Select a cell</source>
      <translation>Sélectionnez une cellule</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Show every category and purpose</source>
      <translation>Afficher toutes les catégories et finalités</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Show the categories of this collapsed row</source>
      <translation>Afficher les catégories de cette ligne repliée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Show the purposes of this collapsed column</source>
      <translation>Afficher les finalités de cette colonne repliée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Show the rule behind this cell in the editor</source>
      <translation>Afficher la règle derrière cette cellule dans l’éditeur</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Subject filter</source>
      <translation>Filtre de personne concernée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>Subject not known</source>
      <translation>Personne concernée inconnue</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>The consent state every cell is asked with. Any asks as if consent were granted and marks the cells that depend on it.</source>
      <translation>L’état du consentement avec lequel chaque cellule est interrogée. « Indifférent » interroge comme si le consentement était donné et marque les cellules qui en dépendent.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>The data subject every cell is asked about, or every subject at once.</source>
      <translation>La personne concernée sur laquelle chaque cellule est interrogée, ou toutes à la fois.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>The recipient every cell is asked about sharing with, every recipient at once, or not sharing at all.</source>
      <translation>Le destinataire avec lequel chaque cellule est interrogée sur le partage, tous les destinataires à la fois, ou aucun partage.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/filters.py" />
      <source>The region every cell is asked for (regions come from the rules).</source>
      <translation>La région pour laquelle chaque cellule est interrogée (les régions proviennent des règles).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/table.py" />
      <source>Use matrix</source>
      <translation>Matrice d’utilisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Use matrix: nothing to show yet</source>
      <translation>Matrice d’utilisation : rien à afficher pour l’instant</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>What the cells say</source>
      <translation>Ce que disent les cellules</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>What the colours and the cell words mean:</source>
      <translation>Signification des couleurs et des mots des cellules :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Whom the cell is allowed for</source>
      <translation>Pour qui la cellule est autorisée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Wider columns</source>
      <translation>Colonnes plus larges</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>Zoom &amp;out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>allowed</source>
      <translation>autorisé</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>denied by rule</source>
      <translation>refusé par une règle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>group differs</source>
      <translation>groupe hétérogène</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>in-house</source>
      <translation>en interne</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>k of n subjects</source>
      <translation>k sur n personnes</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>kept in-house</source>
      <translation>reste en interne</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>mixed</source>
      <translation>mixte</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>no consent</source>
      <translation>sans consentement</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>no rule</source>
      <translation>aucune règle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>not allowed</source>
      <translation>non autorisé</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>only some subjects</source>
      <translation>certaines personnes seulement</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>opted out</source>
      <translation>opposition</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>shared</source>
      <translation>partagé</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>shared outside</source>
      <translation>partagé à l’extérieur</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>shared with n</source>
      <translation>partagé (n)</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix_reach.py" />
      <source>shared with {count}</source>
      <translation>partagé ({count})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>some in group</source>
      <translation>certains du groupe</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>unless opted out</source>
      <translation>sauf opposition</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>with consent</source>
      <translation>avec consentement</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>{band} intrusiveness colour</source>
      <translation>Couleur d’intrusivité {band}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>{category} for {purpose}: {state}</source>
      <translation>{category} pour {purpose} : {state}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/matrix_reach.py" />
      <source>{count} of %n subjects</source>
      <translation>
        <numerusform>{count}/%n personne</numerusform>
        <numerusform>{count}/%n personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/legend.py" />
      <source>{label}: {meaning}</source>
      <translation>{label} : {meaning}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>{name} (category {id})</source>
      <translation>{name} (catégorie {id})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/model.py" />
      <source>{name} (purpose {id})</source>
      <translation>{name} (finalité {id})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/view.py" />
      <source>{state}: {words}</source>
      <translation>{state} : {words}</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>◐ some</source>
      <translation>◐ certains</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✓ allow</source>
      <translation>✓ autorisé</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✓ consent</source>
      <translation>✓ consent.</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✓ opt-out</source>
      <translation>✓ opt-out</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✗ consent</source>
      <translation>✗ consent.</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✗ deny</source>
      <translation>✗ refusé</translation>
    </message>
    <message>
      <location filename="../../app/domain/matrix.py" />
      <source>✗ opted out</source>
      <translation>✗ opposition</translation>
    </message>
  </context>
  <context>
    <name>matrix corner</name>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Collapse all</source>
      <translation>Replier</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/corner.py" />
      <source>Expand all</source>
      <translation>Déplier</translation>
    </message>
  </context>
  <context>
    <name>merge</name>
    <message numerus="yes">
      <location filename="../../app/commands/merge.py" />
      <source>%n conflicts (ours' value kept in each):</source>
      <translation>
        <numerusform>%n conflit (notre valeur conservée dans chacun) :</numerusform>
        <numerusform>%n conflits (notre valeur conservée dans chacun) :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>&amp;Apply</source>
      <translation>&amp;Appliquer</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>(deleted)</source>
      <translation>(supprimé)</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>(resolved)</source>
      <translation>(résolu)</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>(the item, all defaults)</source>
      <translation>(l'élément, toutes valeurs par défaut)</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>-o {file} is BASE or THEIRS; it was left as is: write to OURS or another file</source>
      <translation>-o {file} est BASE ou THEIRS ; il a été laissé tel quel : écrivez dans OURS ou dans un autre fichier</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>1 conflict (ours' value kept in each):</source>
      <translation>1 conflit (notre valeur conservée dans chacun) :</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Another value to use, in YAML (e.g. P3Y or [a, b]); empty: none</source>
      <translation>Une autre valeur à utiliser, en YAML (p. ex. P3Y ou [a, b]) ; vide : aucune</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Another value, e.g. P3Y or [a, b]</source>
      <translation>Autre valeur, p. ex. P3Y ou [a, b]</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Base</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Every merge conflict is resolved; {name} is saved and its conflict record removed.</source>
      <translation>Tous les conflits de fusion sont résolus ; {name} est enregistré et son relevé de conflits supprimé.</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Merge conflicts</source>
      <translation>Conflits de fusion</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Not resolved yet</source>
      <translation>Pas encore résolu</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Not resolved: {error}</source>
      <translation>Non résolu : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Ours</source>
      <translation>La nôtre</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Pick ours, theirs or another value; each choice is one undo step.</source>
      <translation>Choisissez la nôtre, la leur ou une autre valeur ; chaque choix est une étape d'annulation.</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolution error</source>
      <translation>Erreur de résolution</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolve {where} with a new value</source>
      <translation>Résoudre {where} avec une nouvelle valeur</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolve {where} with ours</source>
      <translation>Résoudre {where} avec la nôtre</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolve {where} with theirs</source>
      <translation>Résoudre {where} avec la leur</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Save to finish: the conflict record is then removed.</source>
      <translation>Enregistrez pour terminer : le relevé de conflits est alors supprimé.</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Theirs</source>
      <translation>La leur</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>Three-way merge of policy files by item id and field: order changes and renames are understood, comments and layout are kept from OURS. OUT may be OURS (as for a git merge driver). On conflicts OUT keeps ours' value in each, and OUT.conflicts.json lists them for the window to resolve. Exit status: 0 merged, 1 conflicts, 2 unreadable input or wrong usage.</source>
      <translation>Fusion à trois voies de fichiers de politique par identifiant d’élément et par champ : les changements d’ordre et les renommages sont compris, commentaires et mise en page sont repris de OURS. OUT peut être OURS (comme pour un pilote de fusion git). En cas de conflit, OUT garde notre valeur dans chacun, et OUT.conflicts.json les liste pour que la fenêtre les résolve. Code de sortie : 0 fusionné, 1 conflits, 2 entrée illisible ou mauvais usage.</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Use &amp;Ours</source>
      <translation>Utiliser la &amp;nôtre</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Use &amp;Theirs</source>
      <translation>Utiliser la &amp;leur</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>Value to use</source>
      <translation>Valeur à utiliser</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>merge two versions of a policy made from a common one</source>
      <translation>fusionner deux versions d’une politique issues d’une version commune</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>merged into {file}: no conflicts</source>
      <translation>fusionné dans {file} : aucun conflit</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>open {file} in Policy Studio to resolve them (listed in {file}.conflicts.json)</source>
      <translation>ouvrez {file} dans Policy Studio pour les résoudre (listés dans {file}.conflicts.json)</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>our version (its layout is kept)</source>
      <translation>notre version (sa mise en page est conservée)</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>the common ancestor</source>
      <translation>l’ancêtre commun</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>the file's real path when OUT is a temporary file (git's %%P): the conflict record goes next to PATH</source>
      <translation>le vrai chemin du fichier quand OUT est un fichier temporaire (le %%P de git) : la liste des conflits est écrite à côté de PATH</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>their version</source>
      <translation>leur version</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>write the merged policy to OUT (default: standard output)</source>
      <translation>écrire la politique fusionnée dans OUT (par défaut : sortie standard)</translation>
    </message>
    <message>
      <location filename="../../app/commands/merge.py" />
      <source>{folder} is a folder; the conflict record goes there: nothing was written</source>
      <translation>{folder} est un dossier ; la liste des conflits doit y être écrite : rien n’a été écrit</translation>
    </message>
    <message>
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>{name} value</source>
      <translation>Valeur : {name}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>{name}: {done} of %n merge conflicts resolved (until then each holds ours' value).</source>
      <translation>
        <numerusform>{name} : {done} conflit de fusion sur %n résolu (d'ici là, chacun garde notre valeur).</numerusform>
        <numerusform>{name} : {done} conflits de fusion sur %n résolus (d'ici là, chacun garde notre valeur).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>merge words</name>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>Security measure</source>
      <translation>Mesure de sécurité</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>field {field}</source>
      <translation>champ {field}</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>{where} · {field}: base {base}, ours {ours}, theirs {theirs}</source>
      <translation>{where} · {field} : base {base}, la nôtre {ours}, la leur {theirs}</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>{where}: deleted in ours but changed in theirs</source>
      <translation>{where} : supprimé dans la nôtre mais modifié dans la leur</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>{where}: deleted in theirs but changed in ours</source>
      <translation>{where} : supprimé dans la leur mais modifié dans la nôtre</translation>
    </message>
    <message>
      <location filename="../../app/domain/merge_conflict.py" />
      <source>{where}: renamed differently: base '{base}', ours '{ours}', theirs '{theirs}'</source>
      <translation>{where} : renommé différemment : base '{base}', la nôtre '{ours}', la leur '{theirs}'</translation>
    </message>
  </context>
  <context>
    <name>migrate</name>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>-o takes one FILE; without -o each file is migrated in place</source>
      <translation>-o prend un seul FILE ; sans -o chaque fichier est migré sur place</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>Rewrite each format 1 FILE as format {version} with the same decisions: a rule without recipients gets '*' (any recipient), as format 1 meant. Comments and layout are kept; the notes say where format {version} reads a rule differently (regions that contain others). With --check nothing is written; exit 1 if a file would change.</source>
      <translation>Réécrit chaque FILE au format 1 au format {version} avec les mêmes décisions : une règle sans destinataire reçoit '*' (tout destinataire), comme le voulait le format 1. Commentaires et mise en page sont conservés ; les remarques indiquent où le format {version} lit une règle autrement (régions qui en contiennent d’autres). Avec --check rien n’est écrit ; code de sortie 1 si un fichier changerait.</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>migrated {file} to format {version}</source>
      <translation>{file} migré au format {version}</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>migrated {file} to format {version} (written to {target})</source>
      <translation>{file} migré au format {version} (écrit dans {target})</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>policy files (YAML or JSON)</source>
      <translation>fichiers de politique (YAML ou JSON)</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>the file is {size} MiB; migrate keeps comments and layout for files up to {limit} MiB</source>
      <translation>le fichier fait {size} Mio ; migrate conserve commentaires et mise en page pour les fichiers jusqu’à {limit} Mio</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>the migrated file would not read back the same</source>
      <translation>le fichier migré ne se relirait pas à l’identique</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>turn format 1 policy files into format {version}</source>
      <translation>convertir des fichiers de politique du format 1 au format {version}</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>would migrate {file} to format {version}</source>
      <translation>migrerait {file} au format {version}</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>write the migrated policy to OUT ('-': standard output) instead of in place (one FILE only)</source>
      <translation>écrire la politique migrée dans OUT ('-' : sortie standard) au lieu de sur place (un seul FILE)</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>{file}: already format {version}, unchanged</source>
      <translation>{file} : déjà au format {version}, inchangé</translation>
    </message>
    <message>
      <location filename="../../app/commands/migrate.py" />
      <source>{reason}; file left as is</source>
      <translation>{reason} ; fichier laissé tel quel</translation>
    </message>
  </context>
  <context>
    <name>migration</name>
    <message>
      <location filename="../../app/domain/migration.py" />
      <source>Format version {version}</source>
      <translation>Version de format {version}</translation>
    </message>
    <message>
      <location filename="../../app/domain/migration.py" />
      <source>Migrate to format {version}</source>
      <translation>Migrer au format {version}</translation>
    </message>
    <message>
      <location filename="../../app/domain/migration.py" />
      <source>Rule '{rule}' is limited to {regions}: format 2 reads a region as everything inside it (a country covers its subdivisions, a group its members), where format 1 matched the code alone.</source>
      <translation>La règle '{rule}' est limitée à {regions} : le format 2 lit une région comme tout ce qu’elle contient (un pays couvre ses subdivisions, un groupe ses membres), là où le format 1 ne retenait que le code lui-même.</translation>
    </message>
  </context>
  <context>
    <name>navigator</name>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>&amp;Add item...</source>
      <translation>&amp;Ajouter un élément...</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Add &amp;child of {id}...</source>
      <translation>Ajouter un &amp;enfant de {id}...</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>All data</source>
      <translation>Toutes les données</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>Allow: {words}</source>
      <translation>Autoriser : {words}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Cannot move</source>
      <translation>Déplacement impossible</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>Deny: {words}</source>
      <translation>Interdire : {words}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Du&amp;plicate</source>
      <translation>Du&amp;pliquer</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Filter by name or id</source>
      <translation>Filtrer par nom ou identifiant</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Filter the policy tree</source>
      <translation>Filtrer l'arborescence de la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/model.py" />
      <source>Move {ids}</source>
      <translation>Déplacer {ids}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/model.py" />
      <source>Move {old} to {new}</source>
      <translation>Déplacer {old} vers {new}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>Policy metadata</source>
      <translation>Métadonnées de la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Policy tree</source>
      <translation>Arborescence de la politique</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>Policy: {title}</source>
      <translation>Politique : {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Re&amp;name...</source>
      <translation>Re&amp;nommer...</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>The policy's sections and items: the selected item opens in the editor. Tab moves into its form; F2 renames, Delete deletes, the context menu has more.</source>
      <translation>Les sections et éléments de la politique : l'élément sélectionné s'ouvre dans l'éditeur. Tab passe dans son formulaire ; F2 renomme, Suppr supprime, le menu contextuel propose davantage.</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/panel.py" />
      <source>Type part of a name or id; Down or Enter moves into the tree, onto the first match.</source>
      <translation>Saisissez une partie d'un nom ou d'un identifiant ; Bas ou Entrée passe dans l'arborescence, sur le premier résultat.</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>any data</source>
      <translation>toute donnée</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>any purpose</source>
      <translation>toute finalité</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>{categories} for {purposes}</source>
      <translation>{categories} pour {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/model.py" />
      <source>{id} (not declared; groups the items below it)</source>
      <translation>{id} (non déclaré ; regroupe les éléments en dessous)</translation>
    </message>
    <message>
      <location filename="../../app/ui/navigator/labels.py" />
      <source>{names} +{count} more</source>
      <translation>{names} +{count} autres</translation>
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
      <translation>Copie un modèle fourni (commentaires compris) dans un nouveau fichier.</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>create a policy file from a template</source>
      <translation>créer un fichier de politique à partir d’un modèle</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>created {file} from template '{name}'</source>
      <translation>{file} créé à partir du modèle '{name}'</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>file exists; use --force to overwrite it</source>
      <translation>le fichier existe ; utilisez --force pour l’écraser</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>give the file to create with -o FILE</source>
      <translation>indiquez le fichier à créer avec -o FILE</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>list the templates and exit</source>
      <translation>lister les modèles et quitter</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>no template '{name}' (available: {names})</source>
      <translation>aucun modèle '{name}' (disponibles : {names})</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>overwrite FILE if it exists</source>
      <translation>écraser FILE s’il existe</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>template name (default: blank)</source>
      <translation>nom du modèle (par défaut : blank)</translation>
    </message>
    <message>
      <location filename="../../app/commands/new.py" />
      <source>the file to create ('-': standard output)</source>
      <translation>le fichier à créer ('-' : sortie standard)</translation>
    </message>
  </context>
  <context>
    <name>notice</name>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_words.py" />
      <source>%n more</source>
      <translation>
        <numerusform>%n autre</numerusform>
        <numerusform>%n autres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>A Global Privacy Control signal is not honoured as an opt-out: we do not ask for consent for this.</source>
      <translation>Un signal Global Privacy Control n’est pas traité comme une opposition : nous ne demandons pas de consentement pour cela.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>A computer alone makes some decisions about you, for {purposes}.</source>
      <translation>Certaines décisions vous concernant sont prises par un ordinateur seul, pour {purposes}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>At a glance</source>
      <translation>En bref</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Automated decisions and profiling</source>
      <translation>Décisions automatisées et profilage</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>Content digest of the policy this notice was made from: {digest}</source>
      <translation>Empreinte du contenu de la politique à partir de laquelle cette information a été établie : {digest}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/notice.html.j2" />
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Controller</source>
      <translation>Responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Data protection officer</source>
      <translation>Délégué à la protection des données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Data we use for it: {categories}</source>
      <translation>Données que nous utilisons à cette fin : {categories}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Each part below is short. Follow its link to read the details.</source>
      <translation>Chaque partie ci-dessous est courte. Suivez son lien pour lire les détails.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>For {purposes}, we may also share data with other organisations, not only those named here.</source>
      <translation>Pour {purposes}, nous pouvons aussi partager des données avec d’autres organisations, pas seulement celles nommées ici.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>From {organisation}</source>
      <translation>De {organisation}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>How long depends on the data and why we hold it.</source>
      <translation>La durée dépend des données et de la raison pour laquelle nous les conservons.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>How long we keep your data</source>
      <translation>Combien de temps nous conservons vos données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>If your browser sends a Global Privacy Control signal, we treat it as your request to opt out.</source>
      <translation>Si votre navigateur envoie un signal Global Privacy Control, nous le traitons comme votre demande d’opposition.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>In California, you can complain to the California Privacy Protection Agency.</source>
      <translation>En Californie, vous pouvez porter plainte auprès de la California Privacy Protection Agency.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>In effect from</source>
      <translation>Date d’entrée en vigueur</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>It comes from {sources}.</source>
      <translation>Elles proviennent {sources}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>It is a public authority.</source>
      <translation>Il s’agit d’une autorité publique.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>It is part of our own organisation.</source>
      <translation>Il fait partie de notre propre organisation.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>It is {retention}</source>
      <translation>Conservation : {retention}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>It says what we collect, why we use it, who we share it with and what your rights are.</source>
      <translation>Elle indique ce que nous collectons, pourquoi nous l’utilisons, avec qui nous le partageons et quels sont vos droits.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>It uses the data for its own purposes.</source>
      <translation>Il utilise les données pour ses propres finalités.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>It works for us, under our instructions.</source>
      <translation>Il travaille pour nous, selon nos instructions.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Joint controller</source>
      <translation>Responsable conjoint du traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Legal basis: not stated.</source>
      <translation>Base légale : non indiquée.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Legal basis: {basis}.</source>
      <translation>Base légale : {basis}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>None of our purposes needs your consent or lets you opt out.</source>
      <translation>Aucune de nos finalités ne requiert votre consentement ni ne vous permet de vous y opposer.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>None of our purposes uses automated decisions or profiling.</source>
      <translation>Aucune de nos finalités ne recourt à des décisions automatisées ou au profilage.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>None.</source>
      <translation>Aucun.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Our own teams that use it: {teams}</source>
      <translation>Nos propres équipes qui les utilisent : {teams}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>Our purposes list no rights yet.</source>
      <translation>Nos finalités n’indiquent encore aucun droit.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Our representative</source>
      <translation>Notre représentant</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Privacy notice: {title}</source>
      <translation>Information sur la protection des données : {title}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>Read section {number} in full</source>
      <translation>Lire la section {number} en entier</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>Reading ease not scored: the Flesch score measures English text only</source>
      <translation>Lisibilité non évaluée : le score de Flesch ne mesure que les textes en anglais</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>Reading ease: first layer {first}, full notice {full}</source>
      <translation>Lisibilité : premier niveau {first}, information complète {full}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Receives data for: {purposes}</source>
      <translation>Reçoit des données pour : {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Receives no personal data from us at present.</source>
      <translation>Ne reçoit actuellement aucune donnée personnelle de notre part.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Section 4 says how each transfer is protected.</source>
      <translation>La section 4 indique comment chaque transfert est protégé.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>Section 6 says how this works and what you can do.</source>
      <translation>La section 6 explique comment cela fonctionne et ce que vous pouvez faire.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/notice.html.j2" />
      <source>Skip to the notice</source>
      <translation>Aller à l’information</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Some of it is sensitive, such as {examples}.</source>
      <translation>Certaines sont sensibles, par exemple {examples}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Some of them are in other countries.</source>
      <translation>Certaines se trouvent dans d’autres pays.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Some of them need your consent first.</source>
      <translation>Certaines nécessitent d’abord votre consentement.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>The data is published, so anyone can see it.</source>
      <translation>Les données sont publiées, tout le monde peut donc les voir.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>The full notice</source>
      <translation>L’information complète</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>This applies to: {purposes}</source>
      <translation>Cela s’applique à : {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_changes.py" />
      <source>This change alters none of the privacy notice's sections.</source>
      <translation>Cette modification ne touche aucune section de l’information sur la protection des données.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_changes.py" />
      <source>This change alters the privacy notice's section {section}.</source>
      <translation>Cette modification touche la section {section} de l’information sur la protection des données.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_changes.py" />
      <source>This change alters the privacy notice's sections {sections}.</source>
      <translation>Cette modification touche les sections {sections} de l’information sur la protection des données.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>This is criminal offence data (GDPR Art. 10).</source>
      <translation>Il s’agit de données relatives aux infractions (art. 10 RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>This is sensitive data.</source>
      <translation>Il s’agit de données sensibles.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>This is special category data (GDPR Art. 9).</source>
      <translation>Il s’agit de catégories particulières de données (art. 9 RGPD).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>This notice explains how {organisation} uses personal data about you.</source>
      <translation>Cette information explique comment {organisation} utilise les données personnelles vous concernant.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>To use your rights, contact us.</source>
      <translation>Pour exercer vos droits, contactez-nous.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>To use your rights, write to {address}.</source>
      <translation>Pour exercer vos droits, écrivez à {address}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Transfer to {places}, protected by: {safeguard}</source>
      <translation>Transfert vers {places}, protégé par : {safeguard}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Transfer to {places}: no safeguard is recorded.</source>
      <translation>Transfert vers {places} : aucune garantie n’est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Under California law (CCPA/CPRA), the data falls in these categories of personal information: {categories}.</source>
      <translation>Selon le droit californien (CCPA/CPRA), les données relèvent de ces catégories d’informations personnelles : {categories}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Uses data for all the purposes in section 3</source>
      <translation>Utilise des données pour toutes les finalités de la section 3</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Uses data for all the purposes in section 3 except {purposes}</source>
      <translation>Utilise des données pour toutes les finalités de la section 3 sauf {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Uses data for: {purposes}</source>
      <translation>Utilise des données pour : {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Uses no personal data at present.</source>
      <translation>N’utilise actuellement aucune donnée personnelle.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We</source>
      <translation>Le responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We build a profile of you for {purposes}.</source>
      <translation>Nous établissons un profil vous concernant pour {purposes}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We collect %n kind of data, such as {examples}.</source>
      <translation>
        <numerusform>Nous collectons %n type de données, par exemple {examples}.</numerusform>
        <numerusform>Nous collectons %n types de données, par exemple {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We collect %n kinds of data, such as {examples}.</source>
      <translation>
        <numerusform>Nous collectons %n type de données, par exemple {examples}.</numerusform>
        <numerusform>Nous collectons %n types de données, par exemple {examples}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do not act on Global Privacy Control signals, so tell us directly.</source>
      <translation>Nous ne donnons pas suite aux signaux Global Privacy Control : dites-le-nous directement.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do not act on a Global Privacy Control signal: tell us directly to opt out.</source>
      <translation>Nous ne donnons pas suite à un signal Global Privacy Control : dites-nous directement que vous vous y opposez.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not collect or use personal data at present.</source>
      <translation>Nous ne collectons ni n’utilisons actuellement de données personnelles.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not collect personal data.</source>
      <translation>Nous ne collectons pas de données personnelles.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do not make decisions about you by computer alone.</source>
      <translation>Nous ne prenons aucune décision vous concernant par ordinateur seul.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do not sell or share your personal information (CCPA/CPRA).</source>
      <translation>Nous ne vendons ni ne partageons vos informations personnelles (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not share your data with anyone.</source>
      <translation>Nous ne partageons vos données avec personne.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not use it at present.</source>
      <translation>Nous ne les utilisons pas actuellement.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not use personal data for any purpose at present.</source>
      <translation>Nous n’utilisons actuellement de données personnelles pour aucune finalité.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We do not use personal data for any purpose.</source>
      <translation>Nous n’utilisons de données personnelles pour aucune finalité.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do this only with your consent. A Global Privacy Control signal does not withdraw a consent you have given: withdraw it directly.</source>
      <translation>Nous ne le faisons qu’avec votre consentement. Un signal Global Privacy Control ne retire pas un consentement donné : retirez-le directement.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do this only with your consent. You can withdraw it at any time; this does not affect what we did before.</source>
      <translation>Nous ne le faisons qu’avec votre consentement. Vous pouvez le retirer à tout moment ; cela n’affecte pas ce que nous avons fait auparavant.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We do this unless you object. You can opt out at any time.</source>
      <translation>Nous le faisons sauf si vous vous y opposez. Vous pouvez vous y opposer à tout moment.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We have not yet set how long we keep your data.</source>
      <translation>Nous n’avons pas encore fixé combien de temps nous conservons vos données.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We hold data about these groups of people: {groups}.</source>
      <translation>Nous détenons des données sur ces groupes de personnes : {groups}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We keep it longer while a legal hold applies.</source>
      <translation>Nous les conservons plus longtemps tant qu’une conservation légale (legal hold) s’applique.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We keep it longer while a legal hold applies: {reason}.</source>
      <translation>Nous les conservons plus longtemps tant qu’une conservation légale (legal hold) s’applique : {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We keep your data only as long as we need it.</source>
      <translation>Nous ne conservons vos données que le temps nécessaire.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We may share some of your data with other organisations.</source>
      <translation>Nous pouvons partager certaines de vos données avec d’autres organisations.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We protect these transfers, as section 4 explains.</source>
      <translation>Nous protégeons ces transferts, comme l’explique la section 4.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We sell or share personal information for {purposes}. You can tell us to stop.</source>
      <translation>Nous vendons ou partageons des informations personnelles pour {purposes}. Vous pouvez nous demander d’arrêter.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We sell personal information for {purposes}. You can tell us to stop.</source>
      <translation>Nous vendons des informations personnelles pour {purposes}. Vous pouvez nous demander d’arrêter.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We sell your personal information (CCPA/CPRA).</source>
      <translation>Nous vendons vos informations personnelles (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We sell your personal information and share it for cross-context behavioral advertising (CCPA/CPRA).</source>
      <translation>Nous vendons vos informations personnelles et les partageons à des fins de publicité comportementale intercontextuelle (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We share personal information for {purposes}. You can tell us to stop.</source>
      <translation>Nous partageons des informations personnelles pour {purposes}. Vous pouvez nous demander d’arrêter.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We share some of your data with %n other organisation, such as {examples}.</source>
      <translation>
        <numerusform>Nous partageons certaines de vos données avec %n autre organisation, par exemple {examples}.</numerusform>
        <numerusform>Nous partageons certaines de vos données avec %n autres organisations, par exemple {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We share some of your data with %n other organisations, such as {examples}.</source>
      <translation>
        <numerusform>Nous partageons certaines de vos données avec %n autre organisation, par exemple {examples}.</numerusform>
        <numerusform>Nous partageons certaines de vos données avec %n autres organisations, par exemple {examples}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We share your data only within our own group.</source>
      <translation>Nous ne partageons vos données qu’au sein de notre propre groupe.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>We share your personal information for cross-context behavioral advertising (CCPA/CPRA).</source>
      <translation>Nous partageons vos informations personnelles à des fins de publicité comportementale intercontextuelle (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We use no personal data for it at present.</source>
      <translation>Nous n’utilisons actuellement aucune donnée personnelle à cette fin.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We use your data for %n purpose, such as {examples}.</source>
      <translation>
        <numerusform>Nous utilisons vos données pour %n finalité, par exemple {examples}.</numerusform>
        <numerusform>Nous utilisons vos données pour %n finalités, par exemple {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We use your data for %n purposes, such as {examples}.</source>
      <translation>
        <numerusform>Nous utilisons vos données pour %n finalité, par exemple {examples}.</numerusform>
        <numerusform>Nous utilisons vos données pour %n finalités, par exemple {examples}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>What data we collect and where it comes from</source>
      <translation>Quelles données nous collectons et d’où elles proviennent</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Where it comes from: {sources} (as for all {family}).</source>
      <translation>Provenance : {sources} (comme pour toutes les {family}).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Where it comes from: {sources}.</source>
      <translation>Provenance : {sources}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>Where we asked for your consent, you can withdraw it at any time.</source>
      <translation>Lorsque nous avons demandé votre consentement, vous pouvez le retirer à tout moment.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Where: {places}.</source>
      <translation>Lieu : {places}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Who receives it: {recipients}</source>
      <translation>Qui les reçoit : {recipients}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Who receives your data and where it goes</source>
      <translation>Qui reçoit vos données et où elles vont</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Who we are and how to reach us</source>
      <translation>Qui nous sommes et comment nous joindre</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Why we use your data and on what legal basis</source>
      <translation>Pourquoi nous utilisons vos données et sur quelle base légale</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>Why: {reason}.</source>
      <translation>Motif : {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can also complain to a data protection supervisory authority, for example where you live or work.</source>
      <translation>Vous pouvez aussi introduire une réclamation auprès d’une autorité de contrôle de la protection des données, par exemple là où vous vivez ou travaillez.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can also complain to the California Privacy Protection Agency.</source>
      <translation>Vous pouvez aussi porter plainte auprès de la California Privacy Protection Agency.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can ask us to {actions} your data, and more.</source>
      <translation>Vous pouvez nous demander de {actions} vos données, et plus encore.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can ask us to {actions} your data.</source>
      <translation>Vous pouvez nous demander de {actions} vos données.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can opt out of {purposes}.</source>
      <translation>Vous pouvez vous opposer à {purposes}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>You can write to our data protection officer at {address}.</source>
      <translation>Vous pouvez écrire à notre délégué à la protection des données à {address}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>You can write to us at {address}.</source>
      <translation>Vous pouvez nous écrire à {address}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You can {action}.</source>
      <translation>Vous pouvez {action}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You have %n right over your data, listed in section 7.</source>
      <translation>
        <numerusform>Vous disposez de %n droit sur vos données, listé dans la section 7.</numerusform>
        <numerusform>Vous disposez de %n droits sur vos données, listés dans la section 7.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You have %n rights over your data, listed in section 7.</source>
      <translation>
        <numerusform>Vous disposez de %n droit sur vos données, listé dans la section 7.</numerusform>
        <numerusform>Vous disposez de %n droits sur vos données, listés dans la section 7.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_choices.py" />
      <source>Your browser can send a Global Privacy Control signal. We treat it as your choice to opt out.</source>
      <translation>Votre navigateur peut envoyer un signal Global Privacy Control. Nous le traitons comme votre choix de vous opposer.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Your choices: consent, opting out and Global Privacy Control</source>
      <translation>Vos choix : consentement, opposition et Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_sections.py" />
      <source>Your rights and how to use them</source>
      <translation>Vos droits et comment les exercer</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>ask a person to review a decision made by a computer</source>
      <translation>demander qu’une personne réexamine une décision prise par un ordinateur</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>ask us to limit how we use your data</source>
      <translation>nous demander de limiter l’utilisation de vos données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>correct</source>
      <translation>corriger</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>delete</source>
      <translation>supprimer</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>difficult</source>
      <translation>difficile</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>easy</source>
      <translation>facile</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>fairly difficult</source>
      <translation>assez difficile</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>fairly easy</source>
      <translation>assez facile</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>get your data in a common file format to take elsewhere</source>
      <translation>recevoir vos données dans un format de fichier courant pour les emporter ailleurs</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>have wrong data corrected</source>
      <translation>faire corriger des données erronées</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>have your data deleted</source>
      <translation>faire supprimer vos données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>how you use our services</source>
      <translation>de votre utilisation de nos services</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>it is a task in the public interest</source>
      <translation>il s’agit d’une mission d’intérêt public</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>it protects someone's life or health</source>
      <translation>cela protège la vie ou la santé d’une personne</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>limit how we use sensitive data about you</source>
      <translation>limiter l’utilisation de données sensibles vous concernant</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>not stated</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>object to how we use your data</source>
      <translation>vous opposer à l’utilisation de vos données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>other organisations</source>
      <translation>d’autres organisations</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>other organisations as well</source>
      <translation>d’autres organisations également</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>public sources</source>
      <translation>de sources publiques</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>see the data we hold about you and get a copy</source>
      <translation>voir les données que nous détenons sur vous et en obtenir une copie</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>show you</source>
      <translation>vous montrer</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>standard</source>
      <translation>standard</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>tell us not to sell or share your data</source>
      <translation>nous demander de ne pas vendre ni partager vos données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>the law requires it</source>
      <translation>la loi l’exige</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>very difficult</source>
      <translation>très difficile</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>very easy</source>
      <translation>très facile</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>we have a legitimate interest, weighed against yours</source>
      <translation>nous avons un intérêt légitime, mis en balance avec le vôtre</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>we need it for our contract with you</source>
      <translation>nous en avons besoin pour notre contrat avec vous</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>what we work out from other data</source>
      <translation>de ce que nous déduisons d’autres données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>withdraw your consent at any time</source>
      <translation>retirer votre consentement à tout moment</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>you</source>
      <translation>de vous</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>you agreed</source>
      <translation>vous avez donné votre accord</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>{data}, for {purposes}</source>
      <translation>{data}, pour {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>{heading}: {names}</source>
      <translation>{heading} : {names}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_md.py" />
      <location filename="../../resources/documents/notice.html.j2" />
      <source>{label}: {value}.</source>
      <translation>{label} : {value}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_parts.py" />
      <source>{organisation} is responsible for your personal data.</source>
      <translation>{organisation} est responsable de vos données personnelles.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_readability.py" />
      <source>{score} ({band})</source>
      <translation>{score} ({band})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/notice_words.py" />
      <source>{source}: {name}</source>
      <translation>{source} : {name}</translation>
    </message>
  </context>
  <context>
    <name>path words</name>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>The whole policy</source>
      <translation>L’ensemble de la politique</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>data category {item}</source>
      <translation>catégorie de données {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>data subject {item}</source>
      <translation>personne concernée {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>entry {number}</source>
      <translation>entrée {number}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>expectation {item}</source>
      <translation>attente {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>number {number}</source>
      <translation>numéro {number}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>purpose {item}</source>
      <translation>finalité {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>recipient {item}</source>
      <translation>destinataire {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>region group {item}</source>
      <translation>groupe de régions {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>retention rule {item}</source>
      <translation>règle de conservation {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the data categories section</source>
      <translation>la section des catégories de données</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the data subjects section</source>
      <translation>la section des personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the expectations section</source>
      <translation>la section des attentes</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the policy</source>
      <translation>la politique</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the policy details</source>
      <translation>les informations de la politique</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the purposes section</source>
      <translation>la section des finalités</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the recipients section</source>
      <translation>la section des destinataires</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the region groups section</source>
      <translation>la section des groupes de régions</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the retention rules section</source>
      <translation>la section des règles de conservation</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the use rules section</source>
      <translation>la section des règles d’utilisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the {field}</source>
      <translation>le champ {field}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the {field} in {record}</source>
      <translation>le champ {field} ({record})</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>the {field} of {record}</source>
      <translation>le champ {field} ({record})</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>use rule {item}</source>
      <translation>règle d’utilisation {item}</translation>
    </message>
    <message>
      <location filename="../../app/domain/path_words.py" />
      <source>{field} entry {number}</source>
      <translation>{field} entrée {number}</translation>
    </message>
  </context>
  <context>
    <name>pdf</name>
    <message>
      <location filename="../../app/exporters/pdf/writer.py" />
      <source>Content digest {digest}</source>
      <translation>Empreinte du contenu {digest}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/standing.py" />
      <source>DRAFT - not approved</source>
      <translation>PROJET – non approuvé</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/writer.py" />
      <source>Page {page} of {count}</source>
      <translation>Page {page} sur {count}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/writer.py" />
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/document.py" />
      <source>{date} (approved)</source>
      <translation>{date} (approuvé)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/record.py" />
      <source>{heading}: {title}</source>
      <translation>{heading} : {title}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/pdf/document.py" />
      <source>{time} UTC (exported)</source>
      <translation>{time} UTC (exporté)</translation>
    </message>
  </context>
  <context>
    <name>picker</name>
    <message numerus="yes">
      <location filename="../../app/ui/editors/pickers.py" />
      <source>%n items</source>
      <translation>
        <numerusform>%n élément</numerusform>
        <numerusform>%n éléments</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>'{id}' is not declared: declare it, or remove it here.</source>
      <translation>'{id}' n'est pas déclaré : déclarez-le, ou retirez-le ici.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Add {field}</source>
      <translation>Ajouter {field}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Add {noun}</source>
      <translation>Ajouter {noun}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Add {noun}…</source>
      <translation>Ajouter {noun}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Choose</source>
      <translation>Choisir</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Choose {noun} from the declared ones. {help}</source>
      <translation>Choisir {noun} parmi les éléments déclarés. {help}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Ctrl-click or Shift-click to choose several.</source>
      <translation>Ctrl-clic ou Maj-clic pour en choisir plusieurs.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Filter</source>
      <translation>Filtre</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Filter by name or id…</source>
      <translation>Filtrer par nom ou identifiant…</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>Type part of a name or id; Down moves into the list, Enter adds the selected items.</source>
      <translation>Saisissez une partie d'un nom ou d'un identifiant ; Bas passe dans la liste, Entrée ajoute les éléments sélectionnés.</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>{items}, {count} selected</source>
      <translation>{items}, {count} sélectionné(s)</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>{name}, id {id}</source>
      <translation>{name}, identifiant {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>{shown} of {total} shown</source>
      <translation>{shown} sur {total} affichés</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>{title}: declared items</source>
      <translation>{title} : éléments déclarés</translation>
    </message>
    <message>
      <location filename="../../app/ui/editors/pickers.py" />
      <source>— already chosen</source>
      <translation>— déjà choisi</translation>
    </message>
  </context>
  <context>
    <name>play data safety</name>
    <message>
      <location filename="../../app/exporters/play_data_safety.py" />
      <source>encryption in transit, account creation and deletion, and the badges are left blank: answer them in Play Console</source>
      <translation>le chiffrement en transit, la création et la suppression de compte et les badges sont laissés vides : répondez-y dans la Play Console</translation>
    </message>
    <message>
      <location filename="../../app/exporters/play_data_safety.py" />
      <source>processed ephemerally is answered false for every data type (the policy does not record ephemeral processing); change it where it applies</source>
      <translation>« processed ephemerally » (traitement éphémère) est répondu « false » pour chaque type de données (la politique n’enregistre pas de traitement éphémère) ; modifiez-le là où il s’applique</translation>
    </message>
  </context>
  <context>
    <name>policy document</name>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source> in {places}</source>
      <translation> (lieux : {places})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/policy_summary.py" />
      <source>%n more</source>
      <translation>
        <numerusform>%n autre</numerusform>
        <numerusform>%n autres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>A Global Privacy Control signal does not withdraw a consent given: the purpose needs consent first.</source>
      <translation>Un signal Global Privacy Control ne retire pas un consentement donné : la finalité requiert d’abord un consentement.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>A Global Privacy Control signal is honoured as an opt-out.</source>
      <translation>Un signal Global Privacy Control vaut opposition.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>A Global Privacy Control signal is not honoured as an opt-out.</source>
      <translation>Un signal Global Privacy Control ne vaut pas opposition.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>A Global Privacy Control signal is not honoured as an opt-out: the purpose asks for no consent.</source>
      <translation>Un signal Global Privacy Control ne vaut pas opposition : la finalité ne demande aucun consentement.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>About this policy</source>
      <translation>À propos de cette politique</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Ages</source>
      <translation>Âges</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_summary.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Allowed</source>
      <translation>Autorisé</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Also limited by deny rules listed under other activities: {rules}.</source>
      <translation>Également limité par des règles d’interdiction listées sous d’autres activités : {rules}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Any purpose</source>
      <translation>Toute finalité</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Any use not allowed below is not allowed. Where a use is both allowed and forbidden, it is forbidden.</source>
      <translation>Toute utilisation non autorisée ci-dessous est interdite. Une utilisation à la fois autorisée et interdite est interdite.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Applies under</source>
      <translation>S’applique au titre de</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Approvals</source>
      <translation>Approbations</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Approved content</source>
      <translation>Contenu approuvé</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Audio, electronic, visual, thermal, olfactory or similar information</source>
      <translation>Informations audio, électroniques, visuelles, thermiques, olfactives ou similaires</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Band</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Biometric information</source>
      <translation>Informations biométriques</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>CCPA category</source>
      <translation>Catégorie CCPA</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Categories</source>
      <translation>Catégories</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Categories of personal information (CCPA, Cal. Civ. Code 1798.140(v))</source>
      <translation>Catégories d’informations personnelles (CCPA, Cal. Civ. Code 1798.140(v))</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Characteristics of protected classifications</source>
      <translation>Caractéristiques des catégories protégées</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Commercial information</source>
      <translation>Informations commerciales</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Content digest</source>
      <translation>Empreinte du contenu</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Counted from</source>
      <translation>À compter de</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Criminal offence data (GDPR Art. 10)</source>
      <translation>Données relatives aux infractions (art. 10 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Customer records (1798.80(e))</source>
      <translation>Dossiers clients (1798.80(e))</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Data categories</source>
      <translation>Catégories de données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Data categories by family</source>
      <translation>Catégories de données par famille</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_summary.py" />
      <source>Data category family</source>
      <translation>Famille de catégories de données</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Data subjects</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Decisions with legal or similarly significant effects are taken solely by automated means (GDPR Art. 22).</source>
      <translation>Des décisions produisant des effets juridiques ou des effets similaires significatifs sont prises exclusivement par des moyens automatisés (art. 22 RGPD).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Document date</source>
      <translation>Date du document</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Each activity is a purpose and the purposes under it. For each, the table says, for every family of data categories, whether a purpose may use the family's data: {allowed} means every category of the family may be used, about anyone, inside the organisation, anywhere; a count such as {example} means only some of the family's categories may be used (3 of its 101), or the data only about some people, shared with some recipients or in some places, as the rule annex says; a dash means not at all. Families that no purpose of the activity may use are left out. Any use not allowed is not allowed; a forbidden use stays forbidden whatever else allows it.</source>
      <translation>Chaque activité est une finalité avec les finalités qu’elle inclut. Pour chacune, le tableau indique, pour chaque famille de catégories de données, si une finalité peut utiliser les données de la famille : {allowed} signifie que chaque catégorie de la famille peut être utilisée, pour toute personne, au sein de l’organisation, partout ; un nombre tel que {example} signifie que seules certaines catégories de la famille peuvent être utilisées (3 sur ses 101), ou les données uniquement pour certaines personnes, communiquées à certains destinataires ou en certains lieux, comme l’indique l’annexe des règles ; un tiret signifie pas du tout. Les familles qu’aucune finalité de l’activité ne peut utiliser sont omises. Toute utilisation non autorisée est interdite ; une utilisation interdite le reste, quoi qui l’autorise par ailleurs.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Education information</source>
      <translation>Informations relatives à l’éducation</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Extra protection</source>
      <translation>Protection renforcée</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Factors</source>
      <translation>Facteurs</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Family</source>
      <translation>Famille</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Forbidden</source>
      <translation>Interdit</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Forbidden uses and the exceptions they make</source>
      <translation>Utilisations interdites et les exceptions qu’elles créent</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Geolocation data</source>
      <translation>Données de géolocalisation</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>How data may be used</source>
      <translation>Comment les données peuvent être utilisées</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>How it works: {logic}</source>
      <translation>Fonctionnement : {logic}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Identifiers</source>
      <translation>Identifiants</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Inferences drawn to create a profile</source>
      <translation>Déductions servant à établir un profil</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Internet or other electronic network activity</source>
      <translation>Activité sur Internet ou autre réseau électronique</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Intrusiveness summary</source>
      <translation>Synthèse du caractère intrusif</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Legal basis</source>
      <translation>Base légale</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>Legal hold: {reason}.</source>
      <translation>Conservation légale (legal hold) : {reason}.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Measure</source>
      <translation>Mesure</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Members</source>
      <translation>Membres</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Names this policy uses for groups of countries and subdivisions.</source>
      <translation>Noms que cette politique utilise pour des groupes de pays et de subdivisions.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>No approval has been recorded yet.</source>
      <translation>Aucune approbation n’a encore été enregistrée.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>No consent is asked; another legal basis applies.</source>
      <translation>Aucun consentement n’est demandé ; une autre base légale s’applique.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>No data</source>
      <translation>Aucune donnée</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>No data categories are declared.</source>
      <translation>Aucune catégorie de données n’est déclarée.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>No data may be used for {uses}.</source>
      <translation>Aucune donnée ne peut être utilisée pour {uses}.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>No data subjects are declared.</source>
      <translation>Aucune personne concernée n’est déclarée.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>No profiling and no decision taken solely by automated means.</source>
      <translation>Aucun profilage et aucune décision prise exclusivement par des moyens automatisés.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>No purposes are declared.</source>
      <translation>Aucune finalité n’est déclarée.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>No recipients are declared.</source>
      <translation>Aucun destinataire n’est déclaré.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>No retention rules are declared.</source>
      <translation>Aucune règle de conservation n’est déclarée.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>No rule forbids a use for this activity.</source>
      <translation>Aucune règle n’interdit d’utilisation pour cette activité.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>No security measures are recorded.</source>
      <translation>Aucune mesure de sécurité n’est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>No use rules are declared, so no use of personal data is allowed.</source>
      <translation>Aucune règle d’utilisation n’est déclarée : aucune utilisation de données personnelles n’est donc autorisée.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>Opt-in: used only after the person agrees; they can withdraw at any time.</source>
      <translation>Opt-in : utilisation uniquement après accord de la personne ; elle peut le retirer à tout moment.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>Opt-out: used unless the person objects.</source>
      <translation>Opt-out : utilisation sauf opposition de la personne.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>People are profiled (GDPR Art. 4(4)); no decision with legal or similar effects is taken solely by automated means.</source>
      <translation>Les personnes font l’objet d’un profilage (art. 4(4) RGPD) ; aucune décision produisant des effets juridiques ou similaires n’est prise exclusivement par des moyens automatisés.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>People can {safeguards}.</source>
      <translation>Les personnes peuvent {safeguards}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>People cannot obtain human intervention, express their point of view or contest the decision.</source>
      <translation>Les personnes ne peuvent ni obtenir une intervention humaine, ni exprimer leur point de vue, ni contester la décision.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Periods (rules)</source>
      <translation>Durées (règles)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Personal data</source>
      <translation>Données personnelles</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Personal information is neither sold nor shared (CCPA/CPRA).</source>
      <translation>Les informations personnelles ne sont ni vendues ni partagées (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Personal information is shared for cross-context behavioural advertising (CCPA/CPRA).</source>
      <translation>Les informations personnelles sont partagées à des fins de publicité comportementale intercontextuelle (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Personal information is sold (CCPA/CPRA).</source>
      <translation>Les informations personnelles sont vendues (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>Personal information is sold and shared for cross-context behavioural advertising (CCPA/CPRA).</source>
      <translation>Les informations personnelles sont vendues et partagées à des fins de publicité comportementale intercontextuelle (CCPA/CPRA).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Policy identifier</source>
      <translation>Identifiant de la politique</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Processing activities</source>
      <translation>Activités de traitement</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Professional or employment-related information</source>
      <translation>Informations professionnelles ou liées à l’emploi</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Purposes</source>
      <translation>Finalités</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Recipients and transfers</source>
      <translation>Destinataires et transferts</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Region groups</source>
      <translation>Groupes de régions</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Retention by category family</source>
      <translation>Conservation par famille de catégories</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Retention schedule</source>
      <translation>Calendrier de conservation</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Rights offered</source>
      <translation>Droits offerts</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Rules</source>
      <translation>Règles</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Sale and sharing (CPRA)</source>
      <translation>Vente et partage (CPRA)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Security measures</source>
      <translation>Mesures de sécurité</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Sensitive data</source>
      <translation>Données sensibles</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>Sensitive personal information</source>
      <translation>Informations personnelles sensibles</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Sensitivity</source>
      <translation>Sensibilité</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>Special category data (GDPR Art. 9)</source>
      <translation>Catégories particulières de données (art. 9 RGPD)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Takes precedence over {rules}.</source>
      <translation>Prévaut sur {rules}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The %n allowed uses (combinations of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent) with the highest intrusiveness scores. Each score comes from transparent factors; it is a review aid, not a verdict.</source>
      <translation>
        <numerusform>L’utilisation autorisée (combinaisons de données, finalité, personne, destinataire et région que les règles autorisent et qu’aucune règle d’interdiction ne retire, y compris les utilisations qui requièrent le consentement de la personne) ayant le score d’intrusivité le plus élevé (%n). Chaque score découle de facteurs transparents ; c’est une aide à la revue, pas un verdict.</numerusform>
        <numerusform>Les %n utilisations autorisées (combinaisons de données, finalité, personne, destinataire et région que les règles autorisent et qu’aucune règle d’interdiction ne retire, y compris les utilisations qui requièrent le consentement de la personne) ayant les scores d’intrusivité les plus élevés. Chaque score découle de facteurs transparents ; c’est une aide à la revue, pas un verdict.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>The %n most intrusive uses</source>
      <translation>
        <numerusform>L’utilisation la plus intrusive (%n)</numerusform>
        <numerusform>Les %n utilisations les plus intrusives</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>The content digest is the SHA-256 fingerprint of what this policy says. The machine-readable policy file carries the same digest, so both can be compared.</source>
      <translation>L’empreinte du contenu est l’empreinte SHA-256 de ce que dit cette politique. Le fichier de politique lisible par machine porte la même empreinte, ce qui permet de les comparer.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The full list of the {rules} use rules and {retention} retention rules, each in words, is the rule annex: a separate file (policy-studio export --format rule-annex, or File &gt; Export, "Rule annex (HTML)") that carries the content digest {digest}. The annex belongs to this document only when the digests are the same.</source>
      <translation>La liste complète des {rules} règles d’utilisation et des {retention} règles de conservation, chacune en toutes lettres, constitue l’annexe des règles : un fichier distinct (policy-studio export --format rule-annex, ou Fichier &gt; Exporter, « Rule annex (HTML) ») qui porte l’empreinte du contenu {digest}. L’annexe ne se rattache à ce document que si les empreintes sont identiques.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The highest-risk uses</source>
      <translation>Les utilisations les plus risquées</translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>The policy allows %n uses (combinations of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent). Each gets a score from transparent factors; it is a review aid, not a verdict.</source>
      <translation>
        <numerusform>La politique autorise %n utilisation (combinaisons de données, finalité, personne, destinataire et région que les règles autorisent et qu’aucune règle d’interdiction ne retire, y compris les utilisations qui requièrent le consentement de la personne). Chacune reçoit un score issu de facteurs transparents ; c’est une aide à la revue, pas un verdict.</numerusform>
        <numerusform>La politique autorise %n utilisations (combinaisons de données, finalité, personne, destinataire et région que les règles autorisent et qu’aucune règle d’interdiction ne retire, y compris les utilisations qui requièrent le consentement de la personne). Chacune reçoit un score issu de facteurs transparents ; c’est une aide à la revue, pas un verdict.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The policy allows no use.</source>
      <translation>La politique n’autorise aucune utilisation.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The rule annex</source>
      <translation>L’annexe des règles</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Then</source>
      <translation>Ensuite</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>This policy is large ({rules} use rules, {categories} data categories and {purposes} purposes), so this document summarises it by processing activity. Every use rule is listed in the rule annex, a separate file that carries the same content digest ({digest}).</source>
      <translation>Cette politique est volumineuse ({rules} règles d’utilisation, {categories} catégories de données et {purposes} finalités) : ce document la résume donc par activité de traitement. Chaque règle d’utilisation figure dans l’annexe des règles, un fichier distinct qui porte la même empreinte du contenu ({digest}).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/macros.html.j2" />
      <source>Transfer safeguard</source>
      <translation>Garantie de transfert</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>Use</source>
      <translation>Utilisation</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>Uses</source>
      <translation>Utilisations</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>What it means for people: {consequences}</source>
      <translation>Ce que cela signifie pour les personnes : {consequences}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/policy-front.html.j2" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>a different version</source>
      <translation>une autre version</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>a legal obligation (GDPR Art. 6(1)(c))</source>
      <translation>une obligation légale (art. 6(1)(c) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>a public source</source>
      <translation>une source publique</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>a task in the public interest (GDPR Art. 6(1)(e))</source>
      <translation>une mission d’intérêt public (art. 6(1)(e) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>a third party</source>
      <translation>un tiers</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>adequacy decision (GDPR Art. 45)</source>
      <translation>décision d’adéquation (art. 45 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>after being anonymised</source>
      <translation>après anonymisation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>after being pseudonymised</source>
      <translation>après pseudonymisation</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>after the people concerned have been told</source>
      <translation>après information des personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>aged {high} or under</source>
      <translation>âgées de {high} ans ou moins</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>aged {low} or over</source>
      <translation>âgées de {low} ans ou plus</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>aged {low} to {high}</source>
      <translation>âgées de {low} à {high} ans</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>any purpose</source>
      <translation>toute finalité</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_words.py" />
      <source>anyone</source>
      <translation>quiconque</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>anywhere</source>
      <translation>partout</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>binding corporate rules (GDPR Art. 47)</source>
      <translation>règles d’entreprise contraignantes (art. 47 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>children (below the age of digital consent)</source>
      <translation>enfants (n’ayant pas atteint l’âge du consentement numérique)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>consent (GDPR Art. 6(1)(a))</source>
      <translation>consentement (art. 6(1)(a) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>critical</source>
      <translation>critique</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>derogation for a specific situation (GDPR Art. 49)</source>
      <translation>dérogation pour une situation particulière (art. 49 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>elsewhere</source>
      <translation>ailleurs</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>everywhere</source>
      <translation>partout</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>high</source>
      <translation>élevé</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>in {places}</source>
      <translation>pour {places}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>in {place}</source>
      <translation>pour {place}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>inferred</source>
      <translation>déduites</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>legitimate interests (GDPR Art. 6(1)(f))</source>
      <translation>intérêts légitimes (art. 6(1)(f) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>limited to what the purpose needs</source>
      <translation>limitée à ce que la finalité exige</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>matches this document</source>
      <translation>correspond à ce document</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>medium</source>
      <translation>moyen</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>no digest recorded</source>
      <translation>aucune empreinte enregistrée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>no retention period is set</source>
      <translation>conservation : aucune durée fixée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_summary.py" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>none given</source>
      <translation>aucune indiquée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_summary.py" />
      <source>none listed</source>
      <translation>aucun listé</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none needed beyond the adequacy decision for {places} (GDPR Art. 45)</source>
      <translation>aucune nécessaire au-delà de la décision d’adéquation pour {places} (art. 45 RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none needed: no transfer outside {areas}</source>
      <translation>aucune nécessaire : aucun transfert hors de {areas}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none needed: no transfer outside {areas} (recorded: {safeguard})</source>
      <translation>aucune nécessaire : aucun transfert hors de {areas} (enregistrée : {safeguard})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none recorded</source>
      <translation>aucune enregistrée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none recorded (where the data goes is not stated)</source>
      <translation>aucune enregistrée (la destination des données n’est pas indiquée)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>none recorded for the transfer to {places}</source>
      <translation>aucune enregistrée pour le transfert vers {places}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>not a transfer (published)</source>
      <translation>pas un transfert (publié)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_summary.py" />
      <source>not asked</source>
      <translation>non demandé</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>not set</source>
      <translation>non fixé</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <location filename="../../app/exporters/policy_summary.py" />
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>not stated</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>observed</source>
      <translation>observées</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>only in aggregated form</source>
      <translation>uniquement sous forme agrégée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>only in encrypted form</source>
      <translation>uniquement sous forme chiffrée</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>only with their consent</source>
      <translation>uniquement avec le consentement de la personne</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>performance of a contract (GDPR Art. 6(1)(b))</source>
      <translation>exécution d’un contrat (art. 6(1)(b) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>published (anyone can see it)</source>
      <translation>publié (visible par tous)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_summary.py" />
      <source>some</source>
      <translation>en partie</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>standard contractual clauses (GDPR Art. 46(2)(c))</source>
      <translation>clauses contractuelles types (art. 46(2)(c) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>the person</source>
      <translation>la personne</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>the purpose {name}</source>
      <translation>la finalité {name}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>the purposes {names}</source>
      <translation>les finalités {names}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>they are {retention}</source>
      <translation>conservation : {retention}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>unless they object</source>
      <translation>sauf opposition de la personne</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>vital interests (GDPR Art. 6(1)(d))</source>
      <translation>intérêts vitaux (art. 6(1)(d) RGPD)</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>vulnerable people</source>
      <translation>personnes vulnérables</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>with a parent's or guardian's consent for people under the age of digital consent</source>
      <translation>avec le consentement d’un parent ou tuteur pour les personnes n’ayant pas atteint l’âge du consentement numérique</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_summary.py" />
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>{count} of {total}</source>
      <translation>{count} sur {total}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{data} for {purpose} ({people})</source>
      <translation>{data} pour {purpose} ({people})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} may be used for {purposes}{regions}</source>
      <translation>{data} : utilisation permise pour {purposes}{regions}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} must not be published to {recipients} for {purposes}{regions}</source>
      <translation>{data} : publication auprès de {recipients} interdite pour {purposes}{regions}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} must not be shared with {recipients} for {purposes}{regions}</source>
      <translation>{data} : communication à {recipients} interdite pour {purposes}{regions}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} must not be used for {purposes}{regions}</source>
      <translation>{data} : utilisation interdite pour {purposes}{regions}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} must not be used or shared with anyone for {purposes}{regions}</source>
      <translation>{data} : utilisation ou communication à quiconque interdite pour {purposes}{regions}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{data} of {people}</source>
      <translation>{data} de {people}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{people}, shared with anyone</source>
      <translation>{people}, communiquées à quiconque</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{people}, shared with {recipient}</source>
      <translation>{people}, communiquées à {recipient}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{places}; stored in {stores}</source>
      <translation>{places} ; stockées : {stores}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_document.py" />
      <source>{score} ({band})</source>
      <translation>{score} ({band})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/people_words.py" />
      <source>{source}: {name}</source>
      <translation>{source} : {name}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{use} and may be published to {recipients}</source>
      <translation>{use} ; publication permise auprès de {recipients}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/policy_words.py" />
      <source>{use} and may be shared with {recipients}</source>
      <translation>{use} ; communication permise à {recipients}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/purpose_words.py" />
      <source>{where}: {basis}</source>
      <translation>{where} : {basis}</translation>
    </message>
  </context>
  <context>
    <name>problems</name>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>; line {line}, column {column}</source>
      <translation>; ligne {line}, colonne {column}</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <location filename="../../app/ui/problems/panel.py" />
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <location filename="../../app/ui/problems/panel.py" />
      <source>Checks failed</source>
      <translation>Échec des vérifications</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Double-click the problem (or press Enter) to go to it.</source>
      <translation>Double-cliquez sur le problème (ou appuyez sur Entrée) pour y aller.</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Errors</source>
      <translation>Erreurs</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Filter by code, message or location</source>
      <translation>Filtrer par code, message ou emplacement</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Filter problems</source>
      <translation>Filtrer les problèmes</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Hint:</source>
      <translation>Astuce :</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>How to fix</source>
      <translation>Comment corriger</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>No problems found.</source>
      <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Problem details</source>
      <translation>Détails du problème</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <location filename="../../app/ui/problems/panel.py" />
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Problems panel</source>
      <translation>Panneau Problèmes</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Problems summary</source>
      <translation>Résumé des problèmes</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Problems table</source>
      <translation>Tableau des problèmes</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Select a problem to see why it matters and how to fix it.</source>
      <translation>Sélectionnez un problème pour voir pourquoi il compte et comment le corriger.</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show errors</source>
      <translation>Afficher les erreurs</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show notes</source>
      <translation>Afficher les remarques</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show or hide errors</source>
      <translation>Afficher ou masquer les erreurs</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show or hide notes</source>
      <translation>Afficher ou masquer les remarques</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Show or hide the Problems panel</source>
      <translation>Afficher ou masquer le panneau Problèmes</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Show or hide the Problems panel ({keys})</source>
      <translation>Afficher ou masquer le panneau Problèmes ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show or hide warnings</source>
      <translation>Afficher ou masquer les avertissements</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/controller.py" />
      <source>Show the Problems panel ({keys})</source>
      <translation>Afficher le panneau Problèmes ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Show warnings</source>
      <translation>Afficher les avertissements</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>The checks could not run: {error}</source>
      <translation>Les vérifications n'ont pas pu s'exécuter : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>The findings of the latest checks, one a row: Enter shows where the problem is</source>
      <translation>Les constats des dernières vérifications, un par ligne : Entrée montre où se trouve le problème</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Up to date</source>
      <translation>À jour</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Validation state</source>
      <translation>État de la validation</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/panel.py" />
      <source>Warnings</source>
      <translation>Avertissements</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>What the selected problem means and how to fix it</source>
      <translation>Ce que signifie le problème choisi et comment le corriger</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Where:</source>
      <translation>Où :</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/details.py" />
      <source>Why it matters</source>
      <translation>Pourquoi c'est important</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>id: {id}</source>
      <translation>id : {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>line {line}, column {column}</source>
      <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
      <location filename="../../app/ui/problems/model.py" />
      <source>path in the file: {path}</source>
      <translation>chemin dans le fichier : {path}</translation>
    </message>
  </context>
  <context>
    <name>purpose choices</name>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Allowed</source>
      <translation>Autorisé</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Allowed only when consent is: {states}.</source>
      <translation>Autorisé seulement si le consentement est : {states}.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>An opt-out purpose that does not honour GPC: the use is allowed unless the person opts out; a GPC signal does not count as opting out.</source>
      <translation>Une finalité opt-out qui ne respecte pas GPC : l’utilisation est autorisée sauf si la personne s’y oppose ; un signal GPC ne vaut pas opposition.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>An opt-out purpose that honours GPC: the use is allowed unless the person opts out, and a GPC signal counts as opting out unless the person said yes explicitly.</source>
      <translation>Une finalité opt-out qui respecte GPC : l’utilisation est autorisée sauf si la personne s’y oppose, et un signal GPC vaut opposition sauf si la personne a dit oui explicitement.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Needs consent (opt-in): the use is allowed only after the person says yes; without a yes it is refused anyway, so a GPC signal changes nothing.</source>
      <translation>Exige le consentement (opt-in) : l’utilisation n’est autorisée qu’après un oui de la personne ; sans oui elle est refusée de toute façon, un signal GPC ne change donc rien.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>No consent needed: the use is allowed whatever the person chooses; a GPC signal changes nothing.</source>
      <translation>Aucun consentement requis : l’utilisation est autorisée quel que soit le choix de la personne ; un signal GPC ne change rien.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>No use allowed</source>
      <translation>Aucune utilisation autorisée</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>No use of this purpose is allowed (no rule allows it, or a rule denies it), whatever the person chooses or signals.</source>
      <translation>Aucune utilisation pour cette finalité n’est autorisée (aucune règle ne l’autorise, ou une règle l’interdit), quoi que la personne choisisse ou signale.</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Refused: GPC counts as opting out</source>
      <translation>Refusé : GPC vaut opposition</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Refused: needs consent</source>
      <translation>Refusé : exige le consentement</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Refused: opted out</source>
      <translation>Refusé : opposition exprimée</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>Refused: {reason}</source>
      <translation>Refusé : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../app/domain/purpose_choices.py" />
      <source>{consent} with GPC</source>
      <translation>{consent} avec GPC</translation>
    </message>
  </context>
  <context>
    <name>redline</name>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n added</source>
      <translation>
        <numerusform>%n ajouté</numerusform>
        <numerusform>%n ajoutés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n changed</source>
      <translation>
        <numerusform>%n modifié</numerusform>
        <numerusform>%n modifiés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline.py" />
      <source>%n difference</source>
      <translation>
        <numerusform>%n différence</numerusform>
        <numerusform>%n différences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n difference:</source>
      <translation>
        <numerusform>%n différence :</numerusform>
        <numerusform>%n différences :</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n différence</numerusform>
        <numerusform>%n différences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n differences:</source>
      <translation>
        <numerusform>%n différence :</numerusform>
        <numerusform>%n différences :</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n policy detail changed</source>
      <translation>
        <numerusform>%n détail de la politique modifié</numerusform>
        <numerusform>%n détails de la politique modifiés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n policy details changed</source>
      <translation>
        <numerusform>%n détail de la politique modifié</numerusform>
        <numerusform>%n détails de la politique modifiés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n removed</source>
      <translation>
        <numerusform>%n supprimé</numerusform>
        <numerusform>%n supprimés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n renamed</source>
      <translation>
        <numerusform>%n renommé</numerusform>
        <numerusform>%n renommés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>, digest {digest}</source>
      <translation>, empreinte {digest}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>&gt; {section} {old} -&gt; {new} (renamed)</source>
      <translation>&gt; {section} {old} -&gt; {new} (renommé)</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>A consent answer is granted, denied or unknown, with or without a Global Privacy Control signal. Each row stands for every category and purpose it lists, with the example shown.</source>
      <translation>Une réponse de consentement est donnée, refusée ou inconnue, avec ou sans signal Global Privacy Control. Chaque ligne vaut pour chaque catégorie et finalité qu’elle liste, avec l’exemple indiqué.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>Added</source>
      <translation>Ajouté</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <location filename="../../resources/documents/redline.html.j2" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Categories</source>
      <translation>Catégories</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Change</source>
      <translation>Modification</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>Changed</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Changes to {title}</source>
      <translation>Modifications de {title}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>DRAFT: the new version is not approved ({why}).</source>
      <translation>PROJET : la nouvelle version n’est pas approuvée ({why}).</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>For example</source>
      <translation>Par exemple</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Identifier changed from {old} to {new}.</source>
      <translation>Identifiant modifié de {old} en {new}.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Impact:</source>
      <translation>Impact :</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>No differences:</source>
      <translation>Aucune différence :</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Nothing else changed.</source>
      <translation>Rien d’autre n’a changé.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Policy details</source>
      <translation>Détails de la politique</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Privacy notice:</source>
      <translation>Information sur la protection des données :</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Purposes</source>
      <translation>Finalités</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>Removed</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>Renamed</source>
      <translation>Renommé</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>The order of the {sections} changed; order does not change what the policy says.</source>
      <translation>L’ordre de {sections} a changé ; l’ordre ne change pas ce que dit la politique.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Uses</source>
      <translation>Utilisations</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>Uses whose decision changes</source>
      <translation>Utilisations dont la décision change</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>both versions say the same thing.</source>
      <translation>les deux versions disent la même chose.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>its status is {status}</source>
      <translation>son statut est {status}</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline_html.py" />
      <source>no approval of its content is recorded</source>
      <translation>aucune approbation de son contenu n’est enregistrée</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>no decision changes: {share}.</source>
      <translation>aucune décision ne change : {share}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>no differences</source>
      <translation>aucune différence</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>no longer:</source>
      <translation>plus :</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>not set</source>
      <translation>non défini</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>notice: {sentence}</source>
      <translation>notice : {sentence}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>now also:</source>
      <translation>désormais aussi :</translation>
    </message>
    <message>
      <location filename="../../resources/documents/redline.html.j2" />
      <source>this change {changes}; {share}.</source>
      <translation>Cette modification : {changes} ; {share}.</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>unknown diff format '{format}' (choose from {formats})</source>
      <translation>format de diff inconnu '{format}' (choisissez parmi {formats})</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../app/exporters/redline.py" />
      <source>{name}{role}, {decision} on {date}</source>
      <translation>{name}{role}, {decision} le {date}</translation>
    </message>
  </context>
  <context>
    <name>remedies</name>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Add obligation: {obligation}</source>
      <translation>Ajouter l’obligation : {obligation}</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Ask for consent before using data for '{purpose}' (opt-in instead of {consent}).</source>
      <translation>Demandez le consentement avant d’utiliser des données pour '{purpose}' (opt-in au lieu de {consent}).</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Its legal basis becomes consent, as it has none.</source>
      <translation>Sa base légale devient le consentement, car elle n’en a pas.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Left out: {categories}; add back only what the purpose truly needs.</source>
      <translation>Exclues : {categories} ; ne rajoutez que ce dont la finalité a vraiment besoin.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Narrow '{tree}' to {count} of its child categories</source>
      <translation>Restreindre '{tree}' à {count} de ses sous-catégories</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Narrow '{tree}': leave out this category</source>
      <translation>Restreindre '{tree}' : exclure cette catégorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Requests without granted consent are then denied.</source>
      <translation>Les demandes sans consentement accordé sont alors refusées.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Require that the data is {obligation}d whenever rule '{rule}' allows it. This applies to every use the rule allows, not only this one.</source>
      <translation>Exigez l’obligation « {obligation} » chaque fois que la règle '{rule}' autorise l’utilisation. Cela s’applique à toute utilisation que la règle autorise, pas seulement à celle-ci.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Rule '{rule}' allows all of '{tree}'. Replace it with {what}.</source>
      <translation>La règle '{rule}' autorise tout '{tree}'. Remplacez-le par {what}.</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Switch purpose to opt-in</source>
      <translation>Passer la finalité en opt-in</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>Switch {purpose} to opt-in</source>
      <translation>Passer {purpose} en opt-in</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>its other child categories ({categories}), so this use of '{category}' is no longer allowed by the rule</source>
      <translation>ses autres sous-catégories ({categories}), de sorte que cette utilisation de '{category}' n’est plus autorisée par la règle</translation>
    </message>
    <message>
      <location filename="../../app/domain/remedies.py" />
      <source>only the child categories less intrusive for this purpose: {categories}</source>
      <translation>seulement les sous-catégories moins intrusives pour cette finalité : {categories}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <location filename="../../app/domain/region_codes.py" />
      <source>any recipient</source>
      <translation>tout destinataire</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>consent must be granted, denied or unknown</source>
      <translation>consent doit valoir granted, denied ou unknown</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>gpc must be true or false</source>
      <translation>gpc doit valoir true ou false</translation>
    </message>
    <message>
      <location filename="../../app/domain/region_codes.py" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>region '{value}' is not a region code (an ISO 3166 code such as DE or US-CA, or a group id such as eea)</source>
      <translation>la région '{value}' n’est pas un code de région (un code ISO 3166 tel que DE ou US-CA, ou l’identifiant d’un groupe tel que eea)</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>region must be text, not {kind}</source>
      <translation>region doit être du texte, pas {kind}</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>the request needs '{key}'</source>
      <translation>la demande exige '{key}'</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>unknown key '{key}' (keys: {keys})</source>
      <translation>clé inconnue '{key}' (clés : {keys})</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>{key} '{value}' {problem}</source>
      <translation>{key} '{value}' {problem}</translation>
    </message>
    <message>
      <location filename="../../app/domain/requests.py" />
      <source>{key} must be text, not {kind}</source>
      <translation>{key} doit être du texte, pas {kind}</translation>
    </message>
  </context>
  <context>
    <name>retention import</name>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n field to change</source>
      <translation>
        <numerusform>%n champ à modifier</numerusform>
        <numerusform>%n champs à modifier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n fields to change</source>
      <translation>
        <numerusform>%n champ à modifier</numerusform>
        <numerusform>%n champs à modifier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n unknown rule id</source>
      <translation>
        <numerusform>%n identifiant de règle inconnu</numerusform>
        <numerusform>%n identifiants de règle inconnus</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n unknown rule ids</source>
      <translation>
        <numerusform>%n identifiant de règle inconnu</numerusform>
        <numerusform>%n identifiants de règle inconnus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>'{value}' is not a month and day (MM-DD, e.g. 04-01, or 1 April)</source>
      <translation>'{value}' n’est pas un mois et un jour (MM-DD, p. ex. 04-01 ou 1 April)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>'{value}' is not a period (e.g. P6Y or 6 years)</source>
      <translation>'{value}' n’est pas une durée (p. ex. P6Y ou 6 years)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>'{value}' is not yes or no</source>
      <translation>'{value}' n’est ni yes ni no</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>= {id}: not in the schedule (unchanged)</source>
      <translation>= {id} : absent du calendrier de conservation (inchangé)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>? row {row}: unknown rule id '{id}' (not in the policy; ignored)</source>
      <translation>? ligne {row} : identifiant de règle inconnu '{id}' (absent de la politique ; ignoré)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>Import retention schedule (%n change)</source>
      <translation>
        <numerusform>Importer le calendrier de conservation (%n modification)</numerusform>
        <numerusform>Importer le calendrier de conservation (%n modifications)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>Import retention schedule (%n changes)</source>
      <translation>
        <numerusform>Importer le calendrier de conservation (%n modification)</numerusform>
        <numerusform>Importer le calendrier de conservation (%n modifications)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>a value outside the columns of the header</source>
      <translation>une valeur en dehors des colonnes de l’en-tête</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>column '{column}' appears twice</source>
      <translation>la colonne '{column}' apparaît deux fois</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>column '{column}': {reason}</source>
      <translation>colonne '{column}' : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>column {number}</source>
      <translation>colonne {number}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>no disposition given</source>
      <translation>aucun mode d’élimination indiqué</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>note: {note}</source>
      <translation>remarque : {note}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>row {row}: '{words}' (in words) is not imported; change '{column}' to change the period of {id}</source>
      <translation>ligne {row} : '{words}' (en toutes lettres) n’est pas importé ; modifiez '{column}' pour modifier la durée de {id}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>rule id '{id}' repeats row {row}</source>
      <translation>l’identifiant de règle '{id}' répète la ligne {row}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the header has no '{column}' column</source>
      <translation>l’en-tête n’a pas de colonne '{column}'</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the row has {cells} cells but the header has {columns} ('{missing}' is missing)</source>
      <translation>la ligne a {cells} cellules mais l’en-tête en a {columns} ('{missing}' manque)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the schedule carries no digest; it may not come from this policy</source>
      <translation>le calendrier de conservation ne porte pas d’empreinte ; il ne provient peut-être pas de cette politique</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the schedule is empty (no header row)</source>
      <translation>le calendrier de conservation est vide (pas de ligne d’en-tête)</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>the schedule was exported from another version of the policy ({digests}; the policy now is {now})</source>
      <translation>le calendrier de conservation a été exporté d’une autre version de la politique ({digests} ; la politique est maintenant {now})</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>{fields}, {ids}</source>
      <translation>{fields}, {ids}</translation>
    </message>
    <message>
      <location filename="../../app/importers/retention_schedule.py" />
      <source>{id}: '{value}' is not a declared {kind}</source>
      <translation>{id} : '{value}' n’est pas déclaré comme {kind}</translation>
    </message>
  </context>
  <context>
    <name>retention words</name>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source> or </source>
      <translation> ou </translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>April</source>
      <translation>avril</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>August</source>
      <translation>août</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>December</source>
      <translation>décembre</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>February</source>
      <translation>février</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>January</source>
      <translation>janvier</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>July</source>
      <translation>juillet</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>June</source>
      <translation>juin</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>March</source>
      <translation>mars</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>May</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>November</source>
      <translation>novembre</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>October</source>
      <translation>octobre</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>September</source>
      <translation>septembre</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>a custom event (not named)</source>
      <translation>un événement propre (sans nom)</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>a custom event (not named) happened</source>
      <translation>un événement propre (sans nom) s’est produit</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>account closure</source>
      <translation>la clôture du compte</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>anonymised</source>
      <translation>anonymisées</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>archived</source>
      <translation>archivées</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>at least {minimum} after {start} (no end given)</source>
      <translation>au moins {minimum} après {start} (aucune fin indiquée)</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>at least {minimum} after {start}, then indefinitely</source>
      <translation>au moins {minimum} après {start}, puis indéfiniment</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>at least {minimum} and at most {maximum} after {start}</source>
      <translation>au moins {minimum} et au plus {maximum} après {start}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>by the criterion “{criteria}”</source>
      <translation>selon le critère « {criteria} »</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>collection</source>
      <translation>la collecte</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>consent was withdrawn</source>
      <translation>le consentement a été retiré</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>consent withdrawal</source>
      <translation>la révocation du consentement</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>criteria</source>
      <translation>critères</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>deleted</source>
      <translation>supprimées</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>deletion by the person</source>
      <translation>la suppression par la personne</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>exactly {duration} after {start}</source>
      <translation>exactement {duration} après {start}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>fulfilment of the purpose</source>
      <translation>la réalisation de la finalité</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>indefinite</source>
      <translation>indéfinie</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>indefinitely</source>
      <translation>indéfiniment</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>kept {period}</source>
      <translation>conservées {period}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>kept {period}, then {done}</source>
      <translation>conservées {period}, puis {done}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>no period</source>
      <translation>aucune durée</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>no period given (counted from {start})</source>
      <translation>aucune durée indiquée (à compter de {start})</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>pseudonymised</source>
      <translation>pseudonymisées</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>reviewed</source>
      <translation>réexaminées</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>start not given</source>
      <translation>début non indiqué</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the account was closed</source>
      <translation>le compte a été clôturé</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the contract ended</source>
      <translation>le contrat a pris fin</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the data was collected</source>
      <translation>les données ont été collectées</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the end of the calendar year in which {event}</source>
      <translation>la fin de l’année civile au cours de laquelle {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the end of the contract</source>
      <translation>la fin du contrat</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the end of the financial year (starting {start}) in which {event}</source>
      <translation>la fin de l’exercice (commençant le {start}) au cours duquel {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the end of the financial year ({start}) in which {event}</source>
      <translation>la fin de l’exercice ({start}) au cours duquel {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the last activity</source>
      <translation>la dernière activité</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the last activity took place</source>
      <translation>la dernière activité a eu lieu</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the person deleted the data or asked for its erasure</source>
      <translation>la personne a supprimé les données ou en a demandé l’effacement</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>the purpose was fulfilled</source>
      <translation>la finalité a été atteinte</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{criteria} and {period}</source>
      <translation>{criteria} et {period}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{criteria}, counted from {start}</source>
      <translation>{criteria}, à compter de {start}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{criteria}, counted from {start}, at least {minimum}</source>
      <translation>{criteria}, à compter de {start}, au moins {minimum}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{criteria}, ≥ {minimum}</source>
      <translation>{criteria}, ≥ {minimum}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{day} {month}</source>
      <translation>{day} {month}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{duration} after {start}</source>
      <translation>{duration} après {start}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{length} from financial year end ({start}) after {event}</source>
      <translation>{length} à compter de la fin de l’exercice ({start}) suivant {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{length} from year end after {event}</source>
      <translation>{length} à compter de la fin de l’année suivant {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{length} from {event}</source>
      <translation>{length} à compter de {event}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{minimum} to {maximum}</source>
      <translation>{minimum} à {maximum}</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{period} ({criteria})</source>
      <translation>{period} ({criteria})</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{sentence}; under legal hold</source>
      <translation>{sentence} ; soumises à un gel juridique (legal hold)</translation>
    </message>
    <message>
      <location filename="../../app/domain/retention_words.py" />
      <source>{sentence}; under legal hold ({reason})</source>
      <translation>{sentence} ; soumises à un gel juridique (legal hold : {reason})</translation>
    </message>
  </context>
  <context>
    <name>retention-import</name>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>Compare the retention schedule CSV (as written by 'export --format retention-csv' and edited in a spreadsheet) with FILE and change the retention rules it lists. The preview is printed; unless --dry-run the policy is written (to OUT or in place). Exit status: 0 done, 2 unreadable input or wrong usage.</source>
      <translation>Compare le calendrier de conservation CSV (tel qu’écrit par 'export --format retention-csv' et modifié dans un tableur) avec FILE et modifie les règles de conservation qu’il liste. L’aperçu est affiché ; sauf avec --dry-run la politique est écrite (dans OUT ou sur place). Code de sortie : 0 fait, 2 entrée illisible ou mauvais usage.</translation>
    </message>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>apply an edited retention schedule (CSV) to a policy</source>
      <translation>appliquer un calendrier de conservation modifié (CSV) à une politique</translation>
    </message>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>only print what would change; write nothing</source>
      <translation>afficher seulement ce qui changerait ; ne rien écrire</translation>
    </message>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>policy YAML file to change</source>
      <translation>fichier de politique YAML à modifier</translation>
    </message>
    <message>
      <location filename="../../app/commands/retention_import.py" />
      <source>the edited retention schedule</source>
      <translation>le calendrier de conservation modifié</translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source> (and {count} more)</source>
      <translation> (et {count} de plus)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source> One step to undo (Ctrl+Z).</source>
      <translation> Une seule étape à annuler (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source> about {subject}</source>
      <translation> concernant {subject}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/review.py" />
      <source>%n allowed uses ({tally})</source>
      <translation>
        <numerusform>%n utilisation autorisée ({tally})</numerusform>
        <numerusform>%n utilisations autorisées ({tally})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/review/view.py" />
      <source>%n uses</source>
      <translation>
        <numerusform>%n utilisation</numerusform>
        <numerusform>%n utilisations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>, shared with {recipient}</source>
      <translation>, partagé avec {recipient}</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>1 allowed use ({tally})</source>
      <translation>1 utilisation autorisée ({tally})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>; also allowed by {rules}</source>
      <translation>; également autorisé par {rules}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>&lt;b&gt;{category}&lt;/b&gt; for &lt;b&gt;{purpose}&lt;/b&gt;</source>
      <translation>&lt;b&gt;{category}&lt;/b&gt; pour &lt;b&gt;{purpose}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Allowed by: {rule}</source>
      <translation>Autorisé par : {rule}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Allowed uses</source>
      <translation>Utilisations autorisées</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Band</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Bands:</source>
      <translation>Niveaux :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Every allowed use, most intrusive first; select one for details</source>
      <translation>Chaque utilisation autorisée, la plus intrusive d’abord ; sélectionnez-en une pour les détails</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Factors</source>
      <translation>Facteurs</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Filter by category, purpose, subject, recipient or rule…</source>
      <translation>Filtrer par catégorie, finalité, personne concernée, destinataire ou règle…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Filter uses</source>
      <translation>Filtrer les utilisations</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Lower the score</source>
      <translation>Réduire le score</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>No allowed uses to review yet. The review scores every use a rule allows: add a use rule that allows a data category for a purpose (Add item, Ctrl+Shift+N, in Use rules).</source>
      <translation>Aucune utilisation autorisée à examiner pour l’instant. La revue évalue chaque utilisation qu’une règle autorise : ajoutez une règle d’utilisation qui autorise une catégorie de données pour une finalité (Ajouter un élément, Ctrl+Maj+N, dans Règles d’utilisation).</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>No change offered here would lower this score.</source>
      <translation>Aucune modification proposée ici ne réduirait ce score.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Not changed: {error}</source>
      <translation>Non modifié : {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Number of uses shown</source>
      <translation>Nombre d’utilisations affichées</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>Print every use the policy allows (as 'decide' answers, deny rules applied), most intrusive first: category, purpose, subject, recipient, region, consent, score, band, factors and the rules allowing it. Exit status: with --band B, 1 when any use is in band B or above, else 0; without --band, 0; 2 for an unreadable file.</source>
      <translation>Affiche chaque utilisation que la politique autorise (comme répond 'decide', règles d’interdiction appliquées), la plus intrusive d’abord : catégorie, finalité, personne concernée, destinataire, région, consentement, score, niveau, facteurs et règles qui l’autorisent. Code de sortie : avec --band B, 1 si une utilisation est au niveau B ou au-dessus, sinon 0 ; sans --band, 0 ; 2 pour un fichier illisible.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Reviewing…</source>
      <translation>Examen en cours…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Rules</source>
      <translation>Règles</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Score {score} ({band})</source>
      <translation>Score {score} ({band})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Scoring every allowed use of the policy…</source>
      <translation>Évaluation de chaque utilisation autorisée de la politique…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Select a use to see why it scores as it does and how to lower it.</source>
      <translation>Sélectionnez une utilisation pour voir pourquoi elle obtient ce score et comment le réduire.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Selected use</source>
      <translation>Utilisation sélectionnée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show only the uses whose ids contain every word typed</source>
      <translation>N’afficher que les utilisations dont les identifiants contiennent chaque mot saisi</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show the rule</source>
      <translation>Afficher la règle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show the rule '{rule}' in the editor</source>
      <translation>Afficher la règle « {rule} » dans l’éditeur</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show uses in the {band} band</source>
      <translation>Afficher les utilisations du niveau {band}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Show {band} uses</source>
      <translation>Afficher les utilisations de niveau {band}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/model.py" />
      <source>Subject</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>Use details</source>
      <translation>Détails de l’utilisation</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <location filename="../../app/ui/views/review/model.py" />
      <source>any</source>
      <translation>quelconque</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>list every allowed use by intrusiveness (exit 1 at --band or above)</source>
      <translation>lister chaque utilisation autorisée par intrusivité (code de sortie 1 à partir de --band)</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>list only uses in this band or above, and exit 1 if there is any</source>
      <translation>lister seulement les utilisations de ce niveau ou au-dessus, et sortir avec 1 s’il y en a</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>needs consent</source>
      <translation>exige le consentement</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>no consent asked</source>
      <translation>aucun consentement demandé</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>no factors</source>
      <translation>aucun facteur</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>print {{digest, band, counts, uses: [...]}} as JSON</source>
      <translation>afficher {{digest, band, counts, uses: [...]}} en JSON</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>subject {subject}, recipient {recipient}, region {region}, {consent}</source>
      <translation>personne concernée {subject}, destinataire {recipient}, région {region}, {consent}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/view.py" />
      <source>total</source>
      <translation>total</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>unless opted out</source>
      <translation>sauf opposition</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>{category} for {purpose} ({where}; rules {rules})</source>
      <translation>{category} pour {purpose} ({where} ; règles {rules})</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>{count} at or above {band}; </source>
      <translation>{count} au niveau {band} ou au-dessus ; </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/review/view.py" />
      <source>{shown} of %n uses</source>
      <translation>
        <numerusform>{shown} sur %n utilisation</numerusform>
        <numerusform>{shown} sur %n utilisations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>rule annex</name>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Annex to</source>
      <translation>Annexe de</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Content digest</source>
      <translation>Empreinte du contenu</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Retention rules</source>
      <translation>Règles de conservation</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Rule annex: {title}</source>
      <translation>Annexe des règles : {title}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Rule annex: {title} {version}</source>
      <translation>Annexe des règles : {title} {version}</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>This annex lists every rule of the policy whose document carries the same content digest; it belongs to that document only when the digests are the same.</source>
      <translation>Cette annexe liste chaque règle de la politique dont le document porte la même empreinte du contenu ; elle ne se rattache à ce document que si les empreintes sont identiques.</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>Use rules</source>
      <translation>Règles d’utilisation</translation>
    </message>
    <message>
      <location filename="../../resources/documents/rule-annex.html.j2" />
      <source>{title}, version {version}</source>
      <translation>{title}, version {version}</translation>
    </message>
  </context>
  <context>
    <name>schema</name>
    <message>
      <location filename="../../app/commands/schema.py" />
      <source>print the JSON Schema of policy files</source>
      <translation>afficher le schéma JSON des fichiers de politique</translation>
    </message>
  </context>
  <context>
    <name>section</name>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>data category</source>
      <translation>catégorie de données</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>data subject</source>
      <translation>groupe de personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>expectation</source>
      <translation>attente</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>purpose</source>
      <translation>finalité</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>recipient</source>
      <translation>destinataire</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>region group</source>
      <translation>groupe de régions</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>retention rule</source>
      <translation>règle de conservation</translation>
    </message>
    <message>
      <location filename="../../app/domain/sections.py" />
      <source>use rule</source>
      <translation>règle d'utilisation</translation>
    </message>
  </context>
  <context>
    <name>show-text</name>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source># not readable as a policy: {error}</source>
      <translation># illisible en tant que politique : {error}</translation>
    </message>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source>Print FILE one item per block, sorted by id, defaults left out: a text that changes only when the policy's meaning does. git-setup makes git diff use it. Exit status: 0 shown, 2 unreadable input.</source>
      <translation>Affiche FILE avec un élément par bloc, trié par identifiant, sans les valeurs par défaut : un texte qui ne change que si le sens de la politique change. git-setup le fait utiliser par git diff. Code de sortie : 0 affiché, 2 entrée illisible.</translation>
    </message>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source>print a policy as semantic, stable text (for git diff)</source>
      <translation>afficher une politique en texte sémantique et stable (pour git diff)</translation>
    </message>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source>the policy file</source>
      <translation>le fichier de politique</translation>
    </message>
    <message>
      <location filename="../../app/commands/show_text.py" />
      <source>when FILE does not load, print its text as it is (exit 0)</source>
      <translation>si FILE ne se charge pas, afficher son texte tel quel (code de sortie 0)</translation>
    </message>
  </context>
  <context>
    <name>store labels</name>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>declare each category and its label</source>
      <translation>déclarez chaque catégorie et son libellé</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>declare each purpose and its label</source>
      <translation>déclarez chaque finalité et son libellé</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>declare one on each</source>
      <translation>déclarez-en un sur chacun</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>format 1: only uses that name a third-party recipient count as shared; migrate the policy (policy-studio migrate) for exact labels</source>
      <translation>format 1 : seules les utilisations qui nomment un destinataire tiers comptent comme partagées ; migrez la politique (policy-studio migrate) pour des libellés exacts</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>no {store} data type for categories {items}: their data is left out</source>
      <translation>aucun type de données {store} pour les catégories {items} : leurs données sont exclues</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>no {store} data type for category {items}: their data is left out</source>
      <translation>aucun type de données {store} pour la catégorie {items} : ses données sont exclues</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>no {store} purpose for purpose {items}: their uses are listed without one</source>
      <translation>aucune finalité {store} pour la finalité {items} : ses utilisations sont listées sans</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>no {store} purpose for purposes {items}: their uses are listed without one</source>
      <translation>aucune finalité {store} pour les finalités {items} : leurs utilisations sont listées sans</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>not declared</source>
      <translation>non déclaré</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{items} and {count} more</source>
      <translation>{items} et {count} de plus</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{store} data type {value} is proposed, not confirmed, for categories {items}</source>
      <translation>le type de données {store} {value} est proposé, non confirmé, pour les catégories {items}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{store} data type {value} is proposed, not confirmed, for category {items}</source>
      <translation>le type de données {store} {value} est proposé, non confirmé, pour la catégorie {items}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{store} purpose {value} is proposed, not confirmed, for purpose {items}</source>
      <translation>la finalité {store} {value} est proposée, non confirmée, pour la finalité {items}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{store} purpose {value} is proposed, not confirmed, for purposes {items}</source>
      <translation>la finalité {store} {value} est proposée, non confirmée, pour les finalités {items}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_labels.py" />
      <source>{unmapped}; {ending}</source>
      <translation>{unmapped} ; {ending}</translation>
    </message>
  </context>
  <context>
    <name>store proposals</name>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its CCPA category {category}</source>
      <translation>sa catégorie CCPA {category}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its DPV purpose {term}</source>
      <translation>sa finalité DPV {term}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its DPV term {term}</source>
      <translation>son terme DPV {term}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its Fides key {key}</source>
      <translation>sa clé Fides {key}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its kind {kind}</source>
      <translation>son type {kind}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its special-category sensitivity</source>
      <translation>sa sensibilité de catégorie particulière</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>its tag {tag}</source>
      <translation>son étiquette {tag}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>the kind {kind} of {id}</source>
      <translation>le type {kind} de {id}</translation>
    </message>
    <message>
      <location filename="../../app/domain/store_proposals.py" />
      <source>the word '{word}' in its id</source>
      <translation>le mot '{word}' dans son identifiant</translation>
    </message>
  </context>
  <context>
    <name>summary</name>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>    {category} for {purpose}: {score}</source>
      <translation>    {category} pour {purpose} : {score}</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>  allowed uses:  {count} ({bands})</source>
      <translation>  utilisations autorisées : {count} ({bands})</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>  digest:        {digest}</source>
      <translation>  empreinte :    {digest}</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>  jurisdictions: {names}</source>
      <translation>  juridictions : {names}</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>  organisation:  {name}</source>
      <translation>  organisation : {name}</translation>
    </message>
    <message>
      <location filename="../../app/commands/summary.py" />
      <source>{title}  (version {version}, {status})</source>
      <translation>{title}  (version {version}, {status})</translation>
    </message>
  </context>
  <context>
    <name>tables</name>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>expected columns</source>
      <translation>colonnes attendues</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>expected columns such as '{title}'</source>
      <translation>colonnes attendues, comme '{title}'</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>malformed CSV: {reason}</source>
      <translation>CSV mal formé : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the file holds NUL characters; it is not a CSV text file (save it as 'CSV UTF-8')</source>
      <translation>le fichier contient des caractères NUL ; ce n’est pas un fichier texte CSV (enregistrez-le en 'CSV UTF-8')</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the file is not UTF-8; it was read as Windows-1252 (what Excel's plain 'CSV' writes in Western Europe)</source>
      <translation>le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (ce qu’écrit le 'CSV' simple d’Excel en Europe de l’Ouest)</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the file is not {encoding} text (save the spreadsheet as 'CSV UTF-8')</source>
      <translation>le fichier n’est pas du texte {encoding} (enregistrez la feuille de calcul en 'CSV UTF-8')</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the file looks like UTF-16 text without a byte-order mark; save it as 'CSV UTF-8'</source>
      <translation>le fichier ressemble à du texte UTF-16 sans marque d’ordre des octets ; enregistrez-le en 'CSV UTF-8'</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the header names none of the {expected}; its cells are separated by {found}</source>
      <translation>l’en-tête ne nomme aucune des {expected} ; ses cellules sont séparées par {found}</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>the header names none of the {expected}; its cells seem to be separated by {found}, but the delimiter must be a comma, semicolon or tab</source>
      <translation>l’en-tête ne nomme aucune des {expected} ; ses cellules semblent séparées par {found}, mais le séparateur doit être une virgule, un point-virgule ou une tabulation</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>unknown rule id '{id}' may be '{meant}' after a spreadsheet turned it into a number; export the schedule again</source>
      <translation>l’identifiant de règle inconnu '{id}' est peut-être '{meant}' après qu’un tableur l’a transformé en nombre ; exportez à nouveau le calendrier de conservation</translation>
    </message>
    <message>
      <location filename="../../app/importers/tables.py" />
      <source>{id}: the {field} '{old}' is one a spreadsheet turns into a number or date; check the change is an edit, not its reformatting</source>
      <translation>{id} : {field} '{old}' est une valeur qu’un tableur transforme en nombre ou en date ; vérifiez que la modification est une édition et non un reformatage</translation>
    </message>
  </context>
  <context>
    <name>test</name>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>--junit takes one FILE (got {count})</source>
      <translation>--junit prend un seul FILE (reçu : {count})</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>Ask every expectation (the policy's tests section) of the in-app engine, the OPA bundle in regorus and in real OPA (when installed) and the Cedar export; report each failing expectation and any engine that answers differently from the in-app engine. Exit status: 0 all hold and the engines agree, 1 otherwise, 2 unreadable input or wrong usage.</source>
      <translation>Pose chaque attente (la section tests de la politique) au moteur intégré, au bundle OPA dans regorus et dans le vrai OPA (s’il est installé) et à l’export Cedar ; signale chaque attente non tenue et tout moteur qui répond autrement que le moteur intégré. Code de sortie : 0 toutes tenues et les moteurs concordent, 1 sinon, 2 entrée illisible ou mauvais usage.</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>add a tests section (or, in the window, 'Save as expectation' in the decision tester); each entry is a request and the decision expected</source>
      <translation>ajoutez une section tests (ou, dans la fenêtre, 'Enregistrer comme attente' dans le testeur de décisions) ; chaque entrée est une demande et la décision attendue</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>also write JUnit XML to OUT.xml ('-': standard output): one testsuite per engine, one testcase per expectation</source>
      <translation>écrire aussi du XML JUnit dans OUT.xml ('-' : sortie standard) : une testsuite par moteur, un testcase par attente</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>ask only this engine (repeatable; one of {engines}; default: all). The in-app engine always answers: it is the reference the others are compared with</source>
      <translation>n’interroger que ce moteur (répétable ; parmi {engines} ; par défaut : tous). Le moteur intégré répond toujours : c’est la référence à laquelle les autres sont comparés</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>policy file (several: each is run in turn, as a pre-commit hook passes them; --junit then takes one FILE)</source>
      <translation>fichier de politique (plusieurs : chacun est exécuté à son tour, comme les passe un hook pre-commit ; --junit prend alors un seul FILE)</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>run the policy's expectations on every engine</source>
      <translation>exécuter les attentes de la politique sur chaque moteur</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>the engines agree</source>
      <translation>les moteurs concordent</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine} disagrees with the in-app engine</source>
      <translation>{engine} diverge du moteur intégré</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine} failed</source>
      <translation>{engine} a échoué</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine}: judged on {what}</source>
      <translation>{engine} : jugé sur {what}</translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine}: not installed</source>
      <translation>{engine} : non installé</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine}: {done}/%n expectations</source>
      <translation>
        <numerusform>{engine} : {done}/%n attente</numerusform>
        <numerusform>{engine} : {done}/%n attentes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/expectations_run.py" />
      <source>{file}: no expectations to run</source>
      <translation>{file} : aucune attente à exécuter</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/expectations_run.py" />
      <source>{held} of %n expectations hold on {engines}; {verdict}</source>
      <translation>
        <numerusform>{held} sur %n attente tenue sur {engines} ; {verdict}</numerusform>
        <numerusform>{held} sur %n attentes tenues sur {engines} ; {verdict}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tester</name>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Category:</source>
      <translation>&amp;Catégorie :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Global Privacy Control signal</source>
      <translation>Signal &amp;Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Purpose:</source>
      <translation>&amp;Finalité :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Recipient:</source>
      <translation>&amp;Destinataire :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Region:</source>
      <translation>&amp;Région :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Save as expectation…</source>
      <translation>&amp;Enregistrer comme attente…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>&amp;Subject:</source>
      <translation>&amp;Personne concernée :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>ALLOW</source>
      <translation>AUTORISÉ</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Answer</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Answer, scrolled</source>
      <translation>Réponse, défilante</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>C&amp;onsent:</source>
      <translation>C&amp;onsentement :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Choose a category and a purpose first.</source>
      <translation>Choisissez d’abord une catégorie et une finalité.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Choose a category and a purpose to see the answer.</source>
      <translation>Choisissez une catégorie et une finalité pour voir la réponse.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>DENY</source>
      <translation>REFUSÉ</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Declare the {items} first: an expectation names declared items only.</source>
      <translation>Déclarez d’abord {items} : une attente ne nomme que des éléments déclarés.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Intrusiveness</source>
      <translation>Intrusivité</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Intrusiveness factors</source>
      <translation>Facteurs d’intrusivité</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Intrusiveness:</source>
      <translation>Intrusivité :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Keep this question and its answer in the policy as an expectation that validation checks ({keys})</source>
      <translation>Conserver cette question et sa réponse dans la politique comme une attente que la validation vérifie ({keys})</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>No retention rule applies: add one for this category.</source>
      <translation>Aucune règle de conservation ne s’applique : ajoutez-en une pour cette catégorie.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Note: {field} '{value}' is not declared in the policy.</source>
      <translation>Remarque : {field} « {value} » n’est pas déclaré dans la politique.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Obligations:</source>
      <translation>Obligations :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Reason code: {code}</source>
      <translation>Code du motif : {code}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Reason:</source>
      <translation>Motif :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Retention</source>
      <translation>Conservation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Retention:</source>
      <translation>Conservation :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Rules:</source>
      <translation>Règles :</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Save as expectation…</source>
      <translation>Enregistrer comme attente…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Saved as expectation {link}.</source>
      <translation>Enregistré comme attente {link}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show rule</source>
      <translation>Afficher la règle</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show rule {rule}</source>
      <translation>Afficher la règle {rule}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show the retention rule</source>
      <translation>Afficher la règle de conservation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show the retention rule '{rule}' in the editor</source>
      <translation>Afficher la règle de conservation « {rule} » dans l’éditeur</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>Show the rule '{rule}' in the editor</source>
      <translation>Afficher la règle « {rule} » dans l’éditeur</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Subject</source>
      <translation>Personne concernée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>The data category to use (required)</source>
      <translation>La catégorie de données à utiliser (obligatoire)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>The person's browser sent a GPC signal: an opt-out of purposes that honour it, unless consent is granted</source>
      <translation>Le navigateur de la personne a envoyé un signal GPC : une opposition aux finalités qui le respectent, sauf si le consentement est donné</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>The person's consent state for this purpose</source>
      <translation>L’état du consentement de la personne pour cette finalité</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>The policy has no data categories or purposes yet: add some (Add item, Ctrl+Shift+N) to ask whether a category may be used for a purpose.</source>
      <translation>La politique n’a encore ni catégories de données ni finalités : ajoutez-en (Ajouter un élément, Ctrl+Maj+N) pour demander si une catégorie peut être utilisée pour une finalité.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>What the data would be used for (required)</source>
      <translation>Ce pour quoi les données seraient utilisées (obligatoire)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Where the data would be used (regions named by rules are offered). Left empty, rules limited to some regions do not apply</source>
      <translation>Où les données seraient utilisées (les régions nommées par les règles sont proposées). Laissé vide, les règles limitées à certaines régions ne s’appliquent pas</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Who would receive the data. Left empty, the data is not shared: rules that name recipients do not apply</source>
      <translation>Qui recevrait les données. Laissé vide, les données ne sont pas partagées : les règles qui nomment des destinataires ne s’appliquent pas</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>Whom the data is about. Left empty, rules limited to some subjects do not apply</source>
      <translation>La personne concernée par les données. Laissé vide, les règles limitées à certaines personnes ne s’appliquent pas</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>no factors</source>
      <translation>aucun facteur</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/answer.py" />
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>not known (no region)</source>
      <translation>inconnue (aucune région)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>not known (no subject)</source>
      <translation>inconnue (aucune personne concernée)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/view.py" />
      <source>not shared (no recipient)</source>
      <translation>non partagé (aucun destinataire)</translation>
    </message>
  </context>
  <context>
    <name>timeline</name>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source> when used for {purposes}</source>
      <translation> lorsqu’utilisé pour {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source> · legal hold</source>
      <translation> · conservation légale (legal hold)</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>1 day</source>
      <translation>1 jour</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>1 month</source>
      <translation>1 mois</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>1 week</source>
      <translation>1 semaine</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>1 year</source>
      <translation>1 an</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>10 years</source>
      <translation>10 ans</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>3 years</source>
      <translation>3 ans</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>6 months</source>
      <translation>6 mois</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Ambiguous: ties with {rules}</source>
      <translation>Ambigu : à égalité avec {rules}</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>Ambiguous: {rules} applies equally well with other terms; only {id} takes effect.</source>
      <translation>Ambigu : {rules} s’applique aussi bien avec d’autres conditions ; seule {id} prend effet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>An allowed use without any retention period</source>
      <translation>Une utilisation autorisée sans aucune durée de conservation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Category {name} ({id}), {sensitivity}: not used by any allow rule</source>
      <translation>Catégorie {name} ({id}), {sensitivity} : utilisée par aucune règle d’autorisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Category {name} ({id}), {sensitivity}: used by allow rules</source>
      <translation>Catégorie {name} ({id}), {sensitivity} : utilisée par des règles d’autorisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Data category</source>
      <translation>Catégorie de données</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Gap</source>
      <translation>Lacune</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Indefinite: no end date</source>
      <translation>Indéfinie : pas de date de fin</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Kept at least {minimum}</source>
      <translation>Conservé au moins {minimum}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>No data categories yet: declare the data the policy is about (Add item, Ctrl+Shift+N, in Data categories), then say how long it is kept.</source>
      <translation>Aucune catégorie de données pour l’instant : déclarez les données dont traite la politique (Ajouter un élément, Ctrl+Maj+N, dans Catégories de données), puis indiquez leur durée de conservation.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>No retention period for {category} when used for {purposes}</source>
      <translation>Aucune durée de conservation pour {category} utilisée pour {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>No retention rules yet: add one with Add item (Ctrl+Shift+N) in Retention rules to say how long each category is kept.</source>
      <translation>Aucune règle de conservation pour l’instant : ajoutez-en une avec Ajouter un élément (Ctrl+Maj+N) dans Règles de conservation pour indiquer la durée de conservation de chaque catégorie.</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>Reason: {citation}</source>
      <translation>Motif : {citation}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Retention periods by category: click a bar to open its rule; arrow keys move, Enter opens</source>
      <translation>Durées de conservation par catégorie : cliquez sur une barre pour ouvrir sa règle ; les flèches déplacent, Entrée ouvre</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Retention periods by data category</source>
      <translation>Durées de conservation par catégorie de données</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Retention rule</source>
      <translation>Règle de conservation</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>Retention rule {id}: {category}{uses} is {sentence}.</source>
      <translation>Règle de conservation {id} : {category}{uses} – {sentence}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Then {disposition}</source>
      <translation>Puis {disposition}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Up to a year more: the period starts at the end of the year in which the event happened</source>
      <translation>Jusqu’à un an de plus : la durée court à partir de la fin de l’année où l’événement a eu lieu</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>ambiguous (tied rules)</source>
      <translation>ambigu (règles à égalité)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>indefinite</source>
      <translation>indéfinie</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>minimum</source>
      <translation>minimum</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>no period</source>
      <translation>aucune durée</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>no retention</source>
      <translation>aucune conservation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>no retention for: {purposes}</source>
      <translation>aucune conservation pour : {purposes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>no retention rule (not used)</source>
      <translation>aucune règle de conservation (non utilisée)</translation>
    </message>
    <message>
      <location filename="../../app/domain/timeline.py" />
      <source>other uses: {terms}</source>
      <translation>autres utilisations : {terms}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>then {disposition}</source>
      <translation>puis {disposition}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>up to a year more (from year end)</source>
      <translation>jusqu’à un an de plus (dès la fin d’année)</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>{rule} for {category}</source>
      <translation>{rule} pour {category}</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>“…” criteria, no fixed period</source>
      <translation>« … » critères, pas de durée fixe</translation>
    </message>
  </context>
  <context>
    <name>validate</name>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>    Fix: {fix}</source>
      <translation>    Correction : {fix}</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>    Why: {why}</source>
      <translation>    Pourquoi : {why}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/validate.py" />
      <source>%n checks</source>
      <translation>
        <numerusform>%n contrôle</numerusform>
        <numerusform>%n contrôles</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>'{text}' is not a folder address: no spaces, quotes, &lt;&gt;, control characters, ? or # (percent-encode them)</source>
      <translation>'{text}' n’est pas une adresse de dossier : ni espaces, ni guillemets, ni &lt;&gt;, ni caractères de contrôle, ni ? ou # (encodez-les en pourcentage)</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>'{text}' is not an http(s) address</source>
      <translation>'{text}' n’est pas une adresse http(s)</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>; {count} could not be read</source>
      <translation> ; {count} n’ont pas pu être lus</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>Run every check of the catalogue on each FILE. Exit status: 0 fine (warnings allowed), 1 error findings (or any finding with --strict), 2 a file could not be read.</source>
      <translation>Exécute chaque contrôle du catalogue sur chaque FILE. Code de sortie : 0 correct (avertissements admis), 1 constats d’erreur (ou tout constat avec --strict), 2 un fichier n’a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>check policy files and report findings</source>
      <translation>contrôler des fichiers de politique et signaler les constats</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>fail (exit 1) on any finding, warnings and notes included</source>
      <translation>échouer (code de sortie 1) au moindre constat, avertissements et remarques compris</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>give at least one FILE (or --list-checks)</source>
      <translation>indiquez au moins un FILE (ou --list-checks)</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>judge dates (review overdue) as of this day</source>
      <translation>juger les dates (relecture en retard) à ce jour</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>policy files to check</source>
      <translation>fichiers de politique à contrôler</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>print the check catalogue and exit</source>
      <translation>afficher le catalogue des contrôles et quitter</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>report format (default: text)</source>
      <translation>format du rapport (par défaut : text)</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>where your copy of the check reference (policy-studio checks) is published; SARIF help URIs point into it</source>
      <translation>où votre copie de la référence des contrôles (policy-studio checks) est publiée ; les URI d’aide SARIF y pointent</translation>
    </message>
    <message>
      <location filename="../../app/commands/validate.py" />
      <source>write the report to OUT ('-': standard output)</source>
      <translation>écrire le rapport dans OUT ('-' : sortie standard)</translation>
    </message>
  </context>
  <context>
    <name>view tab</name>
    <message>
      <location filename="../../app/ui/views/document/__init__.py" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Flow</source>
      <translation>Flux</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/__init__.py" />
      <source>Matrix</source>
      <translation>Matrice</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/__init__.py" />
      <source>Review</source>
      <translation>Revue</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/__init__.py" />
      <source>Tester</source>
      <translation>Test</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Timeline</source>
      <translation>Conservation</translation>
    </message>
  </context>
  <context>
    <name>views</name>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Data flow</source>
      <translation>Carte des flux</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/tester/__init__.py" />
      <source>Decision tester</source>
      <translation>Test de décision</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/canvas.py" />
      <source>Diagram</source>
      <translation>Diagramme</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/document/view.py" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/flow/view.py" />
      <source>Export data flow</source>
      <translation>Exporter la carte des flux</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Export retention timeline</source>
      <translation>Exporter la chronologie de conservation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/review/__init__.py" />
      <source>Intrusiveness review</source>
      <translation>Revue d’intrusivité</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/timeline/view.py" />
      <source>Retention timeline</source>
      <translation>Chronologie de conservation</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/matrix/__init__.py" />
      <source>Use matrix</source>
      <translation>Matrice d’utilisation</translation>
    </message>
  </context>
</TS>
