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
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n difference:</source>
      <translation>
        <numerusform>%n différence :</numerusform>
        <numerusform>%n différences :</numerusform>
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
      <location filename="../../resources/documents/redline.html.j2" />
      <source>no longer:</source>
      <translation>plus :</translation>
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
</TS>
