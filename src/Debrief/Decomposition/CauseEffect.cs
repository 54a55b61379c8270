namespace NrcGame.Debrief;

/// <summary>
/// The effect of one cause on turn N: the actual figures of turn N minus the figures of turn N re-run with that
/// cause reverted to its value of turn N − 1 (everything else as played).
/// </summary>
/// <param name="Cause">The cause.</param>
/// <param name="Label">French label (« Prix », « Effort de vente »…).</param>
/// <param name="Explanation">French explanation of what was reverted to compute the effect.</param>
/// <param name="Effect">Actual − counterfactual, on units, CA HT and résultat net.</param>
public sealed record CauseEffect(ChangeCause Cause, string Label, string Explanation, SalesAndProfit Effect);
