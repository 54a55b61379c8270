using System.Text.Json.Serialization;

namespace NrcGame.Market.Accounting;

/// <summary>
/// The general ledger (grand livre) of one firm for one quarter: the opening balances carried from
/// the previous quarter plus the entries posted during the quarter. Every statement of the firm is
/// derived from it. Only balanced entries on accounts of <see cref="AccountChart"/> are accepted.
/// </summary>
/// <example>
/// <code>
/// var ledger = Ledger.Open(previousClosing);
/// ledger.Post(JournalEntry.Create("Ventes T1",
///     JournalLine.Debiting(AccountNumbers.Customers, 1200m),
///     JournalLine.Crediting(AccountNumbers.SalesOfGoods, 1000m),
///     JournalLine.Crediting(AccountNumbers.VatCollected, 200m)));
/// var incomeStatement = IncomeStatement.From(ledger);
/// var nextOpening = ledger.ClosingBalances(closeFiscalYear: false);
/// </code>
/// </example>
public sealed class Ledger
{
    private readonly Dictionary<string, decimal> balances = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> entries = [];

    /// <summary>Rebuilds a ledger from its opening balances and its entries, re-checking everything (used by JSON).</summary>
    [JsonConstructor]
    public Ledger(AccountBalances opening, IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(entries);
        EnsureValidOpening(opening);
        Opening = opening;
        foreach (var (account, balance) in opening.DebitBalances)
        {
            balances[account] = balance;
        }

        foreach (var entry in entries)
        {
            Post(entry);
        }
    }

    /// <summary>Opens the ledger of a quarter with the closing balances of the previous one.</summary>
    public static Ledger Open(AccountBalances opening) => new(opening, []);

    /// <summary>Balances at the start of the quarter (only balance-sheet accounts).</summary>
    public AccountBalances Opening { get; }

    /// <summary>Entries posted during the quarter, in posting order (the journal).</summary>
    public IReadOnlyList<JournalEntry> Entries => entries;

    /// <summary>Posts a balanced entry; throws <see cref="InvalidJournalEntryException"/> and leaves the ledger unchanged otherwise.</summary>
    public void Post(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.EnsureValid();
        entries.Add(entry);
        AccountBalances.Accumulate(balances, entry);
    }

    /// <summary>Current balance of an account, debit − credit.</summary>
    public decimal Balance(string account) => balances.GetValueOrDefault(account);


    /// <summary>Current balances of all accounts (balance générale, before closing).</summary>
    public AccountBalances Balances() => new(new Dictionary<string, decimal>(balances, StringComparer.Ordinal));

    /// <summary>Result of the quarter: produits − charges (classes 7 − 6), positive for a profit.</summary>
    public decimal Result
    {
        get
        {
            // Same sum as CategoryTotals.UnclosedResult, read straight from the live balances without building a view.
            var result = 0m;
            foreach (var (account, balance) in balances)
            {
                if (AccountChart.CategoryOf(account).IsIncomeStatement())
                {
                    result -= balance;
                }
            }

            return result;
        }
    }

    /// <summary>A view of the live balances without copying them, for statements computed at once.</summary>
    internal AccountBalances CurrentBalances => new(balances);

    /// <summary>
    /// Moves the whole cash position to the side it belongs to: a debit position in 512 Banque,
    /// a credit one in 519 Concours bancaires courants (découvert). Posts nothing when already so.
    /// </summary>
    public void ClassifyCashPosition(string label = "Reclassement de la trésorerie")
    {
        var cashPosition = Balance(AccountNumbers.Bank) + Balance(AccountNumbers.BankOverdraft);
        var targetBank = Math.Max(cashPosition, 0m);
        var transferToBank = targetBank - Balance(AccountNumbers.Bank);
        if (transferToBank > 0m)
        {
            Post(new JournalEntry(label, new[]
            {
                JournalLine.Debiting(AccountNumbers.Bank, transferToBank),
                JournalLine.Crediting(AccountNumbers.BankOverdraft, transferToBank),
            }));
        }
        else if (transferToBank < 0m)
        {
            Post(new JournalEntry(label, new[]
            {
                JournalLine.Debiting(AccountNumbers.BankOverdraft, -transferToBank),
                JournalLine.Crediting(AccountNumbers.Bank, -transferToBank),
            }));
        }
    }

