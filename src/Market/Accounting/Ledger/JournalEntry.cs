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

    /// <summary>
    /// Throws <see cref="InvalidJournalEntryException"/> unless the entry can be posted during a quarter:
    /// balanced, every line well formed, allowances kept with their contra accounts.
    /// </summary>
    public void EnsureValid() => Validate(allowancesMustStayWithTheirContraAccounts: true);

    /// <summary>Checks the double-entry rules only; closing entries (which empty 681 and 781 into 120) pass this check alone.</summary>
    internal void EnsureBalanced() => Validate(allowancesMustStayWithTheirContraAccounts: false);

    /// <summary>
    /// One pass over the lines. Amortissements (28) and dépréciations (49) move only against a
    /// dotation (681) or a reprise (781), and dotations and reprises only against them: this is what
    /// makes the CAF and the indirect cash-flow method exact.
    /// </summary>
    private void Validate(bool allowancesMustStayWithTheirContraAccounts)
    {
        if (Lines is null || Lines.Count < 2)
        {
            throw Invalid("une écriture comporte au moins deux lignes");
        }

        decimal debits = 0m, credits = 0m;
        var allowanceLines = 0;
        for (var index = 0; index < Lines.Count; index++)
        {
            var line = Lines[index];
            if (line is null || !AccountChart.Accounts.TryGetValue(line.Account, out var account))
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

            debits += line.Debit;
            credits += line.Credit;
            allowanceLines += account.Category is AccountCategory.AccumulatedDepreciation or AccountCategory.ReceivableImpairment
                or AccountCategory.DepreciationAndProvisionExpenses or AccountCategory.ProvisionReversals ? 1 : 0;
        }

        if (debits != credits)
        {
            throw Invalid($"écriture déséquilibrée (débit {debits} ≠ crédit {credits})");
        }

        if (allowancesMustStayWithTheirContraAccounts && allowanceLines > 0 && allowanceLines < Lines.Count)
        {
            throw Invalid("dotations (681), reprises (781), amortissements (28) et dépréciations (49) se passent dans des écritures qui leur sont propres");
        }
    }

    private InvalidJournalEntryException Invalid(string reason) => new($"Écriture « {Label} » refusée : {reason}.");
}
