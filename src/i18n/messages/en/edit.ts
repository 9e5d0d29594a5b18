/** English messages of the edit area: the source every other catalog translates (ICU MessageFormat). */
export const edit = {} as const;
