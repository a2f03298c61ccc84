import type { Language } from '../../storage/settings';
import { field, h, select } from '../dom';
import type { Shell } from '../shell';
import { menuPanel } from './menu-panel';
import { languageOptions } from './title-screen';

/** Language, volume, mute and reduced motion; each change applies at once and is remembered. */
export function settingsScreen(shell: Shell): HTMLElement {
  const { t } = shell;
  const { audio } = shell.services;
  const language = select('language', languageOptions(), shell.settings.language, {
    'data-testid': 'settings-language',
    'data-focus': 'settings-language',
  });
  language.addEventListener('change', () => void shell.setLanguage(language.value as Language));

  const sound: HTMLElement[] = [];
  if (audio) {
    const volume = h('input', {
      type: 'range',
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(audio.settings.master * 100),
      'data-testid': 'settings-volume',
      'data-focus': 'settings-volume',
    });
    volume.addEventListener('input', () => audio.setMasterVolume(Number(volume.value) / 100));
    const mute = h('input', {
      type: 'checkbox',
      checked: audio.settings.muted,
      'data-testid': 'settings-mute',
      'data-focus': 'settings-mute',
    });
    mute.addEventListener('change', () => audio.setMuted(mute.checked));
    sound.push(
      field(t('settings.volume'), volume),
      h('label', { class: 'choice' }, mute, ` ${t('settings.mute')}`),
    );
  } else sound.push(h('p', {}, t('settings.noAudio')));

  const motion = h('input', {
    type: 'checkbox',
    checked: shell.settings.reducedMotion,
    'data-testid': 'settings-motion',
    'data-focus': 'settings-motion',
    'aria-describedby': 'motion-hint',
  });
  motion.addEventListener('change', () => shell.setReducedMotion(motion.checked));
  return menuPanel(
    shell,
    {
      testId: 'settings-screen',
      heading: t('settings.heading'),
      back: () => shell.closeSettings(),
    },
    h(
      'div',
      { class: 'setup-form' },
      field(t('settings.language'), language),
      ...sound,
      h('label', { class: 'choice' }, motion, ` ${t('settings.reducedMotion')}`),
      h('small', { id: 'motion-hint' }, t('settings.reducedMotionHint')),
    ),
  );
}
