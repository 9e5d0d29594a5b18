import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {
  'error.unknown.title': 'Un problème est survenu',
  'error.unknown.whatToDo': 'Réessayez. Si le problème se reproduit, copiez les détails pour votre administrateur.',
  'error.details': 'Détails',
  'error.detailsLine': 'Détails : {details}',
  'error.signInFirst': 'Connectez-vous d’abord : entrez votre mot de passe dans Options, puis synchronisez à nouveau.',

  'error.SiebelFault.title': 'Siebel a refusé la demande',
  'error.SiebelFault.whatToDo':
    'Réessayez. Si Siebel la refuse de nouveau, envoyez les détails à votre administrateur.',
  'error.BadCredentials.title': 'Nom d’utilisateur ou mot de passe incorrect',
  'error.BadCredentials.whatToDo':
    'Vérifiez votre nom d’utilisateur et votre mot de passe Siebel, puis reconnectez-vous. Si vous avez changé de mot de passe récemment, utilisez le nouveau.',
  'error.SessionRejected.title': 'Siebel n’a pas accepté la connexion',
  'error.SessionRejected.whatToDo': 'Synchronisez à nouveau. Si le problème persiste, contactez votre administrateur.',
  'error.TooManySessions.title': 'Trop de sessions Siebel sont ouvertes',
  'error.TooManySessions.whatToDo':
    'Fermez les autres applications Siebel auxquelles vous êtes connecté, ou patientez quelques minutes, puis synchronisez à nouveau. Si le problème persiste, contactez votre administrateur.',
  'error.NoPublishedPackage.title': 'Aucun package CRM Desktop pour votre utilisateur',
  'error.NoPublishedPackage.whatToDo':
    'Votre administrateur doit publier un package CRM Desktop pour l’une de vos responsabilités. Contactez votre administrateur, puis réessayez.',
  'error.Network.title': 'Le serveur Siebel est inaccessible',
  'error.Network.whatToDo': 'Vérifiez votre connexion réseau et l’adresse du serveur, puis synchronisez à nouveau.',
  'error.Timeout.title': 'L’opération a pris trop de temps',
  'error.Timeout.whatToDo':
    'Le serveur est peut-être surchargé. Réessayez dans quelques minutes ; si cela se produit souvent, prévenez votre administrateur.',
  'error.HttpStatus.title': 'Le serveur Siebel a répondu par une erreur',
  'error.HttpStatus.whatToDo':
    'Réessayez plus tard. Si le problème persiste, vérifiez l’adresse du serveur ou contactez votre administrateur.',
  'error.Aborted.title': 'La demande a été annulée',
  'error.Aborted.whatToDo': 'Synchronisez à nouveau quand vous le souhaitez.',
  'error.NotSoap.title': 'Le serveur ne répond pas comme un serveur Siebel',
  'error.NotSoap.whatToDo':
    'L’adresse mène peut-être à une page de connexion ou de proxy. Vérifiez l’adresse du serveur ou contactez votre administrateur.',
  'error.UnexpectedSoapShape.title': 'Le serveur Siebel a envoyé une réponse inattendue',
  'error.UnexpectedSoapShape.whatToDo':
    'Contactez votre administrateur et transmettez-lui les détails : le serveur a peut-être une version ou une configuration différente.',
  'error.XmlRefused.title': 'La réponse du serveur ne peut pas être lue en toute sécurité',
  'error.XmlRefused.whatToDo': 'Contactez votre administrateur et transmettez-lui les détails.',
  'error.XmlEncode.title': 'Une valeur ne peut pas être envoyée à Siebel',
  'error.XmlEncode.whatToDo':
    'Supprimez les caractères spéciaux ou invisibles de la valeur saisie, puis enregistrez à nouveau.',
  'error.InvalidServerUrl.title': 'L’adresse du serveur n’est pas valide',
  'error.InvalidServerUrl.whatToDo':
    'Vérifiez l’URL du serveur Siebel dans Options : il doit s’agir d’une adresse complète commençant par https://. Votre administrateur peut vous la communiquer.',
  'error.InvalidWireProfile.title': 'Les paramètres de connexion de CRM Desktop sont inutilisables',
  'error.InvalidWireProfile.whatToDo':
    'Seul votre administrateur peut corriger ces paramètres. Contactez-le et transmettez-lui les détails.',
  'error.PageSizeTooLarge.title': 'Le serveur Siebel a refusé la taille de page',
  'error.PageSizeTooLarge.whatToDo': 'Synchronisez à nouveau. Si le problème persiste, contactez votre administrateur.',

  'error.PackageFormat.title': 'Votre package CRM Desktop est inutilisable',
  'error.PackageFormat.whatToDo':
    'Seul votre administrateur peut corriger le package. Contactez-le et transmettez-lui les détails.',

  'error.StorageFull.title': 'Il n’y a plus d’espace pour vos données CRM',
  'error.StorageFull.whatToDo':
    'Libérez de l’espace disque ou demandez au service informatique d’augmenter la limite de stockage, puis synchronisez à nouveau. Les données déjà synchronisées sont conservées.',
  'error.Store.title': 'Vos données CRM sur cet ordinateur n’ont pas pu être lues ou enregistrées',
  'error.Store.whatToDo':
    'Fermez puis rouvrez CRM Desktop, et réessayez. Si le problème se reproduit, contactez votre administrateur.',

  'error.SyncAlreadyRunning.title': 'Une synchronisation est déjà en cours',
  'error.SyncAlreadyRunning.whatToDo':
    'Attendez qu’elle se termine ; vous pouvez suivre sa progression dans l’onglet Synchronisation.',
  'error.SyncCancelled.title': 'La synchronisation a été arrêtée',
  'error.SyncCancelled.whatToDo':
    'Les enregistrements déjà téléchargés sont conservés. Synchronisez à nouveau pour reprendre là où elle s’est arrêtée.',
  'error.SyncUnexpected.title': 'La synchronisation s’est arrêtée de façon inattendue',
  'error.SyncUnexpected.whatToDo':
    'Synchronisez à nouveau. Si le problème se reproduit, envoyez les détails à votre administrateur.',
  'error.PendingChanges.title': 'Certaines de vos modifications n’ont pas encore été envoyées à Siebel',
  'error.PendingChanges.whatToDo': 'Envoyez d’abord vos modifications, ou confirmez qu’elles peuvent être abandonnées.',
  'error.RecordValidation.title': 'L’enregistrement n’a pas pu être sauvegardé',
  'error.RecordValidation.whatToDo': 'Corrigez les champs signalés, puis enregistrez à nouveau.',
  'error.InvalidResolution.title': 'Le problème de synchronisation n’a pas pu être résolu',
  'error.InvalidResolution.whatToDo':
    'Synchronisez à nouveau, puis choisissez de nouveau une solution pour ce problème.',
  'error.SharingUnavailable.title': 'Le partage avec Siebel n’est pas disponible',
  'error.SharingUnavailable.whatToDo':
    'Votre package CRM Desktop ne le prend pas en charge. Contactez votre administrateur.',

  'error.Host.title': 'Outlook n’a pas pu effectuer l’action',
  'error.Host.whatToDo':
    'Réessayez. Si l’échec persiste, redémarrez Outlook ; si cela ne suffit pas, contactez votre administrateur.',
};
