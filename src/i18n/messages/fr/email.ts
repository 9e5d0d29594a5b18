import type { email as english } from '../en/email';

export const email: Record<keyof typeof english, string> = {
  'email.region': 'E-mail actuel',
  'email.heading': 'Cet e-mail',
  'email.refresh': 'Actualiser',
  'email.dismiss': 'Ignorer',
  'email.backToEmail': 'Retour à l’e-mail',
  'email.noSubject': '(sans objet)',
  'email.sample': 'Exemple',
  'email.sample.title': 'Créé par la page autonome : CRM Desktop ne s’exécute pas dans Outlook',
  'email.sample.refused':
    'Ceci est l’e-mail d’exemple de la page autonome de CRM Desktop, et non un e-mail d’Outlook : il ne peut être partagé qu’avec le simulateur Siebel fourni par cette page ({origin}), et ce volet est connecté à {server}. Ouvrez CRM Desktop dans Outlook pour partager vos propres e-mails.',
  'email.sample.noServer': 'aucun serveur pour l’instant',
  'email.abandoned':
    'Le partage de « {subject} » a été annulé, car vous avez sélectionné un autre élément ; rien n’a été partagé. Sélectionnez-le de nouveau pour le partager.',
  'email.lookingUp': 'Recherche de l’expéditeur et des destinataires',
  'email.lookupFailed': 'Impossible de rechercher les contacts de l’e-mail. Cliquez sur Actualiser pour réessayer.',
  'email.noItem':
    'Aucun e-mail n’est ouvert. Sélectionnez un message ou une réunion dans Outlook pour afficher les contacts CRM de l’expéditeur et des destinataires ; un volet CRM Desktop épinglé suit votre sélection.',
  'email.contacts.heading': 'Contacts de cet e-mail',
  'email.contacts.list': 'Contacts correspondants',
  'email.noData':
    'Aucune donnée CRM pour le moment. Lancez la première synchronisation dans l’onglet Synchronisation ; les contacts de vos e-mails apparaîtront ensuite ici.',
  'email.role': '{role, select, From {De} To {À} Cc {Cc} other {{role}}}',
  'email.card.account': 'Compte :',
  'email.card.noAccount': 'Aucun compte',
  'email.card.noDeals': 'Aucune opportunité ouverte',
  'email.card.deals': 'Opportunités ouvertes de {account}',
  'email.share.title': 'Partager avec Siebel',
  'email.share.saveFirst': 'Enregistrez ou envoyez d’abord cet élément ; vous pourrez ensuite le partager avec Siebel.',
  'email.share.checking': 'Vérification du partage de cet élément',
  'email.share.checkFailed': 'Impossible de vérifier si cet élément est partagé.',
  'email.share.notShared':
    '{itemType, select, meeting {Cette réunion n’est pas partagée} other {Cet e-mail n’est pas partagé}} avec Siebel.',
  'email.share.linked': 'Partagé avec Siebel en tant qu’activité « {name} » — lié à {names}',
  'email.share.unlinked': 'Partagé avec Siebel en tant qu’activité « {name} » — sans lien avec un enregistrement',
  'email.share.changeLinks': 'Modifier les liens',
  'email.share.share': 'Partager',
  'email.share.saveLinks': 'Enregistrer les liens',
  'email.share.account': 'Compte',
  'email.share.opportunity': 'Opportunité',
  'email.share.contacts': 'Contacts',
  'email.share.failed': 'Échec du partage avec Siebel.',
  'email.share.selectionChanged':
    'Échec du partage avec Siebel : un autre élément a été sélectionné pendant le partage de « {subject} » ; rien n’a donc été partagé. Sélectionnez-le de nouveau, puis partagez-le.',
  'email.picker.none': 'Aucun',
  'email.picker.withHint': '{name} ({hint})',
  'email.picker.noSuggestion': 'Aucune suggestion à partir des adresses de l’e-mail.',
  'email.picker.search': 'Rechercher : {label}',
  'email.picker.searching': 'Recherche…',
  'email.picker.noOtherMatch': 'Aucune autre correspondance pour « {query} ».',
  'email.picker.results': 'Résultats de la recherche : {label}',
  'email.picker.add': 'Ajouter {name}',
  'email.picker.choose': 'Choisir {name}',
  'email.note.notRecorded':
    'Le partage n’a pas pu être enregistré dans {itemType, select, meeting {la réunion elle-même} other {l’e-mail lui-même}} : cet ordinateur sait toujours que l’élément est partagé, mais un autre Outlook peut l’afficher comme non partagé.',
  'email.note.notRecordedBecause':
    'Le partage n’a pas pu être enregistré dans {itemType, select, meeting {la réunion elle-même} other {l’e-mail lui-même}} ({problem}) : cet ordinateur sait toujours que l’élément est partagé, mais un autre Outlook peut l’afficher comme non partagé.',
  'email.note.createCategory':
    'Pour repérer d’un coup d’œil les éléments partagés, créez une fois une catégorie Outlook nommée « {category} » (Classer › Toutes les catégories › Nouveau) ; elle sera ensuite appliquée à chaque élément que vous partagez.',
  'email.note.notAllowed':
    'Outlook n’a pas autorisé le complément à marquer {itemType, select, meeting {cette réunion} other {cet e-mail}} avec la catégorie « {category} » (l’élément est peut-être en lecture seule ici).',
  'email.note.categoryFailed': 'Impossible d’appliquer la catégorie « {category} ».',
  'email.note.categoryFailedBecause': 'Impossible d’appliquer la catégorie « {category} » ({problem}).',
  'email.draft':
    'Un nouvel e-mail. Les contacts CRM de ses destinataires s’affichent ici une fois les destinataires ajoutés : sélectionnez Actualiser.',
  'email.person.unknown': 'Absent de vos données CRM',
  'email.addContact': 'Ajouter comme contact',
  'email.addContact.named': 'Ajouter {name} comme contact',
  'email.openContact': 'Ouvrir le contact',
  'email.lead': '{role, select, From {Expéditeur} other {Destinataire}}',
  'email.card.activities': 'Dernières activités',
  'email.card.activitiesOf': 'Dernières activités de {name}',
  'email.card.noActivities': 'Aucune activité pour l’instant',
  'email.card.moreDeals': '{count, plural, one {# autre opportunité ouverte} other {# autres opportunités ouvertes}}',
  'email.others.heading':
    '{count, plural, one {# autre personne dans cet e-mail} other {# autres personnes dans cet e-mail}}',
  'email.others.list': 'Autres personnes de cet e-mail',
  'email.add.looking': 'Recherche du compte de {domain}',
  'email.add.site':
    'Compte suggéré : {name} (son site web ou son e-mail est chez {domain}). Modifiez-le ou effacez-le sous Compte.',
  'email.add.contacts':
    'Compte suggéré : {name} ({count, plural, one {# contact} other {# contacts}} chez {domain}). Modifiez-le ou effacez-le sous Compte.',
  'email.add.public':
    '{domain} est un service de messagerie public : aucun compte n’est suggéré. Choisissez-en un dans le champ Compte si vous le connaissez.',
  'email.add.none':
    'Aucun compte n’est connu chez {domain}. Choisissez-en un dans le champ Compte si vous le connaissez.',
  'email.add.suggestFailed': 'Le compte n’a pas pu être suggéré ; choisissez-en un dans le champ Compte.',
  'email.nobodyKnown': 'Personne dans cet e-mail n’est encore dans vos données CRM.',
  'email.card.next': 'Prochaine :',
};
