/** English messages of the options area: the source every other catalog translates (ICU MessageFormat). */
export const options = {} as const;
