namespace NrcGame.Debrief;

/// <summary>S61.1 — several team members submitted (or withdrew) the decisions of one turn: how did they coordinate?</summary>
public sealed class CoordinationRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "coordination-equipe";

    /// <inheritdoc/>
    public override string SectionId => "S61.1";

    /// <inheritdoc/>
    public override string Title => "Décisions à plusieurs mains : la coordination";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Modes de coordination du travail", "Limiter les modes de coordination"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Qui a décidé quoi, et comment vous êtes-vous coordonnés : ajustement permanent, règles communes, arbitrage d'un responsable ?",
        "Des décisions ont-elles été retirées ou remplacées par un autre membre ? Pourquoi ?",
        "Quelle organisation adopteriez-vous au prochain trimestre pour décider plus vite et mieux ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        foreach (var turn in history.Edits.GroupBy(edit => edit.Turn).OrderBy(group => group.Key))
        {
            var authors = turn.Select(edit => edit.Author).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var withdrawals = turn.Count(edit => edit.Withdrawn);
            if (authors.Count < 2 && withdrawals == 0) continue;
            yield return new Finding([turn.Key],
            [
                $"Trimestre {turn.Key} : {turn.Count(edit => !edit.Withdrawn)} soumission(s) et {withdrawals} retrait(s) par {string.Join(", ", authors)}, "
                + $"de {turn.Min(edit => edit.At):HH:mm} à {turn.Max(edit => edit.At):HH:mm} (UTC).",
            ]);
        }
    }
}
