namespace NrcGame.Debrief;

/// <summary>
/// The decisions of one turn as the team took them: which fields changed since the previous turn (none listed for the
/// first turn played), and who submitted or withdrew them, when.
/// </summary>
/// <param name="Turn">Turn number (1-based).</param>
/// <param name="Changes">Fields that differ from the decisions of the previous turn played.</param>
/// <param name="Edits">Submissions and withdrawals for this turn, oldest first.</param>
public sealed record TurnDecisionLog(int Turn, IReadOnlyList<DecisionChange> Changes, IReadOnlyList<DecisionEdit> Edits)
{
    /// <summary>One log per turn of <paramref name="history"/>, in turn order.</summary>
    public static IReadOnlyList<TurnDecisionLog> Of(TeamHistory history) =>
        history.Turns.Select((turn, index) => new TurnDecisionLog(
            turn.Turn,
            index == 0 ? [] : DecisionFields.Changes(history.Turns[index - 1].Decisions, turn.Decisions),
            history.Edits.Where(edit => edit.Turn == turn.Turn).OrderBy(edit => edit.At).ToList())).ToList();
}
