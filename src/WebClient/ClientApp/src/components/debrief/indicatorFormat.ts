import { euros, number, percent } from "../../format";
import type { IndicatorUnit } from "./debriefTypes";

/** Formats a debrief figure the French way for its unit (1 234,56 €, 12,5 %, 45 j). */
export function formatIndicator(unit: IndicatorUnit | string, value: number): string {
  switch (unit) {
    case "Euros": return euros(value);
    case "Rate": return percent(value);
    case "Days": return `${number(value)} j`;
    default: return number(value);
  }
}

/** A change with its sign: +1 234,56 €. */
export const signed = (value: number, format: (v: number) => string): string => (value > 0 ? "+" : "") + format(value);
