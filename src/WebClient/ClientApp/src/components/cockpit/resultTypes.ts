// The engine's FirmTurnResult and ProFormaResult as the API sends them (camelCase), as far as the cockpit shows them.

export interface CoverageCell { territory: string; channel: string; requiredVisits: number; effectiveVisits: number; coverage: number; salesforceStock: number }

export interface ProFormaResult {
  fixedSalaries: number; socialCharges: number; recruiting: number; severance: number; training: number; stimulation: number;
  communication: number; trade: number; studies: number; overheads: number; purchases: number; fixedCosts: number;
  variableCostRate: number; breakEvenRevenue: number; coverage: CoverageCell[]; overallCoverage: number; talleyHeadcount: number; headcount: number;
}

export type RepStatus = "FieldRep" | "InsideSales" | "VrpExclusive" | "VrpMulticarte" | "Agent";

export interface RepSummary { id: string; status: RepStatus; tenureQuarters: number }

export interface ProFormaView {
  turn: number;
  draftVersion: number;
  errors: { field: string; message: string }[];
  proForma: ProFormaResult | null;
  reps: RepSummary[];
}

export interface RepReport {
  id: string; status: RepStatus; tenureQuarters: number; quota: number; sales: number; attainment: number; grossPay: number;
  employerCost: number; motivation: number; satisfaction: number; departure: "None" | "Dismissed" | "Quit"; effectiveVisits: number;
}

export interface FirmFigure { firmId: string; key: string; value: number }

export interface TurnResult {
  turn: number;
  sales: {
    revenueHt: number; unitsSold: number; valueShare: number; volumeShare: number; serviceLevel: number;
    segments: { segment: string; unitsSold: number; revenueHt: number; volumeShare: number; valueShare: number; objective: number; objectiveGap: number }[];
  };
  statements: {
    income: Record<string, number>;
    balance: Record<string, number>;
    workingCapital: Record<string, number>;
  };
  dashboard: Record<string, number> & { distribution: { channel: string; dn: number; dv: number }[] };
  salesTeam: { reps: RepReport[]; headcount: number; departures: number; vacancies: number; talleyHeadcount: number; overallCoverage: number; staffingCosts: number };
  risk: {
    exposures: { creditClass: string; outstanding: number; defaultProbability: number; expectedLoss: number; writtenOff: number }[];
    expectedLoss: number; writtenOff: number; insuranceRecovery: number; badDebtRate: number; overdraft: number;
    cessationDePaiements: boolean; largestChannel: string; largestChannelShare: number;
  };
  studies: {
    bought: string[]; competitorPrices: FirmFigure[]; valueShares: FirmFigure[]; volumeShares: FirmFigure[];
    distributionValue: FirmFigure[]; salesforce: FirmFigure[];
  };
  score: { score: number };
  nextState: { inventory: Record<string, { units: number; unitCost: number }> };
}

/** Names the cockpit shows for ids of the market and the game. */
export interface Names {
  segment(id: string): string;
  channel(id: string): string;
  territory(id: string): string;
  firm(id: string): string;
}

export const repStatusLabels: Record<RepStatus, string> = {
  FieldRep: "Commercial terrain (CDI)",
  InsideSales: "Commercial sédentaire",
  VrpExclusive: "VRP exclusif",
  VrpMulticarte: "VRP multicarte",
  Agent: "Agent commercial",
};
