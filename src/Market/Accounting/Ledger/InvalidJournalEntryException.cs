namespace NrcGame.Market.Accounting;

/// <summary>
/// Thrown when an entry cannot be posted: unbalanced, unknown account, negative or fractional-cent
/// amount, or a line that is both or neither debit and credit. The message is in French.
/// </summary>
public sealed class InvalidJournalEntryException : Exception
{
    /// <summary>Creates the exception with a French message naming the entry and the reason.</summary>
    public InvalidJournalEntryException(string message) : base(message)
    {
    }
}
