namespace NrcGame.Grains.Games;

/// <summary>
/// How long a game keeps trying to store a resolved turn whose share could not all be stored at once (a silo lost
/// in a cluster, a grain that did not answer, a database blip) before it answers the teacher. The outcome is fixed
/// from the pending entries and every firm, part and standings grain keeps one entry per turn, so trying again
/// stores nothing twice.
/// </summary>
public sealed class ResolutionRetryOptions
{
    /// <summary>
    /// The pauses before each new attempt; once they are used up the failure is reported. The default (15 s in all)
    /// covers a silo restart in a cluster and stays under the 30 s a front-end waits for the game's answer.
    /// </summary>
    public IReadOnlyList<TimeSpan> Delays { get; set; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];
}
