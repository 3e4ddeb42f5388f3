/** A tenant's saved listening query, in the boolean syntax parseQuery reads. */
export interface ListeningQuery {
  readonly id: string;
  readonly tenant: string;
  readonly query: string;
}
