namespace NrcGame.Market.Accounting;

/// <summary>
/// Debit − credit totals of every <see cref="AccountCategory"/>, computed in one pass over the
/// balances, so that a statement reads each of its lines without scanning the accounts again.
/// </summary>
internal sealed class CategoryTotals
{
    /// <summary>Number of categories: one slot per <see cref="AccountCategory"/> value.</summary>
    internal static readonly int CategoryCount = Enum.GetValues<AccountCategory>().Length;

    private readonly decimal[] totals = new decimal[CategoryCount];

    public CategoryTotals(IReadOnlyDictionary<string, decimal> debitBalances)
    {
        if (debitBalances is Dictionary<string, decimal> dictionary)
        {
            // The ledger's own dictionaries: enumerated without boxing an enumerator.
            foreach (var (account, balance) in dictionary)
            {
                totals[(int)AccountChart.CategoryOf(account)] += balance;
            }

            return;
        }

        foreach (var (account, balance) in debitBalances)
        {
            totals[(int)AccountChart.CategoryOf(account)] += balance;
        }
    }

    /// <summary>Σ debit − credit of the categories.</summary>
    public decimal Debit(params ReadOnlySpan<AccountCategory> categories)
    {
        var sum = 0m;
        foreach (var category in categories)
        {
            sum += totals[(int)category];
        }

        return sum;
    }

    /// <summary>Σ credit − debit of the categories.</summary>
    public decimal Credit(params ReadOnlySpan<AccountCategory> categories) => -Debit(categories);

    /// <summary>Produits − charges of the class 6 and 7 categories.</summary>
    public decimal UnclosedResult
    {
        get
        {
            var result = 0m;
            for (var category = 0; category < CategoryCount; category++)
            {
                result -= ((AccountCategory)category).IsIncomeStatement() ? totals[category] : 0m;
            }

            return result;
        }
    }
}
