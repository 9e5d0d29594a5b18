import type { actions as english } from '../en/actions';

export const actions: Record<keyof typeof english, string> = {
  'actions.group': 'Aktionen für {name}',
  'actions.email': 'E-Mail',
  'actions.email.tooltip': 'Neue E-Mail an {address}',
  'actions.email.failed': 'Outlook hat keine neue Nachricht an {address} geöffnet.',
  'actions.email.mailto': 'Mit Ihrem E-Mail-Programm schreiben',
  'actions.call': 'Anrufen',
  'actions.call.tooltip': '{number} anrufen',
  'actions.map': 'Karte',
  'actions.map.tooltip': 'Karte von {address} in einem neuen Fenster öffnen',
  'actions.siebel.tooltip': 'Diesen Datensatz im Siebel-Webclient in einem neuen Fenster öffnen',
  'actions.copyId': 'ID kopieren',
  'actions.copyId.tooltip': 'Siebel-ID {id} kopieren',
  'actions.copyValue': '{label} kopieren',
  'actions.copied': 'Kopiert',
  'actions.copyRefused': 'Der Browser hat das Kopieren nicht erlaubt. Markieren Sie den Text und drücken Sie Strg+C:',
  'actions.copyRefused.text': 'Zu kopierender Text',
  'actions.dismiss': 'Schließen',
};
