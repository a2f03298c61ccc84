/** The keys of the shell's own scenes (the play scenes' keys are theirs: chamber, hall, …). */
export const SHELL_SCENES = {
  boot: 'shell-boot',
  title: 'title',
  menu: 'menu-backdrop',
  standIn: 'shell-play',
} as const;
