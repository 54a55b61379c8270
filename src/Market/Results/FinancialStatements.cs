using NrcGame.Market.Accounting;
using NrcGame.Market.Accounting.Statements;

namespace NrcGame.Market;

/// <summary>The quarter's statements, all views of the firm's double-entry ledger (market-model.md §8.2 step 13).</summary>
public sealed record FinancialStatements
{
    /// <summary>Statements of a quarter's ledger (opening balances + the quarter's entries, before closing).</summary>
    public static FinancialStatements From(Ledger ledger)
    {
        // The balances are summed by category once for the opening and once for the end; every statement reads them.
        var current = ledger.CurrentBalances.Totals();
        var opening = ledger.Opening.Totals();
        var income = IncomeStatement.From(current);
        return new FinancialStatements
        {
            Income = income,
            Balance = BalanceSheet.From(current),
            WorkingCapital = WorkingCapital.From(current),
            CashFlow = CashFlowStatement.From(ledger, opening, current, income),
            SelfFinancing = SelfFinancingCapacity.From(income),
            Journal = ledger.Entries.ToList(),
        };
    }

    /// <summary>Compte de résultat with the SIG.</summary>
    public required IncomeStatement Income { get; init; }

    /// <summary>Bilan simplifié at the end of the quarter (after closing the result into 120).</summary>
    public required BalanceSheet Balance { get; init; }

    /// <summary>Bilan fonctionnel: FRNG, BFR, trésorerie nette.</summary>
    public required WorkingCapital WorkingCapital { get; init; }

    /// <summary>Tableau de flux de trésorerie (direct and indirect methods).</summary>
    public required CashFlowStatement CashFlow { get; init; }

    /// <summary>CAF (additive and subtractive methods).</summary>
    public required SelfFinancingCapacity SelfFinancing { get; init; }

    /// <summary>Journal of the quarter: every balanced entry posted.</summary>
    public required IReadOnlyList<JournalEntry> Journal { get; init; }
}
