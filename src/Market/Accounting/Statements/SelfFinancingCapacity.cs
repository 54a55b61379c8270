using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Accounting.Statements;

/// <summary>Capacité d'autofinancement (CAF) of the quarter, by both methods taught; they agree exactly.</summary>
public sealed record SelfFinancingCapacity
{
    /// <summary>CAF, méthode additive (from the résultat net).</summary>
    public decimal Additive { get; init; }

    /// <summary>CAF, méthode soustractive (from the EBE).</summary>
    public decimal Subtractive { get; init; }

    /// <summary>The CAF of the compte de résultat.</summary>
    public static SelfFinancingCapacity From(IncomeStatement incomeStatement) => new()
    {
        Additive = FinancialFormulas.SelfFinancingCapacityAdditive(
            incomeStatement.NetResult,
            incomeStatement.DepreciationAndProvisionExpenses,
            incomeStatement.ProvisionReversals),
        Subtractive = FinancialFormulas.SelfFinancingCapacitySubtractive(
            incomeStatement.GrossOperatingProfit,
            otherOperatingIncome: 0m,
            incomeStatement.OtherOperatingExpenses,
            incomeStatement.FinancialResult,
            incomeStatement.ExceptionalResult,
            incomeStatement.IncomeTax),
    };
}
