namespace NrcGame.Debrief;

/// <summary>S61.1 — the economic outlook moved by 5 % or more between two turns (an event such as a recession): how did the team adapt?</summary>
public sealed class EnvironmentChangeRule : ConceptRule
{
    private const double Shock = 0.05;

    /// <inheritdoc/>
    public override string Id => "evolution-environnement";

    /// <inheritdoc/>
    public override string SectionId => "S61.1";

    /// <inheritdoc/>
    public override string Title => "L'environnement change : management réactif ou anticipation ?";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Forces d'évolution", "Le management des mutations", "Intégrer"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Quel changement de l'environnement avez-vous perçu, et à quel moment ?",
        "Avez-vous réagi après coup ou anticipé ? Avec quelles décisions ?",
        "Quelles résistances au changement avez-vous rencontrées dans l'équipe ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        foreach (var (before, now) in Pairs(history))
        {
            var (old, current) = (TeamFigures.Outlook(history.Scenario, before.Turn), TeamFigures.Outlook(history.Scenario, now.Turn));
            if (Math.Abs(current - old) < Shock * old) continue;
            var changes = DecisionFields.Changes(before.Decisions, now.Decisions);
            yield return new Finding([before.Turn, now.Turn],
            [
                $"Conjoncture : coefficient {French.Number(old)} au tour {before.Turn} → {French.Number(current)} au tour {now.Turn}.",
                changes.Count == 0
                    ? $"Aucune décision modifiée au tour {now.Turn}."
                    : $"Décisions modifiées au tour {now.Turn} : {changes.Count} ({string.Join(", ", changes.Take(5).Select(change => change.Path))}{(changes.Count > 5 ? "…" : "")}).",
            ]);
        }
    }
}
