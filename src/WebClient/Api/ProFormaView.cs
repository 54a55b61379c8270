using NrcGame.Market;

namespace NrcGame.WebClient.Api;

/// <summary>
/// What the cockpit shows beside the team's draft before it submits: the draft's French validation
/// errors (then no pro-forma), or the engine's pro-forma of the draft, and the team as it stands.
/// </summary>
/// <param name="Turn">The open turn the draft is for.</param>
/// <param name="DraftVersion">The draft version the figures were computed from.</param>
/// <param name="Errors">Each field the draft gets wrong, in French; empty when the draft can be submitted.</param>
/// <param name="ProForma">The certain costs, break-even and Talley coverage of the draft; null while it has errors.</param>
/// <param name="Reps">The reps employed entering the turn (for dismissals and per-rep choices).</param>
public sealed record ProFormaView(
    int Turn,
    int DraftVersion,
    IReadOnlyList<DecisionError> Errors,
    ProFormaResult? ProForma,
    IReadOnlyList<RepSummary> Reps);

/// <summary>One rep of the team as the decision screens name it.</summary>
/// <param name="Id">Rep id (e.g. <c>r3</c>).</param>
/// <param name="Status">Contract.</param>
/// <param name="TenureQuarters">Completed quarters in the firm.</param>
public sealed record RepSummary(string Id, RepStatus Status, int TenureQuarters);
