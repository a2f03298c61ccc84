/** Les chaînes du shell en français (partielles : l'anglais complète ce qui manque). */
export default {
  app: {
    tagline: 'Négocier la prévention d’une course aux armements dans l’espace',
    subtitle: 'Conférence du désarmement, Genève · Assemblée générale des Nations Unies, New York',
  },
  common: { back: 'Retour', close: 'Fermer', start: 'Commencer', loading: 'Chargement…' },
  title: {
    newGame: 'Nouvelle partie',
    loadGame: 'Charger une partie',
    settings: 'Réglages',
    language: 'Langue',
  },
  mode: {
    heading: 'Comment jouer ?',
    solo: 'Solo',
    hotseat: 'À plusieurs sur un écran',
    replay: 'Rejouer l’histoire',
    host: 'Animer une classe',
    join: 'Rejoindre une classe',
    needsServer: 'Nécessite le serveur de classe',
  },
  setup: {
    heading: 'Préparer la partie',
    scenario: 'Scénario',
    seat: 'Votre délégation',
    start: 'Lancer la partie',
    language: 'Langue',
  },
  seat: { CHN: 'Chine', RUS: 'Fédération de Russie', USA: 'États-Unis', EU: 'Union européenne' },
  settings: {
    heading: 'Réglages',
    language: 'Langue',
    volume: 'Volume',
    mute: 'Couper le son',
    reducedMotion: 'Réduire les animations',
  },
  actions: { endTurn: 'Terminer le tour' },
  hud: {
    save: 'Enregistrer',
    undo: 'Annuler',
    capital: 'Capital',
    tension: 'Tension',
    debris: 'Débris',
  },
};
