/**
 * An agency dateline opening a paragraph, with the space after its dash: "WASHINGTON (Reuters) - ",
 * "NEWPORT NEWS, Va. — ", "GENEVA – ". The place is in capitals, which keeps "Moscow - the …" out.
 * Ingest reads it as a sign of a news report; statement extraction leaves it out of clauses.
 */
export const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{1,30}\p{Lu}\.?(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:\s+\([^)]{2,30}\))?\s*(?:[-–—―]{1,2}|_)\s+(?=\S)/u;
