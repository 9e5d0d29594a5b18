/** Which record a view shows: its object type and primary key. */
export interface RecordRef {
  readonly typeId: string;
  readonly id: string;
}
