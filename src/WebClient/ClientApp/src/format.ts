// French number formats, as taught: 1 234,56 € and 12,5 %.
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

export const euros = (value: number): string => euroFormat.format(value);
export const number = (value: number): string => numberFormat.format(value);
export const percent = (ratio: number): string => percentFormat.format(ratio);

/**
 * A number as a French user types it — decimal comma or point, spaces between thousands as the app displays them
 * ("30 000", "7,5") — or undefined when the text is not one.
 */
export function parseFrench(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const value = Number(compact);
  return compact === "" || !Number.isFinite(value) ? undefined : value;
}
