<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
      <source>Undo history</source>
      <translation>Historique des modifications</translation>
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
    <name>error words</name>
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
      <source>nothing</source>
      <translation>rien</translation>
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
      <location filename="../../app/storage/loader.py" />
      <source>cannot read file: {reason}</source>
      <translation>impossible de lire le fichier : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/storage/safe_yaml.py" />
      <source>duplicate key '{key}'</source>
      <translation>clé en double '{key}'</translation>
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
      <location filename="../../app/storage/loader.py" />
      <source>no such file</source>
      <translation>fichier introuvable</translation>
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
      <location filename="../../app/storage/safe_yaml.py" />
      <source>the tag '{tag}' is not allowed in a policy file (only plain data is)</source>
      <translation>la balise '{tag}' n’est pas autorisée dans un fichier de politique (seules les données simples le sont)</translation>
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
      <location filename="../../app/storage/loader.py" />
      <source>this is not a regular file (a pipe, device or socket); give the path of a policy file</source>
      <translation>ceci n’est pas un fichier ordinaire (un tube, un périphérique ou un socket) ; indiquez le chemin d’un fichier de politique</translation>
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
      <location filename="../../app/storage/safe_yaml.py" />
      <source>{too_deep} (the alias '*{anchor}' is inside the value it names)</source>
      <translation>{too_deep} (l’alias '*{anchor}' se trouve dans la valeur qu’il désigne)</translation>
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
</TS>
