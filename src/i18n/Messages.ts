import type { messages as english } from './messages/en';

/** Every message id of the add-in's own UI: the keys of the English catalog. */
export type MessageId = keyof typeof english;

/** A complete catalog: one ICU message for every id (the compiler rejects a missing or extra id). */
export type Messages = Readonly<Record<MessageId, string>>;

/** Values of a message's placeholders (`{count}`, `{name}`, `{when, date, short}`…). */
export type MessageValues = Readonly<Record<string, string | number | Date>>;
