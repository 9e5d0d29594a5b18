import type { wizard as english } from '../en/wizard';

export const wizard: Record<keyof typeof english, string> = {
  'wizard.position': 'Étape {step} sur {total}',
  'wizard.loadingStep': 'Chargement de l’étape suivante…',

  'wizard.welcome.title': 'Bienvenue dans CRM Desktop',
  'wizard.welcome.intro':
    'CRM Desktop intègre vos comptes, contacts, opportunités et activités Siebel à Outlook : vous les consultez à côté de vos e-mails, même hors connexion.',
  'wizard.welcome.needs':
    'Vous aurez besoin de l’adresse de votre serveur Siebel, ainsi que de votre nom d’utilisateur et de votre mot de passe Siebel.',
  'wizard.welcome.start': 'Commencer',

  'wizard.server.title': 'Serveur Siebel',
  'wizard.server.intro':
    'Entrez l’adresse du point de terminaison Siebel EAI de votre entreprise. Votre administrateur peut vous la communiquer ; elle commence par https://.',
  'wizard.server.test': 'Tester la connexion',
  'wizard.server.testing': 'Test en cours…',
  'wizard.server.ok': 'Connexion réussie : {details}.',
  'wizard.server.failed': 'Échec du test de connexion',
  'wizard.server.problem.invalidUrl':
    'Vérifiez l’adresse : il doit s’agir d’une URL complète commençant par https://. Votre administrateur peut vous la communiquer.',
  'wizard.server.problem.unreachable':
    'Vérifiez l’adresse et votre connexion réseau. Si les deux sont correctes, le serveur est peut-être indisponible : contactez votre administrateur.',
  'wizard.server.problem.tls':
    'Cet ordinateur ne fait pas confiance au certificat du serveur. Contactez votre administrateur ou votre service informatique.',
  'wizard.server.problem.cors':
    'Le serveur a répondu, mais n’autorise pas CRM Desktop à se connecter. Contactez votre administrateur.',
  'wizard.server.problem.timeout':
    'Le serveur n’a pas répondu à temps. Vérifiez l’adresse ou réessayez dans quelques minutes.',
  'wizard.server.problem.httpStatus':
    'Le serveur a répondu par une erreur. Vérifiez que l’adresse est bien le point de terminaison Siebel EAI fourni par votre administrateur.',
  'wizard.server.problem.notSiebel':
    'Cette adresse n’est pas un point de terminaison Siebel EAI. Vérifiez-la auprès de votre administrateur.',

  'wizard.credentials.title': 'Se connecter',
  'wizard.credentials.intro':
    'Votre nom d’utilisateur et votre mot de passe Siebel. Le mot de passe reste sur cet ordinateur et n’est envoyé qu’à votre serveur Siebel.',
  'wizard.credentials.submit': 'Se connecter',
  'wizard.credentials.busy': 'Connexion en cours…',
  'wizard.credentials.userNameMissing': 'Entrez votre nom d’utilisateur Siebel.',
  'wizard.credentials.passwordMissing': 'Entrez votre mot de passe.',
  'wizard.credentials.failed': 'Connexion impossible',

  'wizard.package.title': 'Votre package CRM',
  'wizard.package.intro': 'Siebel a attribué le package « {name} » ({packageId}) à votre responsabilité.',
  'wizard.package.objects': 'Il synchronise ces objets sur cet ordinateur :',
  'wizard.package.start': 'Démarrer la synchronisation',
  'wizard.package.saveFailed': 'Impossible d’enregistrer vos options de connexion',
  'wizard.preset.label': 'Filtre de synchronisation',
  'wizard.preset.option':
    '{name}{recommended, select, yes { (recommandé)} other {}}{unavailable, select, yes { (indisponible)} other {}}',
  'wizard.preset.unavailable': 'Inutilisable : {reason}',
  'wizard.packageDetails.title': 'Détails du package ({count, plural, one {# remarque} other {# remarques}})',
  'wizard.packageDetails.list': 'Ce que le complément n’utilise pas dans ce package',

  'wizard.firstSync.title': 'Première synchronisation',
  'wizard.firstSync.intro':
    'Vos données CRM sont téléchargées sur cet ordinateur. La première fois, cela peut prendre quelques minutes.',
  'wizard.firstSync.cancelledTitle': 'Synchronisation annulée',
  'wizard.firstSync.cancelled':
    'Vous avez annulé la synchronisation. Rien n’a été remplacé ; relancez-la quand vous le souhaitez.',
  'wizard.firstSync.failedTitle': 'Échec de la synchronisation',
  'wizard.firstSync.notStarted': 'La synchronisation n’a pas pu démarrer. Réessayez.',

  'wizard.done.title': 'Tout est prêt',
  'wizard.done.intro':
    'Vos données CRM sont sur cet ordinateur ({seconds, number} s). Elles sont mises à jour automatiquement tant que ce volet est ouvert, ainsi qu’avec le bouton Synchroniser du ruban Outlook.',
  'wizard.done.open': 'Ouvrir mes données CRM',
  'wizard.done.table': 'Enregistrements téléchargés',
  'wizard.done.object': 'Objet',
  'wizard.done.records': 'Enregistrements',
};
