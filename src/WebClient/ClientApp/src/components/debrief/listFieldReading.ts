import { number } from "../../format";
import type { MarketBrief } from "../../types";
import { repStatusLabels, type RepStatus } from "../cockpit/resultTypes";
import { studyLabels } from "../cockpit/studiesEditor";
import type { FieldReading } from "./decisionLog";

/**
 * How a field of a decision list reads in the debrief's decision log (the server lists each list item by its index:
 * <c>staffing.hires[0].count</c>, <c>allocation.perRep.r1[2].share</c>…): named as in the decision screens, values in
 * French. Undefined for a path that is not one of the lists the cockpit edits.
 */
export function listFieldReading(path: string, market: MarketBrief): FieldReading | undefined {
  const raw = (value: string) => value;
  const territoryName = (id: string) => market.territories.find((t) => t.id === id)?.name ?? id;
  const channelName = (id: string) => market.channels.find((c) => c.id === id)?.name ?? id;
  let match: RegExpMatchArray | null;
  if ((match = path.match(/^staffing\.hires\[(\d+)\]\.(status|count)$/))) {
    const hire = `Embauche ${Number(match[1]) + 1}`;
    return match[2] === "status"
      ? { label: `${hire} — contrat`, value: (value) => repStatusLabels[value as RepStatus] ?? value }
      : { label: `${hire} — nombre`, value: raw };
  }
  if (/^staffing\.dismissals\[\d+\]$/.test(path)) return { label: "Licenciement", value: raw };
  if (/^studies\[\d+\]$/.test(path)) return { label: "Étude de marché achetée", value: (value) => studyLabels[value] ?? value };
  if (/^pricing\.acceptedCreditClasses\[\d+\]$/.test(path)) return { label: "Classe de clients acceptée", value: (value) => `Classe ${value}` };
  if ((match = path.match(/^allocation\.(?:default|perRep\.([^[]+))\[(\d+)\]\.(share|territory|channel)$/))) {
    const split = match[1] ? `Répartition du temps de ${match[1]}` : "Répartition du temps par défaut";
    const line = `${split}, ligne ${Number(match[2]) + 1}`;
    if (match[3] === "share") return { label: `${line} (%)`, value: (value) => number(Number(value) * 100) };
    return match[3] === "territory"
      ? { label: `${line} — secteur`, value: territoryName }
      : { label: `${line} — canal`, value: channelName };
  }
  return undefined;
}
