namespace NrcGame.Market.Accounting;

/// <summary>
/// Balances of accounts (balance des comptes), each signed debit − credit: a solde débiteur is
/// positive, a solde créditeur negative. Accounts absent from the dictionary have a zero balance.
/// The closing balances of a quarter are the opening balances (à-nouveaux) of the next.
/// </summary>
/// <param name="DebitBalances">Debit − credit balance keyed by PCG account number.</param>
public sealed record AccountBalances(IReadOnlyDictionary<string, decimal> DebitBalances)
{
    /// <summary>No account has a balance: a firm before its first entry.</summary>
    public static AccountBalances Empty { get; } = new(new Dictionary<string, decimal>());

    /// <summary>
    /// Balances created by one entry, typically the opening entry of a scenario
    /// (e.g. debit 512 Banque, credit 101 Capital).
    /// </summary>
    public static AccountBalances From(JournalEntry openingEntry)
    {
        openingEntry.EnsureValid();
        var balances = new Dictionary<string, decimal>(StringComparer.Ordinal);
        Accumulate(balances, openingEntry);
        return new AccountBalances(balances);
    }

    /// <summary>Debit − credit balance of one account (0 when absent).</summary>
    public decimal Of(string account) => DebitBalances.GetValueOrDefault(account);

    /// <summary>Result not yet closed into 120: produits − charges of the class 7 and 6 balances, positive for a profit.</summary>
    public decimal UnclosedResult => Totals().UnclosedResult;

    /// <summary>Σ of all balances; zero for any balances produced by balanced entries.</summary>
    public decimal Total => DebitBalances.Values.Sum();

    internal CategoryTotals Totals() => new(DebitBalances);

    internal static void Accumulate(Dictionary<string, decimal> balances, JournalEntry entry)
    {
        var lines = entry.Lines;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            balances[line.Account] = balances.GetValueOrDefault(line.Account) + line.DebitMinusCredit;
        }
    }
}
