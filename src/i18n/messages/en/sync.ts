/** English messages of the sync area: the source every other catalog translates (ICU MessageFormat). */
export const sync = {} as const;
