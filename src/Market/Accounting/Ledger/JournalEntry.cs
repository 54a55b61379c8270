namespace NrcGame.Market.Accounting;

/// <summary>
/// A journal entry (écriture): a French label and at least two lines whose debits and credits are
/// equal to the cent. <see cref="Create"/> and <see cref="Ledger.Post"/> refuse anything else.
/// </summary>
/// <param name="Label">Libellé of the entry, e.g. "Facture de vente T3".</param>
/// <param name="Lines">The debit and credit lines.</param>
public sealed record JournalEntry(string Label, IReadOnlyList<JournalLine> Lines)
{
    /// <summary>Builds an entry and checks it; throws <see cref="InvalidJournalEntryException"/> if it cannot be posted.</summary>
    public static JournalEntry Create(string label, params IEnumerable<JournalLine> lines)
    {
        var entry = new JournalEntry(label, lines.ToArray());
        entry.EnsureValid();
        return entry;
    }

    /// <summary>Σ debits of the entry.</summary>
    public decimal TotalDebit => Lines.Sum(line => line.Debit);

    /// <summary>Σ credits of the entry.</summary>
    public decimal TotalCredit => Lines.Sum(line => line.Credit);

    /// <summary>Throws <see cref="InvalidJournalEntryException"/> unless the entry is balanced and every line is well formed.</summary>
    public void EnsureValid()
    {
        if (Lines is null || Lines.Count < 2)
        {
            throw Invalid("une écriture comporte au moins deux lignes");
        }

        foreach (var line in Lines)
        {
            EnsureValid(line);
        }

        if (TotalDebit != TotalCredit)
        {
            throw Invalid($"écriture déséquilibrée (débit {TotalDebit} ≠ crédit {TotalCredit})");
        }
    }

    private void EnsureValid(JournalLine line)
    {
        if (line is null || !AccountChart.Contains(line.Account))
        {
            throw Invalid($"compte inconnu « {line?.Account} »");
        }

        if (line.Debit < 0m || line.Credit < 0m || (line.Debit == 0m) == (line.Credit == 0m))
        {
            throw Invalid($"la ligne du compte {line.Account} doit porter un montant positif soit au débit, soit au crédit");
        }

        if (!Money.IsWholeCents(line.Debit) || !Money.IsWholeCents(line.Credit))
        {
            throw Invalid($"le montant du compte {line.Account} doit être arrondi au centime");
        }
    }

    private InvalidJournalEntryException Invalid(string reason) => new($"Écriture « {Label} » refusée : {reason}.");
}
