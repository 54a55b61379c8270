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
        var current = ledger.CurrentBalances;
        var incomeStatement = IncomeStatement.From(current);
        var opening = WorkingCapital.From(ledger.Opening);
        var closing = WorkingCapital.From(current);
        var currentTotals = current.Totals();
        var openingTotals = ledger.Opening.Totals();
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
