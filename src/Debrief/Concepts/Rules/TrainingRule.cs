namespace NrcGame.Debrief;

/// <summary>S63.3 — training days decided: what they cost (money and visiting days) and what they changed in skill.</summary>
public sealed class TrainingRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "formation";

    /// <inheritdoc/>
    public override string SectionId => "S63.3";

    /// <inheritdoc/>
    public override string Title => "Former l'équipe : coût et effet";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Formation", "Accompagnement individualisé", "Considérer l'animation comme une gestion opérationnelle"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Qu'a changé la formation dans la compétence et les visites efficaces de vos commerciaux, et à partir de quand ?",
        "Combien a-t-elle coûté, en euros et en jours de visite perdus ?",
        "Quels commerciaux en avaient le plus besoin, et un accompagnement individualisé aurait-il mieux convenu ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        var turns = history.Turns.Where(turn => turn.Decisions.Staffing.TrainingDaysPerRep > 0 && turn.Result.SalesTeam.Reps.Count > 0).ToList();
        if (turns.Count == 0) yield break;
        yield return new Finding(turns.Select(turn => turn.Turn).ToList(), turns.Select(turn =>
        {
            var reps = turn.Result.SalesTeam.Reps;
            var (days, headcount, perDay) = (turn.Decisions.Staffing.TrainingDaysPerRep, turn.Result.SalesTeam.Headcount, history.Scenario.Salesforce.TrainingCostPerDay);
            var cost = Math.Round((decimal)days * headcount * perDay, 2);
            return $"Trimestre {turn.Turn} : {French.Number(days)} jour(s) de formation × {headcount} commerciaux × {French.Euros(perDay)} par jour = {French.Euros(cost)} ; "
                   + $"compétence moyenne {French.Number(reps.Average(rep => rep.Skill))}, {French.Number(Math.Round(reps.Sum(rep => rep.EffectiveVisits)))} visites efficaces.";
        }).ToList());
    }
}
