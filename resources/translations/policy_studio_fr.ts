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
</TS>
