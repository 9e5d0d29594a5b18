import type { search as english } from '../en/search';

export const search: Record<keyof typeof english, string> = {
  'search.box.label': 'Rechercher dans tous les enregistrements',
  'search.box.placeholder': 'Rechercher comptes, contacts, tout',
  'search.results.label': 'Résultats de la recherche',
  'search.results.searching': 'Recherche…',
  'search.results.summary':
    '{count, plural, one {# enregistrement trouvé} other {# enregistrements trouvés}} dans {groups, plural, one {# type} other {# types}}',
  'search.results.summaryMore':
    'Plus de {count, number} enregistrements trouvés dans {groups, plural, one {# type} other {# types}}',
  'search.results.group': '{label} ({count, number})',
  'search.results.groupMore': '{label} ({count, number}+)',
  'search.results.showMore': 'Afficher plus de {label}',
  'search.results.none': 'Aucun résultat pour « {text} ».',
  'search.results.noneHint':
    'La recherche trouve le début des mots dans les noms, adresses e-mail et numéros de téléphone. Essayez un seul mot, moins de lettres, ou parcourez un type ci-dessous.',
  'search.results.clear': 'Effacer la recherche',
  'search.results.readFailed': 'La recherche dans vos enregistrements locaux a échoué.',
  'search.results.favourite': 'Favori',
  'search.home.favourites': 'Favoris',
  'search.home.recent': 'Récents',
  'search.home.showAll': 'Tout afficher ({count, number})',
  'search.home.showFewer': 'Afficher moins',
  'search.home.hint':
    'Les enregistrements que vous ouvrez s’affichent ici. Ajoutez une étoile à un enregistrement pour le garder en haut.',
  'search.home.readFailed': 'La lecture de vos enregistrements récents et favoris a échoué.',
  'search.favourite.toggle': 'Favori',
  'search.favourite.on': 'Dans vos favoris : cliquez pour le retirer',
  'search.favourite.off': 'Ajouter à vos favoris, affichés en premier dans Enregistrements',
  'search.favourite.failed': 'L’enregistrement du favori a échoué.',
  'search.loading': 'Chargement de vos enregistrements',
  'search.noData.title': 'Pas encore de données CRM sur cet ordinateur',
  'search.noData.body':
    'Synchronisez pour télécharger vos comptes, contacts, opportunités et activités. Ils restent disponibles hors connexion.',
  'search.noData.syncNow': 'Synchroniser maintenant',
  'search.noData.running': 'Synchronisation en cours… vos enregistrements apparaîtront ici à la fin.',
  'search.list.everywhere': 'Rechercher dans tous les types',
  'search.list.clear': 'Effacer la recherche',
};
