import type { sync as english } from '../en/sync';

export const sync: Record<keyof typeof english, string> = {
  /* Progression */
  'sync.progress.starting': 'Démarrage…',
  'sync.phase.idle': 'En attente',
  'sync.phase.connecting': 'Connexion au serveur Siebel…',
  'sync.phase.uploading': 'Envoi de vos modifications à Siebel…',
  'sync.phase.checkingMetadata': 'Vérification du package de personnalisation…',
  'sync.phase.applyingPackage': 'Installation du package de personnalisation…',
  'sync.phase.downloading': 'Synchronisation en cours…',
  'sync.phase.removingDeleted': 'Suppression des enregistrements supprimés dans Siebel…',
  'sync.phase.committing': 'Enregistrement…',
  'sync.phase.loggingOut': 'Déconnexion du serveur Siebel…',
  'sync.phase.done': 'Synchronisé',
  'sync.phase.failed': 'Échec de la synchronisation',
  'sync.phase.cancelled': 'Synchronisation annulée',
  'sync.progress.downloadingType':
    '{total, select, known {Synchronisation en cours… {written, number} sur {expected, number} {type}} other {Synchronisation en cours… {written, number} {type}}}',
  'sync.progress.removingDeletedType': 'Suppression des enregistrements supprimés dans Siebel… ({type})',
  'sync.progress.label': 'Progression de la synchronisation',
  'sync.progress.cancel': 'Annuler',
  /* Progress per object type (the Sync tab) */
  'sync.types.label': 'Progression par type d’objet',
  'sync.types.bar': 'Progression : {type}',
  'sync.types.records': '{count, plural, one {# enregistrement} other {# enregistrements}}',
  'sync.types.recordsOf': '{written, number} sur {expected, number}',
  'sync.types.rate': '{rate, number} enregistrements/s',
  'sync.types.timeLeft':
    '{minutes, plural, =0 {environ {seconds, number} s restantes} other {environ # min restantes}}',
  'sync.types.done': 'Terminé',
  'sync.types.downloading': 'Téléchargement…',
  'sync.counts':
    '{added, plural, one {# nouveau} other {# nouveaux}}, {changed, plural, one {# modifié} other {# modifiés}}, {removed, plural, one {# supprimé} other {# supprimés}}',
  'sync.counts.none': 'aucune modification',

  /* Onglet Synchronisation */
  'sync.view.label': 'Synchronisation',
  'sync.view.syncNow': 'Synchroniser maintenant',
  'sync.view.signInFirst': 'Connectez-vous pour synchroniser : entrez votre mot de passe dans Options.',
  'sync.last.title': 'Dernière synchronisation',
  'sync.last.never': 'Jamais',
  'sync.last.succeeded': 'Synchronisé : {counts}',
  'sync.last.failed': '{seeHistory, select, yes {Échec — voir l’historique ci-dessous} other {Échec}}',
  'sync.last.cancelled': '{seeHistory, select, yes {Annulée — voir l’historique ci-dessous} other {Annulée}}',
  'sync.last.running': 'En cours',
  'sync.local.label': 'Modifications locales',
  'sync.local.none': 'Aucune modification locale en attente d’envoi.',
  'sync.local.pending':
    '{count, plural, one {Pas encore synchronisée : # modification locale, qui sera envoyée à la prochaine synchronisation.} other {Pas encore synchronisées : # modifications locales, qui seront envoyées à la prochaine synchronisation.}}',
  'sync.local.issues':
    '{count, plural, one {# problème de synchronisation attend votre décision : voir l’onglet Problèmes.} other {# problèmes de synchronisation attendent votre décision : voir l’onglet Problèmes.}}',

  /* Historique */
  'sync.history.title': 'Historique',
  'sync.history.label': 'Historique des synchronisations',
  'sync.history.loading': 'Lecture du journal de synchronisation',
  'sync.history.failed': 'Impossible de lire le journal de synchronisation : {error}',
  'sync.history.empty': 'Aucune synchronisation pour le moment.',
  'sync.history.failedOnly': 'Échecs uniquement',
  'sync.history.emptyHint': 'Chaque synchronisation apparaîtra ici, avec ce qu’elle a reçu et toute erreur.',
  'sync.history.noFailed':
    '{count, plural, one {La dernière synchronisation n’a pas échoué.} other {Aucune des # dernières synchronisations n’a échoué.}}',
  'sync.entry.outcome.running': 'En cours',
  'sync.entry.outcome.succeeded': 'Réussie',
  'sync.entry.outcome.failed': 'Échec',
  'sync.entry.outcome.cancelled': 'Annulée',
  'sync.entry.label':
    '{kind, select, initial {Synchronisation initiale du {when} : {outcome}} other {Synchronisation incrémentielle du {when} : {outcome}}}',
  'sync.entry.kind': '{kind, select, initial {initiale} other {incrémentielle}}',
  'sync.entry.kindWithDuration':
    '{kind, select, initial {initiale, {seconds, number} s} other {incrémentielle, {seconds, number} s}}',
  'sync.entry.whatToDo': 'Que faire : {help}',
  'sync.entry.issues':
    '{count, plural, one {# enregistrement non synchronisé} other {# enregistrements non synchronisés}}',
  'sync.entry.issue': '{type}, {recordId} : {message}',
  'sync.entry.more': 'et {count, number} de plus',
  'sync.entry.packageWarnings':
    '{count, plural, one {Nouveau package de personnalisation : # élément non utilisé} other {Nouveau package de personnalisation : # éléments non utilisés}}',
  'sync.entry.packageHelp':
    'Vos données sont synchronisées sans ces éléments. Si vous avez besoin de l’un d’eux, communiquez à votre administrateur CRM ce qui est indiqué ici.',
  'sync.entry.packageWarning': '{file} : {message}',
  'sync.uploads.new': '{count, plural, one {# nouveau} other {# nouveaux}}',
  'sync.uploads.changed': '{count, plural, one {# modifié} other {# modifiés}}',
  'sync.uploads.deleted': '{count, plural, one {# supprimé} other {# supprimés}}',
  'sync.uploads.sent': 'Envoyé à Siebel : {parts}',
  'sync.uploads.sentSomeNot':
    'Envoyé à Siebel : {parts} · {unsent, plural, one {# non envoyé} other {# non envoyés}} (voir Problèmes)',
  'sync.uploads.noneSent':
    '{count, plural, one {# modification non envoyée à Siebel (voir Problèmes)} other {# modifications non envoyées à Siebel (voir Problèmes)}}',

  /* Que faire */
  'sync.help.BadCredentials':
    'Siebel a refusé le nom d’utilisateur ou le mot de passe. Entrez de nouveau votre mot de passe dans Options (il a peut-être été modifié ou a expiré), puis synchronisez.',
  'sync.help.SessionRejected':
    'Siebel a mis fin à la session. Synchronisez de nouveau ; si le problème persiste, demandez à votre administrateur si votre compte est verrouillé.',
  'sync.help.TooManySessions':
    'Le serveur Siebel ne peut pas ouvrir d’autre session pour votre utilisateur (un autre Outlook ou client Siebel est peut-être en cours de synchronisation). Synchronisez de nouveau dans quelques minutes ; si le problème persiste, prévenez votre administrateur CRM.',
  'sync.help.NoPublishedPackage':
    'Aucun package de personnalisation n’est publié pour votre responsabilité. Demandez à votre administrateur CRM d’en publier un pour vous.',
  'sync.help.Network':
    'Impossible de joindre le serveur Siebel. Vérifiez votre connexion réseau ou VPN ainsi que l’URL du serveur dans Options, puis synchronisez de nouveau.',
  'sync.help.Timeout':
    'Le serveur Siebel n’a pas répondu à temps. Il est peut-être surchargé : synchronisez de nouveau dans quelques minutes.',
  'sync.help.HttpStatus':
    'Le serveur a renvoyé une erreur HTTP. Vérifiez l’URL du serveur dans Options ; si elle est correcte, communiquez à votre administrateur le statut affiché ci-dessus.',
  'sync.help.Aborted': 'La requête a été interrompue. Synchronisez de nouveau.',
  'sync.help.NotSoap':
    "L’URL du serveur ne mène pas à un point de terminaison de service web Siebel. Vérifiez l’URL dans Options (elle se termine généralement par …/eai_'<lang>'/start.swe ou …/eai/'<lang>'/swe).",
  'sync.help.UnexpectedSoapShape':
    'Le serveur a répondu sous une forme que le complément ne comprend pas. Envoyez ce message à votre administrateur.',
  'sync.help.XmlRefused':
    'Le serveur a envoyé du XML que le complément refuse de lire par sécurité. Envoyez ce message à votre administrateur.',
  'sync.help.XmlEncode': 'Impossible de construire une requête. Envoyez ce message à votre administrateur.',
  'sync.help.InvalidServerUrl':
    'L’URL du serveur n’est pas valide. Corrigez-la dans Options (HTTPS est obligatoire, sauf sur cet ordinateur).',
  'sync.help.InvalidWireProfile':
    'Les paramètres de déploiement de ce complément (son profil de communication) ne sont pas valides. Contactez votre administrateur CRM : le complément ne peut pas communiquer avec Siebel tant qu’ils ne sont pas corrigés.',
  'sync.help.PageSizeTooLarge':
    'Le serveur Siebel a refusé la taille de page, même après que le complément l’a réduite. Demandez à votre administrateur de vérifier le paramètre MaximumPageSize du gestionnaire d’objets.',
  'sync.help.SiebelFault':
    'Siebel a signalé une erreur (son code figure dans le message). Synchronisez de nouveau ; si l’erreur se reproduit, envoyez le message à votre administrateur.',
  'sync.help.PackageFormat':
    'Le package de personnalisation de votre responsabilité contient une erreur. Demandez à votre administrateur CRM de le corriger et de le republier ; vos données actuelles restent utilisables.',
  'sync.help.StorageFull':
    'L’espace de stockage du navigateur pour Outlook est plein. Libérez de l’espace disque ou choisissez un filtre de synchronisation plus restreint dans Options, puis synchronisez de nouveau.',
  'sync.help.Store':
    'Impossible de lire ou d’écrire les données CRM locales. Fermez puis rouvrez le volet, puis synchronisez de nouveau.',
  'sync.help.SyncAlreadyRunning':
    'Une autre synchronisation (peut-être lancée depuis le bouton du ruban) était en cours. Attendez qu’elle se termine ; sa progression s’affiche ci-dessus.',
  'sync.help.SyncCancelled':
    'La synchronisation a été annulée. Les enregistrements déjà écrits sont conservés ; synchronisez de nouveau pour continuer.',
  'sync.help.SyncUnexpected':
    'Une erreur inattendue a interrompu la synchronisation. Synchronisez de nouveau ; si elle se reproduit, envoyez cette entrée d’historique à votre administrateur.',
  'sync.help.PendingChanges':
    'Une synchronisation complète supprimerait les modifications que vous n’avez pas encore envoyées à Siebel. Synchronisez normalement pour les envoyer d’abord, ou autorisez leur suppression dans Options.',
  'sync.help.RecordValidation':
    'Un enregistrement que vous avez modifié contient des valeurs que le formulaire n’autorise pas. Corrigez les champs indiqués, puis enregistrez de nouveau.',
  'sync.help.InvalidResolution':
    'Cette action ne s’applique pas à ce problème de synchronisation (il a peut-être changé entre-temps). Rouvrez l’onglet Problèmes et choisissez l’une des actions proposées.',
  'sync.help.SharingUnavailable':
    'Votre package de personnalisation ne synchronise pas les activités et leurs contacts : les e-mails et les réunions ne peuvent donc pas être partagés. Demandez à votre administrateur Siebel un package qui le fait.',
  'sync.help.Host': 'Outlook a refusé une requête du complément. Rouvrez le volet et synchronisez de nouveau.',
  'sync.help.fallback':
    'Synchronisez de nouveau ; si le problème se reproduit, envoyez cette entrée d’historique à votre administrateur.',
  'sync.help.issues':
    'Ces enregistrements ont été ignorés ; tout le reste a été synchronisé. Ils seront de nouveau tentés à la prochaine synchronisation. Si l’un d’eux échoue toujours, demandez à votre administrateur de le vérifier dans Siebel à partir de son ID.',

  /* Données locales perdues */
  'sync.lost.title': 'Vos données CRM ne se trouvent plus sur cet ordinateur',
  'sync.lost.before':
    'D’après votre boîte aux lettres, CRM Desktop a déjà été synchronisé, mais cet Outlook ne contient aucune donnée CRM.',
  'sync.lost.changesLost':
    'Ont également été perdues : les modifications effectuées ici qui n’avaient pas encore été envoyées à Siebel. Ce qui se trouve déjà dans Siebel est en sécurité.',
  'sync.lost.causes':
    'Cela se produit lorsque le cache Office ou les données du navigateur pour ce site ont été effacés, lorsque le navigateur a libéré de l’espace disque, ou lorsqu’il s’agit d’un autre Outlook : Outlook sur le web, le nouvel Outlook et Outlook classique conservent chacun leur propre copie.',
  'sync.lost.fullSync': 'Une synchronisation complète télécharge de nouveau vos données CRM depuis Siebel.',
  'sync.lost.password': 'Mot de passe de {user}',
  'sync.lost.passwordHint': 'Un mot de passe mémorisé est conservé avec les données : il a donc également été perdu.',
  'sync.lost.download': 'Télécharger de nouveau mes données',
  'sync.lost.later': 'Plus tard',
  'sync.lost.enterPassword': 'Entrez d’abord le mot de passe de {user}.',
  'sync.lost.notFinished': 'La synchronisation ne s’est pas terminée. Réessayez.',
  'sync.lost.errorTitle': 'Nouveau téléchargement de vos données',
  'sync.lost.restored': 'Vos données CRM ont été de nouveau téléchargées depuis Siebel.',
  'sync.lost.ok': 'OK',
};
