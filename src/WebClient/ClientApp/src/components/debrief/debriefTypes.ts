import type { FirmDecisions } from "../../types";

// The debrief as the API returns it (src/Debrief, camelCase JSON).

export interface SalesAndProfit { units: number; revenueHt: number; netResult: number }
export interface CauseEffect { label: string; explanation: string; effect: SalesAndProfit }
export interface ChangeDecomposition {
  turn: number;
  actualChange: SalesAndProfit;
  effects: CauseEffect[];
  remainder: SalesAndProfit;
  remainderExplanation: string;
}
export interface ConceptCard {
  ruleId: string;
  title: string;
  section: { id: string; title: string };
  quoted: string[];
  turns: number[];
  evidence: string[];
  questions: string[];
}
export type IndicatorUnit = "Euros" | "Units" | "Rate" | "Days" | "Count" | "Points";
export interface Indicator { key: string; label: string; unit: IndicatorUnit; value: number }
export interface TurnFigures { turn: number; indicators: Indicator[] }
export interface ObjectiveVariance {
  turn: number;
  segment: string;
  objective: number;
  actual: number;
  variance: number;
  varianceRate: number;
  directionLabel: string;
  plannedPrice: number;
  plannedUnits: number;
  actualUnits: number;
  actualPrice: number;
  quantityVariance: number;
  priceVariance: number;
}
export type TurnCommentKind = "Justification" | "Annotation";
export interface TurnComment { turn: number; kind: TurnCommentKind; text: string; author: string; at: string; kindLabel: string }

export interface DecisionChange { path: string; before: string; after: string }
export interface DecisionEdit { turn: number; author: string; at: string; withdrawn: boolean }
export interface TurnDecisionLog { turn: number; changes: DecisionChange[]; edits: DecisionEdit[] }

export interface TeamDebrief {
  history: { turns: { decisions: FirmDecisions }[] };
  decisions: TurnDecisionLog[];
  changes: ChangeDecomposition[];
  cards: ConceptCard[];
  variances: ObjectiveVariance[];
  varianceMethod: string;
  figures: TurnFigures[];
  comments: TurnComment[];
}

export interface TeamDebriefSummary {
  firmId: string;
  teamName: string;
  figures: TurnFigures[];
  cards: ConceptCard[];
  variances: ObjectiveVariance[];
  comments: TurnComment[];
}
export interface ClassDebrief { teams: TeamDebriefSummary[]; varianceMethod: string }
