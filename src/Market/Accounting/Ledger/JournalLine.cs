namespace NrcGame.Market.Accounting;

/// <summary>
/// One line of a journal entry: an account debited or credited (never both) by a positive
/// amount in whole cents.
/// </summary>
/// <param name="Account">PCG number of an account of <see cref="AccountChart"/>.</param>
/// <param name="Debit">Amount debited (0 on a credit line).</param>
/// <param name="Credit">Amount credited (0 on a debit line).</param>
/// <param name="Label">Optional French label of the line (libellé).</param>
public sealed record JournalLine(string Account, decimal Debit, decimal Credit, string Label = "")
{
    /// <summary>A line debiting <paramref name="account"/> by <paramref name="amount"/>.</summary>
    public static JournalLine Debiting(string account, decimal amount, string label = "") => new(account, amount, 0m, label);

    /// <summary>A line crediting <paramref name="account"/> by <paramref name="amount"/>.</summary>
    public static JournalLine Crediting(string account, decimal amount, string label = "") => new(account, 0m, amount, label);

    /// <summary>Signed effect on the account's balance: debit − credit (solde débiteur positif).</summary>
    public decimal DebitMinusCredit => Debit - Credit;
}
