import type { cli as english } from '../en/cli';

export const cli: Record<keyof typeof english, string> = {
  'cli.progress.phase': '{phase} ({seconds, number, ::.0 group-off} s)',
  'cli.progress.type':
    '{total, select, known {{phase} {type} : {written}/{expected} enregistrements, {pages} pages ({seconds, number, ::.0 group-off} s)} other {{phase} {type} : {written} enregistrements, {pages} pages ({seconds, number, ::.0 group-off} s)}}',
  'cli.summary.column.object': 'Objet',
  'cli.summary.column.added': 'Ajoutés',
  'cli.summary.column.changed': 'Modifiés',
  'cli.summary.column.removed': 'Supprimés',
  'cli.summary.column.total': 'Total',
  'cli.summary.synchronization': 'Synchronisation :',
  'cli.summary.run':
    '{kind, select, initial {initiale} incremental {incrémentielle} other {-}}{reason, select, none {} other { ({reason})}}, {outcome, select, succeeded {réussie} failed {échec} cancelled {annulée} other {{outcome}}}',
  'cli.summary.packageId': 'ID du package :',
  'cli.summary.hash': 'Hachage :',
  'cli.summary.duration': 'Durée :',
  'cli.summary.durationValue': '{seconds, number, ::.00 group-off} s',
  'cli.summary.sessions': 'Sessions :',
  'cli.summary.sessionsValue': '{opened} ouvertes, {closed} fermées',
  'cli.summary.sessionsPeakValue': '{opened} ouvertes, {closed} fermées, {peak} au plus simultanément',
  'cli.summary.requests': 'Requêtes :',
  'cli.summary.requestsValue': '{requests} ({sent} envoyés, {received} reçus)',
  'cli.summary.calls': 'Appels :',
  'cli.summary.callsValue':
    '{metadata} métadonnées, {queries} requêtes, {batches} envois, {logoffs} déconnexions ; {retries} répétés après un échec',
  'cli.summary.sent': 'Envoyé :',
  'cli.summary.sentValue':
    '{inserted} nouveaux, {updated} modifiés, {deleted} supprimés, {issues} non envoyés (problèmes)',
  'cli.summary.issues': 'Problèmes ({count}) :',
  'cli.summary.error': 'Erreur ({code}) : {message}',
  'cli.bytes.B': '{value} o',
  'cli.bytes.KB': '{value} Ko',
  'cli.bytes.MB': '{value} Mo',
  'cli.bytes.GB': '{value} Go',
  'cli.password.prompt': 'Mot de passe : ',
  'cli.password.missing':
    'Aucun mot de passe : la variable d’environnement {name} n’est pas définie et stdin n’est pas un terminal. Définissez {name} ou indiquez une autre variable avec --password-env.',
  'cli.password.cancelled': 'Saisie du mot de passe annulée (Ctrl+C). Exécutez de nouveau la commande.',
  'cli.interrupted': 'Interrompu (Ctrl+C)',
  'cli.deployment.unreadable':
    'Impossible de lire le fichier de déploiement {path} ({error}). Vérifiez le chemin indiqué avec --deployment.',
  'cli.deployment.notJson': 'Le fichier de déploiement {path} n’est pas un JSON valide : {error}',
  'cli.whatToDo': 'Que faire : {whatToDo}',
};
