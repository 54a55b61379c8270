namespace NrcGame.Debrief;

/// <summary>S63.2 — a stimulation budget (challenge) raised for one turn then lowered: a short-lived boost, not motivation.</summary>
public sealed class StimulationSpikeRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "stimulation-ponctuelle";

    /// <inheritdoc/>
    public override string SectionId => "S63.2";

    /// <inheritdoc/>
    public override string Title => "Challenge ponctuel : stimulation ou motivation ?";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Stimulation de l", "Traiter la stimulation comme un levier"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "L'effet du challenge sur l'effort de vente a-t-il duré au-delà du trimestre où il a été financé ?",
        "Qu'est-ce qui distingue la stimulation (ponctuelle) de la motivation (durable) dans les chiffres de votre équipe ?",
        "Quelle proposition correctrice feriez-vous pour votre prochain plan d'action ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        for (var index = 1; index + 1 < history.Turns.Count; index++)
        {
            var (before, spike, after) = (history.Turns[index - 1], history.Turns[index], history.Turns[index + 1]);
            var budget = spike.Decisions.Remuneration.StimulationBudget;
            if (budget <= before.Decisions.Remuneration.StimulationBudget || after.Decisions.Remuneration.StimulationBudget >= budget) continue;
            var boost = spike.Result.SalesTeam.Reps.Count == 0 ? 0 : spike.Result.SalesTeam.Reps.Average(rep => rep.Terms.StimulationBoost);
            yield return new Finding([before.Turn, spike.Turn, after.Turn],
            [
                $"Budget de stimulation : {French.Euros(before.Decisions.Remuneration.StimulationBudget)} (tour {before.Turn}) → {French.Euros(budget)} (tour {spike.Turn}) → "
                + $"{French.Euros(after.Decisions.Remuneration.StimulationBudget)} (tour {after.Turn}).",
                $"Effort de vente accru de {French.Percent(boost)} par la stimulation au tour {spike.Turn} ; motivation moyenne {French.Number(TeamFigures.AverageMotivation(before.Result))} → "
                + $"{French.Number(TeamFigures.AverageMotivation(spike.Result))} → {French.Number(TeamFigures.AverageMotivation(after.Result))}.",
            ]);
        }
    }
}
