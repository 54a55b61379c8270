import { h } from "../../dom";
import { keyFigure, keyFigures, statementTable } from "./figure";
import type { TurnResult } from "./resultTypes";

/** Compte de résultat as SIG, bilan simplifié, and BFR with trésorerie (S523), all from the engine's ledger views. */
export function statementsView(result: TurnResult): HTMLElement {
  const income = "statements.income";
  const balance = "statements.balance";
  const wc = "statements.workingCapital";
  const i = result.statements.income;
  const b = result.statements.balance;
  const w = result.statements.workingCapital;
  return h("div", { class: "statements" },
    statementTable("Soldes intermédiaires de gestion (SIG)", "sig", [
      { label: "Ventes de marchandises", value: i.salesOfGoods, path: `${income}.salesOfGoods` },
      { label: "− Coût d'achat des marchandises vendues", value: i.costOfGoodsSold, path: `${income}.costOfGoodsSold` },
      { label: "Marge commerciale", value: i.commercialMargin, path: `${income}.commercialMargin`, total: true },
      { label: "− Consommations en provenance des tiers", value: i.externalCharges, path: `${income}.externalCharges` },
      { label: "Valeur ajoutée", value: i.valueAdded, path: `${income}.valueAdded`, total: true },
      { label: "− Impôts et taxes", value: i.taxesAndDuties, path: `${income}.taxesAndDuties` },
      { label: "− Charges de personnel", value: i.personnelExpenses, path: `${income}.personnelExpenses` },
      { label: "Excédent brut d'exploitation (EBE)", value: i.grossOperatingProfit, path: `${income}.grossOperatingProfit`, total: true },
      { label: "+ Reprises sur provisions", value: i.provisionReversals, path: `${income}.provisionReversals` },
      { label: "− Dotations aux amortissements et provisions", value: i.depreciationAndProvisionExpenses, path: `${income}.depreciationAndProvisionExpenses` },
      { label: "− Autres charges (créances irrécouvrables…)", value: i.otherOperatingExpenses, path: `${income}.otherOperatingExpenses` },
      { label: "Résultat d'exploitation", value: i.operatingResult, path: `${income}.operatingResult`, total: true },
      { label: "Résultat financier", value: i.financialResult, path: `${income}.financialResult` },
      { label: "Résultat exceptionnel", value: i.exceptionalResult, path: `${income}.exceptionalResult` },
      { label: "− Impôt sur les bénéfices", value: i.incomeTax, path: `${income}.incomeTax` },
      { label: "Résultat net", value: i.netResult, path: `${income}.netResult`, total: true },
    ]),
    h("div", { class: "balance" },
      statementTable("Bilan simplifié — actif", "balance-assets", [
        { label: "Immobilisations nettes", value: b.fixedAssets, path: `${balance}.fixedAssets` },
        { label: "Stocks", value: b.inventory, path: `${balance}.inventory` },
        { label: "Créances clients", value: b.tradeReceivables, path: `${balance}.tradeReceivables` },
        { label: "TVA à récupérer", value: b.vatReceivable, path: `${balance}.vatReceivable` },
        { label: "Disponibilités", value: b.cash, path: `${balance}.cash` },
        { label: "Total actif", value: b.totalAssets, path: `${balance}.totalAssets`, total: true },
      ]),
      statementTable("Bilan simplifié — passif", "balance-liabilities", [
        { label: "Capital", value: b.capital, path: `${balance}.capital` },
        { label: "Réserves et report à nouveau", value: b.reservesAndRetainedEarnings, path: `${balance}.reservesAndRetainedEarnings` },
        { label: "Résultat de l'exercice", value: b.resultOfTheYear, path: `${balance}.resultOfTheYear` },
        { label: "Capitaux propres", value: b.equity, path: `${balance}.equity`, total: true },
        { label: "Emprunts", value: b.financialDebt, path: `${balance}.financialDebt` },
        { label: "Découvert bancaire", value: b.bankOverdraft, path: `${balance}.bankOverdraft` },
        { label: "Dettes fournisseurs", value: b.tradePayables, path: `${balance}.tradePayables` },
        { label: "Dettes fiscales et sociales", value: b.taxAndSocialPayables, path: `${balance}.taxAndSocialPayables` },
        { label: "Total passif", value: b.totalLiabilities, path: `${balance}.totalLiabilities`, total: true },
      ])),
    keyFigures("working-capital",
      keyFigure("Fonds de roulement (FRNG)", w.netWorkingCapital, "euros", `${wc}.netWorkingCapital`),
      keyFigure("Besoin en fonds de roulement (BFR)", w.need, "euros", `${wc}.need`),
      keyFigure("dont BFR d'exploitation", w.operatingNeed, "euros", `${wc}.operatingNeed`),
      keyFigure("Trésorerie nette (FRNG − BFR)", w.netCash, "euros", `${wc}.netCash`),
      keyFigure("BFR en jours de CA HT", result.dashboard.workingCapitalDays, "days", "dashboard.workingCapitalDays")));
}
