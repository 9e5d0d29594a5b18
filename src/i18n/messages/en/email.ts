/** English messages of the email area: the source every other catalog translates (ICU MessageFormat). */
export const email = {} as const;
