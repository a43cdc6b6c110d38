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
    <name>checks</name>
    <message>
      <location filename="../../app/commands/checks.py" />
      <source>Print the reference of every check (code, title, severity, why, how to fix) as Markdown; each check's section is anchored by its code in lower case, the address its SARIF rule's helpUri names (publish it and pass its folder's address to `validate --docs-url`). The repository keeps it as resources/reference/checks.md.</source>
      <translation>Affiche la référence de chaque contrôle (code, titre, gravité, pourquoi, comment corriger) en Markdown ; la section de chaque contrôle est ancrée par son code en minuscules, l’adresse que nomme le helpUri de sa règle SARIF (publiez-la et passez l’adresse de son dossier à `validate --docs-url`). Le dépôt la conserve dans resources/reference/checks.md.</translation>
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
      <location filename="../../app/commands/export.py" />
      <source>Validate FILE, then write it in FORMAT to OUT (a folder for formats made of several files). A policy with error findings is refused unless --force. Exit status: 0 written, 1 refused for error findings, 2 unreadable input or wrong usage.</source>
      <translation>Valide FILE, puis l’écrit au format FORMAT dans OUT (un dossier pour les formats composés de plusieurs fichiers). Une politique avec des constats d’erreur est refusée, sauf avec --force. Code de sortie : 0 écrit, 1 refusé pour constats d’erreur, 2 entrée illisible ou mauvais usage.</translation>
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
      <location filename="../../app/commands/export.py" />
      <source>wrote {file} ({format})</source>
      <translation>{file} écrit ({format})</translation>
    </message>
  </context>
  <context>
    <name>field</name>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Apple data type</source>
      <translation>type de données Apple</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Apple purpose</source>
      <translation>finalité Apple</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Approvals</source>
      <translation>Approbations</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Art. 9 condition</source>
      <translation>Condition de l’art. 9</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Automated decisions</source>
      <translation>Décisions automatisées</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Balancing test</source>
      <translation>Mise en balance</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Basis</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>CCPA category</source>
      <translation>Catégorie CCPA</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Categories</source>
      <translation>Catégories</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Children</source>
      <translation>Enfants</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Citation</source>
      <translation>Référence juridique</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Consequences</source>
      <translation>Conséquences</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Controller</source>
      <translation>Responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Counted from</source>
      <translation>Décompté à partir de</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Countries</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Criteria</source>
      <translation>Critères</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Custom event</source>
      <translation>Événement propre</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>DPIA screening</source>
      <translation>Examen préalable AIPD</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Data categories</source>
      <translation>Catégories de données</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Data protection officer</source>
      <translation>Délégué à la protection des données</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Data subjects</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Digest</source>
      <translation>Empreinte</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Effect</source>
      <translation>Effet</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Effective date</source>
      <translation>Date d’effet</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Established in</source>
      <translation>Établi en</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expectations</source>
      <translation>Attentes</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expected decision</source>
      <translation>Décision attendue</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expected reason</source>
      <translation>Raison attendue</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expected retention</source>
      <translation>Conservation attendue</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Expected rules</source>
      <translation>Règles attendues</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>External identifiers</source>
      <translation>Identifiants externes</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Financial year starts</source>
      <translation>Début de l’exercice</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Format version</source>
      <translation>Version de format</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Global Privacy Control</source>
      <translation>Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Google Play data type</source>
      <translation>type de données Google Play</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Google Play purpose</source>
      <translation>finalité Google Play</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Honours Global Privacy Control</source>
      <translation>Respecte Global Privacy Control</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Id</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Impact assessment</source>
      <translation>Analyse d’impact</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Innovative technology</source>
      <translation>Technologie innovante</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Joint controllers</source>
      <translation>Responsables conjoints du traitement</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Jurisdictions</source>
      <translation>Juridictions</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Kept at least</source>
      <translation>Conservé au moins</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Kept for</source>
      <translation>Conservé pendant</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Large scale</source>
      <translation>Grande échelle</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legal bases</source>
      <translation>Bases légales</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legal basis</source>
      <translation>Base légale</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legal hold</source>
      <translation>Gel juridique</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legal hold reason</source>
      <translation>Motif du gel juridique</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Legitimate interests assessment</source>
      <translation>Évaluation des intérêts légitimes</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Logic</source>
      <translation>Logique</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Matching or combining data sets</source>
      <translation>Croisement ou combinaison de jeux de données</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Members</source>
      <translation>Membres</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Next review</source>
      <translation>Prochaine relecture</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Oldest age</source>
      <translation>Âge maximal</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>On behalf of</source>
      <translation>Pour le compte de</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Or</source>
      <translation>Ou</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Period starts</source>
      <translation>Début de la période</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Policy</source>
      <translation>Politique</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Prevents a right or a service</source>
      <translation>Empêche un droit ou un service</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Processing contract</source>
      <translation>Contrat de sous-traitance</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Processing for controllers</source>
      <translation>Traitement pour des responsables</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Processor contract</source>
      <translation>Contrat avec le sous-traitant</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Profiling</source>
      <translation>Profilage</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Purposes</source>
      <translation>Finalités</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Recipients</source>
      <translation>Destinataires</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Record created</source>
      <translation>Fiche créée</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Record updated</source>
      <translation>Fiche mise à jour</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Region groups</source>
      <translation>Groupes de régions</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Regions</source>
      <translation>Régions</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Representative</source>
      <translation>Représentant</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Retention rules</source>
      <translation>Règles de conservation</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Rights offered</source>
      <translation>Droits offerts</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Safeguards</source>
      <translation>Garanties</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Security measures</source>
      <translation>Mesures de sécurité</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Sensitivity</source>
      <translation>Sensibilité</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Sharing</source>
      <translation>Partage</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Solely automated decisions</source>
      <translation>Décisions exclusivement automatisées</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Stored in</source>
      <translation>Stocké en</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Subject</source>
      <translation>Personne concernée</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Subjects</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Systematic monitoring</source>
      <translation>Surveillance systématique</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Then</source>
      <translation>Ensuite</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Tracking domains</source>
      <translation>Domaines de pistage</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Transfer derogation</source>
      <translation>Dérogation au transfert</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Transfer safeguard</source>
      <translation>Garantie du transfert</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Use rules</source>
      <translation>Règles d’utilisation</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
      <source>Vulnerable</source>
      <translation>Vulnérables</translation>
    </message>
    <message>
      <location filename="../../app/domain/field_titles.py" />
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
    <name>import</name>
    <message>
      <location filename="../../app/commands/import_fides.py" />
      <source>Add what Fides manifests say to FILE: data categories, data uses (as purposes) and subjects with their meaning; datasets' categories; each system's privacy declarations as allow rules and recipients; policies' rules as deny rules; the organization's controller and DPO. Items that already exist are skipped; collisions and what has no one-to-one counterpart are listed (lines starting with !). The preview is printed; unless --dry-run the policy is written (to OUT or in place). Exit status: 0 done, 2 unreadable input or wrong usage.</source>
      <translation>Ajoute à FILE ce que disent les manifestes Fides : catégories de données, utilisations de données (comme finalités) et personnes concernées avec leur sens ; les catégories des jeux de données ; les déclarations de confidentialité de chaque système comme règles d’autorisation et destinataires ; les règles des politiques comme règles d’interdiction ; le responsable du traitement et le DPO de l’organisation. Les éléments existants sont ignorés ; les collisions et ce qui n’a pas d’équivalent exact sont listés (lignes commençant par !). L’aperçu est affiché ; sauf avec --dry-run la politique est écrite (dans OUT ou sur place). Code de sortie : 0 fait, 2 entrée illisible ou mauvais usage.</translation>
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
      <source>critical</source>
      <translation>critique</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>high</source>
      <translation>élevé</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <location filename="../../app/domain/intrusiveness.py" />
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
      <location filename="../../app/commands/merge.py" />
      <source>Three-way merge of policy files by item id and field: order changes and renames are understood, comments and layout are kept from OURS. OUT may be OURS (as for a git merge driver). On conflicts OUT keeps ours' value in each, and OUT.conflicts.json lists them for the window to resolve. Exit status: 0 merged, 1 conflicts, 2 unreadable input or wrong usage.</source>
      <translation>Fusion à trois voies de fichiers de politique par identifiant d’élément et par champ : les changements d’ordre et les renommages sont compris, commentaires et mise en page sont repris de OURS. OUT peut être OURS (comme pour un pilote de fusion git). En cas de conflit, OUT garde notre valeur dans chacun, et OUT.conflicts.json les liste pour que la fenêtre les résolve. Code de sortie : 0 fusionné, 1 conflits, 2 entrée illisible ou mauvais usage.</translation>
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
    <message numerus="yes">
      <location filename="../../app/commands/review.py" />
      <source>%n allowed uses ({tally})</source>
      <translation>
        <numerusform>%n utilisation autorisée ({tally})</numerusform>
        <numerusform>%n utilisations autorisées ({tally})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>1 allowed use ({tally})</source>
      <translation>1 utilisation autorisée ({tally})</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
      <source>Print every use the policy allows (as 'decide' answers, deny rules applied), most intrusive first: category, purpose, subject, recipient, region, consent, score, band, factors and the rules allowing it. Exit status: with --band B, 1 when any use is in band B or above, else 0; without --band, 0; 2 for an unreadable file.</source>
      <translation>Affiche chaque utilisation que la politique autorise (comme répond 'decide', règles d’interdiction appliquées), la plus intrusive d’abord : catégorie, finalité, personne concernée, destinataire, région, consentement, score, niveau, facteurs et règles qui l’autorisent. Code de sortie : avec --band B, 1 si une utilisation est au niveau B ou au-dessus, sinon 0 ; sans --band, 0 ; 2 pour un fichier illisible.</translation>
    </message>
    <message>
      <location filename="../../app/commands/review.py" />
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
</TS>
