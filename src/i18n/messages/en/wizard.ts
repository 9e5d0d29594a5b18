/** English messages of the wizard area: the source every other catalog translates (ICU MessageFormat). */
export const wizard = {} as const;
