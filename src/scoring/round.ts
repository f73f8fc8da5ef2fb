// The precision of every number in a report.

/** One decimal, the precision of every number in a report. */
export function round1(x: number): number {
  // Half up on the decimal value a reader would compute: (33.3 + 66.6) / 2 is 49.949999… in binary, yet 50.
  return Math.round(Number((x * 10).toPrecision(12))) / 10 + 0;
}
