/** English messages of the records area: the source every other catalog translates (ICU MessageFormat). */
export const records = {} as const;
