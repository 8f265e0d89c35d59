import { describe, expect, it } from "vitest";
import { headerDate, toIsoDate } from "../../src/read/date.js";

describe("article dates", () => {
  it("keeps an ISO day as written, whatever the time zone after it", () => {
    expect(toIsoDate("2024-03-05")).toBe("2024-03-05");
    expect(toIsoDate("2024-03-05T23:30:00-08:00")).toBe("2024-03-05");
    expect(toIsoDate(" 2024-03-05T01:00:00+05:00 ")).toBe("2024-03-05");
  });

  it("reads other written dates as UTC days", () => {
    expect(toIsoDate("March 7, 2024")).toBe("2024-03-07");
    expect(toIsoDate("7 Mar 2024")).toBe("2024-03-07");
  });

  it("gives nothing for what is not a date", () => {
    for (const value of ["", "soon", "2024-02-31", "2024-13-01", 20240305, null, undefined]) expect(toIsoDate(value)).toBeUndefined();
  });

  it("finds a Date: header line near the top of a text", () => {
    expect(headerDate("Title\nDate: 2023-11-02\n\nBody")).toBe("2023-11-02");
    expect(headerDate("Body without a date")).toBeUndefined();
    expect(headerDate(`${"x".repeat(3000)}\nDate: 2023-11-02`)).toBeUndefined();
  });
});
