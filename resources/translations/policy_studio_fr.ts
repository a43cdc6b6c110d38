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
</TS>
