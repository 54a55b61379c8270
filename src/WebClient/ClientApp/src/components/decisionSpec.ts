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
  /** True for a yes/no decision (a select whose values are "true"/"false"). */
  boolean?: boolean;
  /** True for a whole number (days, units): « 45,5 » is refused under the field instead of being sent. */
  integer?: boolean;
}

/** The decisions edited as whole lists, by the editors of components/cockpit. */
export type ListEditorName = "creditClasses" | "hires" | "dismissals" | "allocation" | "perRepAllocation" | "studies";

/** A family of decisions, with the référentiel section it exercises. */
export interface SectionSpec {
  title: string;
  concept: string;
  fields: FieldSpec[];
  lists?: ListEditorName[];
}

const money = (path: string, label: string, max: number, hint?: string): FieldSpec => ({ path, label, unit: "€", min: 0, max, step: 100, hint });
const rate = (path: string, label: string, max: number, hint?: string): FieldSpec => ({ path, label, unit: "%", min: 0, max, step: 0.5, hint });
const choice = (path: string, label: string, options: [string, string][], hint?: string): FieldSpec =>
  ({ path, label, unit: "", min: 0, max: 0, step: 0, hint, options: options.map(([value, text]) => ({ value, label: text })) });
const yesNo = (path: string, label: string, hint?: string): FieldSpec =>
  ({ ...choice(path, label, [["false", "Non"], ["true", "Oui"]], hint), boolean: true });

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
      concept: "S511 Le prix, S512 Les règlements et le financement, S521 Valeur et risque individuel client",
      fields: [
        ...market.segments.map((s) => ({
          path: `pricing.listPrice.${s.id}`, label: `Prix catalogue HT — ${s.name}`, unit: "€" as const,
          min: s.minimumPrice, max: s.maximumPrice, step: 0.01,
          hint: `Coût d'achat unitaire : ${euros(s.unitPurchaseCost)}.`,
        })),
        ...Object.keys((decisions.pricing.discount ?? {}) as Record<string, number>).map((c) =>
          rate(`pricing.discount.${c}`, `Remise accordée — ${channelName(c)}`, 50)),
        rate("pricing.rebate", "Ristourne de fin de période", 10),
        { path: "pricing.paymentTermsDays", label: "Délai de paiement accordé", unit: "jours", min: 0, max: market.paymentTermsCap, step: 1, integer: true, hint: `Plafond légal : ${market.paymentTermsCap} jours (LME).` },
        rate("pricing.earlyPaymentDiscount", "Escompte pour paiement anticipé", 5,
          "S511 : réduction financière (0 % = « escompte néant »), coût annuel ≈ taux ÷ (1 − taux) × 360 ÷ jours d'avance."),
        {
          path: "pricing.earlyPaymentDays", label: "Délai pour bénéficier de l'escompte", unit: "jours", min: 0, max: market.paymentTermsCap, step: 1, integer: true,
          hint: "S512 Les règlements : le client qui paie dans ce délai déduit l'escompte. Au plus le délai de paiement accordé ; sans effet si l'escompte est à 0 %.",
        },
        ...market.segments.filter((s) => s.kind === "B2C").map((s) =>
          rate(`pricing.promotion.${s.id}`, `Promotion consommateur — ${s.name}`, 50, "Réduction temporaire en magasin (grand public seulement).")),
        yesNo("pricing.creditInsurance", "Assurance-crédit des créances", "Prime de 0,2 % du CA TTC, 85 % des impayés couverts (S521)."),
      ],
      lists: ["creditClasses"],
    },
    {
      title: "Équipe commerciale",
      concept: "S62.2 Constitution de l'équipe commerciale",
      fields: [{ path: "staffing.trainingDaysPerRep", label: "Jours de formation par commercial", unit: "jours", min: 0, max: 10, step: 0.5, hint: "S63.3 : chaque jour de formation est un jour sans visite." }],
      lists: ["hires", "dismissals"],
    },
    {
      title: "Secteurs et répartition du temps",
      concept: "S61.2 L'équipe, élément de la structure commerciale, S63.1 Organisation de l'activité",
      fields: [rate("allocation.prospectionShare", "Part des visites consacrée à la prospection", 100, "Le reste va à la fidélisation ; 50 % est neutre.")],
      lists: ["allocation", "perRepAllocation"],
    },
    {
      title: "Rémunération et animation",
      concept: "S63.1 Organisation de l'activité, S63.2 Stimulation, S62.1 Relation managériale",
      fields: [
        money("remuneration.fixedSalary", "Salaire fixe trimestriel (brut)", 30000),
        rate("remuneration.commissionRate", "Taux de commission", 20),
        choice("remuneration.commissionBase", "Base de la commission", [["Revenue", "CA HT facturé"], ["Margin", "Marge commerciale"], ["CashCollected", "Encaissements"]]),
        rate("remuneration.overQuotaRate", "Commission supplémentaire au-delà du quota", 20),
        money("remuneration.variableCap", "Plafond de la rémunération variable (0 = aucun)", 200000),
        rate("remuneration.externalCommissionRate", "Commission des VRP multicartes et agents", 30),
        money("remuneration.quota", "Quota trimestriel par commercial (CA HT)", 10000000),
        choice("remuneration.quotaRule", "Répartition des quotas", [["ProportionalToPotential", "Selon le potentiel"], ["Uniform", "Identique pour tous"], ["Ratchet", "Cliquet (sur le réalisé)"]]),
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
        ...market.segments.map((s) => money(`promotion.sponsorship.${s.id}`, `Parrainage — ${s.name}`, 10000000, "Surtout de l'image.")),
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
        path: `purchases.${s.id}`, label: `Achats du trimestre — ${s.name}`, unit: "" as const, min: 0, max: 10000000, step: 100, integer: true,
        hint: `En unités, au coût d'achat de ${euros(s.unitPurchaseCost)} l'unité : sans stock, pas de vente ; trop de stock pèse sur la trésorerie.`,
      })),
    },
    {
      title: "Objectifs",
      concept: "S62.3 Procédures managériales, S534 Planification et suivi",
      fields: market.segments.map((s) => money(`objectives.${s.id}`, `Objectif de CA HT — ${s.name}`, 1000000000, "Comparé au réalisé dans l'analyse des écarts.")),
    },
    {
      title: "Études de marché",
      concept: "S533 Prise de décision, S42 Marché et concurrence",
      fields: [],
      lists: ["studies"],
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
