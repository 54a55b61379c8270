namespace NrcGame.Debrief;

/// <summary>S63.1 — salaried reps paid 100 % on commission (no fixed salary).</summary>
public sealed class CommissionOnlyRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "remuneration-100-commission";

    /// <inheritdoc/>
    public override string SectionId => "S63.1";

    /// <inheritdoc/>
    public override string Title => "Rémunération 100 % variable";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Systèmes de rémunération", "Montrer la cohérence entre les objectifs et le mode de rémunération"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Quels sont, du point de vue du commercial et de celui du manager, les avantages et les risques d'une rémunération sans fixe ?",
        "Comment la motivation, la satisfaction et les départs de vos commerciaux ont-ils évolué après ce choix ?",
        "Quelle part de fixe donnerait de la sécurité sans supprimer l'incitation à vendre ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        var turns = history.Turns.Where(turn => turn.Decisions.Remuneration.FixedSalary == 0
                                                && turn.Result.SalesTeam.Reps.Any(rep => TeamFigures.HasFixedSalary(rep.Status))).ToList();
        if (turns.Count == 0) yield break;
        yield return new Finding(turns.Select(turn => turn.Turn).ToList(), turns.Select(turn =>
            $"Trimestre {turn.Turn} : fixe 0 €, commission de {French.Percent(turn.Decisions.Remuneration.CommissionRate)} ; motivation moyenne "
            + $"{French.Number(TeamFigures.AverageMotivation(turn.Result))}, satisfaction moyenne {French.Number(TeamFigures.AverageSatisfaction(turn.Result))}, "
            + $"{TeamFigures.Quits(turn.Result)} départ(s) volontaire(s).").ToList());
    }
}
