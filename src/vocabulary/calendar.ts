/** Month names and their abbreviations, as dates write them: "March 22", "Aug 2", "in early January 1998". */
export const MONTHS: ReadonlySet<string> = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);
/** Days of the week. */
export const WEEKDAYS: ReadonlySet<string> = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
