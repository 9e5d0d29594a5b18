/** Identifiers Dexie or the add-in use on a database object; a type may not shadow them. */
const RESERVED = new Set([
  'name',
  'tables',
  'verno',
  'version',
  'open',
  'close',
  'delete',
  'table',
  'transaction',
  'on',
  'use',
  'unuse',
  'isOpen',
  'hasFailed',
  'hasBeenClosed',
  'dynamicallyOpened',
  'backendDB',
  'vip',
  'idbdb',
  'core',
  'cloud',
  'constructor',
  'prototype',
  '__proto__',
]);

const PLAIN = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The table that stores records of `typeId`: the TypeId itself when it is a plain identifier
 * (`Account`), else a deterministic name made of its letters and a hash (`t_Sales_Stage_1a2b3c4d`),
 * so that two different TypeIds never share a table and add-in tables (`_…`) are never shadowed.
 * @example tableNameFor('Account') // 'Account'
 */
export function tableNameFor(typeId: string): string {
  if (PLAIN.test(typeId) && !RESERVED.has(typeId) && !typeId.startsWith('t_')) return typeId;
  const letters = typeId.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return `t_${letters}${letters ? '_' : ''}${fnv1a(typeId)}`;
}

/** 32-bit FNV-1a as 8 hex digits: enough to tell TypeIds apart, synchronous and pure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
