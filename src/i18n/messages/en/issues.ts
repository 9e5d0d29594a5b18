/** English messages of the issues area: the source every other catalog translates (ICU MessageFormat). */
export const issues = {} as const;
