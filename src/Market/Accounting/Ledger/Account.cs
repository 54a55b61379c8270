namespace NrcGame.Market.Accounting;

/// <summary>An account of the Plan comptable général (PCG).</summary>
/// <param name="Number">PCG number, e.g. "512".</param>
/// <param name="Name">French title as taught, e.g. "Banque".</param>
/// <param name="Category">Where the account goes in the statements.</param>
public sealed record Account(string Number, string Name, AccountCategory Category);
