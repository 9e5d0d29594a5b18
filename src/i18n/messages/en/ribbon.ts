/** English messages of the ribbon area: the source every other catalog translates (ICU MessageFormat). */
export const ribbon = {} as const;
