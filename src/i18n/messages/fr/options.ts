import type { options as english } from '../en/options';

export const options: Record<keyof typeof english, string> = {
  'options.form': 'Options',
  'options.passwordHint.keep': 'Laissez vide pour conserver le mot de passe actuel.',
  'options.passwordHint.needed': 'Nécessaire pour synchroniser.',
  'options.signOut': 'Se déconnecter',
  'options.diagnostics.title': 'Rapport de diagnostic',
  'options.diagnostics.hint':
    'Pour le support : versions, paramètres et dernières synchronisations. Il ne contient ni mot de passe ni données CRM.',
  'options.diagnostics.copy': 'Copier le rapport de diagnostic',
  'options.diagnostics.copied':
    'Le rapport de diagnostic est dans le presse-papiers. Collez-le dans votre message au support.',
  'options.diagnostics.copyFailed':
    'Le rapport n’a pas pu être copié automatiquement. Sélectionnez le texte ci-dessous et copiez-le.',
  'options.diagnostics.failed': 'Le rapport de diagnostic n’a pas pu être créé',
  'options.diagnostics.text': 'Texte du rapport de diagnostic',
  'options.support': 'Aide : {contact}',
  'options.saved': 'Options enregistrées.',
  'options.signedOut': 'Déconnecté : le mot de passe n’est plus mémorisé sur cet ordinateur.',
  'options.errorTitle': 'Options',
  'options.missingFields': 'Entrez l’URL du serveur et le nom d’utilisateur.',
  'options.passwordForNewLogin':
    'Entrez le mot de passe de {userName} : un nouvel utilisateur ou un nouveau serveur nécessite une synchronisation complète.',
  'options.currentPasswordUnknown':
    'Le mot de passe de {userName} est inconnu : choisissez « Conserver l’actuel », enregistrez ce mot de passe, puis envoyez les modifications.',
  'options.currentPasswordUnknown.noUser':
    'Le mot de passe de l’utilisateur actuel est inconnu : choisissez « Conserver l’actuel », enregistrez ce mot de passe, puis envoyez les modifications.',
  'options.sendNotFinished':
    'L’envoi des modifications n’est pas allé à son terme. Réessayez ou acceptez de les abandonner.',
  'options.resynced': 'Les données de {userName} ont été synchronisées.',
  'options.resyncNotFinished':
    'La synchronisation complète n’est pas allée à son terme. Relancez-la depuis l’onglet Synchronisation.',

  'options.autoSync.label': 'Synchronisation automatique',
  'options.autoSync.hint':
    'Tant que ce volet est ouvert, et environ 20 secondes après votre dernière modification ; suspendue hors connexion.',
  'options.autoSync.off': 'Désactivée',
  'options.autoSync.minutes': '{minutes, plural, =1 {Toutes les minutes} other {Toutes les # minutes}}',
  'options.autoSync.hours': '{hours, plural, =1 {Toutes les heures} other {Toutes les # heures}}',

  'options.identity.errorTitle': 'Synchronisation complète',
  'options.identity.passwordOf': 'Mot de passe de {userName}',
  'options.identity.passwordFirst': 'Entrez d’abord le mot de passe de {userName}.',
  'options.identity.synchronizeNow': 'Synchroniser maintenant',
  'options.identity.notFinished': 'La synchronisation n’est pas allée à son terme. Réessayez.',

  'options.resync.title': 'Synchronisation complète nécessaire',
  'options.resync.who': '{userName} sur {server}',
  'options.resync.replace':
    'Les données CRM de cet ordinateur appartiennent à {current}. Comme le nom d’utilisateur ou le serveur devient {next}, toutes les données CRM doivent être téléchargées à nouveau, et les données locales seront remplacées.',
  'options.resync.download': 'Toutes les données CRM de {next} seront téléchargées.',
  'options.resync.pending.checking': 'Recherche des modifications locales pas encore envoyées à Siebel…',
  'options.resync.pending.none': 'Aucune modification locale n’attend d’être envoyée à Siebel : rien ne sera perdu.',
  'options.resync.pending':
    '{count, plural, one {# modification locale n’a pas encore été envoyée à Siebel et serait perdue.} other {# modifications locales n’ont pas encore été envoyées à Siebel et seraient perdues.}}',
  'options.resync.sendOrDiscard':
    'Envoyez-les d’abord à Siebel avec la connexion actuelle, ou acceptez de les abandonner.',
  'options.resync.discard':
    '{count, plural, one {Abandonner # modification non envoyée} other {Abandonner # modifications non envoyées}}',
  'options.resync.keepSeeing': 'Les données actuelles restent affichées jusqu’à la fin de la nouvelle synchronisation.',
  'options.resync.sendFirst': 'Envoyer d’abord les modifications',
  'options.resync.confirm': 'Modifier et synchroniser',
  'options.resync.keepCurrent': 'Conserver l’actuel',

  'options.storage.title': 'Données sur cet ordinateur',
  'options.storage.asking': 'Interrogation du navigateur sur son stockage',
  'options.storage.errorTitle': 'Stockage du navigateur',
  'options.storage.errorWhatToDo':
    'Vos données CRM restent utilisables. Si le problème se reproduit, vérifiez que ce site est autorisé à stocker des données, ou contactez votre administrateur.',
  'options.storage.persistent': 'Conservées jusqu’à ce que vous les supprimiez',
  'options.storage.bestEffort': 'Le navigateur peut les effacer en cas de manque d’espace',
  'options.storage.unknown': 'Cette version d’Outlook n’indique pas si elle les conserve',
  'options.storage.meaning.persistent':
    'Le navigateur ne les supprime pas pour libérer de l’espace. Vider le cache Office ou les données du navigateur pour ce site les supprime néanmoins, avec toutes les modifications pas encore envoyées à Siebel.',
  'options.storage.meaning.other':
    'Lorsque le disque est presque plein, le navigateur peut les supprimer sans vous demander : vos données CRM peuvent être téléchargées à nouveau, mais les modifications pas encore envoyées à Siebel seraient perdues. Vider le cache Office ou les données du navigateur pour ce site les supprime également, avec toutes les modifications pas encore envoyées à Siebel.',
  'options.storage.unsent.none': 'Toutes les modifications effectuées ici ont été envoyées à Siebel.',
  'options.storage.unsent':
    '{count, plural, one {# modification n’existe que sur cet ordinateur jusqu’à ce que la prochaine synchronisation l’envoie à Siebel.} other {# modifications n’existent que sur cet ordinateur jusqu’à ce que la prochaine synchronisation les envoie à Siebel.}}',
  'options.storage.used': '{used} utilisés',
  'options.storage.usedOfQuota': '{used} utilisés sur les {quota} autorisés par le navigateur',
  'options.storage.copies':
    'Outlook sur le web, le nouvel Outlook et Outlook classique conservent chacun leur propre copie.',
  'options.storage.askToKeep': 'Demander au navigateur de les conserver',
  'options.storage.declined':
    'Le navigateur a refusé pour l’instant : il décide selon ses propres règles, par exemple la fréquence à laquelle vous utilisez le complément.',
};
