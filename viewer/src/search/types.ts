export interface SearchEntry {
  node: string;
  label: string;
  /** Every name the actor goes by, label first, with its normalized form for matching. */
  names: { text: string; norm: string }[];
  /** Weighted degree, to rank equally good matches. */
  weight: number;
}

export interface SearchResult {
  node: string;
  label: string;
  /** The alias that matched, when it was not the label ("Moscow" for Russia). */
  via?: string;
  score: number;
}
