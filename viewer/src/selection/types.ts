/** One thing is selected at a time: an actor or a relation. */
export type Selection = { type: "node"; id: string } | { type: "edge"; id: string } | null;
