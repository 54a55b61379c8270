import { euros } from "../format";
import type { FirmDecisions, MarketBrief } from "../types";

/** One editable decision: its path in FirmDecisions, its French label and its allowed range. */
export interface FieldSpec {
  path: string;
  label: string;
  unit: "€" | "%" | "jours" | "";
  min: number;
  max: number;
  step: number;
  hint?: string;
  options?: { value: string; label: string }[];
}

/** A family of decisions, with the référentiel section it exercises. */
export interface SectionSpec {
  title: string;
  concept: string;
  fields: FieldSpec[];
}

const money = (path: string, label: string, max: number, hint?: string): FieldSpec => ({ path, label, unit: "€", min: 0, max, step: 100, hint });
const rate = (path: string, label: string, max: number, hint?: string): FieldSpec => ({ path, label, unit: "%", min: 0, max, step: 0.5, hint });

/**
 * The decision screens of the cockpit, built from the market and the team's draft. Ranges mirror
 * the engine's validation rules (the server remains the judge and names the field when it refuses).
 */
export function decisionSections(market: MarketBrief, decisions: FirmDecisions): SectionSpec[] {
  const trade = (decisions.promotion.trade ?? {}) as Record<string, unknown>;
  const channelName = (id: string) => market.channels.find((c) => c.id === id)?.name ?? id;
  return [
    {
      title: "Prix et conditions de vente",
      concept: "S511 Le prix, S512 Les règlements",
      fields: [
        ...market.segments.map((s) => ({
          path: `pricing.listPrice.${s.id}`, label: `Prix catalogue HT — ${s.name}`, unit: "€" as const,
          min: s.minimumPrice, max: s.maximumPrice, step: 0.01,
          hint: `Coût d'achat unitaire : ${euros(s.unitPurchaseCost)}.`,
        })),
        ...Object.keys((decisions.pricing.discount ?? {}) as Record<string, number>).map((c) =>
          rate(`pricing.discount.${c}`, `Remise accordée — ${channelName(c)}`, 50)),
        rate("pricing.rebate", "Ristourne de fin de période", 10),
        { path: "pricing.paymentTermsDays", label: "Délai de paiement accordé", unit: "jours", min: 0, max: market.paymentTermsCap, step: 1, hint: `Plafond légal : ${market.paymentTermsCap} jours (LME).` },
        rate("pricing.earlyPaymentDiscount", "Escompte pour paiement comptant", 5),
      ],
    },
    {
      title: "Équipe commerciale",
      concept: "S62.2 Constitution de l'équipe commerciale",
      fields: [{ path: "staffing.trainingDaysPerRep", label: "Jours de formation par commercial", unit: "jours", min: 0, max: 10, step: 0.5 }],
    },
    {
      title: "Rémunération et animation",
      concept: "S63.1 Organisation de l'activité, S63.2 Stimulation, S62.1 Relation managériale",
      fields: [
        money("remuneration.fixedSalary", "Salaire fixe trimestriel (brut)", 30000),
        rate("remuneration.commissionRate", "Taux de commission", 20),
        money("remuneration.quota", "Quota trimestriel par commercial (CA HT)", 10000000),
        money("remuneration.bonus", "Prime d'objectif (quota atteint)", 50000),
        money("remuneration.stimulationBudget", "Budget de stimulation (challenges, concours)", 1000000),
        {
          path: "remuneration.managementStyle", label: "Style de management", unit: "", min: 0, max: 0, step: 0,
          options: [
            { value: "Directive", label: "Directif" }, { value: "Persuasive", label: "Persuasif" },
            { value: "Participative", label: "Participatif" }, { value: "Delegative", label: "Délégatif" },
          ],
        },
      ],
    },
    {
      title: "Promotion et trade marketing",
      concept: "S445 Communication, S446 Distribution, S63.4 Réseau de vente",
      fields: [
        ...market.segments.map((s) => money(`promotion.media.${s.id}`, `Publicité média — ${s.name}`, 10000000, `Référence du marché : ${euros(s.referenceMediaSpend)}.`)),
        ...market.segments.map((s) => money(`promotion.directMarketing.${s.id}`, `Marketing direct — ${s.name}`, 10000000)),
        ...Object.keys(trade).flatMap((c) => [
          money(`promotion.trade.${c}.listingFees`, `Droits de référencement — ${channelName(c)}`, 10000000),
          rate(`promotion.trade.${c}.cooperationRate`, `Coopération commerciale (marges arrière) — ${channelName(c)}`, 30),
          money(`promotion.trade.${c}.displaySpend`, `Têtes de gondole et PLV — ${channelName(c)}`, 10000000),
        ]),
      ],
    },
    {
      title: "Approvisionnement",
      concept: "S523 Risque global (stocks, BFR)",
      fields: market.segments.map((s) => ({
        path: `purchases.${s.id}`, label: `Achats du trimestre — ${s.name}`, unit: "" as const, min: 0, max: 10000000, step: 100,
        hint: `En unités, au coût d'achat de ${euros(s.unitPurchaseCost)} l'unité : sans stock, pas de vente ; trop de stock pèse sur la trésorerie.`,
      })),
    },
    {
      title: "Objectifs",
      concept: "S62.3 Procédures managériales, S534 Planification et suivi",
      fields: market.segments.map((s) => money(`objectives.${s.id}`, `Objectif de CA HT — ${s.name}`, 1000000000)),
    },
  ];
}

/** The value at a dotted path. */
export function valueAt(target: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], target);
}

/** Sets the value at a dotted path, creating dictionary entries as needed. */
export function setValueAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}
