// French number formats, as taught: 1 234,56 € and 12,5 %.
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

export const euros = (value: number): string => euroFormat.format(value);
export const number = (value: number): string => numberFormat.format(value);
export const percent = (ratio: number): string => percentFormat.format(ratio);
