/** Code-point order: unlike localeCompare it is the same in every browser and Node, so output stays byte-identical. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
