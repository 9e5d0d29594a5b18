/** English messages of the cli area: the source every other catalog translates (ICU MessageFormat). */
export const cli = {} as const;
