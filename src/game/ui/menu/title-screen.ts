import { LANGUAGES } from '../../storage/settings';
import type { Language } from '../../storage/settings';
import { button, field, h, select } from '../dom';
import type { Shell } from '../shell';

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  zh: '简体中文',
  fr: 'Français',
  ru: 'Русский',
};

/** The language choices, each named in its own language (so anyone can find theirs). */
export function languageOptions(): { value: string; label: string }[] {
  return LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }));
}

/** The title screen: the game's name over the drawn illustration, and the three ways in. */
export function titleScreen(shell: Shell): HTMLElement {
  const { t } = shell;
  const language = select('language', languageOptions(), shell.settings.language, {
    'data-testid': 'title-language',
    'data-focus': 'title-language',
  });
  language.addEventListener('change', () => void shell.setLanguage(language.value as Language));
  return h(
    'section',
    { class: 'title-screen', 'aria-labelledby': 'title-heading', 'data-testid': 'title-screen' },
    h('h1', { id: 'title-heading', class: 'game-title' }, t('app.name')),
    h('p', { class: 'tagline' }, t('app.tagline')),
    h('p', { class: 'subtitle' }, t('app.subtitle')),
    h(
      'nav',
      { class: 'title-menu', 'aria-label': t('app.name') },
      button(t('title.newGame'), () => shell.go('mode'), {
        class: 'primary',
        'data-testid': 'new-game',
        'data-focus': 'new-game',
        autofocus: true,
      }),
      button(t('title.loadGame'), () => shell.go('load'), {
        'data-testid': 'load-game',
        'data-focus': 'load-game',
      }),
      button(t('title.settings'), () => shell.go('settings'), {
        'data-testid': 'open-settings',
        'data-focus': 'open-settings',
      }),
    ),
    h('div', { class: 'title-language' }, field(t('title.language'), language)),
    h('p', { class: 'fine-print' }, t('title.offline')),
  );
}
