// Parameters shared by many routes and pages. Pure.

/** A positive 32-bit id, as its decimal digits ("abc", "0", "1e3", "99999999999" are not ids). */
const ID_DIGITS = /^[1-9]\d{0,9}$/;
const MAX_ID = 2_147_483_647;

/** The id a URL segment names, or null: a string that cannot be an id names nothing. */
export function parseId(raw: string): number | null {
  if (!ID_DIGITS.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_ID ? id : null;
}
