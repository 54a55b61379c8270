namespace NrcGame.Market.Accounting.Statements;

/// <summary>
/// Tableau de flux de trésorerie, méthode indirecte: from the résultat net through the CAF and the
/// variation du BFR (bilan fonctionnel, gross values). Amounts are signed: positive for a cash inflow.
/// </summary>
public sealed record IndirectCashFlows
{
    /// <summary>Résultat net of the quarter.</summary>
    public decimal NetResult { get; init; }

    /// <summary>+ dotations aux amortissements et dépréciations − reprises.</summary>
    public decimal NetAllowances { get; init; }

    /// <summary>Capacité d'autofinancement = résultat net + dotations − reprises.</summary>
    public decimal SelfFinancingCapacity => NetResult + NetAllowances;

    /// <summary>Variation du BFR (positive when the BFR grows, which consumes cash).</summary>
    public decimal WorkingCapitalNeedChange { get; init; }

    /// <summary>Flux net de trésorerie lié à l'activité = CAF − variation du BFR.</summary>
    public decimal OperatingCashFlow => SelfFinancingCapacity - WorkingCapitalNeedChange;

    /// <summary>Flux lié à l'investissement = − variation des immobilisations brutes.</summary>
    public decimal InvestingCashFlow { get; init; }

    /// <summary>Flux lié au financement = variation des dettes financières + apports en capital − dividendes.</summary>
    public decimal FinancingCashFlow { get; init; }

    /// <summary>Variation de trésorerie nette = activité + investissement + financement.</summary>
    public decimal NetCashChange => OperatingCashFlow + InvestingCashFlow + FinancingCashFlow;

    /// <summary>Derives the flows from the compte de résultat and the opening and current bilans fonctionnels.</summary>
    public static IndirectCashFlows From(Ledger ledger)
    {
        var current = ledger.CurrentBalances.Totals();
        return From(ledger.Opening.Totals(), current, IncomeStatement.From(current));
    }

    /// <summary>The flows from the opening and current category totals and the compte de résultat, each computed once.</summary>
    internal static IndirectCashFlows From(CategoryTotals openingTotals, CategoryTotals currentTotals, IncomeStatement incomeStatement)
    {
        var opening = WorkingCapital.From(openingTotals);
        var closing = WorkingCapital.From(currentTotals);
        decimal CreditMovement(params ReadOnlySpan<AccountCategory> categories) =>
            currentTotals.Credit(categories) - openingTotals.Credit(categories);
        return new IndirectCashFlows
        {
            NetResult = incomeStatement.NetResult,
            NetAllowances = incomeStatement.DepreciationAndProvisionExpenses - incomeStatement.ProvisionReversals,
            WorkingCapitalNeedChange = closing.Need - opening.Need,
            InvestingCashFlow = opening.StableAssets - closing.StableAssets,
            FinancingCashFlow = CreditMovement(
                AccountCategory.FinancialDebt, AccountCategory.Capital,
                AccountCategory.Reserves, AccountCategory.RetainedEarnings, AccountCategory.ResultOfTheYear),
        };
    }
}
