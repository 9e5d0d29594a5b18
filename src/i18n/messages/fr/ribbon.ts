import type { ribbon as english } from '../en/ribbon';

// 150 caractères au plus par message (Outlook) ; « Sync » est le libellé du bouton (manifest.xml).
export const ribbon: Record<keyof typeof english, string> = {
  'ribbon.running': 'CRM Desktop : synchronisation en cours…',
  'ribbon.progress': 'CRM Desktop : {progress}',
  'ribbon.signIn':
    'CRM Desktop : connectez-vous : dans le volet, entrez votre mot de passe (« Mémoriser le mot de passe sur cet ordinateur »), puis cliquez sur Sync.',
  'ribbon.alreadyRunning':
    'CRM Desktop : une synchronisation est déjà en cours (progression dans le volet). Cliquez de nouveau sur Sync quand elle sera terminée.',
  'ribbon.timeLimit':
    'CRM Desktop : synchronisation interrompue à la limite de temps d’Outlook. Pour continuer, cliquez de nouveau sur Sync ou ouvrez CRM Desktop.',
  'ribbon.timeLimitRecords':
    '{total, select, known {CRM Desktop : arrêt à la limite de temps d’Outlook ({written, number} sur {expected, number} {type}). Pour continuer, cliquez sur Sync ou ouvrez CRM Desktop.} other {CRM Desktop : arrêt à la limite de temps d’Outlook ({written, number} {type}). Pour continuer, cliquez sur Sync ou ouvrez CRM Desktop.}}',
  'ribbon.signInTooSlow':
    'CRM Desktop : la connexion a pris presque tout le temps qu’Outlook accorde au bouton Sync ; rien n’a été synchronisé. Cliquez de nouveau sur Sync.',
  'ribbon.succeeded':
    '{issues, plural, =0 {CRM Desktop : synchronisé : {counts}} one {CRM Desktop : synchronisé : {counts} (# enregistrement en erreur : voir le volet)} other {CRM Desktop : synchronisé : {counts} (# enregistrements en erreur : voir le volet)}}',
  'ribbon.cancelled': 'CRM Desktop : synchronisation annulée. Cliquez de nouveau sur Sync lorsque vous le souhaitez.',
  'ribbon.failed': 'CRM Desktop : {details}',
  'ribbon.failedTitled': 'CRM Desktop : {title} ({details})',
  'ribbon.failedWithoutError': 'CRM Desktop : échec de la synchronisation. Ouvrez le volet pour plus de détails.',
};