    /// <summary>
    /// The closing entry (détermination du résultat) that empties every class 6 and 7 account into
    /// 120 Résultat de l'exercice; null when there is nothing to close.
    /// </summary>
    public JournalEntry? ResultClosingEntry()
    {
        var lines = balances
            .Where(pair => pair.Value != 0m && AccountChart.CategoryOf(pair.Key).IsIncomeStatement())
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Value > 0m
                ? JournalLine.Crediting(pair.Key, pair.Value)
                : JournalLine.Debiting(pair.Key, -pair.Value))
            .ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var result = Result;
        if (result != 0m)
        {
            lines.Add(result > 0m
                ? JournalLine.Crediting(AccountNumbers.ResultOfTheYear, result)
                : JournalLine.Debiting(AccountNumbers.ResultOfTheYear, -result));
        }

        var closingEntry = new JournalEntry("Détermination du résultat", lines);
        closingEntry.EnsureBalanced();
        return closingEntry;
    }

    /// <summary>
    /// Balances to open the next quarter with: the result of the quarter is closed into
    /// 120 Résultat de l'exercice (year to date). At the end of a fiscal year, 120 is then
    /// allocated to 110 Report à nouveau (affectation du résultat), so that the next year's 120 starts at 0.
    /// </summary>
    /// <remarks>
    /// Applies the effect of <see cref="ResultClosingEntry"/> (every class 6 and 7 account to zero, the result into
    /// 120) and of the affectation without building the entries: one dictionary, accounts in the order they were
    /// opened, zero balances left out.
    /// </remarks>
    public AccountBalances ClosingBalances(bool closeFiscalYear = false)
    {
        // Zero balances are left out as they come, except 120 and 110 which may still move (removed at the end if zero).
        var closing = new Dictionary<string, decimal>(balances.Count + 2, StringComparer.Ordinal);
        foreach (var (account, balance) in balances)
        {
            if (!AccountChart.CategoryOf(account).IsIncomeStatement()
                && (balance != 0m || account is AccountNumbers.ResultOfTheYear or AccountNumbers.RetainedEarnings))
            {
                closing.Add(account, balance);
            }
        }

        var result = Result;
        if (result != 0m)
        {
            // The line of the closing entry: credit 120 by a profit, debit it by a loss.
            var line = result > 0m
                ? JournalLine.Crediting(AccountNumbers.ResultOfTheYear, result)
                : JournalLine.Debiting(AccountNumbers.ResultOfTheYear, -result);
            closing[AccountNumbers.ResultOfTheYear] = closing.GetValueOrDefault(AccountNumbers.ResultOfTheYear) + line.DebitMinusCredit;
        }

        var resultOfTheYear = closing.GetValueOrDefault(AccountNumbers.ResultOfTheYear);
        if (closeFiscalYear && resultOfTheYear != 0m)
        {
            // Affectation du résultat en report à nouveau: 120 is emptied into 110.
            var toResult = new JournalLine(AccountNumbers.ResultOfTheYear, Math.Max(-resultOfTheYear, 0m), Math.Max(resultOfTheYear, 0m));
            var toRetained = new JournalLine(AccountNumbers.RetainedEarnings, Math.Max(resultOfTheYear, 0m), Math.Max(-resultOfTheYear, 0m));
            closing[AccountNumbers.ResultOfTheYear] = closing.GetValueOrDefault(AccountNumbers.ResultOfTheYear) + toResult.DebitMinusCredit;
            closing[AccountNumbers.RetainedEarnings] = closing.GetValueOrDefault(AccountNumbers.RetainedEarnings) + toRetained.DebitMinusCredit;
        }

        // Removing without adding afterwards keeps the order of the remaining accounts.
        foreach (var account in (ReadOnlySpan<string>)[AccountNumbers.ResultOfTheYear, AccountNumbers.RetainedEarnings])
        {
            if (closing.TryGetValue(account, out var balance) && balance == 0m)
            {
                closing.Remove(account);
            }
        }

        return new AccountBalances(closing);
    }

    private static void EnsureValidOpening(AccountBalances opening)
    {
        var total = 0m;
        foreach (var (account, balance) in opening.DebitBalances)
        {
            total += balance;
            if (!AccountChart.Contains(account) || AccountChart.CategoryOf(account).IsIncomeStatement() || !Money.IsWholeCents(balance))
            {
                throw new ArgumentException(
                    $"Solde d'ouverture refusé pour le compte « {account} » : seuls les comptes de bilan du plan, au centime, sont repris à nouveau.",
                    nameof(opening));
            }
        }

        if (total != 0m)
        {
            throw new ArgumentException($"Les soldes d'ouverture ne s'équilibrent pas (écart {total}).", nameof(opening));
        }
    }
}
