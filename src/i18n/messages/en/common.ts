/** English messages of the common area: the source every other catalog translates (ICU MessageFormat). */
export const common = {} as const;
