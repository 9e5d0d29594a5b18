/** English messages of the errors area: the source every other catalog translates (ICU MessageFormat). */
export const errors = {} as const;
