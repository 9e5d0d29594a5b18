/** English messages of the dialog area: the source every other catalog translates (ICU MessageFormat). */
export const dialog = {} as const;
