import type { ActorKind, RelationType } from "../types.js";

// Okabe–Ito colours: distinct for the common forms of colour blindness.
export const KIND_COLORS: Record<ActorKind, string> = {
  person: "#E69F00",
  state: "#0072B2",
  government: "#56B4E9",
  armed_group: "#D55E00",
  organization: "#009E73",
  media: "#CC79A7",
  // Okabe–Ito's yellow, darkened: the original is too pale on the viewer's light stage.
  population: "#B39B00",
  place: "#999999",
};

export const RELATION_COLORS: Record<RelationType, string> = {
  condemns: "#CC79A7",
  backs: "#009E73",
  attacks: "#D55E00",
  mediates: "#0072B2",
  praises: "#56B4E9",
  threatens: "#E69F00",
  demands: "#882255",
  // Tol's indigo: Okabe–Ito's eight are taken.
  sanctions: "#332288",
  leads: "#bbbbbb",
  member_of: "#bbbbbb",
  spokesman_for: "#bbbbbb",
};
